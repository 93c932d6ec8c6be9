package dev.verbatim;

/** A search ran past its {@link SearchRequest#timeout()}; its partial results were dropped. */
public final class SearchTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what timed out, and after how long
   */
  public SearchTimeoutException(String message) {
    super(message);
  }
}
