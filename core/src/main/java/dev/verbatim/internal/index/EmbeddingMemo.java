package dev.verbatim.internal.index;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The vectors of the quote texts embedded lately, so that a quote printed again (the same statement
 * in fourteen outlets, a wire story's reprints) costs the model nothing: least recently used first
 * out, keyed by the text with its spacing and its quote marks and apostrophes made one form (the
 * model reads them alike). Thread-safe.
 */
final class EmbeddingMemo {
  /** Texts remembered by default: about 15 MB of 384-dimension vectors. */
  static final int DEFAULT_SIZE = 10_000;

  private final Map<String, float[]> vectors;

  EmbeddingMemo(int size) {
    this.vectors =
        new LinkedHashMap<>(256, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > size;
          }
        };
  }

  /** The text as the memo keys it (the model is sent the text as first written). */
  static String key(String text) {
    return SPACES.matcher(text.strip()).replaceAll(" ").replace('’', '\'').replace('‘', '\'');
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The vector of a key, or null. */
  synchronized float[] get(String key) {
    return vectors.get(key);
  }

  synchronized void put(String key, float[] vector) {
    vectors.put(key, vector);
  }

  synchronized int size() {
    return vectors.size();
  }
}
