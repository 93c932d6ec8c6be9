package dev.verbatim;

/**
 * A query the user wrote cannot be understood or would exceed a limit. The message says what is
 * wrong in words a user can act on; {@link #position()} says where.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int position;

  /**
   * @param message what is wrong, without the position
   * @param position the 0-based character index in the query where the problem is
   */
  public QuerySyntaxException(String message, int position) {
    super(message + " (at position " + position + ")");
    this.position = position;
  }

  /** The 0-based character index in the query where the problem is. */
  public int position() {
    return position;
  }
}
