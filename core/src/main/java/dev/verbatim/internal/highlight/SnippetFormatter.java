package dev.verbatim.internal.highlight;

import dev.verbatim.Snippet;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage as its own {@link Snippet}: the passage's text, blanks at either end
 * dropped, with its matches as marks. Matches that overlap, touch or stand side by side with only
 * spaces between become one mark, so the words of a phrase inside a proximity query read as one
 * span. Returns a {@code List<Snippet>}.
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public List<Snippet> format(Passage[] passages, String content) {
    List<Snippet> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      snippets.add(snippet(passage, content));
    }
    return snippets;
  }

  private static Snippet snippet(Passage passage, String content) {
    int from = passage.getStartOffset();
    int to = Math.max(from, passage.getEndOffset());
    List<int[]> spans = new ArrayList<>();
    int pos = from;
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int start = Math.max(starts[i], pos);
      int end = ends[i];
      while (i + 1 < passage.getNumMatches() && onlySpaceBetween(content, end, starts[i + 1])) {
        end = Math.max(end, ends[++i]);
      }
      if (end <= start) {
        continue;
      }
      spans.add(new int[] {start, end});
      pos = end;
      to = Math.max(to, end);
    }
    while (from < to && Character.isWhitespace(content.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
      to--;
    }
    List<Snippet.Mark> marks = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      int start = Math.max(span[0], from) - from;
      int end = Math.min(span[1], to) - from;
      if (end > start) {
        marks.add(new Snippet.Mark(start, end, Snippet.Kind.MATCH));
      }
    }
    return new Snippet(content.substring(from, to), marks);
  }

  /** Whether matches at these offsets overlap, touch, or are separated by spaces alone. */
  private static boolean onlySpaceBetween(String content, int end, int nextStart) {
    for (int i = end; i < nextStart; i++) {
      if (!Character.isWhitespace(content.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
