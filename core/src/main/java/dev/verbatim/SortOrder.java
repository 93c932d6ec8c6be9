package dev.verbatim;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first (BM25), ties broken by id. */
  RELEVANCE,
  /** Newest publication day first, ties broken by id; articles without a date come last. */
  DATE;

  /**
   * Parses {@code relevance} or {@code date}, any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static SortOrder parse(String value) {
    return EnumNames.parse(SortOrder.class, "sort", value);
  }
}
