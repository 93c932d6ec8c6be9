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
 *
 * <p>NOTE: Lucene's interval matches overflow a fixed cache on long proximity chains whose terms
 * repeat ({@code ArrayIndexOutOfBoundsException} in {@code CachingMatchesIterator}); such a page is
 * highlighted term by term instead (every occurrence of the query's words marked), not failed.
 */
public final class SnippetHighlighter {
  private final Highlighter highlighter;
  private final Highlighter termByTerm;
  private final String field;
  private final int maxPassages;

  private SnippetHighlighter(
      IndexSearcher searcher,
      String field,
      java.util.function.Supplier<java.text.BreakIterator> breaks,
      int maxPassages) {
    this.field = field;
    this.maxPassages = maxPassages;
    this.highlighter = new Highlighter(builder(searcher, breaks).withWeightMatches(true));
    this.termByTerm = new Highlighter(builder(searcher, breaks).withWeightMatches(false));
  }

  private static UnifiedHighlighter.Builder builder(
      IndexSearcher searcher, java.util.function.Supplier<java.text.BreakIterator> breaks) {
    return UnifiedHighlighter.builder(searcher, ArticleDocuments.analyzer())
        .withHighlightPhrasesStrictly(true)
        .withHandleMultiTermQuery(true)
        .withMaxLength(Limits.MAX_HIGHLIGHT_CHARS)
        .withBreakIterator(breaks)
        .withFormatter(new SnippetFormatter())
        .withMaxNoHighlightPassages(1);
  }

  /** Sentence snippets of article bodies, for one searcher snapshot and one page. */
  public static SnippetHighlighter articles(IndexSearcher searcher) {
    return new SnippetHighlighter(
        searcher, Fields.BODY, SentenceBreakIterator::new, Limits.MAX_SNIPPETS);
  }

  /** Whole quotes with their matches marked, for one searcher snapshot and one page. */
  public static SnippetHighlighter quotes(IndexSearcher searcher) {
    return new SnippetHighlighter(
        searcher, Fields.QUOTES, org.apache.lucene.search.uhighlight.WholeBreakIterator::new, 1);
  }

  /** The snippets of each of {@code docIds}, in the same order. */
  public List<List<String>> snippets(Query query, int[] docIds) throws IOException {
    if (docIds.length == 0) {
      return List.of();
    }
    int[] passages = {maxPassages};
    Object[] formatted;
    try {
      formatted = highlighter.field(field, query, docIds, passages);
    } catch (ArrayIndexOutOfBoundsException overflow) {
      // the interval matches' cache overflowed (see the class note): mark term by term
      formatted = termByTerm.field(field, query, docIds, passages);
    }
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

    Object[] field(String field, Query query, int[] docIds, int[] maxPassages) throws IOException {
      Map<String, Object[]> byField =
          highlightFieldsAsObjects(new String[] {field}, query, docIds, maxPassages);
      Object[] result = byField.get(field);
      return result == null ? new Object[docIds.length] : Arrays.copyOf(result, docIds.length);
    }
  }
}
