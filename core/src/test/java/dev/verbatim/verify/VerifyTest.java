package dev.verbatim.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Marked;
import dev.verbatim.Seeds;
import dev.verbatim.Verbatim;
import dev.verbatim.verify.Verification.Match;
import dev.verbatim.verify.Verification.SpeakerEvidence;
import dev.verbatim.verify.Verification.Verdict;
import dev.verbatim.verify.WordDiff.Op;
import dev.verbatim.verify.WordDiff.Run;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fact-checker's examples on the seeds. */
class VerifyTest {
  private static Verbatim verbatim;

  @BeforeAll
  static void index() throws IOException {
    verbatim = Seeds.index();
  }

  @AfterAll
  static void close() throws IOException {
    verbatim.close();
  }

  private static Match from(Verification v, String source) {
    return v.matches().stream().filter(m -> source.equals(m.source())).findFirst().orElseThrow();
  }

  @Test
  void cnnsWordingIsExactAndInfobaesIsCloseWithTheMovedWord() throws IOException {
    Verification v = verbatim.verify("I have spoken to Putin only once", "Elon Musk");
    assertThat(v.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(v.speakerAgrees()).isTrue();
    Match cnn = v.matches().getFirst();
    assertThat(cnn.source()).isEqualTo("CNN");
    assertThat(cnn.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(Marked.of(cnn.context()))
        .contains("<q>I have spoken to Putin only once")
        .contains("[[tweeted]]");
    Match infobae = from(v, "Infobae (English machine translation, republished)");
    assertThat(infobae.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(infobae.diff())
        .containsSubsequence(new Run(Op.INSERT, "only"), new Run(Op.DELETE, "only"));
  }

  @Test
  void anAttributionToSomeoneElseIsAFinding() throws IOException {
    Verification v = verbatim.verify("I have spoken to Putin only once", "Ian Bremmer");
    assertThat(v.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(v.speakerAgrees()).isFalse();
    assertThat(v.speakerEvidence()).isEqualTo(SpeakerEvidence.OTHER_SPEAKER);
    assertThat(v.speakersOnRecord()).containsExactly("Elon Musk");
    assertThat(v.why()).endsWith("The evidence attributes them to Elon Musk, not to Ian Bremmer.");
    Verification unasked = verbatim.verify("I have spoken to Putin only once", null);
    assertThat(unasked.speakerAgrees()).isNull();
    assertThat(unasked.speakerEvidence()).isNull();
  }

  @Test
  void theClaimedSpeakerOnRecordIsNamedAsTheRecordWritesThem() throws IOException {
    Verification v = verbatim.verify("I have spoken to Putin only once", "Musk");
    assertThat(v.speakerEvidence()).isEqualTo(SpeakerEvidence.SAME_SPEAKER);
    assertThat(v.speakerAgrees()).isTrue();
    assertThat(v.why()).endsWith("The evidence attributes them to Elon Musk.");
  }

  @Test
  void aQuoteNobodyIsNamedForNeitherConfirmsNorContradictsTheSpeaker() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      String text =
          "The slogan was everywhere that year. “If you like your health care plan, you can keep"
              + " it.” Critics later rated it the lie of the year.";
      v.add(
          new dev.verbatim.Article("t", "Wire", null, null, java.util.List.of(), null, null, text));
      v.commit();
      v.refresh();
      Verification result =
          v.verify("If you like your health care plan, you can keep it", "Barack Obama");
      assertThat(result.verdict()).isEqualTo(Verdict.EXACT);
      assertThat(result.matches().getFirst().speaker()).isNull();
      assertThat(result.speakerEvidence()).isEqualTo(SpeakerEvidence.NO_SPEAKER_NAMED);
      assertThat(result.speakerAgrees()).isNull();
      assertThat(result.speakersOnRecord()).isEmpty();
      assertThat(result.why())
          .contains("names no speaker")
          .contains("neither confirms nor contradicts that Barack Obama said them");
    }
  }

  @Test
  void twoQuotesInARowOfOneSpeakerAreOneUtterance() throws IOException {
    // CNN prints the tweet as two quotes: "… 18 months ago," Musk tweeted. "The subject matter …"
    Verification v =
        verbatim.verify(
            "I have spoken to Putin only once and that was about 18 months ago. The subject matter"
                + " was space",
            "Elon Musk");
    assertThat(v.verdict()).isEqualTo(Verdict.EXACT);
    Match cnn = v.matches().getFirst();
    assertThat(cnn.source()).isEqualTo("CNN");
    assertThat(cnn.text())
        .isEqualTo(
            "I have spoken to Putin only once and that was about 18 months ago, […] The subject"
                + " matter was space.");
    // one piece of evidence per utterance: the passage, not also its first quote
    assertThat(v.matches()).filteredOn(m -> "CNN".equals(m.source())).hasSize(1);
  }

  @Test
  void eachMatchSaysWhyInWords() throws IOException {
    Verification v = verbatim.verify("I have spoken to Putin only once", "Elon Musk");
    assertThat(v.matches().getFirst().why()).isEqualTo("The same words, inside a longer quote.");
    Match infobae = from(v, "Infobae (English machine translation, republished)");
    assertThat(infobae.why()).isEqualTo("The same words except 'only' moved.");
    Verification negated = verbatim.verify("I have not spoken to Putin only once", null);
    assertThat(negated.verdict()).isEqualTo(Verdict.NOT_FOUND);
    assertThat(negated.matches().getFirst().why())
        .isEqualTo("One of the claim and the quote negates what the other says.");
  }

  @Test
  void variantsGroupTheWordingsEarliestOutletFirst() throws IOException {
    Verification v = verbatim.verify("everything needed to be done to avoid that outcome", null);
    assertThat(v.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(v.matches())
        .filteredOn(m -> m.verdict() == Verdict.EXACT)
        .extracting(Match::source)
        .contains("Focus Washington", "VICE News", "CNN");
    Match infobae = from(v, "Infobae (English machine translation, republished)");
    assertThat(infobae.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(infobae.diff())
        .contains(new Run(Op.INSERT, "possible had"), new Run(Op.DELETE, "needed"));
    assertThat(v.matches()).noneMatch(m -> m.verdict() == Verdict.NOT_FOUND);
    Verification.VariantGroup group = v.variants().getFirst();
    assertThat(group.earliest().date()).hasToString("2022-10-11");
    assertThat(group.wordings()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(group.wordings().getFirst().sources().getFirst())
        .isEqualTo(group.earliest().source());
  }

  @Test
  void aClaimNobodyMadeIsNotFoundWithTheNearestQuotes() throws IOException {
    Verification v = verbatim.verify("Putin told me he would use nuclear weapons", "Elon Musk");
    assertThat(v.verdict()).isEqualTo(Verdict.NOT_FOUND);
    assertThat(v.speakerAgrees()).isNull();
    assertThat(v.matches()).isNotEmpty().allMatch(m -> m.verdict() == Verdict.NOT_FOUND);
    assertThat(v.variants()).isEmpty();
  }

  @Test
  void aTextThatLowerCasingLengthensStillGetsItsCueMarked() throws IOException {
    // "İ" lower-cases to two chars: an index found in a lower-cased copy overran the text
    try (Verbatim v = Verbatim.inMemory()) {
      String text = "“We will not negotiate,” İİİİİİİİ İzmir officials said. Then more.";
      v.add(
          new dev.verbatim.Article("t", "Wire", null, null, java.util.List.of(), null, null, text));
      v.commit();
      v.refresh();
      Verification result = v.verify("We will not negotiate", null);
      assertThat(result.verdict()).isEqualTo(Verification.Verdict.EXACT);
      assertThat(Marked.of(result.matches().getFirst().context())).contains("[[said]]");
    }
  }

  @Test
  void aReportedParaphraseIsFoundByMeaningWithMuskAsTheSpeaker() throws IOException {
    Verification v =
        verbatim.verify("Musk said he only talked to Putin one time, about space", null);
    assertThat(v.byMeaning()).isTrue();
    assertThat(v.verdict()).isEqualTo(Verdict.PARAPHRASE);
    assertThat(v.speaker()).isEqualTo("Musk");
    assertThat(v.speakerAgrees()).isTrue();
    Match first = v.matches().getFirst();
    assertThat(first.source()).isIn("CNN", "Infobae (English machine translation, republished)");
    assertThat(first.text()).contains("spoken to Putin");
    assertThat(first.meaning())
        .isGreaterThanOrEqualTo(dev.verbatim.embed.Models.defaultModel().thresholds().paraphrase());
  }

  @Test
  void aRewordingIsNoParaphraseOfWhatSomeoneElseIsSaidToHaveSaid() throws IOException {
    // the dev probes' claims nobody made: a speaker's name on another person's gist
    String gist = "he only talked to Putin one time, about space";
    assertThat(verbatim.verify("Musk said " + gist, null).verdict()).isEqualTo(Verdict.PARAPHRASE);
    Verification other = verbatim.verify("Bremmer said " + gist, null);
    assertThat(other.verdict()).isEqualTo(Verdict.NOT_FOUND);
    Match nearest = other.matches().getFirst();
    assertThat(nearest.speaker()).isEqualTo("Elon Musk");
    assertThat(nearest.why()).contains("the quote is Elon Musk's, not Bremmer's");
    // the same words stay a finding of misattribution: words are evidence whoever said them
    Verification words = verbatim.verify("I have spoken to Putin only once", "Ian Bremmer");
    assertThat(words.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(words.speakerAgrees()).isFalse();
  }

  @Test
  void theNamedSpeakersNearestQuotesAreCandidatesWhenOthersCrowdTheTopic() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      List<dev.verbatim.Article> articles = new java.util.ArrayList<>();
      // forty other speakers saying nearly the claim's words: nearer in meaning than Kowalski's
      for (int i = 0; i < 40; i++) {
        articles.add(
            article(
                "o" + i,
                "“We will cut taxes for working families this year,” Senator Number"
                    + (char) ('A' + i % 26)
                    + (i / 26)
                    + " Jones said."));
      }
      articles.add(
          article(
              "k",
              "“Ordinary households are going to pay the treasury less, starting in the spring,”"
                  + " Maria Kowalski said."));
      v.addAndCommit(articles);
      String claim = "Kowalski said she will cut taxes for working families this year";
      assertThat(v.quotes().candidates(claim)).extracting(Candidate::article).contains("k");
      assertThat(
              v.quotes()
                  .candidates("Someone said we will cut taxes for working families this year"))
          .extracting(Candidate::article)
          .doesNotContain("k");
    }
  }

  private static dev.verbatim.Article article(String id, String text) {
    return new dev.verbatim.Article(id, "Wire", null, null, List.of(), null, null, text);
  }

  @Test
  void aClaimThatChangesTheNumberOrNegatesIsNeverAParaphrase() throws IOException {
    for (String claim :
        new String[] {
          "Musk said he had spoken to Putin five times about space",
          "Musk said he had never spoken to Putin about space",
          "I have not spoken to Putin only once"
        }) {
      Verification v = verbatim.verify(claim, null);
      assertThat(v.verdict()).as(claim).isEqualTo(Verdict.NOT_FOUND);
    }
  }

  @Test
  void anIndexWithoutVectorsStillVerifiesByWordsAndSaysSo(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    try (Verbatim words = Verbatim.open(dir, null)) {
      dev.verbatim.ingest.Ingest.run(
          words, java.util.List.of(dev.verbatim.Seeds.folder()), 1_000, (r, a) -> {});
      Verification exact = words.verify("I have spoken to Putin only once", null);
      assertThat(exact.byMeaning()).isFalse();
      assertThat(exact.verdict()).isEqualTo(Verdict.EXACT);
      assertThat(exact.matches().getFirst().meaning()).isNull();
    }
    // the same index opened with the model: its quotes have no vectors, so meaning is not used
    try (Verbatim reopened = Verbatim.openReadOnly(dir)) {
      assertThat(reopened.verify("I have spoken to Putin only once", null).byMeaning()).isFalse();
    }
  }
}
