package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.embed.Models;
import dev.verbatim.verify.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index keeps the model that made its quote vectors: another model's claim vectors would be near
 * nothing in it, so writing with another is refused and opening picks the one it was made with.
 */
class VectorModelTest {
  /** The name e5-small-v2 stores with its vectors. */
  private static final String E5 = "e5-small-v2-q/1";

  @TempDir Path dir;

  private static final Article ARTICLE = article("a1");

  private static Article article(String id) {
    return new Article(
        id,
        "Wire",
        null,
        null,
        List.of(),
        null,
        null,
        "“I have spoken to Putin only once, and the topic we discussed was space,” Elon Musk"
            + " said on Tuesday.");
  }

  @Test
  void anIndexMadeWithTheEarlierModelIsOpenedWithItAndRefusesAnother() throws IOException {
    try (Verbatim v = Verbatim.open(dir, Models.byName("all-minilm-l6-v2"))) {
      v.addAndCommit(List.of(ARTICLE));
    }
    assertThat(Verbatim.embedderFor(dir).name()).isEqualTo(Models.ALL_MINILM_L6_V2_STORED);
    assertThatThrownBy(() -> Verbatim.open(dir, Models.defaultModel()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("made by " + Models.ALL_MINILM_L6_V2_STORED + ", not " + E5);
    try (Verbatim v = Verbatim.open(dir)) {
      Verification found =
          v.verify("Musk said he only talked to Putin one time, about space", null);
      assertThat(found.byMeaning()).isTrue();
      assertThat(found.verdict()).isEqualTo(Verification.Verdict.PARAPHRASE);
    }
  }

  @Test
  void aNewIndexIsMadeWithTheDefaultModelAndAnIndexWithoutVectorsTakesIt() throws IOException {
    assertThat(Verbatim.embedderFor(dir).name()).isEqualTo(E5);
    try (Verbatim v = Verbatim.open(dir, null)) {
      v.addAndCommit(List.of(ARTICLE));
    }
    assertThat(Verbatim.embedderFor(dir).name()).isEqualTo(E5);
    try (Verbatim v = Verbatim.open(dir)) {
      v.addAndCommit(List.of(article("a2")));
    }
    assertThatThrownBy(() -> Verbatim.open(dir, Models.byName("all-minilm-l6-v2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("made by " + E5);
  }
}
