package dev.verbatim;

import dev.verbatim.internal.index.IndexFormat;
import java.io.IOException;
import org.apache.lucene.store.Directory;

/**
 * The index was written by another version of Verbatim, whose fields this version would read
 * wrongly or not at all. Nothing is changed in it; the articles must be indexed again into a new
 * folder (or the version that wrote it used).
 */
public final class IndexFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int found;
  private final int expected;

  IndexFormatException(String message, int found, int expected) {
    super(message);
    this.found = found;
    this.expected = expected;
  }

  /** The index's format: 1 for indexes written before Verbatim recorded one. */
  public int found() {
    return found;
  }

  /** The format this version reads and writes. */
  public int expected() {
    return expected;
  }

  /**
   * Refuses an index written in another layout (see {@link IndexFormat}): this version would read
   * it wrongly, and writing to it would fail on the first changed field.
   *
   * @throws IndexFormatException if the index in {@code directory} has another format
   */
  static void check(Directory directory) throws IOException {
    var format = IndexFormat.of(directory);
    if (format.isEmpty() || format.getAsInt() == IndexFormat.CURRENT) {
      return;
    }
    int found = format.getAsInt();
    String formats =
        " (index format " + found + "; this version reads format " + IndexFormat.CURRENT + "): ";
    String message =
        found < IndexFormat.CURRENT
            ? "this index was written by an earlier version of Verbatim"
                + formats
                + "index the articles again into a new folder; nothing in this one was changed"
            : "this index was written by a newer version of Verbatim"
                + formats
                + "open it with that version; nothing in it was changed";
    throw new IndexFormatException(message, found, IndexFormat.CURRENT);
  }
}
