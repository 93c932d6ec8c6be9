package dev.verbatim.text;

/**
 * The quotation marks of news text, defined once for quote finding, attribution, verify's claim
 * reading and the query parser: curly and straight, double and single, and the guillemets and low
 * marks of copy translated from French or German. Thread-safe: static functions only.
 */
public final class QuoteMarks {
  private QuoteMarks() {}

  /** “ */
  public static final char LEFT_DOUBLE = '\u201C';

  /** ” */
  public static final char RIGHT_DOUBLE = '\u201D';

  /** „ */
  public static final char LOW_DOUBLE = '\u201E';

  /** « */
  public static final char LEFT_GUILLEMET = '\u00AB';

  /** » */
  public static final char RIGHT_GUILLEMET = '\u00BB';

  /** ‘ */
  public static final char LEFT_SINGLE = '\u2018';

  /** ’ (also the apostrophe of typeset text) */
  public static final char RIGHT_SINGLE = '\u2019';

  /** ‹ */
  public static final char LEFT_SINGLE_GUILLEMET = '\u2039';

  /** › */
  public static final char RIGHT_SINGLE_GUILLEMET = '\u203A';

  /** A mark that only ever opens a double quote: “ « „. */
  public static boolean opensDouble(char c) {
    return c == LEFT_DOUBLE || c == LEFT_GUILLEMET || c == LOW_DOUBLE;
  }

  /** A mark that only ever closes a double quote: ” ». */
  public static boolean closesDouble(char c) {
    return c == RIGHT_DOUBLE || c == RIGHT_GUILLEMET;
  }

  /** A mark that may open a single quote: ‘ ' ‹. */
  public static boolean opensSingle(char c) {
    return c == LEFT_SINGLE || c == '\'' || c == LEFT_SINGLE_GUILLEMET;
  }

  /** A mark that may close a single quote: ’ ' ›. */
  public static boolean closesSingle(char c) {
    return c == RIGHT_SINGLE || c == '\'' || c == RIGHT_SINGLE_GUILLEMET;
  }

  /** Any mark that may open a quote, double or single, straight or curly. */
  public static boolean opens(char c) {
    return c == '"' || opensDouble(c) || opensSingle(c);
  }

  /** Any mark that may close a quote, double or single, straight or curly. */
  public static boolean closes(char c) {
    return c == '"' || closesDouble(c) || closesSingle(c);
  }

  /**
   * A mark a searcher may type a phrase between: the straight double mark and the curly and low
   * double marks a phone or a word processor puts in its place.
   */
  public static boolean delimitsPhrase(char c) {
    return c == '"' || c == LEFT_DOUBLE || c == RIGHT_DOUBLE || c == LOW_DOUBLE;
  }
}
