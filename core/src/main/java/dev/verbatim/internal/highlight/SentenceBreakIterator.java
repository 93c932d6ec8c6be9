package dev.verbatim.internal.highlight;

import dev.verbatim.internal.analysis.TextBoundaries;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A {@link java.text.BreakIterator} over the sentence boundaries that the index uses ({@link
 * TextBoundaries}), so that snippets are cut exactly where the analyzer put its sentence markers.
 * Not thread-safe, as every BreakIterator.
 */
final class SentenceBreakIterator extends BreakIterator {
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] boundaries = {0};
  private int current;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    StringBuilder sb = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      sb.append(c);
    }
    int begin = newText.getBeginIndex();
    int[] starts = TextBoundaries.of(sb).sentenceStarts();
    int[] all = new int[starts.length + 2];
    all[0] = begin;
    int n = 1;
    for (int start : starts) {
      if (start + begin > all[n - 1]) {
        all[n++] = start + begin;
      }
    }
    int end = newText.getEndIndex();
    if (all[n - 1] < end) {
      all[n++] = end;
    }
    boundaries = Arrays.copyOf(all, n);
    current = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    current = boundaries.length - 1;
    return boundaries[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= boundaries.length) {
      current = target < 0 ? 0 : boundaries.length - 1;
      return DONE;
    }
    current = target;
    return boundaries[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(boundaries, offset + 1);
    int insertion = i >= 0 ? i : -i - 1;
    if (insertion >= boundaries.length) {
      current = boundaries.length - 1;
      return DONE;
    }
    current = insertion;
    return boundaries[current];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(boundaries, offset);
    int insertion = (i >= 0 ? i : -i - 1) - 1;
    if (insertion < 0) {
      current = 0;
      return DONE;
    }
    current = insertion;
    return boundaries[current];
  }

  @Override
  public int current() {
    return boundaries[current];
  }
}
