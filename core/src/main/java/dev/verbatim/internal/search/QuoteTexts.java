package dev.verbatim.internal.search;

import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Reads a quote document whole: a quote stores where it lies in its article's body, not its words,
 * and not its article's outlet and headline; those come from the article (one stored copy of each
 * text). One per request: it keeps the articles it read, so that the quotes of one article read
 * their body once.
 */
public final class QuoteTexts {
  private static final Set<String> ARTICLE_FIELDS =
      Set.of(Fields.BODY, Fields.SOURCE, Fields.TITLE);
  private static final Set<String> SPAN_FIELDS =
      Set.of(Fields.ARTICLE_ID, Fields.QUOTE_START, Fields.QUOTE_END);

  private final IndexSearcher searcher;
  private final StoredFields stored;
  private final Map<String, Document> articles = new HashMap<>();

  public QuoteTexts(IndexSearcher searcher) throws IOException {
    this.searcher = searcher;
    this.stored = searcher.storedFields();
  }

  /** The quote document {@code doc} with its words, outlet and headline as stored fields. */
  public Document quote(int doc) throws IOException {
    return complete(stored.document(doc));
  }

  /** The words of the quote document {@code doc}. */
  public String text(int doc) throws IOException {
    return complete(stored.document(doc, SPAN_FIELDS)).get(Fields.QUOTES);
  }

  /** {@link #text}, for callers that cannot throw (the highlighter's text source). */
  String textUnchecked(int doc) {
    try {
      return text(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds to {@code quote} (its stored fields) its words ({@link Fields#QUOTES}), its article's
   * outlet ({@link Fields#ARTICLE_SOURCE}) and headline ({@link Fields#ARTICLE_TITLE}).
   */
  public Document complete(Document quote) throws IOException {
    Document article = article(quote.get(Fields.ARTICLE_ID));
    if (article == null) {
      return quote; // an article and its quotes are deleted together: not in one snapshot
    }
    String body = article.get(Fields.BODY);
    int start = quote.getField(Fields.QUOTE_START).numericValue().intValue();
    int end = quote.getField(Fields.QUOTE_END).numericValue().intValue();
    quote.add(new StoredField(Fields.QUOTES, body.substring(start, end)));
    if (article.get(Fields.SOURCE) != null) {
      quote.add(new StoredField(Fields.ARTICLE_SOURCE, article.get(Fields.SOURCE)));
    }
    if (article.get(Fields.TITLE) != null) {
      quote.add(new StoredField(Fields.ARTICLE_TITLE, article.get(Fields.TITLE)));
    }
    return quote;
  }

  private Document article(String id) throws IOException {
    if (id == null) {
      return null;
    }
    if (!articles.containsKey(id)) {
      TopDocs top = searcher.search(new TermQuery(ArticleDocuments.idTerm(id)), 1);
      articles.put(
          id,
          top.scoreDocs.length == 0 ? null : stored.document(top.scoreDocs[0].doc, ARTICLE_FIELDS));
    }
    return articles.get(id);
  }
}
