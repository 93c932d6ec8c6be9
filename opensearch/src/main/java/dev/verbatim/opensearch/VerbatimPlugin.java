package dev.verbatim.opensearch;

import dev.verbatim.lucene.QueryLanguage;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;

/**
 * Verbatim in OpenSearch: its analyzers ({@code verbatim} for text, {@code verbatim_source} and
 * {@code verbatim_speaker} for names), the {@code verbatim} query that takes the journalist's query
 * language, and the {@code verbatim_quotes} ingest processor that finds quotes and their speakers.
 * See docs/opensearch.md.
 */
public final class VerbatimPlugin extends Plugin
    implements AnalysisPlugin, SearchPlugin, IngestPlugin {

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        "verbatim", provider(QueryLanguage::textAnalyzer),
        "verbatim_source", provider(QueryLanguage::sourceAnalyzer),
        "verbatim_speaker", provider(QueryLanguage::speakerAnalyzer));
  }

  private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> provider(
      Supplier<Analyzer> analyzer) {
    return (indexSettings, environment, name, settings) ->
        new VerbatimAnalyzerProvider(indexSettings, name, settings, analyzer.get());
  }

  @Override
  public List<QuerySpec<?>> getQueries() {
    return List.of(
        new QuerySpec<>(
            VerbatimQueryBuilder.NAME,
            VerbatimQueryBuilder::new,
            VerbatimQueryBuilder::fromXContent));
  }

  @Override
  public Map<String, org.opensearch.search.fetch.subphase.highlight.Highlighter> getHighlighters() {
    return Map.of(VerbatimHighlighter.NAME, new VerbatimHighlighter());
  }

  @Override
  public Map<String, Processor.Factory> getProcessors(Processor.Parameters parameters) {
    return Map.of(QuotesProcessor.TYPE, new QuotesProcessor.Factory());
  }
}
