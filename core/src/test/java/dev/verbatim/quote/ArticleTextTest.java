package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry attribution reads: words, sentences and paragraphs. */
class ArticleTextTest {
  private static List<String> words(String text) {
    return new ArticleText(text).tokens.stream().map(ArticleText.Token::text).toList();
  }

  @Test
  void wordsKeepApostrophesHyphensAndInitials() {
    assertThat(words("Mr. O’Neill’s U.S. plan, Ocasio-Cortez and AT&T don't."))
        .containsExactly("Mr", "O’Neill’s", "U.S", "plan", "Ocasio-Cortez", "and", "AT&T", "don't");
  }

  @Test
  void gluedNamesAreSplitWhenTheArticleWritesThemAlone() {
    // "Musk", "Flake" and "Trump" stand alone elsewhere; "owner" is a noun of role
    assertThat(
            words(
                "Musk spoke. Muskowner of Tesla met Flake and Trump. FlakeTrump and James Foley.Obama"))
        .containsSubsequence("Musk", "owner", "of", "Tesla")
        .containsSubsequence("Flake", "Trump")
        .containsSubsequence("Foley", "Obama");
    // two words of a name's shape run together split when one of them stands alone: a scraped
    // link's text run into the next ("Donald John TrumpMnuchin", "Robert Swan MuellerSpeier")
    assertThat(
            words(
                "Trump and Mueller spoke. Donald John TrumpMnuchin said so. Swan MuellerSpeier agreed."))
        .containsSubsequence("Donald", "John", "Trump", "Mnuchin", "said")
        .containsSubsequence("Mueller", "Speier", "agreed");
    // names that merely look glued stay whole, even when a part stands alone
    assertThat(words("McDonald and DeRosa met. Mac and Donald and Rosa. MacArthur and VanDyke."))
        .containsSubsequence("McDonald", "and", "DeRosa", "met")
        .containsSubsequence("MacArthur", "and", "VanDyke");
  }

  @Test
  void sentencesFollowTheAnalyzersBoundaries() {
    // 0         1         2         3         4
    // 012345678901234567890123456789012345678901234567
    // Mr. Musk spoke. He left.\n\nKirby said so.
    ArticleText a = new ArticleText("Mr. Musk spoke. He left.\n\nKirby said so.");
    assertThat(a.tokens)
        .extracting(ArticleText.Token::sentence)
        .containsExactly(0, 0, 0, 1, 1, 2, 2, 2);
    assertThat(a.sentenceStart(1)).isEqualTo(16);
    assertThat(a.sentenceStart(2)).isEqualTo(26);
  }

  @Test
  void paragraphsAreBlankLinesOrLineBreaksAfterASentence() {
    String text = "A line broken\ninside a sentence.\nNext paragraph.\n\nThird.";
    assertThat(ArticleText.paragraphs(text))
        .extracting(p -> text.substring(p[0], p[1]).strip())
        .containsExactly("A line broken\ninside a sentence.", "Next paragraph.", "Third.");
    assertThat(new ArticleText(text).tokens)
        .extracting(ArticleText.Token::paragraph)
        .containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 2);
  }

  @Test
  void gapBetweenTokensIsEmptyOutsideTheText() {
    ArticleText a = new ArticleText("One, two");
    assertThat(a.gap(0, 1)).isEqualTo(", ");
    assertThat(a.gap(-1, 0)).isEmpty();
    assertThat(a.gap(1, 2)).isEmpty();
  }
}
