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
