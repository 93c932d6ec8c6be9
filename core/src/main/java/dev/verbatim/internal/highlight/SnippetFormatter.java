package dev.verbatim.internal.highlight;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage as its own snippet: HTML-escaped text with matches wrapped in {@code
 * <mark>…</mark>}. Matches that overlap, touch or stand side by side with only spaces between
 * become one mark, so the words of a phrase inside a proximity query read as one span. Returns a
 * {@code List<String>}.
 */
final class SnippetFormatter extends PassageFormatter {
  private static final String PRE = "<mark>";
  private static final String POST = "</mark>";

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      StringBuilder sb = new StringBuilder();
      int pos = passage.getStartOffset();
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
        Html.escape(sb, content, pos, start);
        sb.append(PRE);
        Html.escape(sb, content, start, end);
        sb.append(POST);
        pos = end;
      }
      Html.escape(sb, content, pos, Math.max(pos, passage.getEndOffset()));
      snippets.add(sb.toString().strip());
    }
    return snippets;
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
