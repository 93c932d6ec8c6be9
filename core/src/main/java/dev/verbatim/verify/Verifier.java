package dev.verbatim.verify;

import static dev.verbatim.Snippet.Kind.CUE;

import dev.verbatim.Snippet;
import dev.verbatim.embed.Embedder;
import dev.verbatim.quote.Speakers;
import dev.verbatim.text.TextBoundaries;
import dev.verbatim.verify.Verification.Match;
import dev.verbatim.verify.Verification.SpeakerEvidence;
import dev.verbatim.verify.Verification.Verdict;
import dev.verbatim.verify.WordDiff.Op;
import dev.verbatim.verify.WordDiff.Run;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Compares a claim with candidate quotes: diff, similarity, verdict, speaker agreement, variants.
 *
 * <p>Verdicts, on the diff aligned to the stretch of the quote the claim covers (see {@link
 * WordDiff#aligned}), with c the claim's words, e the shared ones, and d + i the words deleted and
 * inserted:
 *
 * <ul>
 *   <li>{@code exact}: d + i = 0 and e = c;
 *   <li>{@code close}: e ≥ {@value Comparison#CLOSE_SHARED} · c and d + i ≤ max(2, {@value
 *       Comparison#CLOSE_CHANGED} · c): "I have only spoken to Putin once" for "I have spoken to
 *       Putin only once" (one word moved: e = 6 of 7, d + i = 2);
 *   <li>{@code paraphrase}: at least {@value Comparison#PARAPHRASE_STEMS} of the claim's
 *       content-word stems are in the quote, and the stem sets' Dice coefficient is at least
 *       {@value Comparison#PARAPHRASE_DICE} (a long quote that happens to hold the words is not a
 *       paraphrase); or, when meaning is compared, the cosine of the claim's and the quote's
 *       embeddings is at least the model's {@link
 *       dev.verbatim.embed.Embedder.Thresholds#paraphrase() paraphrase threshold} (chosen on the
 *       probes of docs/verify.md);
 *   <li>{@code not_found}: otherwise.
 * </ul>
 *
 * <p>When meaning is compared, a {@code close} or {@code paraphrase} by words also needs a cosine
 * of at least the model's {@link dev.verbatim.embed.Embedder.Thresholds#related() related
 * threshold}: the same words in a quote about something else are not the claim. A paraphrase by
 * meaning alone must also come from the speaker the claim names (a quote that names nobody must be
 * nearer) and stand out by the model's margin from the fifth-nearest quote of the candidates. A
 * claim that contradicts the quote ({@link Contradiction}: a denied word, another number, an
 * opposite) is never {@code close} or {@code paraphrase}.
 *
 * <p>Thread-safe.
 */
public final class Verifier {
  private final Embedder.Thresholds thresholds;

  /** A verifier that compares words only; it keeps no state between claims. */
  public Verifier() {
    this(new Embedder.Thresholds(Double.NaN, Double.NaN, 0));
  }

  /**
   * A verifier that compares meaning too, by the thresholds of the model that made the vectors
   * ({@link Embedder#thresholds()}).
   */
  public Verifier(Embedder.Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  private static final int MAX_MATCHES = 10;
  private static final int MAX_NEAREST = 3;
  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
          "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
          "these", "they", "this", "to", "was", "will", "with", "i", "he", "she", "we", "you",
          "have", "has", "had", "me", "my", "his", "her");

  /** Verifies {@code claim} by words only. */
  public Verification verify(
      String claim,
      String speaker,
      List<Candidate> candidates,
      Function<String, String> articleText) {
    return verify(claim, speaker, candidates, articleText, null);
  }

  /**
   * Verifies {@code claim}.
   *
   * @param speaker who the claim is attributed to, or null
   * @param candidates quotes from the index that may match
   * @param articleText the text of an article by id, for context; may return null
   * @param meaning the cosine of the claim's embedding with a text's, or null to compare words
   *     only; used on the stretches of the nearest quotes (see {@link Comparison#windows})
   */
  public Verification verify(
      String claim,
      String speaker,
      List<Candidate> candidates,
      Function<String, String> articleText,
      ToDoubleFunction<String> meaning) {
    return answer(
        matches(claim, speaker, candidates, articleText, meaning), speaker, meaning != null);
  }

  /**
   * Every candidate compared with {@code claim}, as {@link #verify(String, String, List, Function,
   * ToDoubleFunction)} compares it, best first, each quote once: the matches before the answer
   * keeps the best of them (a watch looks for the matches in the articles it has not seen yet).
   */
  public List<Match> matches(
      String claim,
      String speaker,
      List<Candidate> candidates,
      Function<String, String> articleText,
      ToDoubleFunction<String> meaning) {
    List<String> claimWords = WordDiff.words(claim);
    if (claimWords.isEmpty()) {
      throw new IllegalArgumentException("the claim has no words");
    }
    boolean byMeaning = meaning != null;
    Comparison.Claim compared =
        new Comparison.Claim(
            claim,
            speaker,
            claimWords,
            stems(claimWords),
            thresholds,
            meaning,
            byMeaning ? Comparison.nearest(candidates, speaker) : Set.of(),
            byMeaning ? crowd(candidates) : Double.NaN,
            Contradiction.Claim.of(claim));
    List<Match> matches = new ArrayList<>();
    IdentityHashMap<Match, Candidate> spans = new IdentityHashMap<>();
    Map<String, int[]> paragraphs = new HashMap<>(); // an article's, read once for its quotes
    for (Candidate c : candidates) {
      String text = articleText.apply(c.article());
      int[] starts =
          text == null
              ? null
              : paragraphs.computeIfAbsent(c.article(), a -> TextBoundaries.paragraphStarts(text));
      Match match = match(Comparison.of(compared, c), text, starts);
      matches.add(match);
      spans.put(match, c);
    }
    return oneEach(sorted(matches), spans);
  }

  /** The content words of {@code text} (stopwords left out), stemmed, as verify compares them. */
  public static Set<String> contentStems(String text) {
    return stems(WordDiff.words(text));
  }

  /**
   * The texts verify will most likely embed for a claim attributed to {@code speaker} among {@code
   * candidates}: the sentences and sentence pairs of the quotes nearest in meaning, which a claim
   * rewording one sentence is compared with, and the passages that hold one of them. A caller with
   * spare threads embeds them at once, in parallel, before {@link #verify}; verify embeds whatever
   * else it needs as it goes.
   */
  public static List<String> textsLikelyCompared(List<Candidate> candidates, String speaker) {
    Set<Candidate> nearest = Comparison.nearest(candidates, speaker);
    List<String> texts = new ArrayList<>();
    for (Candidate c : nearest) {
      texts.addAll(Comparison.windows(c));
    }
    for (Candidate c : candidates) {
      if (c.meaning() == null && c.joined() && Comparison.hasPartIn(c, nearest)) {
        texts.add(c.text()); // a passage holding a nearest quote: compared whole
      }
    }
    return texts;
  }

  /**
   * The matches best first: by verdict, then closeness, then original reporting before a reprint of
   * it (however the dates fall), then the earliest.
   */
  private static List<Match> sorted(List<Match> matches) {
    matches.sort(
        Comparator.comparing(Match::verdict)
            .thenComparing(Comparator.comparingDouble(Verifier::closeness).reversed())
            .thenComparing(Match::reprint)
            .thenComparing(m -> m.date() == null ? LocalDate.MAX : m.date())
            .thenComparing(Match::article));
    return matches;
  }

  /** The answer from the matches, best first: the verdict, the evidence shown, the speaker. */
  private static Verification answer(List<Match> matches, String speaker, boolean byMeaning) {
    Verdict best = matches.isEmpty() ? Verdict.NOT_FOUND : matches.getFirst().verdict();
    // found: the matches only; not found: the nearest quotes, as such
    List<Match> shown =
        best == Verdict.NOT_FOUND
            ? matches.subList(0, Math.min(matches.size(), MAX_NEAREST))
            : matches.stream()
                .filter(m -> m.verdict() != Verdict.NOT_FOUND)
                .limit(MAX_MATCHES)
                .toList();
    String asked = speaker == null || speaker.isBlank() ? null : speaker;
    List<String> onRecord = new ArrayList<>();
    matches.stream()
        .filter(m -> m.verdict() == best && best != Verdict.NOT_FOUND && m.speaker() != null)
        .map(Match::speaker)
        .distinct()
        .forEach(onRecord::add);
    SpeakerEvidence evidence = null;
    if (asked != null && best != Verdict.NOT_FOUND) {
      evidence =
          onRecord.stream().anyMatch(s -> samePerson(asked, s))
              ? SpeakerEvidence.SAME_SPEAKER
              : onRecord.isEmpty()
                  ? SpeakerEvidence.NO_SPEAKER_NAMED
                  : SpeakerEvidence.OTHER_SPEAKER;
    }
    Boolean agrees =
        (evidence == null || evidence == SpeakerEvidence.NO_SPEAKER_NAMED)
            ? null
            : evidence == SpeakerEvidence.SAME_SPEAKER;
    String bestWhy =
        best == Verdict.NOT_FOUND
            ? (shown.isEmpty()
                ? "Nothing in the index shares its words."
                : "The nearest quotes are below.")
            : shown.getFirst().why();
    return new Verification(
        best,
        agrees,
        evidence,
        onRecord,
        shown,
        Variants.of(matches),
        asked,
        byMeaning,
        Reasons.of(best, bestWhy, asked, evidence, onRecord));
  }

  /** A compared candidate as the answer shows it, with the paragraph around it. */
  private static Match match(Comparison c, String articleText, int[] paragraphs) {
    Candidate q = c.candidate;
    return new Match(
        c.verdict,
        q.text(),
        q.speaker(),
        q.source(),
        q.date(),
        q.article(),
        Math.round(c.similarity * 1000) / 1000.0,
        c.cosine,
        c.aligned.isEmpty()
            ? List.of(new Run(Op.DELETE, String.join(" ", c.claim.words())))
            : c.aligned,
        c.why,
        context(q, articleText, paragraphs),
        q.copies());
  }

  /** Within a verdict, the better of the word and the meaning similarity ranks first. */
  private static double closeness(Match m) {
    return Math.max(m.similarity(), m.meaning() == null ? 0 : m.meaning());
  }

  /**
   * One piece of evidence per utterance: of the matches (best first) whose stretches of one article
   * overlap — a quote and the passage it starts or ends — the best only.
   */
  private static List<Match> oneEach(List<Match> sorted, IdentityHashMap<Match, Candidate> spans) {
    Map<String, List<Candidate>> kept = new HashMap<>();
    List<Match> one = new ArrayList<>();
    for (Match m : sorted) {
      Candidate c = spans.get(m);
      List<Candidate> ofArticle = kept.computeIfAbsent(m.article(), k -> new ArrayList<>());
      if (ofArticle.stream().noneMatch(k -> k.start() < c.end() && c.start() < k.end())) {
        ofArticle.add(c);
        one.add(m);
      }
    }
    return one;
  }

  /** The quotes {@link #crowd} counts: a paraphrase must stand out from the fifth. */
  private static final int CROWD = 5;

  /**
   * The meaning score of the {@value #CROWD}th-nearest quote among the candidates, counting each
   * wording once (the same quote in fourteen outlets is one), or -1 when there are fewer: a
   * rewording singles out what it rewords, while a claim merely on the topic is about as near to
   * many quotes of it.
   */
  private static double crowd(List<Candidate> candidates) {
    Map<String, Double> wordings = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.meaning() != null && !c.joined()) {
        wordings.merge(
            String.join(" ", WordDiff.words(c.text())).toLowerCase(Locale.ROOT),
            c.meaning(),
            Math::max);
      }
    }
    return wordings.values().stream()
        .sorted(Comparator.reverseOrder())
        .skip(CROWD - 1)
        .findFirst()
        .orElse(-1.0);
  }

  static boolean samePerson(String asked, String attested) {
    return Speakers.samePerson(asked, attested);
  }

  /** Whether a folded word is too common to count as shared content. */
  static boolean isStopword(String folded) {
    return STOPWORDS.contains(folded);
  }

  static Set<String> stems(List<String> words) {
    EnglishStemmer stemmer = new EnglishStemmer();
    Set<String> stems = new HashSet<>();
    for (String w : words) {
      String folded = WordDiff.fold(w);
      if (STOPWORDS.contains(folded)) {
        continue;
      }
      stemmer.setCurrent(folded);
      stemmer.stem();
      stems.add(stemmer.getCurrent());
    }
    return stems;
  }

  /** The paragraph around the quote, the quote and its cue marked; null without the text. */
  private static Snippet context(Candidate c, String text, int[] paragraphs) {
    if (text == null || c.end() > text.length() || c.start() < 0 || c.start() >= c.end()) {
      return null;
    }
    // the quote's paragraph, as the index and the snippets define paragraphs
    int from = 0;
    int to = text.length();
    for (int start : paragraphs) {
      if (start <= c.start()) {
        from = start;
      } else if (start >= c.end()) {
        to = start;
        break;
      }
    }
    while (from < c.start() && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > c.end() && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    List<Snippet.Mark> marks = new ArrayList<>(2);
    int before = cue(text, from, c.start(), c.cue(), true);
    if (before >= 0) {
      marks.add(new Snippet.Mark(before - from, before - from + c.cue().length(), CUE));
    }
    marks.add(new Snippet.Mark(c.start() - from, c.end() - from, Snippet.Kind.QUOTE));
    int after = cue(text, c.end(), to, c.cue(), false);
    if (after >= 0) {
      marks.add(new Snippet.Mark(after - from, after - from + c.cue().length(), CUE));
    }
    return new Snippet(text.substring(from, to), marks);
  }

  /**
   * Where the cue's words stand in {@code text[from, to)}, case aside: the last occurrence before
   * the quote, the first after it; -1 when absent or when the cue is no words ("continuation",
   * ":").
   */
  private static int cue(String text, int from, int to, String cue, boolean last) {
    if (cue == null || cue.equals("continuation") || cue.equals(":")) {
      return -1;
    }
    // matched on the text itself: an index into a lower-cased copy is not an index into the text
    // once lower-casing changes lengths ("İ" becomes two chars)
    int at = -1;
    for (int i = from; i + cue.length() <= to; i++) {
      if (text.regionMatches(true, i, cue, 0, cue.length())) {
        at = i;
        if (!last) {
          break;
        }
      }
    }
    return at;
  }
}
