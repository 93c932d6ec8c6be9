package dev.verbatim.internal.search;

import dev.verbatim.Collapse;
import dev.verbatim.QuoteHit;
import dev.verbatim.QuoteSearchResult;
import dev.verbatim.SearchRequest;
import dev.verbatim.Snippet;
import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.facet.Facets;
import dev.verbatim.internal.highlight.SnippetHighlighter;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.index.QuoteFields;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.quote.Quote;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Runs one {@link SearchRequest} on the quotes of one {@link SearchSnapshot}. */
public final class QuoteSearch {
  private QuoteSearch() {}

  /** The words of the quote with this id ({@code ARTICLE#N}), or empty: no such quote. */
  public static Optional<String> quoteText(SearchSnapshot searcher, String quoteId)
      throws IOException {
    TopDocs top = searcher.search(new TermQuery(ArticleDocuments.idTerm(quoteId)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    // an article's id finds the article, whose document holds no quote text of its own
    String text = new QuoteTexts(searcher).text(top.scoreDocs[0].doc);
    return Optional.ofNullable(text);
  }

  /**
   * The quotes the index holds for one article, in text order: what attribution found when the
   * article was added, without finding it again.
   */
  public static List<Quote> quotesOf(SearchSnapshot searcher, String articleId) throws IOException {
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(ArticleDocuments.quotesOnly(), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(Fields.ARTICLE_ID, articleId)), BooleanClause.Occur.FILTER)
            .build();
    TopDocs top = searcher.search(query, Math.max(1, searcher.count(query)));
    QuoteTexts texts = new QuoteTexts(searcher);
    List<Quote> quotes = new ArrayList<>(top.scoreDocs.length);
    for (var hit : top.scoreDocs) {
      quotes.add(QuoteFields.read(texts.quote(hit.doc)));
    }
    quotes.sort(Comparator.comparingInt(Quote::start));
    return quotes;
  }

  /**
   * Searches quotes; with {@link SearchRequest#like()}, the speech quotes nearest in meaning to it,
   * embedded by {@code embedder}, that pass the query and the filters.
   *
   * @param embedder the index's model, or null when it has none
   * @throws dev.verbatim.QuerySyntaxException if the query is malformed
   * @throws IllegalArgumentException if the cursor is malformed, the request collapses copies, or
   *     {@code like} has no words or the index has no vectors of {@code embedder}
   */
  public static QuoteSearchResult search(
      SearchSnapshot searcher, SearchRequest request, Embedder embedder) throws IOException {
    if (request.collapse() != Collapse.NONE) {
      throw new IllegalArgumentException("collapse applies to articles, not quotes");
    }
    if (request.like() == null) {
      return search(searcher, request, (float[]) null);
    }
    if (request.like().codePoints().noneMatch(Character::isLetterOrDigit)) {
      // zero-width characters or a lone surrogate: nothing to mean anything, as verify says
      throw new IllegalArgumentException("like has no words");
    }
    if (embedder == null || !QuoteCandidates.hasVectors(searcher, embedder.dimension())) {
      throw new IllegalArgumentException(
          "this index has no quote vectors to search by meaning: re-index it with the"
              + " embedding model (verbatim index) to use like");
    }
    return search(searcher, request, embedder.embed(request.like()));
  }

  /** Searches quotes, ranked by meaning when {@code like} (an embedding) is given. */
  private static QuoteSearchResult search(
      SearchSnapshot searcher, SearchRequest request, float[] like) throws IOException {
    long started = System.nanoTime();
    List<QuoteHit> hits = new ArrayList<>(request.size());
    Page page = Page.run(searcher, request, SCOPE, hits, like);
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    return new QuoteSearchResult(
        page.total(),
        tookMs,
        hits,
        Facets.asMap(page.facets()),
        Facets.areEstimated(page.facets()),
        page.nextCursor());
  }

  /** Quotes: bare words search the quoted text; a hit is the quote, its speaker and article. */
  private static final Page.Scope<QuoteHit> SCOPE =
      new Page.Scope<>(QueryField.QUOTES, ArticleDocuments.quotesOnly(), QuoteSearch::reader);

  /** Reads a page of quotes; the words of each and its article's headline come from the article. */
  private static Page.PageReader<QuoteHit> reader(SearchSnapshot searcher) throws IOException {
    QuoteTexts texts = new QuoteTexts(searcher);
    return new Page.PageReader<>() {
      @Override
      public SnippetHighlighter highlighter() {
        return SnippetHighlighter.quotes(searcher, texts::text);
      }

      @Override
      public QuoteHit read(int doc, float score, List<Snippet> snippets) throws IOException {
        return hit(texts.quote(doc), score, snippets);
      }
    };
  }

  private static QuoteHit hit(Document doc, float score, List<Snippet> marked) {
    Quote quote = QuoteFields.read(doc);
    return QuoteHit.of(
        doc.get(Fields.QUOTE_ID),
        doc.get(Fields.ARTICLE_ID),
        quote,
        marked.isEmpty() ? Snippet.plain(quote.text()) : marked.getFirst(),
        doc.get(Fields.ARTICLE_SOURCE),
        ArticleSearch.date(doc),
        doc.get(Fields.ARTICLE_TITLE),
        score);
  }
}
