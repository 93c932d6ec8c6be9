package dev.verbatim;

/**
 * What a search's hits are: articles ({@link Verbatim#search}) or quotes with their speakers
 * ({@link Quotes#search}).
 */
public enum Scope {
  /** Hits are articles, with highlighted snippets. */
  ARTICLES,
  /** Hits are quotes, each with its speaker, cue and article. */
  QUOTES;

  /**
   * Parses {@code articles} or {@code quotes}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Scope parse(String value) {
    return EnumNames.parse(Scope.class, "scope", value);
  }
}
