package dev.verbatim.internal.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Seeds;
import dev.verbatim.text.TextBoundaries;
import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The on-demand boundaries are exactly the analyzer's sentence starts, plus start and end. */
class SentenceBreakIteratorTest {
  static Stream<String> texts() throws Exception {
    List<String> texts = new ArrayList<>();
    texts.add("");
    texts.add("   ");
    texts.add("One sentence.");
    texts.add("  Mr. Musk said so. U.S. officials  disagreed!  \n\n Then what?  ");
    texts.add("Michael J. Petrilli and Thomas B. Fordham met. Plan B. Then J. Doe left. A. B. C.");
    texts.add(
        "\u201cI have spoken to Putin only once,\u201d Musk tweeted. That was it.\n\nNew paragraph");
    Seeds.articles().forEach(a -> texts.add(a.text()));
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void boundariesAreTheAnalyzersSentenceStarts(String text) {
    int[] expected = expected(text);
    SentenceBreakIterator it = new SentenceBreakIterator();
    it.setText(new StringCharacterIterator(text));
    List<Integer> forward = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      forward.add(b);
    }
    assertThat(forward).containsExactlyElementsOf(Arrays.stream(expected).boxed().toList());
    List<Integer> backward = new ArrayList<>();
    for (int b = it.last(); b != BreakIterator.DONE; b = it.previous()) {
      backward.add(0, b);
    }
    assertThat(backward).isEqualTo(forward);
    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(it.following(offset))
          .as("following(%d)", offset)
          .isEqualTo(following(expected, offset));
      assertThat(it.preceding(offset))
          .as("preceding(%d)", offset)
          .isEqualTo(preceding(expected, offset));
    }
  }

  private static int[] expected(String text) {
    List<Integer> all = new ArrayList<>(List.of(0));
    for (int start : TextBoundaries.of(text).sentenceStarts()) {
      if (start > all.getLast()) {
        all.add(start);
      }
    }
    if (all.getLast() < text.length()) {
      all.add(text.length());
    }
    return all.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int following(int[] boundaries, int offset) {
    for (int b : boundaries) {
      if (b > offset) {
        return b;
      }
    }
    return BreakIterator.DONE;
  }

  private static int preceding(int[] boundaries, int offset) {
    int result = BreakIterator.DONE;
    for (int b : boundaries) {
      if (b < offset) {
        result = b;
      }
    }
    return result;
  }
}
