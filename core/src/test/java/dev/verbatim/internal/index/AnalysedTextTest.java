package dev.verbatim.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.Article;
import dev.verbatim.Seeds;
import dev.verbatim.quote.Quote;
import dev.verbatim.quote.QuoteExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * A quote's words, analysed once and indexed on its article and on its own document, make the same
 * postings and norms as the words analysed by the writer for each field.
 */
class AnalysedTextTest {
  @Test
  void quoteWordsAnalysedOnceIndexAsTheTextDoes() throws IOException {
    ArticleDocuments documents = new ArticleDocuments();
    QuoteExtractor extractor = new QuoteExtractor();
    List<List<Document>> once = new ArrayList<>();
    List<List<Document>> asText = new ArrayList<>();
    int quotes = 0;
    for (Article article : Seeds.articles()) {
      List<Document> docs = documents.toDocuments(article);
      once.add(docs);
      List<Quote> found = extractor.extract(article.text());
      quotes += found.size();
      List<Document> plain = new ArrayList<>();
      for (int d = 0; d < docs.size(); d++) {
        Document copy = new Document();
        int value = 0;
        for (IndexableField field : docs.get(d)) {
          boolean words =
              field.name().equals(Fields.QUOTES)
                  && field instanceof Field f
                  && f.tokenStreamValue() != null
                  && !(f.tokenStreamValue()
                      instanceof org.apache.lucene.analysis.miscellaneous.EmptyTokenStream);
          if (words) {
            // the article holds every quote in order; quote document d holds quote d - 1
            String text = found.get(d == 0 ? value++ : d - 1).text();
            copy.add(new Field(Fields.QUOTES, text, field.fieldType()));
          } else {
            copy.add(field);
          }
        }
        plain.add(copy);
      }
      asText.add(plain);
    }
    assertTrue(quotes > 20, "the seeds have quotes: " + quotes);
    try (Directory a = index(once);
        Directory b = index(asText);
        DirectoryReader ra = DirectoryReader.open(a);
        DirectoryReader rb = DirectoryReader.open(b)) {
      LeafReader x = ra.leaves().getFirst().reader();
      LeafReader y = rb.leaves().getFirst().reader();
      assertEquals(postings(y), postings(x));
      assertEquals(norms(y), norms(x));
      assertTrue(postings(x).size() > 1_000, "quote words were indexed");
    }
  }

  /** Every term of the quote field with every document, frequency and position. */
  private static List<String> postings(LeafReader reader) throws IOException {
    List<String> out = new ArrayList<>();
    Terms terms = reader.terms(Fields.QUOTES);
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      pe = te.postings(pe, PostingsEnum.POSITIONS);
      StringBuilder line = new StringBuilder(term.utf8ToString());
      for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
        line.append(' ').append(doc).append(':');
        for (int i = 0; i < pe.freq(); i++) {
          line.append(pe.nextPosition()).append(',');
        }
      }
      out.add(line.toString());
    }
    return out;
  }

  private static List<Long> norms(LeafReader reader) throws IOException {
    List<Long> out = new ArrayList<>();
    NumericDocValues norms = reader.getNormValues(Fields.QUOTES);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      out.add(norms.advanceExact(doc) ? norms.longValue() : -1L);
    }
    return out;
  }

  private static Directory index(List<List<Document>> articles) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(dir, new IndexWriterConfig(ArticleDocuments.analyzer()))) {
      for (List<Document> docs : articles) {
        writer.addDocuments(docs);
      }
      writer.forceMerge(1);
    }
    return dir;
  }
}
