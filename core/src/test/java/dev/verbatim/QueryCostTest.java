package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A query's cost, known from the index's statistics before it runs. */
class QueryCostTest {
  private Verbatim verbatim;

  @BeforeEach
  void index() throws Exception {
    verbatim = Verbatim.inMemory();
    // "the" 3 times, "of" 2 times, "cat" once, in one body; no title
    verbatim.add(
        new Article(
            "a", null, null, null, List.of(), null, null, "The cat of the hat. The end of it."));
    verbatim.commit();
    verbatim.refresh();
  }

  @AfterEach
  void close() throws Exception {
    verbatim.close();
  }

  @Test
  void plainWordsReadNoPositions() throws Exception {
    assertThat(verbatim.articles().positionsRead("cat")).isZero();
    assertThat(verbatim.articles().positionsRead("cat AND hat")).isZero();
    assertThat(verbatim.articles().positionsRead("")).isZero();
  }

  @Test
  void proximityReadsEachWordsPositionsOnceForEveryPlaceItStands() throws Exception {
    assertThat(verbatim.articles().positionsRead("the w/5 of")).isEqualTo(3 + 2);
    // within a paragraph: the paragraph's two boundary marks are read too
    long pair = verbatim.articles().positionsRead("the w/p of");
    assertThat(pair).isEqualTo(3 + 2 + 2);
    long other = verbatim.articles().positionsRead("cat w/p hat");
    assertThat(other).isEqualTo(1 + 1 + 2);
    // operators over operators: each group read in full, and the outer operator's marks again
    assertThat(verbatim.articles().positionsRead("(the w/p of) w/p (cat w/p hat)"))
        .isEqualTo(pair + other + 2);
    assertThat(verbatim.articles().positionsRead("(the w/p of) w/5 (cat w/p hat) w/5 (of w/5 the)"))
        .isEqualTo(pair + other + 5);
    assertThat(verbatim.articles().positionsRead("cat w/3 hat")).isEqualTo(1 + 1);
    // a word the index does not hold costs nothing
    assertThat(verbatim.articles().positionsRead("cat w/3 zebra")).isEqualTo(1);
  }

  @Test
  void aQueryPastTheLimitIsRefusedBeforeItRunsWithTheEstimate() throws Exception {
    org.apache.lucene.search.Query query =
        new dev.verbatim.internal.query.QueryCompiler(
                null, dev.verbatim.internal.query.QueryField.ARTICLE)
            .compile(dev.verbatim.internal.query.QueryParser.parse("cat w/3 hat"));
    try (org.apache.lucene.index.DirectoryReader reader = reader()) {
      dev.verbatim.internal.query.QueryCost.check(reader, query, 2); // at the limit: runs
      assertThatThrownBy(() -> dev.verbatim.internal.query.QueryCost.check(reader, query, 1))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageContaining("too expensive")
          .hasMessageContaining("about 2 word positions, more than the limit of 1");
    }
  }

  private org.apache.lucene.index.DirectoryReader reader() throws Exception {
    org.apache.lucene.store.Directory dir = new org.apache.lucene.store.ByteBuffersDirectory();
    try (org.apache.lucene.index.IndexWriter writer =
        new org.apache.lucene.index.IndexWriter(
            dir,
            new org.apache.lucene.index.IndexWriterConfig(
                dev.verbatim.internal.index.ArticleDocuments.TEXT_ANALYZER))) {
      org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
      doc.add(
          new org.apache.lucene.document.TextField(
              dev.verbatim.internal.index.Fields.BODY,
              "The cat saw a hat.",
              org.apache.lucene.document.Field.Store.NO));
      writer.addDocument(doc);
    }
    return org.apache.lucene.index.DirectoryReader.open(dir);
  }
}
