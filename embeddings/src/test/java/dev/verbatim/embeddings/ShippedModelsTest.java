package dev.verbatim.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.embed.Embedder;
import dev.verbatim.embed.Models;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The shipped models: unit vectors, a rewording nearer than a sentence on the same topic, the same
 * vector in a batch as alone, and thresholds in order; found through {@link Models} as the core
 * finds them.
 */
class ShippedModelsTest {
  static final List<String> MODELS = Models.NAMES;

  @ParameterizedTest
  @FieldSource("MODELS")
  void vectorsHaveUnitLengthAndTheModelsDimension(String name) {
    Embedder embedder = Models.byName(name);
    List<float[]> vectors = embedder.embed(List.of("I have spoken to Putin only once.", "", "a"));
    assertThat(vectors).hasSize(3);
    float[] v = vectors.getFirst();
    assertThat(v).hasSize(384);
    assertThat(Embedder.cosine(v, v)).isCloseTo(1f, Offset.offset(1e-4f));
  }

  @ParameterizedTest
  @FieldSource("MODELS")
  void aRewordingIsNearerThanAnotherClaimOnTheSameTopic(String name) {
    Embedder embedder = Models.byName(name);
    float[] quote =
        embedder.embed("I have spoken to Putin only once, and the topic we discussed was space.");
    float[] rewording = embedder.embed("Musk said he only talked to Putin one time, about space");
    float[] other = embedder.embed("Putin told me he would use nuclear weapons");
    float[] unrelated = embedder.embed("The harbour reopened to ferries on Wednesday.");
    float near = Embedder.cosine(quote, rewording);
    assertThat(near).isGreaterThan(Embedder.cosine(quote, other));
    assertThat(Embedder.cosine(quote, other)).isGreaterThan(Embedder.cosine(quote, unrelated));
    assertThat((double) near).isGreaterThan(embedder.thresholds().related());
    assertThat((double) Embedder.cosine(quote, unrelated))
        .isLessThan(embedder.thresholds().related());
  }

  @ParameterizedTest
  @FieldSource("MODELS")
  void aBatchGivesTheSameVectorsAsOneAtATime(String name) {
    Embedder embedder = Models.byName(name);
    List<String> texts = List.of("short", "a much longer sentence about the war in Ukraine", "x");
    List<float[]> batch = embedder.embed(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(Embedder.cosine(batch.get(i), embedder.embed(texts.get(i))))
          .isCloseTo(1f, Offset.offset(1e-3f));
    }
  }

  @ParameterizedTest
  @FieldSource("MODELS")
  void aModelIsFoundByItsShortOrStoredNameAndSaysItsThresholds(String name) {
    Embedder embedder = Models.byName(name);
    assertThat(Models.byName(embedder.name())).isSameAs(embedder);
    assertThat(embedder.thresholds().related()).isLessThan(embedder.thresholds().paraphrase());
  }

  @Test
  void theDefaultIsE5AndAnUnknownNameIsRefused() {
    assertThat(Models.defaultModel().name()).isEqualTo(E5SmallEmbedder.NAME);
    assertThatThrownBy(() -> Models.byName("gpt-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("e5-small-v2");
    assertThat(Models.available("all-MiniLM-L6-v2-q/1")).isTrue();
    assertThat(Models.byName(Models.ALL_MINILM_L6_V2).name())
        .isEqualTo(Models.ALL_MINILM_L6_V2_STORED)
        .isEqualTo(MiniLmEmbedder.NAME);
  }
}
