package dev.verbatim.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.verbatim.embed.Embedder;
import java.util.Random;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.junit.jupiter.api.Test;

class QuoteVectorsTest {
  @Test
  void theLargestComponentBecomes127AndTheOthersScaleWithIt() {
    assertThat(QuoteVectors.quantise(new float[] {0.5f, -0.2f, 0.1f, 0f, -0.5f}))
        .containsExactly(127, -51, 25, 0, -127);
  }

  @Test
  void aZeroVectorIsAllZerosAndHasNoCosine() {
    assertThat(QuoteVectors.quantise(new float[3])).containsExactly(0, 0, 0);
    assertThat(QuoteVectors.cosine(new float[] {1, 0, 0}, new byte[3])).isZero();
  }

  /**
   * Unit vectors shaped like e5-small-v2's (components about ±0.05, the largest about ±0.23: the
   * development probes' claims moved by 0.0014 at most against each other's bytes).
   */
  @Test
  void bytesKeepACosineWithinTwoThousandthsOfTheFloats() {
    Random random = new Random(29);
    double worst = 0;
    for (int round = 0; round < 500; round++) {
      float[] a = unitLike(random);
      float[] b = unitLike(random);
      double exact = Embedder.cosine(a, b);
      double rounded = QuoteVectors.cosine(a, QuoteVectors.quantise(b));
      worst = Math.max(worst, Math.abs(exact - rounded));
    }
    assertThat(worst).isLessThan(0.002);
  }

  @Test
  void theFieldReadsBackAsAUnitVectorPointingTheSameWay() {
    float[] vector = unitLike(new Random(7));
    float[] back = QuoteVectors.of(QuoteVectors.field(vector));
    assertThat(Embedder.cosine(back, back)).isCloseTo(1.0f, within(1e-5f));
    assertThat(Embedder.cosine(vector, back)).isGreaterThan(0.999f);
  }

  @Test
  void otherFieldsAreNoQuoteVector() {
    assertThat(QuoteVectors.of(new StoredField(Fields.QUOTE_VECTOR, 3))).isNull();
    assertThat(
            QuoteVectors.of(
                new KnnByteVectorField(
                    "another", new byte[] {1, 2}, VectorSimilarityFunction.COSINE)))
        .isNull();
  }

  private static float[] unitLike(Random random) {
    float[] v = new float[384];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (random.nextGaussian() * (i % 50 == 0 ? 2 : 1));
      norm += v[i] * v[i];
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }
}
