package dev.verbatim.lucene;

import dev.verbatim.Snippet;
import dev.verbatim.internal.highlight.SnippetHighlighter;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The library's highlighting for an index that is not Verbatim's own: a phrase marked as one
 * stretch, both ends of a proximity match, whole sentences as snippets (a match across sentences
 * keeps them together). The field must be indexed with offsets.
 */
public final class Highlighting {
  private Highlighting() {}

  /**
   * The snippets of one document.
   *
   * @param searcher the index
   * @param query the query whose matches are marked
   * @param field the field highlighted
   * @param doc the document's id in {@code searcher}
   * @param text the field's text in that document (an index that does not store it keeps it
   *     elsewhere)
   * @param sentences true for sentence snippets, false for the whole text as one
   * @param maxSnippets the most snippets, best first (ignored for the whole text)
   */
  public static List<Snippet> snippets(
      IndexSearcher searcher,
      Query query,
      String field,
      int doc,
      String text,
      boolean sentences,
      int maxSnippets)
      throws IOException {
    SnippetHighlighter highlighter =
        SnippetHighlighter.of(
            searcher, field, sentences, sentences ? maxSnippets : 1, d -> d == doc ? text : null);
    return highlighter.snippets(query, new int[] {doc}).getFirst();
  }
}
