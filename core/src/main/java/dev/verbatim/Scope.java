package dev.verbatim;

import java.util.Locale;

/**
 * What a search's hits are: articles ({@link Verbatim#search}) or quotes with their speakers
 * ({@link Verbatim#searchQuotes}).
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
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "articles" -> ARTICLES;
      case "quotes" -> QUOTES;
      default ->
          throw new IllegalArgumentException(
              "scope must be articles or quotes, was '" + value + "'");
    };
  }
}
