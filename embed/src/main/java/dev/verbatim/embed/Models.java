package dev.verbatim.embed;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.LoggerFactory;

/**
 * The embedding models this process has, by name: those of the {@link ModelProvider}s on the class
 * or module path (Verbatim's are in {@code verbatim-embeddings}: e5-small-v2, the default, and
 * all-MiniLM-L6-v2, the model of indexes made before it). Each model is loaded once per process.
 */
public final class Models {
  /** e5-small-v2's short name: the default model. */
  public static final String E5_SMALL_V2 = "e5-small-v2";

  /** all-MiniLM-L6-v2's short name. */
  public static final String ALL_MINILM_L6_V2 = "all-minilm-l6-v2";

  /**
   * The name all-MiniLM-L6-v2 stores with its vectors: the model of every index with vectors made
   * before an index kept its model's name.
   */
  public static final String ALL_MINILM_L6_V2_STORED = "all-MiniLM-L6-v2-q/1";

  /** The short names {@link #byName} takes when {@code verbatim-embeddings} is present. */
  public static final List<String> NAMES = List.of(E5_SMALL_V2, ALL_MINILM_L6_V2);

  /** Loaded models by lower-case name; an empty value for one that failed to load. */
  private static final ConcurrentMap<String, Optional<Embedder>> LOADED = new ConcurrentHashMap<>();

  private Models() {}

  /**
   * The default model, e5-small-v2; null, with a warning logged once, where it is not on the path
   * or cannot load (quotes then get no vectors, and verify says it could not use meaning).
   */
  public static Embedder defaultModel() {
    try {
      return byName(E5_SMALL_V2);
    } catch (IllegalArgumentException absent) {
      LOADED.computeIfAbsent(
          E5_SMALL_V2,
          name -> {
            LoggerFactory.getLogger(Models.class)
                .warn(
                    "no embedding model on the class path (add dev.verbatim:verbatim-embeddings):"
                        + " quotes get no vectors, and verify by meaning is off");
            return Optional.empty();
          });
      return null;
    }
  }

  /** Whether a model called {@code name} is on the path ({@link #byName} would not throw). */
  public static boolean available(String name) {
    return provider(name.toLowerCase(Locale.ROOT)).isPresent();
  }

  /**
   * The model called {@code name}: a short name of {@link #NAMES} or the name it stores with its
   * vectors ({@link Embedder#name()}), case aside; null, with a warning, where it is on the path
   * but cannot load.
   *
   * @throws IllegalArgumentException if no provider on the path has such a model
   */
  public static Embedder byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    ModelProvider provider =
        provider(n)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no embedding model called "
                            + name
                            + " is on the class path; Verbatim's (dev.verbatim:verbatim-embeddings)"
                            + " are "
                            + NAMES));
    return LOADED.computeIfAbsent(n, key -> load(provider, key)).orElse(null);
  }

  private static Optional<ModelProvider> provider(String lowerCaseName) {
    return ServiceLoader.load(ModelProvider.class, Models.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.names().contains(lowerCaseName))
        .findFirst();
  }

  private static Optional<Embedder> load(ModelProvider provider, String name) {
    try {
      return Optional.of(provider.load(name));
    } catch (RuntimeException | LinkageError e) {
      LoggerFactory.getLogger(Models.class)
          .warn("the embedding model {} does not load here; quotes get no vectors", name, e);
      return Optional.empty();
    }
  }
}
