package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ingest.Ingest;
import dev.verbatim.quote.AttributionRule;
import dev.verbatim.quote.Quote;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An editor corrects a speaker; the correction is shown as such and outlives re-ingest. */
class SpeakerCorrectionTest {
  @TempDir Path dir;

  private static final Path SEEDS = Seeds.folder();

  private static QuoteHit subjectMatter(Verbatim verbatim) throws IOException {
    return verbatim
        .quotes()
        .search(SearchRequest.of("\"subject matter was space\""))
        .hits()
        .getFirst();
  }

  @Test
  void aCorrectedSpeakerIsShownAsSuchAndOutlivesReingestAndReopening() throws IOException {
    Path index = dir.resolve("index");
    String quoteId;
    try (Verbatim verbatim = Verbatim.open(index, null)) {
      Ingest.run(verbatim, List.of(SEEDS), 1_000, (r, a) -> {});
      QuoteHit before = subjectMatter(verbatim);
      assertThat(before.speaker()).isEqualTo("Elon Musk");
      quoteId = before.id();

      Quote corrected = verbatim.quotes().correctSpeaker(quoteId, "Jane Editor").orElseThrow();
      assertThat(corrected.speaker()).isEqualTo("Jane Editor");
      assertThat(corrected.rule()).isEqualTo(AttributionRule.EDITOR);
      assertThat(subjectMatter(verbatim).speaker()).isEqualTo("Jane Editor");
      assertThat(subjectMatter(verbatim).rule()).isEqualTo(AttributionRule.EDITOR);
      // the speaker's facet and filter follow
      assertThat(verbatim.quotes().speakers("jane", 10))
          .extracting(FacetValue::value)
          .contains("Jane Editor");
      assertThat(verbatim.quotes().search(SearchRequest.of("speaker:\"jane editor\"")).hits())
          .extracting(QuoteHit::text)
          .extracting(Snippet::text)
          .containsExactly("The subject matter was space.");

      // re-ingesting the same articles keeps it
      Ingest.run(verbatim, List.of(SEEDS), 1_000, (r, a) -> {});
      verbatim.refresh();
      assertThat(subjectMatter(verbatim).speaker()).isEqualTo("Jane Editor");
    }
    // so does reopening the index and rewriting the article with other metadata
    try (Verbatim verbatim = Verbatim.open(index, null)) {
      Article cnn = verbatim.articles().get("002_bc97ad8f4dd9a4f7").orElseThrow();
      verbatim.addAndCommit(
          List.of(
              new Article(
                  cnn.id(),
                  cnn.source(),
                  cnn.url(),
                  cnn.title() + " (updated)",
                  cnn.authors(),
                  cnn.date(),
                  cnn.language(),
                  cnn.text())));
      verbatim.refresh();
      assertThat(subjectMatter(verbatim).speaker()).isEqualTo("Jane Editor");

      // "nobody is named" is a correction too; an unknown quote is none
      assertThat(verbatim.quotes().correctSpeaker(quoteId, null).orElseThrow().speaker()).isNull();
      assertThat(subjectMatter(verbatim).rule()).isEqualTo(AttributionRule.EDITOR);
      assertThat(verbatim.quotes().correctSpeaker("no-such-article#3", "X")).isEmpty();
    }
  }
}
