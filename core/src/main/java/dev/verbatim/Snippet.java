package dev.verbatim;

import java.util.List;
import java.util.Locale;

/**
 * Text with marked stretches: a few sentences of an article with the words that matched, a quote
 * with its matches, or a quote's paragraph with the quote and its attribution cue. Plain text:
 * rendering (HTML {@code <mark>}, a terminal's bold) is the caller's.
 *
 * @param text the text, as the article writes it
 * @param marks the marked stretches of {@code text}, in text order, none overlapping
 */
public record Snippet(String text, List<Mark> marks) {

  /**
   * Copies the list and checks the marks.
   *
   * @throws IllegalArgumentException when a mark lies outside the text, is empty, or overlaps or
   *     precedes the one before it
   */
  public Snippet {
    marks = List.copyOf(marks);
    int previousEnd = 0;
    for (Mark m : marks) {
      if (m.start() < previousEnd || m.end() > text.length() || m.start() >= m.end()) {
        throw new IllegalArgumentException(
            "mark " + m + " out of order or outside a text of " + text.length() + " chars");
      }
      previousEnd = m.end();
    }
  }

  /** A text without marks. */
  public static Snippet plain(String text) {
    return new Snippet(text, List.of());
  }

  /** The marked words, in order ("Putin", "nuclear"). */
  public List<String> marked() {
    return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }

  /**
   * One marked stretch, {@code text.substring(start, end)}.
   *
   * @param start index of its first char in the snippet's text
   * @param end index after its last char
   * @param kind what it marks
   */
  public record Mark(int start, int end, Kind kind) {}

  /** What a mark marks. */
  public enum Kind {
    /** Words that made the query match: a phrase is one mark, a proximity match one per end. */
    MATCH,
    /** The quote, in the paragraph around it. */
    QUOTE,
    /** The words that attribute the quote ("said", "according to"). */
    CUE;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
