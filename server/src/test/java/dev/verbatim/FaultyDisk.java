package dev.verbatim;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * An index on a simulated disk that refuses new files with the operating system's "No space left on
 * device" while {@link #full} is set: for the server's tests of a full disk.
 */
public final class FaultyDisk {
  /** Set to fill the disk, clear to free it. */
  public final AtomicBoolean full = new AtomicBoolean();

  /** The index on this disk. */
  public Verbatim open() throws IOException {
    return Opening.writable(
        new FilterDirectory(new ByteBuffersDirectory()) {
          @Override
          public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (full.get()) {
              throw new java.nio.file.FileSystemException(name, null, "No space left on device");
            }
            return super.createOutput(name, context);
          }
        },
        null,
        Double.NaN);
  }
}
