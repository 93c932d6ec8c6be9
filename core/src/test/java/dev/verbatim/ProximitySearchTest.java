package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The proximity connectors on small fixed texts, in the style of Lucene's TestIntervals: each query
 * with the texts it must match, at the distance edges (exactly N, N + 1), across sentence and
 * paragraph edges, nested and chained.
 */
class ProximitySearchTest {
  /*
   * t1: alpha beta gamma delta epsilon zeta eta theta iota kappa
   *     0     1    2     3     4       5    6   7     8    9
   *
   * t2: The minister spoke. Crimea water was cut.
   *     0   1        2      3      4     5   6
   *
   *     Crimea again. Nothing else here.
   *     7      8      9       10   11
   *
   * t3: Musk said Putin would use nuclear weapons. Bremmer wrote it.
   *     0    1    2     3     4   5       6        7       8     9
   */
  private static final List<String> TEXTS =
      List.of(
          "alpha beta gamma delta epsilon zeta eta theta iota kappa",
          "The minister spoke. Crimea water was cut.\n\nCrimea again. Nothing else here.",
          "Musk said Putin would use nuclear weapons. Bremmer wrote it.");

  private static Verbatim verbatim;

  @BeforeAll
  static void index() throws IOException {
    verbatim = Verbatim.inMemory();
    for (int i = 0; i < TEXTS.size(); i++) {
      verbatim.add(
          new Article("t" + (i + 1), null, null, null, List.of(), null, null, TEXTS.get(i)));
    }
    verbatim.commit();
  }

  @AfterAll
  static void close() throws IOException {
    verbatim.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          alpha w/1 beta                  | t1
          beta w/1 alpha                  | t1
          alpha w/3 delta                 | t1
          alpha w/2 delta                 | ``
          kappa w/9 alpha                 | t1
          kappa w/8 alpha                 | ``
          alpha pre/3 delta               | t1
          alpha pre/2 delta               | ``
          delta pre/3 alpha               | ``
          alpha W/3 delta                 | t1
          alpha not w/2 delta             | t1
          alpha not w/3 delta             | ``
          crimea w/s water                | t2
          spoke w/1 crimea                | t2
          spoke w/s crimea                | ``
          minister w/s cut                | ``
          minister w/p cut                | t2
          cut w/p again                   | ``
          again w/p nothing               | t2
          again w/s nothing               | ``
          musk w/2 putin w/s nuclear      | t3
          musk w/2 putin w/s bremmer      | ``
          musk w/2 putin w/p bremmer      | t3
          (musk OR bremmer) w/1 wrote     | t3
          musk OR bremmer w/1 wrote       | t3
          "would use" pre/2 weapons       | t3
          "would use" pre/1 weapons       | ``
          "use weapons"~1 w/1 would       | t3
          nucl* w/1 weapons               | t3
          musk not w/1 putin              | t3
          musk not w/2 putin              | ``
          (musk AND putin) w/4 nuclear    | t3
          musk w/3 (putin w/s bremmer)    | ``
          title:musk w/2 putin            | ``
          """)
  void matchesExactly(String query, String expected) throws IOException {
    List<String> ids = expected.isBlank() ? List.of() : List.of(expected.split(" "));
    assertThat(PhraseSearchTest.ids(verbatim, query)).containsExactlyElementsOf(ids);
  }

  @Test
  void proximityMarksTheWordsThatMadeTheMatchAndNoOtherOccurrence() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(
          textOnly(
              "Putin spoke of nuclear arms while many other leaders in the room watched Putin."));
      v.commit();
      assertThat(
              Marked.all(
                  v.search(SearchRequest.of("putin w/3 nuclear")).hits().getFirst().snippets()))
          .containsExactly(
              "[[Putin]] spoke of [[nuclear]] arms while many other leaders in the room watched"
                  + " Putin.");
      assertThat(
              Marked.all(
                  v.search(SearchRequest.of("\"nuclear arms\" w/3 putin"))
                      .hits()
                      .getFirst()
                      .snippets()))
          .containsExactly(
              "[[Putin]] spoke of [[nuclear arms]] while many other leaders in the room watched"
                  + " Putin.");
    }
  }

  @Test
  void aProximityMatchAcrossSentencesIsOnePassageWithBothEndsMarked() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(
          textOnly(
              "The talks were about weapons. Putin spoke for an hour. Nothing else was said about"
                  + " it by anyone who was in the room that day, aides said. The nuclear question"
                  + " came up only once."));
      v.commit();
      // the index holds no offsets: the sentences the match crosses are found from its positions
      // and its offsets from the text analysed again, so the passage covers both ends
      assertThat(
              Marked.all(
                  v.search(SearchRequest.of("weapons w/4 putin")).hits().getFirst().snippets()))
          .containsExactly("The talks were about [[weapons]]. [[Putin]] spoke for an hour.");
      // within one sentence, nothing is joined
      assertThat(
              Marked.all(
                  v.search(SearchRequest.of("nuclear w/3 question")).hits().getFirst().snippets()))
          .containsExactly("The [[nuclear question]] came up only once.");
    }
  }

  /** An article of text alone, id "x". */
  private static Article textOnly(String text) {
    return new Article("x", null, null, null, List.of(), null, null, text);
  }

  @Test
  void sourceAndDateCannotBeProximityOperands() {
    assertThatThrownBy(() -> verbatim.search(SearchRequest.of("source:cnn w/5 musk")))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("cannot be operands of a proximity connector");
    assertThatThrownBy(() -> verbatim.search(SearchRequest.of("(musk -putin) w/5 nuclear")))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("use not w/N")
        .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(6));
  }

  @Test
  void theQuerysPrefixesTogetherHaveABudget() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 900; i++) {
        text.append("pa").append(Integer.toString(i, 36)).append("x ");
      }
      v.add(new Article("many", null, null, null, List.of(), null, null, text.toString()));
      v.commit();
      // one prefix over 900 words is fine; five of them chained are 4,500 words together
      assertThat(v.search(SearchRequest.of("pa*")).total()).isEqualTo(1);
      String chain = String.join(" w/255 ", java.util.Collections.nCopies(5, "pa*"));
      assertThatThrownBy(() -> v.search(SearchRequest.of(chain)))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageContaining("prefixes match more than 4096 words together");
    }
  }
}
