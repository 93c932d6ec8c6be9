package dev.verbatim.internal.search;

import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

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
      int doc = liveDoc(ArticleDocuments.idTerm(id));
      articles.put(id, doc < 0 ? null : stored.document(doc, ARTICLE_FIELDS));
    }
    return articles.get(id);
  }

  /**
   * The live document with {@code term}, or -1: read from the postings segment by segment, without
   * a query's weight and collector (a page of quotes, or verify's candidates, looks up dozens).
   */
  private int liveDoc(Term term) throws IOException {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(term.field());
      if (terms == null) {
        continue;
      }
      TermsEnum termsEnum = terms.iterator();
      if (!termsEnum.seekExact(term.bytes())) {
        continue;
      }
      PostingsEnum docs = termsEnum.postings(null, PostingsEnum.NONE);
      Bits live = leaf.reader().getLiveDocs();
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live == null || live.get(d)) {
          return leaf.docBase + d;
        }
      }
    }
    return -1;
  }
}
