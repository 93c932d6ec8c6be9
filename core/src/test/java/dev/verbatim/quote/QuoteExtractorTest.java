package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Seeds;
import dev.verbatim.ingest.FurnitureFilter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quote spans and speakers: the seeds' gold quotes, then each rule on a small text. */
class QuoteExtractorTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> quotes(String text) {
    return extractor.extract(text);
  }

  private Quote only(String text) {
    List<Quote> quotes = quotes(text);
    assertThat(quotes).hasSize(1);
    return quotes.getFirst();
  }

  @Test
  void seedsGoldQuotesAreFoundAndAttributed() throws IOException {
    Map<String, List<QuoteScorer.Gold>> gold =
        GoldQuotes.read(
            Seeds.folder().resolve("quotes.gold.jsonl"), null, null, SpeakerMatch.EXACT);
    Map<String, List<Quote>> predicted = new HashMap<>();
    for (String article : gold.keySet()) {
      String raw = Files.readString(Seeds.folder().resolve(article), StandardCharsets.UTF_8);
      predicted.put(article, quotes(FurnitureFilter.clean(raw, null).masked()));
    }
    QuoteScorer.Scores scores = QuoteScorer.score(gold, predicted, QuoteScorer::sameName);
    assertThat(scores.gold()).isEqualTo(65);
    assertThat(scores.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.speakerAccuracy()).isGreaterThanOrEqualTo(0.95);
    // the quote in 003's related-headline furniture is not extracted
    assertThat(predicted.get("003_edbf65b9f2e6b946.txt"))
        .noneMatch(q -> q.text().contains("Dogefather"));
  }

  @Test
  void apostrophesAreNotQuoteMarks() {
    assertThat(quotes("The Kremlin’s red lines don’t move, and the countries’ leaders know it."))
        .isEmpty();
    assertThat(quotes("It's the '90s again, isn't it?")).isEmpty();
  }

  @Test
  void cueAfterTheQuoteNamesTheSpeaker() {
    String text = "Ian Bremmer runs Eurasia Group.\n\n“He told me so,” Bremmer said.";
    Quote q = only(text);
    assertThat(List.of(q.text(), q.speaker(), q.cue()))
        .containsExactly("He told me so,", "Ian Bremmer", "said");
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
  }

  @Test
  void invertedCueWithTitleAndCommaStopsAtTheName() {
    assertThat(only("“It is very positive,” said Kremlin spokesman Dmitry Peskov.").speaker())
        .isEqualTo("Dmitry Peskov");
    assertThat(only("\"It is waste,\" said Sean Spicer, chief strategist for the RNC.").speaker())
        .isEqualTo("Sean Spicer");
    assertThat(only("\"Smart,\" said Representative Charles B. Rangel of New York.").speaker())
        .isEqualTo("Charles B. Rangel");
  }

  @Test
  void reportingChainKeepsVia() {
    String text =
        "Ian Bremmer, Elon Musk and Vladimir Putin.\n\n"
            + "Bremmer wrote Musk told him Putin was “prepared to negotiate,” but only if.";
    Quote q = only(text);
    assertThat(q.speaker()).isEqualTo("Vladimir Putin");
    assertThat(q.via()).containsExactly("Ian Bremmer", "Elon Musk");
  }

  @Test
  void colonLeadInNamesItsSubject() {
    Quote q =
        only(
            "Elon Musk spoke.\n\nMusk tweeted a succinct response: “Nobody should trust Bremmer.”");
    assertThat(List.of(q.speaker(), q.cue())).containsExactly("Elon Musk", "tweeted");
  }

  @Test
  void pronounAndContinuationKeepTheSpeaker() {
    List<Quote> quotes =
        quotes(
            "John Kirby spoke.\n\n“First part,” Kirby said. “Second part.”\n\n“Third part,” he added."
                + "\n\n“A whole paragraph of quote.”");
    assertThat(quotes).extracting(Quote::speaker).containsOnly("John Kirby");
    assertThat(quotes)
        .extracting(Quote::cue)
        .containsExactly("said", "continuation", "added", "continuation");
  }

  @Test
  void missingClosingMarkEndsAtTheParagraph() {
    String text = "He said: “I have been writing for years.\n\n“I admire him.” That was all.";
    List<Quote> quotes = quotes(text);
    assertThat(quotes)
        .extracting(Quote::text)
        .containsExactly("I have been writing for years.", "I admire him.");
  }

  @Test
  void nestedQuotesReportTheOutermost() {
    Quote q = only("“He told me Putin was “prepared to negotiate” and more,” Bremmer wrote.");
    assertThat(q.text()).isEqualTo("He told me Putin was “prepared to negotiate” and more,");
  }

  @Test
  void scareQuotesAndTitlesAreTerms() {
    assertThat(only("Musk floated a proposed “peace plan” to end the war.").kind())
        .isEqualTo(Quote.Kind.TERM);
    assertThat(only("At “The Weekend” festival, he spoke.").kind()).isEqualTo(Quote.Kind.TERM);
    assertThat(only("The Kremlin welcomed Musk’s “positive” proposal.").kind())
        .isEqualTo(Quote.Kind.SPEECH);
  }

  @Test
  void typesetDoubleApostrophesAreQuoteMarks() {
    Quote q = only("Barack Obama spoke.\n\n''We'll walk away more in love,'' Mr. Obama said.");
    assertThat(List.of(q.text(), q.speaker()))
        .containsExactly("We'll walk away more in love,", "Barack Obama");
  }

  @Test
  void twoCurlySingleMarksAreOneDoubleMark() {
    Quote q =
        only(
            "Karen Bass spoke.\n\n“Make no mistake: Lynching is terrorism,’’ said Rep. Karen Bass.");
    assertThat(List.of(q.text(), q.speaker()))
        .containsExactly("Make no mistake: Lynching is terrorism,", "Karen Bass");
    Quote typeset = only("‘‘We’ll walk away,’’ Mr. Obama said.");
    assertThat(List.of(typeset.text(), typeset.speaker()))
        .containsExactly("We’ll walk away,", "Obama");
  }

  @Test
  void quoteSpanningSentencesIsOneQuote() {
    Quote q = only("“No, it is not. I have spoken to Putin once,” Musk wrote.");
    assertThat(q.text()).isEqualTo("No, it is not. I have spoken to Putin once,");
  }
}
