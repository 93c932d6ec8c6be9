package dev.verbatim.cli;

/** Turns an HTML snippet ({@code <mark>} tags, escaped text) into text for a terminal. */
final class Snippets {
  private static final String BOLD = "\u001b[1;4m";
  private static final String RESET = "\u001b[0m";

  private Snippets() {}

  /**
   * Unescapes the text and shows each mark as bold underline on a terminal, or as {@code [[…]]}
   * when output goes to a file or a pipe.
   */
  static String toText(String html, boolean terminal) {
    String marked =
        html.replace("<mark>", terminal ? BOLD : "[[").replace("</mark>", terminal ? RESET : "]]");
    return marked
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&#47;", "/")
        .replace("&amp;", "&");
  }
}
