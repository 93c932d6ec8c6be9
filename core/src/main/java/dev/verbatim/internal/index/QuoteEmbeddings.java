package dev.verbatim.internal.index;

import dev.verbatim.Article;
import dev.verbatim.embed.Embedder;
import dev.verbatim.quote.Quote;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embeddings of an article's speech quotes, as its quote documents carry them. */
final class QuoteEmbeddings {
  private static final Logger LOG = LoggerFactory.getLogger(QuoteEmbeddings.class);

  /** The model, or null: no vectors. */
  private final Embedder embedder;

  private final EmbeddingMemo memo = new EmbeddingMemo(EmbeddingMemo.DEFAULT_SIZE);

  QuoteEmbeddings(Embedder embedder) {
    this.embedder = embedder;
  }

  /**
   * The shortest quote that gets a vector: a word or two in quotation marks ("tax", "peace plan")
   * is a label, not a statement, and would be near in meaning to anything on its topic.
   */
  static final int MIN_EMBEDDED_WORDS = 4;

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  /**
   * The embeddings of the speech quotes of {@value #MIN_EMBEDDED_WORDS} words or more (null for the
   * others), all of an article's quotes in one call. A model failure costs the vectors, not the
   * article.
   */
  List<float[]> of(Article article, List<Quote> quotes) {
    List<float[]> vectors = new ArrayList<>(Collections.nCopies(quotes.size(), null));
    if (embedder == null) {
      return vectors;
    }
    List<Integer> speech = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      if (quotes.get(i).kind() == Quote.Kind.SPEECH
          && words(quotes.get(i).text()) >= MIN_EMBEDDED_WORDS) {
        speech.add(i);
      }
    }
    if (speech.isEmpty()) {
      return vectors;
    }
    try {
      // a quote printed again (a wire story's reprints, one statement quoted by many outlets) is
      // embedded once: the texts not seen lately go to the model in one call
      Map<String, float[]> known = new HashMap<>();
      Map<String, String> fresh = new LinkedHashMap<>(); // key -> the text as first written
      List<String> keys = new ArrayList<>(speech.size());
      for (int i : speech) {
        String key = EmbeddingMemo.key(quotes.get(i).text());
        keys.add(key);
        float[] v = memo.get(key);
        if (v != null) {
          known.put(key, v);
        } else {
          fresh.putIfAbsent(key, quotes.get(i).text());
        }
      }
      if (!fresh.isEmpty()) {
        List<String> asked = List.copyOf(fresh.keySet());
        List<float[]> embedded = embedder.embed(List.copyOf(fresh.values()));
        for (int k = 0; k < asked.size(); k++) {
          known.put(asked.get(k), embedded.get(k));
          memo.put(asked.get(k), embedded.get(k));
        }
      }
      for (int k = 0; k < speech.size(); k++) {
        vectors.set(speech.get(k), known.get(keys.get(k)));
      }
    } catch (RuntimeException failure) {
      LOG.warn(
          "quotes of article {} could not be embedded; indexed without vectors",
          article.id(),
          failure);
    }
    return vectors;
  }
}
