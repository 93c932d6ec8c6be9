package dev.verbatim.internal.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.Article;
import dev.verbatim.Seeds;
import dev.verbatim.Snippet;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.internal.query.QueryParser;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * A page that reads each hit's body with its other stored fields hands it to the highlighter: the
 * snippets are those the highlighter makes reading the body itself.
 */
class BodyTextSnippetsTest {
  @Test
  void snippetsFromTheBodyReadByThePageAreThoseFromStoredFields() throws IOException {
    ArticleDocuments documents = new ArticleDocuments();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer =
          new IndexWriter(dir, new IndexWriterConfig(ArticleDocuments.analyzer()))) {
        for (Article article : Seeds.articles()) {
          writer.addDocuments(documents.toDocuments(article));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        int compared = 0;
        for (String q :
            List.of(
                "said", "\"the end of the\"", "putin w/12 nuclear", "kremlin OR ukraine", "war*")) {
          Query query = new QueryCompiler(reader, QueryField.ARTICLE).compile(QueryParser.parse(q));
          int[] docs =
              Arrays.stream(searcher.search(query, 10).scoreDocs).mapToInt(d -> d.doc).toArray();
          List<List<Snippet>> stored = SnippetHighlighter.articles(searcher).snippets(query, docs);
          List<List<Snippet>> given =
              SnippetHighlighter.articles(
                      searcher, doc -> searcher.storedFields().document(doc).get(Fields.BODY))
                  .snippets(query, docs);
          assertEquals(stored, given, q);
          compared += stored.stream().mapToInt(List::size).sum();
        }
        assertTrue(compared > 10, "the queries have snippets: " + compared);
      }
    }
  }
}
