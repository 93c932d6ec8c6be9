package dev.verbatim.internal.highlight;

import com.ibm.icu.util.ULocale;
import dev.verbatim.text.TextBoundaries;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * A {@link java.text.BreakIterator} over the sentence boundaries that the index uses ({@link
 * dev.verbatim.internal.analysis.TextBoundaries}): ICU's English sentence rules with abbreviation
 * suppressions, each boundary moved past the blanks that follow it, plus the start and the end of
 * the text. Snippets are then cut exactly where the analyzer put its sentence markers.
 *
 * <p>Boundaries are found on demand around the offsets the highlighter asks about, not for the
 * whole text up front: a snippet needs the sentences around a few matches, and finding every
 * sentence of every hit made highlighting a quarter slower than Lucene's own (docs/benchmarks.md).
 *
 * <p>Not thread-safe, as every BreakIterator.
 */
final class SentenceBreakIterator extends BreakIterator {
  private static final com.ibm.icu.text.BreakIterator PROTOTYPE =
      com.ibm.icu.text.BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

  private final com.ibm.icu.text.BreakIterator sentences = cloneOfPrototype();

  /** Spans of the text, {@code [start, end)} offsets, inside which no boundary is reported. */
  private final int[][] joined;

  private CharacterIterator text = new StringCharacterIterator("");
  private String chars = "";
  private int begin;
  private int current;

  SentenceBreakIterator() {
    this(new int[0][]);
  }

  /**
   * A sentence iterator with no boundaries inside the spans {@code joined} ({@code [start, end)}
   * offsets): the sentences a proximity match spans read as one.
   */
  SentenceBreakIterator(int[][] joined) {
    this.joined = joined;
  }

  /** Whether local offset {@code b} is a boundary inside one of the joined spans. */
  private boolean insideJoined(int b) {
    int offset = begin + b;
    for (int[] span : joined) {
      if (span[0] < offset && offset < span[1]) {
        return true;
      }
    }
    return false;
  }

  private static synchronized com.ibm.icu.text.BreakIterator cloneOfPrototype() {
    return (com.ibm.icu.text.BreakIterator) PROTOTYPE.clone();
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    StringBuilder sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      sb.append(c);
    }
    chars = sb.toString();
    begin = newText.getBeginIndex();
    sentences.setText(chars);
    current = begin;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  /** The first non-blank offset at or after a raw boundary; the length if there is none. */
  private int skipBlanks(int raw) {
    int i = raw;
    while (i < chars.length() && Character.isWhitespace(chars.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The smallest boundary after local offset {@code x}, or -1. */
  private int after(int x) {
    int b = sentenceAfter(x);
    while (b > 0 && b < chars.length() && insideJoined(b)) {
      b = sentenceAfter(b);
    }
    return b;
  }

  /** The largest boundary before local offset {@code x}, or -1. */
  private int before(int x) {
    int b = sentenceBefore(x);
    while (b > 0 && insideJoined(b)) {
      b = sentenceBefore(b);
    }
    return b;
  }

  /** The smallest sentence boundary after local offset {@code x}, or -1. */
  private int sentenceAfter(int x) {
    int length = chars.length();
    if (x < 0) {
      return 0;
    }
    if (x >= length) {
      return -1;
    }
    // the last raw boundary at or before x starts the next sentence if x is in its blanks
    int raw = x == 0 ? 0 : sentences.preceding(x + 1);
    int start = skipBlanks(raw == com.ibm.icu.text.BreakIterator.DONE ? 0 : raw);
    if (start > x && start < length && !TextBoundaries.followsAbbreviation(chars, start)) {
      return start;
    }
    int next = sentences.following(x);
    while (next != com.ibm.icu.text.BreakIterator.DONE
        && next < length
        && TextBoundaries.followsAbbreviation(chars, skipBlanks(next))) {
      next = sentences.following(next); // "Michael J. Petrilli": no boundary after the initial
    }
    if (next == com.ibm.icu.text.BreakIterator.DONE || next >= length) {
      return length;
    }
    return Math.min(skipBlanks(next), length);
  }

  /** The largest sentence boundary before local offset {@code x}, or -1. */
  private int sentenceBefore(int x) {
    int length = chars.length();
    if (x <= 0) {
      return -1;
    }
    if (x > length) {
      return length;
    }
    int raw = sentences.preceding(x);
    while (raw != com.ibm.icu.text.BreakIterator.DONE) {
      int start = skipBlanks(raw);
      boolean initial = start > 0 && TextBoundaries.followsAbbreviation(chars, start);
      if (start < x && start < length && !initial) {
        return start;
      }
      raw = sentences.preceding(raw);
    }
    return 0;
  }

  private int move(int local) {
    if (local < 0) {
      return DONE;
    }
    current = begin + local;
    return current;
  }

  @Override
  public int first() {
    current = begin;
    return current;
  }

  @Override
  public int last() {
    current = begin + chars.length();
    return current;
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
      result = n > 0 ? next() : previous();
    }
    return result;
  }

  @Override
  public int next() {
    int b = after(current - begin);
    if (b < 0) {
      last();
      return DONE;
    }
    return move(b);
  }

  @Override
  public int previous() {
    int b = before(current - begin);
    if (b < 0) {
      first();
      return DONE;
    }
    return move(b);
  }

  @Override
  public int following(int offset) {
    int b = after(offset - begin);
    if (b < 0) {
      last();
      return DONE;
    }
    return move(b);
  }

  @Override
  public int preceding(int offset) {
    int b = before(offset - begin);
    if (b < 0) {
      first();
      return DONE;
    }
    return move(b);
  }

  @Override
  public int current() {
    return current;
  }
}
