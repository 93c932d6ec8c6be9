package dev.verbatim.internal.index;

import dev.verbatim.internal.copies.CopyThreshold;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;

/**
 * Opens the index's writer with the settings every writer of it uses, and the user data every
 * commit carries: the format ({@link IndexFormat}), the copy threshold ({@link CopyThreshold}) and
 * the vector model ({@link VectorModel}).
 */
public final class IndexWriters {
  private IndexWriters() {}

  /**
   * A writer on {@code directory}, creating the index if there is none.
   *
   * @param model the name of the model whose vectors the index holds, or null for none yet
   * @throws org.apache.lucene.store.LockObtainFailedException if another writer has the index
   */
  public static IndexWriter open(Directory directory, double copyThreshold, String model)
      throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(ArticleDocuments.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
    IndexWriter writer = new IndexWriter(directory, config);
    Map<String, String> commitData = new LinkedHashMap<>(IndexFormat.commitData());
    commitData.put(CopyThreshold.KEY, Double.toString(copyThreshold));
    if (model != null) {
      commitData.put(VectorModel.KEY, model);
    }
    writer.setLiveCommitData(commitData.entrySet());
    return writer;
  }
}
