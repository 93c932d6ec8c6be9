package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
  @Test
  void spansMatchFromEightyPercentOfTheLonger() {
    assertThat(QuoteScorer.overlaps(0, 100, 0, 80)).isTrue();
    assertThat(QuoteScorer.overlaps(0, 100, 0, 79)).isFalse();
    assertThat(QuoteScorer.overlaps(0, 100, 20, 100)).isTrue();
    assertThat(QuoteScorer.overlaps(0, 10, 10, 20)).isFalse();
  }

  @Test
  void namesCompareWithoutCaseAndAccents() {
    assertThat(QuoteScorer.sameName("josé martí", "José Martí")).isTrue();
    assertThat(QuoteScorer.sameName("Volodymyr Zelenskyy", "Volodymyr Zelensky")).isFalse();
    assertThat(QuoteScorer.sameName(null, "X")).isFalse();
  }

  @Test
  void precisionRecallAndSpeakerAccuracy() {
    Map<String, List<QuoteScorer.Gold>> gold =
        Map.of(
            "a",
            List.of(
                new QuoteScorer.Gold("a", 0, 10, "x", "Ann Lee", true),
                new QuoteScorer.Gold("a", 20, 30, "y", null, true),
                new QuoteScorer.Gold("a", 40, 50, "z", "Bo Park", true)));
    Map<String, List<Quote>> predicted =
        Map.of(
            "a",
            List.of(
                new Quote(
                    0,
                    10,
                    "x",
                    "ann lee",
                    List.of(),
                    Quote.Kind.SPEECH,
                    "said",
                    0.9,
                    AttributionRule.CUE_AFTER,
                    null),
                new Quote(
                    40,
                    50,
                    "z",
                    "Cy Tan",
                    List.of(),
                    Quote.Kind.SPEECH,
                    "said",
                    0.9,
                    AttributionRule.CUE_BEFORE,
                    null),
                Quote.unattributed(60, 70, "w", Quote.Kind.TERM)));
    QuoteScorer.Scores s = QuoteScorer.score(gold, predicted, QuoteScorer::sameName);
    assertThat(s.matched()).isEqualTo(2);
    assertThat(s.precision()).isEqualTo(2.0 / 3);
    assertThat(s.recall()).isEqualTo(2.0 / 3);
    assertThat(s.speakerScored()).isEqualTo(2);
    assertThat(s.speakerCorrect()).isEqualTo(1);
    assertThat(s.missed()).extracting(QuoteScorer.Miss::start).containsExactly(20);
    assertThat(s.wrongSpeaker()).extracting(QuoteScorer.Miss::got).containsExactly("Cy Tan");
    assertThat(s.byRule())
        .containsExactly(
            new QuoteScorer.RuleScore("cue-after", 1, 1),
            new QuoteScorer.RuleScore("cue-before", 1, 0));
  }
}
