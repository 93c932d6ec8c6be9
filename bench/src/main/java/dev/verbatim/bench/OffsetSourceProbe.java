package dev.verbatim.bench;

import dev.verbatim.Limits;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Tells where a highlighter takes its offsets from for a query: {@code POSTINGS} (read from the
 * index) or {@code ANALYSIS} (the text analysed again at query time, the slow fallback). Configured
 * like the library's highlighter (weight matches, strict phrases, multi-term queries).
 */
final class OffsetSourceProbe extends UnifiedHighlighter {
  private final Map<String, Integer> sources = new TreeMap<>();

  OffsetSourceProbe(IndexSearcher searcher) {
    super(
        UnifiedHighlighter.builder(searcher, ArticleDocuments.analyzer())
            .withWeightMatches(true)
            .withHighlightPhrasesStrictly(true)
            .withHandleMultiTermQuery(true)
            .withMaxLength(Limits.MAX_HIGHLIGHT_CHARS));
  }

  /** Highlights {@code docs} for {@code query} and counts the offset source it chose. */
  void probe(Query query, int[] docs) throws IOException {
    if (docs.length > 0) {
      highlightFields(new String[] {Fields.BODY}, query, docs, new int[] {Limits.MAX_SNIPPETS});
    }
  }

  @Override
  protected FieldHighlighter getFieldHighlighter(
      String field, Query query, Set<Term> allTerms, int maxPassages) {
    FieldHighlighter highlighter = super.getFieldHighlighter(field, query, allTerms, maxPassages);
    sources.merge(highlighter.getOffsetSource().name(), 1, Integer::sum);
    return highlighter;
  }

  /** How many highlight calls used each offset source. */
  Map<String, Integer> sources() {
    return sources;
  }
}
