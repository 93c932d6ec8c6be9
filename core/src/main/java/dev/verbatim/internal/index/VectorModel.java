package dev.verbatim.internal.index;

import dev.verbatim.embed.Embedder;
import dev.verbatim.embed.Models;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The model that made an index's quote vectors, kept in every commit's user data: two models'
 * vectors may have the same length and still not compare (a claim embedded by one is near nothing
 * the other embedded), so an index keeps the model it was made with, and verify and {@code like}
 * use that model's thresholds.
 */
public final class VectorModel {
  /** The commit user-data key. */
  public static final String KEY = "verbatim.vector_model";

  private VectorModel() {}

  /**
   * The name ({@link Embedder#name()}) of the model whose vectors the index in {@code directory}
   * holds; {@link Models#ALL_MINILM_L6_V2_STORED} for an index with vectors written before the name
   * was kept (the only model then); null when it has no vectors or no commit.
   */
  public static String of(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    String recorded = SegmentInfos.readLatestCommit(directory).getUserData().get(KEY);
    if (recorded != null) {
      return recorded;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(Fields.QUOTE_VECTOR);
        if (info != null && info.getVectorDimension() > 0) {
          return Models.ALL_MINILM_L6_V2_STORED;
        }
      }
    }
    return null;
  }

  /**
   * Refuses to write with {@code embedder} into an index whose vectors another model made.
   *
   * @param recorded {@link #of}
   * @throws IllegalArgumentException if the models differ
   */
  public static void check(String recorded, Embedder embedder) {
    if (recorded != null && embedder != null && !recorded.equals(embedder.name())) {
      throw new IllegalArgumentException(
          "this index's quote vectors were made by "
              + recorded
              + ", not "
              + embedder.name()
              + ": open it with that model, or index the articles into a new folder to use"
              + " another; nothing was changed");
    }
  }

  /**
   * The shipped model that made the vectors of the index in {@code directory}; {@link
   * Models#defaultModel()} for an index without vectors.
   *
   * @throws IllegalArgumentException if a model Verbatim does not ship made them
   */
  public static Embedder embedderOf(Directory directory) throws IOException {
    String model = of(directory);
    try {
      return model == null ? Models.defaultModel() : Models.byName(model);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "this index's quote vectors were made by "
              + model
              + ", which Verbatim does not ship: open it with Verbatim.open(dir, embedder) and that"
              + " model",
          e);
    }
  }
}
