package dev.verbatim.embeddings;

import dev.verbatim.embed.Embedder;
import dev.verbatim.embed.ModelProvider;
import dev.verbatim.embed.Models;
import java.util.List;
import java.util.Locale;

/**
 * Verbatim's models, for {@link Models}: {@link E5SmallEmbedder} (the default) and {@link
 * MiniLmEmbedder}, each by its short name and by the name it stores with its vectors, each loaded
 * once per process on first use.
 */
public final class ShippedModels implements ModelProvider {
  private static final String E5_STORED = E5SmallEmbedder.NAME.toLowerCase(Locale.ROOT);
  private static final String MINILM_STORED = MiniLmEmbedder.NAME.toLowerCase(Locale.ROOT);

  /** For {@link java.util.ServiceLoader}. */
  public ShippedModels() {}

  private static final class E5 {
    static final Embedder INSTANCE = new E5SmallEmbedder(1);
  }

  private static final class MiniLm {
    static final Embedder INSTANCE = new MiniLmEmbedder(1);
  }

  @Override
  public List<String> names() {
    return List.of(Models.E5_SMALL_V2, E5_STORED, Models.ALL_MINILM_L6_V2, MINILM_STORED);
  }

  @Override
  public Embedder load(String name) {
    if (name.equals(Models.E5_SMALL_V2) || name.equals(E5_STORED)) {
      return E5.INSTANCE;
    }
    if (name.equals(Models.ALL_MINILM_L6_V2) || name.equals(MINILM_STORED)) {
      return MiniLm.INSTANCE;
    }
    throw new IllegalArgumentException("this provider has no model called " + name);
  }
}
