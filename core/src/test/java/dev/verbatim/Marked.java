package dev.verbatim;

import java.util.List;

/**
 * Snippets written out for assertions: matches and cues in {@code [[…]]}, a quote in {@code <q>}.
 */
public final class Marked {
  private Marked() {}

  /** {@code snippet}'s text with its marks written in. */
  public static String of(Snippet snippet) {
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    for (Snippet.Mark m : snippet.marks()) {
      sb.append(snippet.text(), pos, m.start());
      boolean quote = m.kind() == Snippet.Kind.QUOTE;
      sb.append(quote ? "<q>" : "[[")
          .append(snippet.text(), m.start(), m.end())
          .append(quote ? "</q>" : "]]");
      pos = m.end();
    }
    return sb.append(snippet.text().substring(pos)).toString();
  }

  /** Each snippet written out. */
  public static List<String> all(List<Snippet> snippets) {
    return snippets.stream().map(Marked::of).toList();
  }
}
