package dev.verbatim.internal.search;

import dev.verbatim.QuoteHit;
import dev.verbatim.QuoteSearchResult;
import dev.verbatim.SearchRequest;
import dev.verbatim.internal.highlight.Html;
import dev.verbatim.internal.highlight.SnippetHighlighter;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;

/** Runs one {@link SearchRequest} on the quotes of one {@link SearchSnapshot}. */
public final class QuoteSearch {
  private QuoteSearch() {}

  /**
   * Searches quotes: bare words, phrases and proximity search the quoted text.
   *
   * @throws dev.verbatim.QuerySyntaxException if the query is malformed
   * @throws IllegalArgumentException if the cursor is malformed
   */
  public static QuoteSearchResult search(SearchSnapshot searcher, SearchRequest request)
      throws IOException {
    long started = System.nanoTime();
    Page page =
        Page.search(searcher, request, QueryCompiler.QUOTE_FIELDS, ArticleDocuments.quotesOnly());
    int[] docIds = page.docIds();
    List<List<String>> marked =
        request.snippets()
            ? SnippetHighlighter.quotes(searcher).snippets(page.query(), docIds)
            : java.util.Collections.nCopies(docIds.length, List.of());
    List<QuoteHit> hits = new ArrayList<>(docIds.length);
    var stored = searcher.storedFields();
    for (int i = 0; i < docIds.length; i++) {
      Document doc = stored.document(docIds[i]);
      List<String> text = marked.get(i);
      hits.add(
          new QuoteHit(
              doc.get(Fields.QUOTE_ID),
              doc.get(Fields.ARTICLE_ID),
              doc.getField(Fields.QUOTE_START).numericValue().intValue(),
              doc.getField(Fields.QUOTE_END).numericValue().intValue(),
              text.isEmpty() ? Html.escape(doc.get(Fields.QUOTES)) : text.getFirst(),
              doc.get(Fields.SPEAKER_NAME),
              List.of(doc.getValues(Fields.QUOTE_VIA)),
              doc.get(Fields.QUOTE_CUE),
              doc.getField(Fields.QUOTE_CONFIDENCE).numericValue().doubleValue(),
              doc.get(Fields.QUOTE_RULE),
              doc.get(Fields.QUOTE_SPEAKER_DESCRIPTION),
              doc.get(Fields.QUOTE_KIND),
              doc.get(Fields.ARTICLE_SOURCE),
              ArticleSearch.date(doc),
              doc.get(Fields.ARTICLE_TITLE),
              page.hits()[i].score));
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    return new QuoteSearchResult(page.total(), tookMs, hits, page.facets(), page.nextCursor());
  }
}
