package dev.verbatim.internal.watch;

import dev.verbatim.Snippet;
import java.util.ArrayList;
import java.util.List;

/**
 * The passage of a text shown for a watch's match: the sentence around its longest match (a phrase
 * before a single word; the first of equals), at most {@value #BEFORE} characters before it and
 * {@value #AFTER} after it, cut at a sentence end or a space), every match inside it marked.
 * Cheaper than the search page's highlighter, which ranks passages: an alert shows one, the first.
 */
final class Passages {
  static final int BEFORE = 200;
  static final int AFTER = 300;
  private static final int PLAIN = 300;

  private Passages() {}

  /**
   * @param spans the matches' offsets in {@code text}, in text order; none: the text's start
   */
  static Snippet around(String text, List<int[]> spans) {
    if (text == null) {
      return Snippet.plain("");
    }
    if (spans.isEmpty()) {
      // matched elsewhere (the headline, a filter): the text's opening
      return Snippet.plain(cut(text, 0, Math.min(text.length(), PLAIN)));
    }
    int[] anchor = spans.getFirst();
    for (int[] span : spans) {
      if (span[1] - span[0] > anchor[1] - anchor[0]) {
        anchor = span;
      }
    }
    int first = anchor[0];
    int start = Math.max(0, first - BEFORE);
    for (int i = first - 1; i > start; i--) {
      if (endsSentence(text, i)) {
        start = i + 1;
        break;
      }
    }
    while (start < first && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int firstEnd = anchor[1];
    int end = Math.min(text.length(), firstEnd + AFTER);
    for (int i = firstEnd; i < end; i++) {
      if (endsSentence(text, i)) {
        end = i + 1;
        break;
      }
    }
    List<Snippet.Mark> marks = new ArrayList<>();
    int previous = start;
    for (int[] span : spans) {
      if (span[0] >= previous && span[1] <= end && span[0] < span[1]) {
        marks.add(new Snippet.Mark(span[0] - start, span[1] - start, Snippet.Kind.MATCH));
        previous = span[1];
      }
    }
    return new Snippet(text.substring(start, end), marks);
  }

  private static boolean endsSentence(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n') {
      return true;
    }
    return (c == '.' || c == '?' || c == '!')
        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static String cut(String text, int start, int end) {
    return end < text.length() ? text.substring(start, end) + "…" : text.substring(start, end);
  }
}
