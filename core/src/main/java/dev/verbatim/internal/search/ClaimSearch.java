package dev.verbatim.internal.search;

import dev.verbatim.Article;
import dev.verbatim.Limits;
import dev.verbatim.embed.Embedder;
import dev.verbatim.verify.Candidate;
import dev.verbatim.verify.ReportedSpeech;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.Verifier;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Verify's pipeline on one snapshot: the claim read without its reporting frame, embedded once, its
 * candidate quotes found ({@link QuoteCandidates}) with their copy groups, their articles' texts
 * read for context, and the {@link Verifier}'s answer, by the thresholds of the model that made the
 * index's vectors.
 */
public final class ClaimSearch {
  private final Embedder embedder;

  /**
   * @param embedder the model of the index's vectors, or null: words only
   */
  public ClaimSearch(Embedder embedder) {
    this.embedder = embedder;
  }

  /** The paraphrase threshold verify uses unless told another: the model's; NaN without one. */
  public double paraphraseThreshold() {
    return embedder == null ? Double.NaN : embedder.thresholds().paraphrase();
  }

  /**
   * Verifies {@code claim}; "Musk said he only talked to Putin once" checks Musk as the speaker
   * when {@code speaker} is null, and compares "I only talked …".
   *
   * @throws IllegalArgumentException if the claim has no words or is too long
   */
  public Verification verify(
      SearchSnapshot snapshot, String claim, String speaker, double meaningThreshold)
      throws IOException {
    ReportedSpeech reported = reported(claim);
    String words = reported.words().isBlank() ? claim : reported.words();
    String checked = speaker != null && !speaker.isBlank() ? speaker : reported.speaker();
    float[] vector = vector(snapshot, words);
    List<Candidate> candidates =
        CopyGroups.withCopies(snapshot, QuoteCandidates.find(snapshot, words, vector, checked));
    Map<String, String> texts = new HashMap<>();
    for (Candidate c : candidates) {
      if (!texts.containsKey(c.article())) {
        texts.put(
            c.article(), ArticleSearch.get(snapshot, c.article()).map(Article::text).orElse(null));
      }
    }
    Verifier verifier =
        vector == null
            ? new Verifier()
            : new Verifier(embedder.thresholds().withParaphrase(meaningThreshold));
    return verifier.verify(
        words, checked, candidates, texts::get, vector == null ? null : cosineWith(vector));
  }

  /**
   * The candidates verify compares {@code claim} with, best fused rank first, before any verdict.
   *
   * @throws IllegalArgumentException if the claim has no words or is too long
   */
  public List<Candidate> candidates(SearchSnapshot snapshot, String claim) throws IOException {
    ReportedSpeech reported = reported(claim);
    String words = reported.words().isBlank() ? claim : reported.words();
    return QuoteCandidates.find(snapshot, words, vector(snapshot, words), reported.speaker());
  }

  /** A claim checked for length and read without its reporting frame. */
  private static ReportedSpeech reported(String claim) {
    if (claim == null || claim.length() > Limits.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "claim must be 1.." + Limits.MAX_QUERY_LENGTH + " characters");
    }
    return ReportedSpeech.of(claim);
  }

  /** The claim's embedding, or null when there is no model or the index has no quote vectors. */
  private float[] vector(SearchSnapshot snapshot, String words) {
    return embedder != null && QuoteCandidates.hasVectors(snapshot, embedder.dimension())
        ? embedder.embed(words)
        : null;
  }

  /** The cosine of {@code vector} with a text's embedding, each text embedded once. */
  private ToDoubleFunction<String> cosineWith(float[] vector) {
    Map<String, Double> seen = new HashMap<>();
    return text ->
        seen.computeIfAbsent(text, t -> (double) Embedder.cosine(vector, embedder.embed(t)));
  }
}
