package dev.verbatim.embed;

import java.util.List;

/**
 * A sentence-embedding model: texts in, unit-length vectors out, so that the dot product of two is
 * their cosine similarity. Implementations are thread-safe. Verbatim stores {@link #name()} beside
 * the vectors it writes, and uses vectors only when the model that reads matches the one that
 * wrote.
 */
public interface Embedder extends AutoCloseable {

  /** The model's name and version, as stored in the index ("all-MiniLM-L6-v2-q/1"). */
  String name();

  /** The length of every vector. */
  int dimension();

  /**
   * The cosines verify judges this model's vectors by. Cosines of different models are not on one
   * scale, so each model says its own, measured on probes of real paraphrases and claims nobody
   * made (docs/verify.md).
   */
  Thresholds thresholds();

  /**
   * How verify reads a model's cosines.
   *
   * @param paraphrase the cosine between a claim's and a quote's vectors at or above which the
   *     quote is a {@code paraphrase} of the claim
   * @param related the cosine below which a quote that shares a claim's words is about something
   *     else (neither {@code close} nor {@code paraphrase}); below {@code paraphrase}
   * @param margin how much nearer than the fifth-nearest other quote a paraphrase by meaning must
   *     be: a rewording singles out what it rewords, while a claim that is only on the same topic
   *     is about as near to many quotes of that topic; 0 for no such test
   */
  record Thresholds(double paraphrase, double related, double margin) {
    /** The same thresholds with another paraphrase threshold (for tuning). */
    public Thresholds withParaphrase(double threshold) {
      return new Thresholds(threshold, related, margin);
    }
  }

  /**
   * One unit-length vector per text, in order.
   *
   * @throws IllegalStateException if the model fails on the input
   */
  List<float[]> embed(List<String> texts);

  /** One text's vector. */
  default float[] embed(String text) {
    return embed(List.of(text)).getFirst();
  }

  /** Cosine similarity of two unit-length vectors. */
  static float cosine(float[] a, float[] b) {
    float dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Override
  void close();
}
