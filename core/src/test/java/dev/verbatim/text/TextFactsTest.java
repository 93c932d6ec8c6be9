package dev.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The text facts quotes, verify, the analyzers and the query parser share. */
class TextFactsTest {
  private static final List<String> LISTS =
      List.of(
          "verbs-of-saying.txt",
          "claim-frame-verbs.txt",
          "abbreviated-titles.txt",
          "honorifics.txt",
          "role-nouns.txt",
          "not-names.txt",
          "function-words.txt",
          "places.txt",
          "furniture.txt",
          "organisation-words.txt",
          "not-inverted-cues.txt");

  @Test
  void everyListLoadsInLowerCaseWithItsProvenance() throws IOException {
    for (String name : LISTS) {
      assertThat(WordList.load(name)).as(name).isNotEmpty();
      assertThat(WordList.load(name))
          .as(name)
          .allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)) && !w.isBlank());
      try (InputStream in = WordList.class.getResourceAsStream(name)) {
        String header = new String(in.readNBytes(2000), StandardCharsets.UTF_8);
        assertThat(header).as(name).contains("# Provenance:");
      }
    }
    assertThatThrownBy(() -> WordList.load("no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no-such-list.txt");
  }

  @Test
  void aClaimIsFramedOnlyByVerbsOfSaying() {
    assertThat(WordList.load("verbs-of-saying.txt"))
        .containsAll(WordList.load("claim-frame-verbs.txt"));
  }

  @Test
  void aPeriodAfterAnAbbreviatedTitleOrAnInitialEndsNoSentence() {
    String text = "Sen. Lamar Alexander and Michael J. Petrilli met the senator. Then they left.";
    assertThat(TextBoundaries.periodEndsSentence(text, text.indexOf("Sen.") + 3)).isFalse();
    assertThat(TextBoundaries.periodEndsSentence(text, text.indexOf("J.") + 1)).isFalse();
    assertThat(TextBoundaries.periodEndsSentence(text, text.indexOf("senator.") + 7)).isTrue();
    String paren = "Rep. Gwen Moore (D-Wis.) said so.";
    assertThat(TextBoundaries.periodEndsSentence(paren, paren.indexOf("Wis.") + 3)).isFalse();
    assertThat(TextBoundaries.of("It ended... Then. . . Sen. Doe spoke.").sentenceStarts())
        .hasSize(3);
    String quoted = "“We won.” Then he left.";
    assertThat(TextBoundaries.periodEndsSentence(quoted, quoted.indexOf("won.") + 3)).isTrue();
  }

  @Test
  void quoteMarksOpenAndCloseByKind() {
    assertThat("“«„\"‘'‹".chars().allMatch(c -> QuoteMarks.opens((char) c))).isTrue();
    assertThat("”»\"’'›".chars().allMatch(c -> QuoteMarks.closes((char) c))).isTrue();
    assertThat(QuoteMarks.opensDouble('”')).isFalse();
    assertThat(QuoteMarks.delimitsPhrase('\'')).isFalse();
    assertThat(QuoteMarks.delimitsPhrase('„')).isTrue();
  }

  @Test
  void foldingDropsCaseAndAccents() {
    assertThat(Folding.caseAndAccents("Erdoğan")).isEqualTo("erdogan");
    assertThat(Folding.caseAndAccents("İstanbul")).isEqualTo("istanbul");
    assertThat(Folding.caseAndAccents("José María")).isEqualTo("jose maria");
    assertThat(Folding.caseAndAccents("Obama")).isEqualTo("obama");
  }
}
