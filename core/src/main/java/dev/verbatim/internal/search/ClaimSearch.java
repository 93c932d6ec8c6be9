package dev.verbatim.internal.search;

import dev.verbatim.Article;
import dev.verbatim.Limits;
import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.verify.Candidate;
import dev.verbatim.verify.ReportedSpeech;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;

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
    Map<String, String> texts = texts(snapshot, candidates);
    return verifier(vector, meaningThreshold)
        .verify(
            words,
            checked,
            candidates,
            texts::get,
            vector == null
                ? null
                : cosineWith(vector, embedAll(Verifier.textsLikelyCompared(candidates, checked))));
  }

  /**
   * {@code texts} embedded, several at a time on the common pool: the model runs one text on one
   * thread, its runs were about half of verify's time on the development probes (claim 6.7 ms,
   * sentences 12.9 ms and about 7 ms more during the comparisons, of 52 ms on average), and these
   * texts are known before verify compares them. The map is mutable: verify adds what else it
   * embeds.
   */
  private Map<String, float[]> embedAll(List<String> texts) {
    Map<String, float[]> embedded = new ConcurrentHashMap<>();
    texts.stream().distinct().parallel().forEach(text -> embedded.put(text, embedder.embed(text)));
    return embedded;
  }

  /**
   * The quotes of {@code articles} that attest {@code claim} ({@code exact}, {@code close} or
   * {@code paraphrase}), compared as {@link #verify} compares them, among the index's other
   * candidates; the best per article, best first. For claim watches: {@code articles} are the ones
   * just added; {@code claimVector} is the claim's embedding made when the watch was (null: made
   * here), and {@code embedded} the texts embedded so far, shared by the claims of one commit (the
   * new quotes' sentences are compared with each of them).
   *
   * @throws IllegalArgumentException if the claim has no words or is too long
   */
  public List<Verification.Match> attestedIn(
      SearchSnapshot snapshot,
      String claim,
      String speaker,
      Set<String> articles,
      float[] claimVector,
      Map<String, float[]> embedded)
      throws IOException {
    ReportedSpeech reported = reported(claim);
    String words = reported.words().isBlank() ? claim : reported.words();
    String checked = speaker != null && !speaker.isBlank() ? speaker : reported.speaker();
    float[] vector =
        claimVector != null && QuoteCandidates.hasVectors(snapshot, claimVector.length)
            ? claimVector
            : vector(snapshot, words);
    List<Term> ids = articles.stream().map(ArticleDocuments::articleTerm).toList();
    Query within = new TermInSetQuery(Fields.ARTICLE_ID, ids.stream().map(Term::bytes).toList());
    List<Candidate> candidates =
        CopyGroups.withCopies(
            snapshot, QuoteCandidates.find(snapshot, words, vector, checked, within));
    // the context of a match is read for the articles asked about only: the others' are dropped
    Map<String, String> texts = new HashMap<>();
    Function<String, String> text =
        article ->
            articles.contains(article)
                ? texts.computeIfAbsent(article, a -> articleText(snapshot, a))
                : null;
    Set<String> seen = new HashSet<>();
    List<Verification.Match> attested = new ArrayList<>();
    for (Verification.Match m :
        verifier(vector, paraphraseThreshold())
            .matches(
                words,
                checked,
                candidates,
                text,
                vector == null ? null : cosineWith(vector, embedded))) {
      if (m.verdict() != Verification.Verdict.NOT_FOUND
          && articles.contains(m.article())
          && seen.add(m.article())) {
        attested.add(m);
      }
    }
    return attested;
  }

  private static String articleText(SearchSnapshot snapshot, String article) {
    try {
      return ArticleSearch.get(snapshot, article).map(Article::text).orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The texts of the candidates' articles, by id, each read once. */
  private static Map<String, String> texts(SearchSnapshot snapshot, List<Candidate> candidates)
      throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (Candidate c : candidates) {
      if (!texts.containsKey(c.article())) {
        texts.put(
            c.article(), ArticleSearch.get(snapshot, c.article()).map(Article::text).orElse(null));
      }
    }
    return texts;
  }

  private Verifier verifier(float[] vector, double meaningThreshold) {
    return vector == null
        ? new Verifier()
        : new Verifier(embedder.thresholds().withParaphrase(meaningThreshold));
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

  /**
   * The cosine of {@code vector} with a text's embedding, each text embedded once for every claim
   * sharing {@code embedded} (texts embedded already are taken from it).
   */
  private ToDoubleFunction<String> cosineWith(float[] vector, Map<String, float[]> embedded) {
    return text -> Embedder.cosine(vector, embedded.computeIfAbsent(text, embedder::embed));
  }
}
