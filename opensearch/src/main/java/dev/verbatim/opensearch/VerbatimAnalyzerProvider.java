package dev.verbatim.opensearch;

import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** One of Verbatim's analyzers for one index: an instance of its own, closed with the index. */
final class VerbatimAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
  private final Analyzer analyzer;

  VerbatimAnalyzerProvider(
      IndexSettings indexSettings, String name, Settings settings, Analyzer analyzer) {
    super(indexSettings, name, settings);
    this.analyzer = analyzer;
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}
