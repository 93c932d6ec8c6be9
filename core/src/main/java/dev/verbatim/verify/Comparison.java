package dev.verbatim.verify;

import dev.verbatim.embed.Embedder;
import dev.verbatim.text.TextBoundaries;
import dev.verbatim.verify.Verification.Verdict;
import dev.verbatim.verify.WordDiff.Op;
import dev.verbatim.verify.WordDiff.Run;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * One candidate quote compared with a claim: the word diff and its scores, then the verdict as each
 * of the {@link #CHECKS} leaves it, in order. A check may lift a quote to {@code paraphrase} by
 * meaning or take a verdict back to {@code not_found}; each says why in {@link #why}.
 */
final class Comparison {
  static final double CLOSE_SHARED = 0.7;
  static final double CLOSE_CHANGED = 0.34;
  static final double PARAPHRASE_STEMS = 0.75;
  static final double PARAPHRASE_DICE = 0.5;

  /**
   * What every comparison with one claim shares.
   *
   * @param text the claim's words as compared (its reporting frame gone)
   * @param speaker who the claim is attributed to, or null
   * @param meaning the cosine of the claim's embedding with a text's; null to compare words only
   * @param nearest the candidates nearest in meaning, whose sentences are compared one by one
   * @param crowd the meaning score of the fifth-nearest wording among the candidates
   * @param read the claim as the contradiction checks read it
   */
  record Claim(
      String text,
      String speaker,
      List<String> words,
      Set<String> stems,
      Embedder.Thresholds thresholds,
      ToDoubleFunction<String> meaning,
      Set<Candidate> nearest,
      double crowd,
      Contradiction.Claim read) {
    boolean byMeaning() {
      return meaning != null;
    }

    boolean namesSpeaker() {
      return speaker != null && !speaker.isBlank();
    }
  }

  /** A step of the verdict: it may change the verdict, its reason and the meaning score. */
  private interface Check {
    void apply(Comparison c);
  }

  /** The steps after the word verdict, in order. */
  private static final List<Check> CHECKS =
      List.of(
          Comparison::measureMeaning,
          Comparison::paraphraseByMeaning,
          Comparison::meaningElsewhere,
          Comparison::onlyAsks,
          Comparison::contradiction);

  final Claim claim;
  final Candidate candidate;
  final List<String> quoteWords;
  final List<Run> aligned;
  final int shared;
  final double similarity;
  private final int[] sentences;
  private final List<Run> full;

  Verdict verdict;
  String why;
  Double cosine;

  private Comparison(Claim claim, Candidate candidate) {
    this.claim = claim;
    this.candidate = candidate;
    this.quoteWords = WordDiff.words(candidate.text());
    this.sentences = WordDiff.sentences(candidate.text());
    this.full = WordDiff.diff(claim.words(), quoteWords);
    this.aligned = WordDiff.aligned(full);
    this.shared = WordDiff.count(aligned, Op.EQUAL);
    int inserted = WordDiff.count(aligned, Op.INSERT);
    this.similarity = 2.0 * shared / (claim.words().size() + shared + inserted);
    this.cosine = candidate.meaning();
  }

  /** {@code candidate} compared with {@code claim}, every check applied. */
  static Comparison of(Claim claim, Candidate candidate) {
    Comparison c = new Comparison(claim, candidate);
    c.byWords();
    for (Check check : CHECKS) {
      check.apply(c);
    }
    if (c.why == null) {
      c.why =
          Reasons.tooFar(c.shared, claim.words().size(), c.cosine, claim.thresholds().paraphrase());
    }
    return c;
  }

  /** The verdict of the aligned diff: exact, close, paraphrase by stems, or not found. */
  private void byWords() {
    int claimSize = claim.words().size();
    int changed = WordDiff.count(aligned, Op.INSERT) + WordDiff.count(aligned, Op.DELETE);
    if (changed == 0 && shared == claimSize) {
      verdict = Verdict.EXACT;
      why = Reasons.exact(claimSize, quoteWords.size());
    } else if (shared >= CLOSE_SHARED * claimSize
        && changed <= Math.max(2, CLOSE_CHANGED * claimSize)) {
      verdict = Verdict.CLOSE;
      why = Reasons.close(aligned);
    } else {
      verdict = Verdict.NOT_FOUND;
      byStems();
    }
  }

  /** Most of the claim's content words, and not lost in a much longer quote. */
  private void byStems() {
    Set<String> claimStems = claim.stems();
    if (claimStems.isEmpty()) {
      return;
    }
    Set<String> quoteStems = Verifier.stems(quoteWords);
    long common = claimStems.stream().filter(quoteStems::contains).count();
    double dice = 2.0 * common / (claimStems.size() + quoteStems.size());
    if (common >= PARAPHRASE_STEMS * claimStems.size() && dice >= PARAPHRASE_DICE) {
      verdict = Verdict.PARAPHRASE;
      why = Reasons.paraphraseByWords(common, claimStems.size());
    }
  }

  /**
   * The meaning score: the stored cosine, or a passage's (two quotes in a row have no stored
   * vector: embedded where its words make it a match, or where one of its quotes is among the
   * nearest in meaning); for a close or word paraphrase, the better of that and the cosine of the
   * sentences the claim shares words with, where the whole quote is not near enough already; for
   * the nearest quotes, the better of that and each sentence's and pair's.
   */
  private void measureMeaning() {
    if (!claim.byMeaning()) {
      return;
    }
    if (cosine == null
        && candidate.joined()
        && (verdict != Verdict.NOT_FOUND || hasPartIn(claim.nearest()))) {
      cosine = claim.meaning().applyAsDouble(candidate.text());
    }
    if (cosine == null) {
      return;
    }
    if (verdict == Verdict.CLOSE || verdict == Verdict.PARAPHRASE) {
      if (cosine < needed()) {
        String covered = String.join(" ", stretch());
        cosine = Math.max(cosine, claim.meaning().applyAsDouble(covered));
      }
    } else if (verdict == Verdict.NOT_FOUND && claim.nearest().contains(candidate)) {
      for (String window : windows(candidate)) {
        cosine = Math.max(cosine, claim.meaning().applyAsDouble(window));
      }
    }
    cosine = Math.round(cosine * 1000) / 1000.0;
  }

  /**
   * A paraphrase by meaning alone. A quote near in meaning is evidence of what its own speaker
   * said, not of what the claim's speaker said: "X said something like it" rests on X's words, and
   * a quote that names nobody must be nearer, since only its meaning ties it to the claim. It must
   * also stand out from the other quotes of the topic by the model's margin.
   */
  private void paraphraseByMeaning() {
    double threshold = claim.thresholds().paraphrase();
    if (verdict != Verdict.NOT_FOUND || cosine == null || cosine < threshold) {
      return;
    }
    String quoted = candidate.speaker();
    double needed =
        claim.namesSpeaker() && quoted == null ? unnamedThreshold(threshold) : threshold;
    if (claim.namesSpeaker() && quoted != null && !Verifier.samePerson(claim.speaker(), quoted)) {
      why = Reasons.anotherSpeakersMeaning(cosine, quoted, claim.speaker());
    } else if (cosine < needed) {
      why = Reasons.unnamedMeaning(cosine, needed, claim.speaker());
    } else if (cosine - claim.crowd() < claim.thresholds().margin()) {
      why = Reasons.notSingledOut(cosine, claim.crowd(), claim.thresholds().margin());
    } else {
      verdict = Verdict.PARAPHRASE;
      why = Reasons.paraphraseByMeaning(cosine, needed, shared, claim.words().size());
    }
  }

  /**
   * The words are there, the meaning is not: a stretch of a quote about something else, or the same
   * words saying another thing ("let this tax hike hit the middle class").
   */
  private void meaningElsewhere() {
    if (isMatch() && cosine != null && cosine < needed()) {
      verdict = Verdict.NOT_FOUND;
      why = Reasons.meaningElsewhere(cosine, needed());
    }
  }

  private void onlyAsks() {
    if (isMatch() && asksWhatTheClaimStates(claim.text(), claim.stems(), candidate.text())) {
      verdict = Verdict.NOT_FOUND;
      why = Reasons.onlyAsks();
    }
  }

  private void contradiction() {
    if (!isMatch()) {
      return;
    }
    int[] range = stretchRange();
    Contradiction.between(claim.read(), candidate.text(), range[0], range[1])
        .ifPresent(
            found -> {
              verdict = Verdict.NOT_FOUND;
              why = Reasons.contradicts(found);
            });
  }

  private boolean isMatch() {
    return verdict == Verdict.CLOSE || verdict == Verdict.PARAPHRASE;
  }

  /** The meaning score the verdict needs: the paraphrase threshold, else the related one. */
  private double needed() {
    return verdict == Verdict.PARAPHRASE
        ? claim.thresholds().paraphrase()
        : claim.thresholds().related();
  }

  /**
   * The meaning score a quote that names no speaker needs to be a paraphrase of a claim that names
   * one: halfway from the model's paraphrase threshold to identical.
   */
  private static double unnamedThreshold(double threshold) {
    return (1 + threshold) / 2;
  }

  /** Whether one of {@code parts} is a quote of this passage. */
  private boolean hasPartIn(Set<Candidate> parts) {
    return hasPartIn(candidate, parts);
  }

  /** Whether one of {@code parts} is a quote of {@code passage}. */
  static boolean hasPartIn(Candidate passage, Set<Candidate> parts) {
    for (Candidate part : parts) {
      if (part.article().equals(passage.article())
          && part.start() >= passage.start()
          && part.end() <= passage.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The attested words a claim's negation is compared with: the sentences of the quote from the
   * first to the last word it shares with the claim (a negation often sits before the words it
   * negates: "I don't think there's any action … that will have an immediate impact"; "No, it is
   * not. I have only spoken to Putin once" against "he only talked to Putin one time" is "I have
   * only spoken to Putin once …"). The whole quote when they share no word.
   */
  private List<String> stretch() {
    int[] range = stretchRange();
    return quoteWords.subList(range[0], range[1] + 1);
  }

  /** {@link #stretch}'s first and last word, as indexes into the quote's words. */
  private int[] stretchRange() {
    int index = 0;
    int first = -1;
    int last = -1;
    for (Run r : full) {
      if (r.op() == Op.DELETE) {
        continue;
      }
      int n = WordDiff.words(r.text()).size();
      if (r.op() == Op.EQUAL) {
        if (first < 0) {
          first = index;
        }
        last = index + n - 1;
      }
      index += n;
    }
    if (first < 0) {
      return new int[] {0, quoteWords.size() - 1};
    }
    int from = first;
    while (from > 0 && sentences[from - 1] == sentences[first]) {
      from--;
    }
    int to = last;
    while (to < quoteWords.size() - 1 && sentences[to + 1] == sentences[last]) {
      to++;
    }
    return new int[] {from, to};
  }

  /**
   * Whether the quote only asks what the claim states: every sentence of the quote that shares a
   * content word with the claim is a question, and the claim is not ("he would raise taxes on the
   * middle class" against "Are you going to raise the middle class taxes?"). A claim that asks
   * something itself may reword a question.
   */
  static boolean asksWhatTheClaimStates(String claim, Set<String> claimStems, String quote) {
    if (claim.contains("?")) {
      return false;
    }
    boolean any = false;
    for (String sentence : sentencesOf(quote)) {
      Set<String> stems = Verifier.stems(WordDiff.words(sentence));
      if (stems.stream().noneMatch(claimStems::contains)) {
        continue;
      }
      any = true;
      if (!sentence.replaceAll("[\\s\"”’'»)]+$", "").endsWith("?")) {
        return false;
      }
    }
    return any;
  }

  /** Quotes nearest in meaning whose sentences and neighbours are compared one by one. */
  private static final int NEAREST_WINDOWED = 3;

  /**
   * The candidates nearest in meaning whose sentences are compared one by one: of those that could
   * be a paraphrase of the claim's speaker, when it names one.
   */
  static Set<Candidate> nearest(List<Candidate> candidates, String speaker) {
    boolean named = speaker != null && !speaker.isBlank();
    Set<Candidate> nearest = new HashSet<>();
    candidates.stream()
        .filter(c -> c.meaning() != null)
        // a paraphrase by meaning of a named speaker's claim must be theirs, or name nobody
        .filter(c -> !named || c.speaker() == null || Verifier.samePerson(speaker, c.speaker()))
        .sorted(Comparator.comparing(Candidate::meaning).reversed())
        .limit(NEAREST_WINDOWED)
        .forEach(nearest::add);
    return nearest;
  }

  /**
   * The stretches of a quote a claim may reword: each sentence and each two sentences in a row (a
   * quote and the next one of the same speaker come as one {@link Candidate#joined()} candidate).
   */
  static List<String> windows(Candidate c) {
    List<String> windows = new ArrayList<>();
    List<String> sentences = sentencesOf(c.text());
    if (sentences.size() > 1) {
      for (int i = 0; i < sentences.size(); i++) {
        windows.add(sentences.get(i));
        if (i + 1 < sentences.size()) {
          windows.add(sentences.get(i) + " " + sentences.get(i + 1));
        }
      }
    }
    return windows;
  }

  /** The sentences of {@code text} of three words or more, by {@link TextBoundaries}. */
  private static List<String> sentencesOf(String text) {
    int[] starts = TextBoundaries.of(text).sentenceStarts();
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      String sentence =
          text.substring(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length()).strip();
      if (WordDiff.words(sentence).size() >= 3) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }
}
