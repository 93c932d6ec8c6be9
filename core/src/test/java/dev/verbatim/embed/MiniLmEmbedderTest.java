package dev.verbatim.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model: unit vectors, and a rewording nearer than a sentence on the same topic. */
class MiniLmEmbedderTest {
  private static MiniLmEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = new MiniLmEmbedder(1);
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  @Test
  void vectorsHaveUnitLengthAndTheModelsDimension() {
    List<float[]> vectors = embedder.embed(List.of("I have spoken to Putin only once.", "", "a"));
    assertThat(vectors).hasSize(3);
    float[] v = vectors.getFirst();
    assertThat(v).hasSize(384);
    assertThat(Embedder.cosine(v, v)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
  }

  @Test
  void aRewordingIsNearerThanAnotherClaimOnTheSameTopic() {
    float[] quote =
        embedder.embed("I have spoken to Putin only once, and the topic we discussed was space.");
    float[] rewording = embedder.embed("Musk said he only talked to Putin one time, about space");
    float[] other = embedder.embed("Putin told me he would use nuclear weapons");
    float[] unrelated = embedder.embed("The harbour reopened to ferries on Wednesday.");
    float near = Embedder.cosine(quote, rewording);
    assertThat(near).isGreaterThan(Embedder.cosine(quote, other));
    assertThat(Embedder.cosine(quote, other)).isGreaterThan(Embedder.cosine(quote, unrelated));
    assertThat(near).isGreaterThan(0.6f);
  }

  @Test
  void aBatchGivesTheSameVectorsAsOneAtATime() {
    List<String> texts = List.of("short", "a much longer sentence about the war in Ukraine", "x");
    List<float[]> batch = embedder.embed(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(Embedder.cosine(batch.get(i), embedder.embed(texts.get(i))))
          .isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-3f));
    }
  }
}
