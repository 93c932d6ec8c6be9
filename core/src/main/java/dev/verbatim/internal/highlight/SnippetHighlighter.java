package dev.verbatim.internal.highlight;

import dev.verbatim.Limits;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Makes the snippets of a page of hits from the article bodies.
 *
 * <p>Weight matches are on, so a phrase is one mark and a query's matches are the positions that
 * made it match; offsets come from the postings. Up to {@link Limits#MAX_SNIPPETS} sentences per
 * hit, best first by BM25 passage score, then shown in text order. An article that matched only in
 * its title gets its first sentence.
 */
public final class SnippetHighlighter {
  private final Highlighter highlighter;

  /** A highlighter for one searcher snapshot; cheap to make, use it for one page. */
  public SnippetHighlighter(IndexSearcher searcher) {
    this.highlighter =
        new Highlighter(
            UnifiedHighlighter.builder(searcher, ArticleDocuments.analyzer())
                .withWeightMatches(true)
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true)
                .withMaxLength(Limits.MAX_HIGHLIGHT_CHARS)
                .withBreakIterator(SentenceBreakIterator::new)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1));
  }

  /** The snippets of each of {@code docIds}, in the same order. */
  public List<List<String>> snippets(Query query, int[] docIds) throws IOException {
    if (docIds.length == 0) {
      return List.of();
    }
    int[] maxPassages = {Limits.MAX_SNIPPETS};
    Object[] formatted = highlighter.body(query, docIds, maxPassages);
    List<List<String>> snippets = new ArrayList<>(docIds.length);
    for (Object o : formatted) {
      @SuppressWarnings("unchecked")
      List<String> list = o == null ? List.of() : (List<String>) o;
      snippets.add(list);
    }
    return snippets;
  }

  /** Exposes the highlighter's object-returning entry point. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(Builder builder) {
      super(builder);
    }

    Object[] body(Query query, int[] docIds, int[] maxPassages) throws IOException {
      Map<String, Object[]> byField =
          highlightFieldsAsObjects(new String[] {Fields.BODY}, query, docIds, maxPassages);
      Object[] result = byField.get(Fields.BODY);
      return result == null ? new Object[docIds.length] : Arrays.copyOf(result, docIds.length);
    }
  }
}
