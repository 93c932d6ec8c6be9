package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.internal.index.IndexFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes in another layout are refused with a message that says what to do, and left alone. */
class IndexFormatTest {
  @TempDir Path dir;

  /** What the previous version left: documents, no recorded format. */
  private void writeUnrecorded(Map<String, String> userData) throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("id", "old-1", Field.Store.YES));
      doc.add(new TextField("body", "Putin said nothing.", Field.Store.YES));
      w.addDocument(doc);
      w.setLiveCommitData(userData.entrySet());
      w.commit();
    }
  }

  private long generation() throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).getGeneration();
    }
  }

  @Test
  void anIndexOfThePreviousVersionIsRefusedWithWhatToDoAndLeftUnchanged() throws IOException {
    writeUnrecorded(Map.of());
    long before = generation();
    for (var open :
        List.<IoOpen>of(() -> Verbatim.open(dir, null), () -> Verbatim.openReadOnly(dir))) {
      assertThatThrownBy(open::open)
          .isInstanceOfSatisfying(
              IndexFormatException.class,
              e -> {
                assertThat(e.found()).isEqualTo(1);
                assertThat(e.expected()).isEqualTo(IndexFormat.CURRENT);
              })
          .hasMessage(
              "this index was written by an earlier version of Verbatim (index format 1; this"
                  + " version reads format "
                  + IndexFormat.CURRENT
                  + "): index the articles again into a new folder; nothing in this one was"
                  + " changed");
    }
    assertThat(generation()).isEqualTo(before);
    try (Directory d = FSDirectory.open(dir);
        DirectoryReader r = DirectoryReader.open(d)) {
      assertThat(r.numDocs()).isEqualTo(1);
    }
    // the lock was let go: the folder can be opened by the version that wrote it
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      assertThat(w.getDocStats().numDocs).isEqualTo(1);
    }
  }

  @Test
  void anIndexOfANewerVersionIsRefused() throws IOException {
    writeUnrecorded(Map.of(IndexFormat.KEY, Integer.toString(IndexFormat.CURRENT + 1)));
    assertThatThrownBy(() -> Verbatim.open(dir, null))
        .isInstanceOf(IndexFormatException.class)
        .hasMessageContaining(
            "newer version of Verbatim (index format " + (IndexFormat.CURRENT + 1))
        .hasMessageContaining("open it with that version");
  }

  @Test
  void everyCommitRecordsTheFormatAndTheIndexOpensAgain() throws IOException {
    try (Verbatim v = Verbatim.open(dir, null)) {
      v.add(new Article("a", "AP", null, null, List.of(), null, "en", "Putin said “no.”"));
      v.commit();
    }
    try (Directory d = FSDirectory.open(dir)) {
      assertThat(SegmentInfos.readLatestCommit(d).getUserData())
          .containsEntry(IndexFormat.KEY, Integer.toString(IndexFormat.CURRENT));
    }
    try (Verbatim v = Verbatim.openReadOnly(dir)) {
      assertThat(v.count()).isEqualTo(1);
      assertThat(v.quotes().search(SearchRequest.of("no")).hits().getFirst().text().text())
          .isEqualTo("no.");
    }
  }

  @Test
  void anEmptyIndexWithoutARecordedFormatOpens() throws IOException {
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      w.commit();
    }
    try (Verbatim v = Verbatim.open(dir, null)) {
      assertThat(v.count()).isZero();
    }
  }

  @FunctionalInterface
  private interface IoOpen {
    Verbatim open() throws IOException;
  }
}
