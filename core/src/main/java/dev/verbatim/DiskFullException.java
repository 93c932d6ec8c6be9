package dev.verbatim;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;

/**
 * A write failed because the disk that holds the index is full (or over its quota). Nothing
 * committed before is lost and the index stays usable: searches go on, and writes succeed again
 * once space is freed.
 */
public final class DiskFullException extends IOException {
  private static final long serialVersionUID = 1L;

  DiskFullException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether {@code e}, one of its causes or an exception suppressed by one of them says that the
   * disk is full (a batch written on several threads reports one failure and carries the others).
   */
  static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null
          && (m.contains("No space left on device")
              || m.contains("not enough space on the disk")
              || m.contains("Disk quota exceeded"))) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (isDiskFull(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code e}, a failed write of {@code writer}, as the exception a caller sees: a full disk said
   * so, also when {@code e} is only a write refused because another thread's write found the disk
   * full and closed the writer (its "tragic" exception, then suppressed in {@code e}). Call before
   * the writer is replaced.
   */
  static IOException asSeenByCaller(Exception e, IndexWriter writer) {
    Throwable tragic = writer.getTragicException();
    // Throwable's equals is identity; an exception cannot suppress itself
    if (tragic != null && !tragic.equals(e) && !tragic.equals(e.getCause())) {
      e.addSuppressed(tragic);
    }
    if (isDiskFull(e)) {
      return new DiskFullException(
          "the disk holding the index is full; nothing committed is lost, and writes work again"
              + " once space is freed",
          e);
    }
    return e instanceof IOException io ? io : new IOException("the index write failed", e);
  }
}
