package dev.verbatim;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** An index as a version before the index format was recorded left it: documents, no format. */
public final class OldIndex {
  private OldIndex() {}

  /** Writes one such index into {@code dir}. */
  public static void write(Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("id", "a", Field.Store.YES));
      w.addDocument(doc);
    }
  }
}
