package dev.verbatim;

/** Whether a search shows every matching article, or one per copy group. */
public enum Collapse {
  /** Every matching article is a hit. */
  NONE,
  /**
   * One hit per copy group: the group's best-ranked matching article, which says how many articles
   * and outlets print the story and which is the original ({@link Hit#copies()}).
   */
  COPIES;

  /**
   * Parses {@code none} or {@code copies}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Collapse parse(String value) {
    return EnumNames.parse(Collapse.class, "collapse", value);
  }
}
