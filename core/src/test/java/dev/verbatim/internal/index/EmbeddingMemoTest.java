package dev.verbatim.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Article;
import dev.verbatim.embed.Embedder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

/** A quote printed again is embedded once; its documents carry the same vector as the first. */
class EmbeddingMemoTest {
  /** A model that counts the texts it is sent; each vector is the text's length, normalised. */
  static final class Counting implements Embedder {
    final List<String> sent = new ArrayList<>();

    @Override
    public String name() {
      return "counting/1";
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public Thresholds thresholds() {
      return new Thresholds(0.9, 0.8, 0.0);
    }

    @Override
    public synchronized List<float[]> embed(List<String> texts) {
      sent.addAll(texts);
      return texts.stream()
          .map(
              t -> {
                float a = t.length();
                float n = (float) Math.sqrt(a * a + 1);
                return new float[] {a / n, 1 / n};
              })
          .toList();
    }

    @Override
    public void close() {}
  }

  private static Article article(String id, String source, String text) {
    return new Article(
        id, source, null, "A story", List.of(), LocalDate.of(2026, 12, 7), null, text);
  }

  private static List<float[]> vectors(List<Document> docs) {
    List<float[]> vectors = new ArrayList<>();
    for (Document d : docs) {
      for (IndexableField f : d.getFields()) {
        float[] v = QuoteVectors.of(f);
        if (v != null) {
          vectors.add(v);
        }
      }
    }
    return vectors;
  }

  @Test
  void aQuotePrintedAgainIsEmbeddedOnce() throws Exception {
    Counting model = new Counting();
    ArticleDocuments documents = new ArticleDocuments(model);
    String quote = "We will not raise taxes this year, whatever the council says,";
    List<float[]> first =
        vectors(
            documents.toDocuments(
                article("a", "Wire", "“" + quote + "” Mayor Jane Holt said on Tuesday.")));
    List<float[]> second =
        vectors(
            documents.toDocuments(
                article(
                    "b",
                    "Gazette",
                    "The budget was set.\n\n“"
                        + quote.replace(" ", "  ")
                        + "” Mayor Jane Holt said. “The roads come first, and the schools next,”"
                        + " she added.")));
    assertThat(model.sent).containsExactly(quote, "The roads come first, and the schools next,");
    assertThat(first).hasSize(1);
    assertThat(second).hasSize(2);
    assertThat(second.getFirst()).containsExactly(first.getFirst());
  }

  @Test
  void theLeastRecentlyUsedTextIsForgotten() {
    EmbeddingMemo memo = new EmbeddingMemo(2);
    memo.put("a", new float[] {1});
    memo.put("b", new float[] {2});
    assertThat(memo.get("a")).containsExactly(1); // a is now the most recent
    memo.put("c", new float[] {3});
    assertThat(memo.get("b")).isNull();
    assertThat(memo.get("a")).containsExactly(1);
    assertThat(memo.size()).isEqualTo(2);
    assertThat(EmbeddingMemo.key("  It’s   done ")).isEqualTo("It's done");
  }
}
