package dev.verbatim.embed;

import java.util.List;

/**
 * Embedding models on the class or module path, found by {@link java.util.ServiceLoader}: the
 * {@code verbatim-embeddings} module provides Verbatim's shipped models through it. A library that
 * leaves that module out runs without vectors (verify and {@code like} then work on words only).
 */
public interface ModelProvider {
  /**
   * The names of the models this provider has: short names ({@link Models#E5_SMALL_V2}) and the
   * names the models store with their vectors ({@link Embedder#name()}), lower case.
   */
  List<String> names();

  /**
   * The model called {@code name} (one of {@link #names()}, lower case), loaded once per process.
   *
   * @throws IllegalStateException if its files or runtime do not load here
   */
  Embedder load(String name);
}
