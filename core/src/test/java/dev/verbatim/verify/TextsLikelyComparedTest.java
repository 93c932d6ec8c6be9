package dev.verbatim.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The texts verify embeds ahead, in parallel: the sentences and sentence pairs of the quotes
 * nearest in meaning (of the claim's speaker, when it names one) and the passages holding them.
 */
class TextsLikelyComparedTest {
  private static final String TWO_SENTENCES =
      "We will not raise taxes this year. The council can say what it likes about it.";

  private static Candidate quote(String article, int start, String text, String speaker, Double m) {
    return new Candidate(
        article, start, start + text.length(), text, speaker, "said", "Outlet", null, m);
  }

  private static Candidate passage(String article, int start, int end, String text) {
    return new Candidate(article, start, end, text, "Jane Roe", "said", "Outlet", null, null, true);
  }

  @Test
  void theNearestQuotesSentencesAndThePassagesHoldingThemAreEmbeddedAhead() {
    Candidate near = quote("a", 100, TWO_SENTENCES, "Jane Roe", 0.91);
    Candidate holding = passage("a", 90, 300, "Opening words. " + TWO_SENTENCES + " More.");
    Candidate elsewhere = passage("b", 90, 300, "A passage of another article entirely, here.");
    List<String> texts =
        Verifier.textsLikelyCompared(List.of(near, holding, elsewhere), "Jane Roe");
    assertThat(texts)
        .containsExactlyInAnyOrder(
            "We will not raise taxes this year.",
            "The council can say what it likes about it.",
            TWO_SENTENCES,
            holding.text());
  }

  @Test
  void aNamedSpeakersClaimLooksAheadAtTheirQuotesOnly() {
    Candidate others = quote("a", 100, TWO_SENTENCES, "John Doe", 0.95);
    assertThat(Verifier.textsLikelyCompared(List.of(others), "Jane Roe")).isEmpty();
    assertThat(Verifier.textsLikelyCompared(List.of(others), null)).hasSize(3);
  }

  @Test
  void aOneSentenceQuoteHasNothingToLookAheadAt() {
    Candidate one = quote("a", 0, "We will not raise taxes this year.", "Jane Roe", 0.9);
    assertThat(Verifier.textsLikelyCompared(List.of(one), "Jane Roe")).isEmpty();
  }
}
