package dev.verbatim.quote;

import dev.verbatim.text.QuoteMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted spans in one paragraph: curly, straight, single and guillemet marks, nesting (only
 * the outermost quote is reported), a missing closing mark (the quote ends at the paragraph's end,
 * or where the next quote opens), and apostrophes that are not quote marks.
 */
final class QuoteSpans {
  /** A span between marks: [start, end) of the quoted text, and whether it had a closing mark. */
  record Span(int start, int end, boolean closed) {}

  /**
   * An attribution glued to an unclosed quote by a lost closing mark and space, as in "will be
   * devastatingMusk wrote": a lower-case letter, then a capitalised name and a reporting verb.
   */
  private static final Pattern GLUED_CUE =
      Pattern.compile("(?<=\\p{Ll})(\\p{Lu}\\p{Ll}+)\\s+(?:" + Cues.VERB_PATTERN + ")\\b");

  private QuoteSpans() {}

  /** The outermost quoted spans of {@code text[from, to)}, a paragraph. */
  static List<Span> find(String text, int from, int to) {
    List<Span> spans = new ArrayList<>();
    findDouble(text, from, to, spans);
    findSingle(text, from, to, spans);
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return spans;
  }

  private static void findDouble(String text, int from, int to, List<Span> spans) {
    List<int[]> events = doubleMarks(text, from, to);
    int balance = 0;
    for (int[] e : events) {
      balance += e[1];
    }
    if (balance == 0) {
      // balanced: report the outermost pairs
      int level = 0;
      int openAt = -1;
      for (int[] e : events) {
        if (e[1] > 0 && level++ == 0) {
          openAt = e[0];
        } else if (e[1] < 0 && --level == 0) {
          add(spans, text, openAt + 1, e[0], true);
        }
      }
      return;
    }
    // unbalanced: each opening mark starts a quote, ending an unclosed one before it
    int openAt = -1;
    for (int[] e : events) {
      if (e[1] > 0) {
        if (openAt >= 0) {
          add(spans, text, openAt + 1, endOfUnclosed(text, openAt + 1, e[0]), false);
        }
        openAt = e[0];
      } else if (openAt >= 0) {
        add(spans, text, openAt + 1, e[0], true);
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      add(spans, text, openAt + 1, endOfUnclosed(text, openAt + 1, to), false);
    }
  }

  /**
   * The double quote marks of {@code [from, to)} in order, as events {@code {position of the quoted
   * text's edge, +1 for an opening mark / -1 for a closing one}}; a closing mark with none open is
   * dropped.
   */
  private static List<int[]> doubleMarks(String text, int from, int to) {
    List<int[]> events = new ArrayList<>(); // {position of the quoted text's edge, +1 / -1}
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      // two apostrophes are one double quote mark, as in typeset archives: ''We'll walk,'' he said;
      // so are two curly single marks: “Make no mistake: Lynching is terrorism,’’ said Rep. Bass
      int width = doubledSingle(text, i, to) ? 2 : 1;
      if (width == 2) {
        c =
            switch (c) {
              case QuoteMarks.LEFT_SINGLE -> QuoteMarks.LEFT_DOUBLE;
              case QuoteMarks.RIGHT_SINGLE -> QuoteMarks.RIGHT_DOUBLE;
              default -> '"';
            };
      }
      boolean open;
      switch (c) {
        case QuoteMarks.LEFT_DOUBLE, QuoteMarks.LEFT_GUILLEMET, QuoteMarks.LOW_DOUBLE ->
            open = true;
        case QuoteMarks.RIGHT_DOUBLE, QuoteMarks.RIGHT_GUILLEMET -> open = false;
        case '"' -> open = depth == 0 || opensHere(text, i, from);
        default -> {
          continue;
        }
      }
      if (c == QuoteMarks.LEFT_DOUBLE && depth > 0 && closesHere(text, i, to)) {
        open = false; // a curly opening mark used as a closing one
      }
      if (open) {
        depth++;
        events.add(new int[] {i + width - 1, 1});
      } else if (depth > 0) {
        depth--;
        events.add(new int[] {i, -1});
      }
      i += width - 1;
    }
    return events;
  }

  /** Whether two like single marks at {@code i} stand for one double mark: {@code ''}, ‘‘, ’’. */
  private static boolean doubledSingle(String text, int i, int to) {
    char c = text.charAt(i);
    return (c == '\'' || c == QuoteMarks.LEFT_SINGLE || c == QuoteMarks.RIGHT_SINGLE)
        && i + 1 < to
        && text.charAt(i + 1) == c;
  }

  /**
   * Where an unclosed quote ends: before a glued attribution if there is one, else at {@code to}.
   */
  private static int endOfUnclosed(String text, int start, int to) {
    Matcher m = GLUED_CUE.matcher(text).region(start, to);
    return m.find() ? m.start() : to;
  }

  private static void findSingle(String text, int from, int to, List<Span> spans) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (doubledSingle(text, i, to)) {
        i += 2; // a double mark made of two apostrophes or two curly single marks
        continue;
      }
      if (QuoteMarks.opensSingle(c)
          && !insideDouble(spans, i)
          && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && i + 1 < to
          && Character.isLetter(text.charAt(i + 1))) {
        int close = singleClose(text, i + 1, to);
        if (close > 0) {
          add(spans, text, i + 1, close, true);
          i = close + 1;
          continue;
        }
      }
      i++;
    }
  }

  /** The closing single mark of a quote opened before {@code from}: not inside a word. */
  private static int singleClose(String text, int from, int to) {
    for (int j = from; j < to; j++) {
      char c = text.charAt(j);
      if (c == '"' || c == QuoteMarks.LEFT_DOUBLE || c == QuoteMarks.RIGHT_DOUBLE) {
        return -1;
      }
      if (c == '\'' && j + 1 < to && text.charAt(j + 1) == '\'') {
        return -1;
      }
      if (QuoteMarks.closesSingle(c)
          && !Character.isWhitespace(text.charAt(j - 1))
          && (j + 1 >= to || !Character.isLetterOrDigit(text.charAt(j + 1)))) {
        return j;
      }
    }
    return -1;
  }

  private static boolean insideDouble(List<Span> spans, int i) {
    for (Span s : spans) {
      if (i >= s.start() - 1 && i <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** A straight double quote opens at the start, after a space or an opening bracket or dash. */
  private static boolean opensHere(String text, int i, int from) {
    if (i == from) {
      return true;
    }
    char before = text.charAt(i - 1);
    boolean afterSpace = Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
    boolean beforeWord = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return afterSpace && beforeWord;
  }

  /** Whether a mark at {@code i} sits where a closing mark would: after a word, before a space. */
  private static boolean closesHere(String text, int i, int to) {
    return i > 0
        && !Character.isWhitespace(text.charAt(i - 1))
        && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)));
  }

  private static void add(List<Span> spans, String text, int start, int end, boolean closed) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (int k = start; k < end; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        spans.add(new Span(start, end, closed));
        return;
      }
    }
  }
}
