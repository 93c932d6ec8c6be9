package dev.verbatim.embed;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The models Verbatim ships, each loaded once per process on first use: {@link E5SmallEmbedder}
 * (the default) and {@link MiniLmEmbedder} (the model of indexes made before it, and the faster one
 * to ingest with).
 */
public final class Models {
  /** The short names {@link #byName} takes, the default first. */
  public static final List<String> NAMES = List.of("e5-small-v2", "all-minilm-l6-v2");

  private Models() {}

  private static final class E5 {
    static final Embedder INSTANCE = load(() -> new E5SmallEmbedder(1));
  }

  private static final class MiniLm {
    static final Embedder INSTANCE = load(() -> new MiniLmEmbedder(1));
  }

  private static Embedder load(Supplier<Embedder> model) {
    try {
      return model.get();
    } catch (RuntimeException | LinkageError e) {
      LoggerFactory.getLogger(Models.class)
          .warn("the embedding model does not load here; quotes get no vectors", e);
      return null;
    }
  }

  /** The default model; null, with a warning, where it cannot load. */
  public static Embedder defaultModel() {
    return E5.INSTANCE;
  }

  /**
   * The shipped model called {@code name}: a short name of {@link #NAMES} or the name it stores
   * with its vectors ({@link Embedder#name()}), case aside; null, with a warning, where it cannot
   * load.
   *
   * @throws IllegalArgumentException if Verbatim ships no such model
   */
  public static Embedder byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals(NAMES.get(0)) || n.equals(E5SmallEmbedder.NAME.toLowerCase(Locale.ROOT))) {
      return E5.INSTANCE;
    }
    if (n.equals(NAMES.get(1)) || n.equals(MiniLmEmbedder.NAME.toLowerCase(Locale.ROOT))) {
      return MiniLm.INSTANCE;
    }
    throw new IllegalArgumentException(
        "Verbatim ships no embedding model called " + name + "; it has " + NAMES);
  }
}
