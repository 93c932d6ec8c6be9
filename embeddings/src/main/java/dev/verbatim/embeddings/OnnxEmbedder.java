package dev.verbatim.embeddings;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.verbatim.embed.Embedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A BERT-style sentence encoder run with ONNX Runtime and DJL's Hugging Face tokenizer, its model
 * and tokenizer read from the class path (nothing is downloaded at run time): the text, after the
 * model's {@code prefix}, is cut at {@value #MAX_TOKENS} tokens, the token vectors are averaged and
 * the mean scaled to unit length.
 */
abstract sealed class OnnxEmbedder implements Embedder permits MiniLmEmbedder, E5SmallEmbedder {
  /** Tokens a text is cut at: a quote is rarely longer. */
  static final int MAX_TOKENS = 256;

  private static final int DIMENSION = 384;

  private final String prefix;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean takesTokenTypes;

  /**
   * Loads the model.
   *
   * @param model the ONNX file's name on the class path
   * @param vocabulary the tokenizer's file name on the class path
   * @param artifact the Maven artifact that carries both, named in the error when they are missing
   * @param prefix what the model was trained to see before a text ("query: "), or ""
   * @param threads threads ONNX Runtime may use for one text
   * @throws IllegalStateException if the files are not on the class path or do not load
   */
  OnnxEmbedder(String model, String vocabulary, String artifact, String prefix, int threads) {
    this.prefix = prefix;
    try (InputStream modelIn = resource(model, artifact);
        InputStream vocabularyIn = resource(vocabulary, artifact)) {
      NativeLibraries.prepare();
      environment = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Math.max(1, threads));
      options.setInterOpNumThreads(1);
      session = environment.createSession(modelIn.readAllBytes(), options);
      takesTokenTypes = session.getInputNames().contains("token_type_ids");
      tokenizer =
          HuggingFaceTokenizer.newInstance(
              vocabularyIn,
              Map.of(
                  "maxLength", Integer.toString(MAX_TOKENS),
                  "truncation", "true",
                  "padding", "false",
                  "addSpecialTokens", "true"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model " + model, e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + model, e);
    }
  }

  private static InputStream resource(String name, String artifact) throws IOException {
    InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path: add " + artifact);
    }
    return in;
  }

  @Override
  public final int dimension() {
    return DIMENSION;
  }

  @Override
  public final List<float[]> embed(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(embedOne(text));
    }
    return vectors;
  }

  /**
   * One text per model run: the quantised models scale their activations by a range taken over the
   * whole batch, so a text's vector would depend on the texts beside it (cosine 0.985 between a
   * text embedded alone and in a batch of three); one at a time, a quote and the same words in a
   * claim get the same vector. Without padding, every token counts in the mean.
   */
  private float[] embedOne(String text) {
    long[] ids = tokenizer.encode(prefix + text).getIds();
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1);
    long[] shape = {1, ids.length};
    try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape);
        OrtSession.Result result =
            session.run(
                takesTokenTypes
                    ? Map.of(
                        "input_ids", idTensor,
                        "attention_mask", maskTensor,
                        "token_type_ids", typeTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor))) {
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
  public final void close() {
    try {
      session.close();
      tokenizer.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the embedding model", e);
    }
  }
}
