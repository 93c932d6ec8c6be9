package dev.verbatim.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The one definition of sentences and paragraphs that the analyzer, highlighter and quotes share.
 */
class TextBoundariesTest {
  @Test
  void middleInitialsAndTitlesDoNotEndSentences() {
    // 0         1         2         3         4         5         6
    // 0123456789012345678901234567890123456789012345678901234567890123456
    // Michael J. Petrilli met Thomas B. Fordham. He left. J. Doe spoke.
    String text = "Michael J. Petrilli met Thomas B. Fordham. He left. J. Doe spoke.";
    assertThat(TextBoundaries.of(text).sentenceStarts()).containsExactly(0, 43, 52);
    assertThat(TextBoundaries.of("Mr. Musk and U.S. officials spoke. Then?").sentenceStarts())
        .containsExactly(0, 35);
  }

  @Test
  void aBlankLineIsOneBoundary() {
    assertThat(TextBoundaries.of("One.\n\nTwo.").sentenceStarts()).containsExactly(0, 6);
  }

  @Test
  void everyLineBreakStartsAParagraph() {
    // ingest joins lines broken inside a sentence, so a line break that is left is a paragraph
    assertThat(TextBoundaries.of("One.\nTwo.\n\nThree.").paragraphStarts())
        .containsExactly(0, 5, 11);
  }

  @Test
  void followsAbbreviationNeedsALoneCapitalBeforeThePeriod() {
    String text = "Michael J. Petrilli. USA. Now";
    assertThat(TextBoundaries.followsAbbreviation(text, text.indexOf("Petrilli"))).isTrue();
    assertThat(TextBoundaries.followsAbbreviation(text, text.indexOf("USA"))).isFalse();
    assertThat(TextBoundaries.followsAbbreviation(text, text.indexOf("Now"))).isFalse();
  }

  @Test
  void aLineEndsASentenceBeforeClosingMarks() {
    assertThat(TextBoundaries.lineEndsSentence("He said so.”")).isTrue();
    assertThat(TextBoundaries.lineEndsSentence("She wrote:")).isTrue();
    assertThat(TextBoundaries.lineEndsSentence("a line broken")).isFalse();
    assertThat(TextBoundaries.lineEndsSentence("")).isFalse();
  }

  @Test
  void aTitleAbbreviationBeforeANameEndsNoSentence() {
    String text =
        "Marty West worked for Sen. Lamar Alexander in 2015. Gov. Doug Ducey spoke. It ended.";
    int[] starts = TextBoundaries.of(text).sentenceStarts();
    assertThat(starts).containsExactly(0, text.indexOf("Gov."), text.indexOf("It ended"));
  }
}
