package dev.verbatim.cli;

import dev.verbatim.Snippet;

/** Writes a {@link Snippet} for a terminal: each mark bold and underlined, or {@code [[…]]}. */
final class Snippets {
  private static final String BOLD = "\u001b[1;4m";
  private static final String RESET = "\u001b[0m";

  private Snippets() {}

  /**
   * The snippet's text with each mark as bold underline on a terminal, or as {@code [[…]]} when
   * output goes to a file or a pipe.
   */
  static String toText(Snippet snippet, boolean terminal) {
    String text = snippet.text();
    StringBuilder sb = new StringBuilder(text.length() + 8 * snippet.marks().size());
    int pos = 0;
    for (Snippet.Mark m : snippet.marks()) {
      sb.append(text, pos, m.start())
          .append(terminal ? BOLD : "[[")
          .append(text, m.start(), m.end())
          .append(terminal ? RESET : "]]");
      pos = m.end();
    }
    return sb.append(text, pos, text.length()).toString();
  }
}
