package dev.verbatim.internal.highlight;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;

/** HTML escaping as Lucene's highlighter does it, for every string Verbatim returns as HTML. */
public final class Html {
  private static final Escaper ESCAPER = new Escaper();

  private Html() {}

  /** {@code text} with {@code & < > " ' /} escaped. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    ESCAPER.escape(sb, text, 0, text.length());
    return sb.toString();
  }

  /** Appends {@code content[start, end)} escaped to {@code dest}. */
  static void escape(StringBuilder dest, String content, int start, int end) {
    ESCAPER.escape(dest, content, start, end);
  }

  /** Exposes {@link DefaultPassageFormatter}'s escaping; it keeps no state. */
  private static final class Escaper extends DefaultPassageFormatter {
    Escaper() {
      super("", "", "", true);
    }

    void escape(StringBuilder dest, String content, int start, int end) {
      append(dest, content, start, end);
    }
  }
}
