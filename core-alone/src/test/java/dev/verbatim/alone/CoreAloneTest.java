package dev.verbatim.alone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.Hit;
import dev.verbatim.SearchRequest;
import dev.verbatim.SearchResult;
import dev.verbatim.Verbatim;
import dev.verbatim.embed.Models;
import dev.verbatim.ingest.Ingest;
import dev.verbatim.verify.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An application whose only Verbatim dependency is {@code verbatim-core}: no ONNX Runtime, no
 * tokenizer, no model on its class path. It indexes and searches the seeds; verify works by words
 * and says it did not compare meaning; {@code like} is refused with a message.
 */
class CoreAloneTest {
  private static Path seeds() {
    String root = System.getProperty("verbatim.root");
    return (root == null ? Path.of("..") : Path.of(root)).resolve("seeds");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ai.onnxruntime.OrtEnvironment",
        "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer",
        "dev.verbatim.embeddings.ShippedModels"
      })
  void noModelRuntimeIsOnTheClassPath(String name) {
    assertThatThrownBy(() -> Class.forName(name)).isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void anApplicationOfTheCoreAloneFindsAPhraseInTheSeeds() throws IOException {
    assertThat(FolderSearch.search(seeds(), "\"spoken to Putin only once\""))
        .extracting(Hit::source)
        .containsExactly("CNN");
  }

  @Test
  void theSeedsAreIndexedSearchedAndVerifiedByWords() throws IOException {
    assertThat(Models.defaultModel()).isNull();
    assertThat(Models.available(Models.E5_SMALL_V2)).isFalse();
    try (Verbatim verbatim = Verbatim.inMemory()) {
      Ingest.run(verbatim, List.of(seeds()), 1_000, (record, result) -> {});
      assertThat(verbatim.count()).isEqualTo(5);

      SearchResult phrase = verbatim.search(SearchRequest.of("\"spoken to Putin only once\""));
      assertThat(phrase.hits()).extracting(Hit::source).containsExactly("CNN");
      assertThat(phrase.hits().getFirst().snippets().getFirst().marked())
          .containsExactly("spoken to Putin only once");
      assertThat(verbatim.search(SearchRequest.of("musk w/5 putin")).total()).isEqualTo(5);

      Verification exact =
          verbatim.verify("I have only spoken to Putin once and it was about 18 months ago", null);
      assertThat(exact.verdict()).isEqualTo(Verification.Verdict.EXACT);
      assertThat(exact.byMeaning()).isFalse();
      assertThat(exact.speakersOnRecord()).contains("Elon Musk");

      SearchRequest like =
          SearchRequest.of("").toBuilder().like("Musk talked to Putin one time").build();
      assertThatThrownBy(() -> verbatim.quotes().search(like))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no quote vectors");
    }
  }
}
