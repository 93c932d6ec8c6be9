package dev.verbatim.ingest;

import dev.verbatim.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Reads one record's bytes or one line, never more than {@link Limits#MAX_RECORD_BYTES}: a record
 * over the cap (a compression bomb, a 3 GB WARC record, a runaway JSON line) is refused while it
 * streams, before its bytes are held, and reading goes on with the next record.
 */
final class BoundedInput {
  private BoundedInput() {}

  /** A record longer than the cap. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(
          "larger than "
              + (Limits.MAX_RECORD_BYTES >> 20)
              + " MiB (Limits.MAX_RECORD_BYTES), after decompression");
    }
  }

  /** The rest of {@code in}, or {@link TooLarge} as soon as it passes {@code max} bytes. */
  static byte[] readAtMost(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max + 1); // one past the cap tells "over" from "exactly at"
    if (bytes.length > max) {
      throw new TooLarge();
    }
    return bytes;
  }

  /** {@link #readAtMost(InputStream, int)} with {@link Limits#MAX_RECORD_BYTES}. */
  static byte[] readRecord(InputStream in) throws IOException {
    return readAtMost(in, Limits.MAX_RECORD_BYTES);
  }

  /**
   * Lines of a reader, each at most {@code max} characters; a longer line is skipped to its end
   * without being held, and reported as such.
   */
  static final class Lines {
    private final Reader reader;
    private final int max;
    private final char[] chunk =
        new char[8192]; // as BufferedReader: what was read before a cut stays read
    private int position;
    private int limit;

    Lines(Reader reader, int max) {
      this.reader = reader;
      this.max = max;
    }

    /** The next line without its terminator; null at the end; {@link TooLarge} past the cap. */
    String next() throws IOException {
      StringBuilder line = new StringBuilder();
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = reader.read(chunk, 0, chunk.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            if (tooLong) {
              throw new TooLarge();
            }
            return any ? line.toString() : null;
          }
        }
        any = true;
        int start = position;
        while (position < limit && chunk[position] != '\n') {
          position++;
        }
        if (!tooLong) {
          line.append(chunk, start, position - start);
          if (line.length() > max) {
            tooLong = true;
            line.setLength(0); // the rest of this line is skipped, not held
          }
        }
        if (position < limit) {
          position++; // the '\n'
          if (tooLong) {
            throw new TooLarge();
          }
          int end = line.length();
          if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          return line.toString();
        }
      }
    }
  }
}
