package dev.verbatim;

import java.io.IOException;

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
}
