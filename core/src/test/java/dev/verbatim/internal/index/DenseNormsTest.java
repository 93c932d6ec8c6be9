package dev.verbatim.internal.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.Article;
import dev.verbatim.Seeds;
import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.internal.query.QueryParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every document carries a norm for every text field (so that writing postings reads norms by
 * position, not by scanning a sparse list), and the empty stand-ins that make it so change no
 * score.
 */
class DenseNormsTest {
  private static final List<String> TEXT_FIELDS =
      List.of(Fields.BODY, Fields.TITLE, Fields.SOURCE, Fields.QUOTES, Fields.SPEAKER_TEXT);

  private static final List<String> QUERIES =
      List.of(
          "said",
          "ukraine",
          "\"the end of the\"",
          "putin w/5 said",
          "quote:war",
          "speaker:putin",
          "source:reuters",
          "title:ukraine",
          "kremlin OR moscow",
          "\"peace talks\"~3");

  private static List<List<Document>> built;

  @BeforeAll
  static void build() throws IOException {
    ArticleDocuments documents = new ArticleDocuments();
    built = new ArrayList<>();
    for (Article article : Seeds.articles()) {
      built.add(documents.toDocuments(article));
    }
  }

  @Test
  void everyDocumentHasANormForEveryTextField() throws IOException {
    try (Directory dir = index(built);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      LeafReader leaf = reader.leaves().getFirst().reader();
      assertTrue(leaf.maxDoc() > built.size(), "the seeds have quote documents");
      for (String field : TEXT_FIELDS) {
        NumericDocValues norms = leaf.getNormValues(field);
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
          assertTrue(norms.advanceExact(doc), field + " has no norm for document " + doc);
        }
      }
    }
  }

  @Test
  void withoutTheEmptyFieldsNormsAreSparseAndEveryScoreIsTheSame() throws IOException {
    List<List<Document>> stripped = new ArrayList<>();
    for (List<Document> docs : built) {
      List<Document> copy = new ArrayList<>();
      for (Document doc : docs) {
        Document without = new Document();
        for (IndexableField field : doc) {
          if (!(field instanceof Field f && f.tokenStreamValue() instanceof EmptyTokenStream)) {
            without.add(field);
          }
        }
        copy.add(without);
      }
      stripped.add(copy);
    }
    try (Directory dense = index(built);
        Directory sparse = index(stripped);
        DirectoryReader a = DirectoryReader.open(dense);
        DirectoryReader b = DirectoryReader.open(sparse)) {
      LeafReader sparseLeaf = b.leaves().getFirst().reader();
      NumericDocValues bodyNorms = sparseLeaf.getNormValues(Fields.BODY);
      assertTrue(bodyNorms.cost() < sparseLeaf.maxDoc(), "quote documents have no body");
      int compared = 0;
      for (String q : QUERIES) {
        for (List<QueryField> fields : List.of(QueryField.ARTICLE, QueryField.QUOTES)) {
          TopDocs x = search(a, q, fields);
          TopDocs y = search(b, q, fields);
          assertEquals(y.totalHits, x.totalHits, q);
          assertArrayEquals(docs(y), docs(x), q);
          assertArrayEquals(scores(y), scores(x), 0f, q);
          compared += x.scoreDocs.length;
        }
      }
      assertTrue(compared > 50, "the queries match articles and quotes: " + compared);
    }
  }

  private static TopDocs search(DirectoryReader reader, String q, List<QueryField> fields)
      throws IOException {
    return new IndexSearcher(reader)
        .search(new QueryCompiler(reader, fields).compile(QueryParser.parse(q)), 100);
  }

  private static int[] docs(TopDocs top) {
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    return docs;
  }

  private static float[] scores(TopDocs top) {
    float[] scores = new float[top.scoreDocs.length];
    int i = 0;
    for (ScoreDoc d : top.scoreDocs) {
      scores[i++] = d.score;
    }
    return scores;
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
