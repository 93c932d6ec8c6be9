package dev.verbatim.verify;

import static dev.verbatim.Snippet.Kind.CUE;

import dev.verbatim.Snippet;
import dev.verbatim.embed.Embedder;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
 *   <li>{@code close}: e ≥ {@value #CLOSE_SHARED} · c and d + i ≤ max(2, {@value #CLOSE_CHANGED} ·
 *       c): "I have only spoken to Putin once" for "I have spoken to Putin only once" (one word
 *       moved: e = 6 of 7, d + i = 2);
 *   <li>{@code paraphrase}: at least {@value #PARAPHRASE_STEMS} of the claim's content-word stems
 *       are in the quote, and the stem sets' Dice coefficient is at least {@value #PARAPHRASE_DICE}
 *       (a long quote that happens to hold the words is not a paraphrase); or, when meaning is
 *       compared, the cosine of the claim's and the quote's embeddings is at least the model's
 *       {@link dev.verbatim.embed.Embedder.Thresholds#paraphrase() paraphrase threshold} (chosen on
 *       the probes of docs/verify.md);
 *   <li>{@code not_found}: otherwise.
 * </ul>
 *
 * <p>When meaning is compared, a {@code close} or {@code paraphrase} by words also needs a cosine
 * of at least the model's {@link dev.verbatim.embed.Embedder.Thresholds#related() related
 * threshold}: the same words in a quote about something else are not the claim. A claim that
 * contradicts the quote is never {@code close} or {@code paraphrase}: one of the two negates and
 * the other does not ("not", "never", "no", "n't", …), or the claim has a number (digits, number
 * words, "once", "twice") that the quote does not.
 *
 * <p>Thread-safe.
 */
public final class Verifier {
  static final double CLOSE_SHARED = 0.7;
  static final double CLOSE_CHANGED = 0.34;
  static final double PARAPHRASE_STEMS = 0.75;
  static final double PARAPHRASE_DICE = 0.5;

  private final double meaningThreshold;
  private final double meaningFloor;
  private final double meaningMargin;

  /** A verifier that compares words only; it keeps no state between claims. */
  public Verifier() {
    this(new Embedder.Thresholds(Double.NaN, Double.NaN, 0));
  }

  /**
   * A verifier that compares meaning too, by the thresholds of the model that made the vectors
   * ({@link Embedder#thresholds()}).
   */
  public Verifier(Embedder.Thresholds thresholds) {
    this.meaningThreshold = thresholds.paraphrase();
    this.meaningFloor = thresholds.related();
    this.meaningMargin = thresholds.margin();
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
   *     only; used on the stretches of the nearest quotes (see {@link #windows})
   */
  public Verification verify(
      String claim,
      String speaker,
      List<Candidate> candidates,
      Function<String, String> articleText,
      java.util.function.ToDoubleFunction<String> meaning) {
    boolean byMeaning = meaning != null;
    Set<Candidate> nearest = new HashSet<>();
    if (byMeaning) {
      candidates.stream()
          .filter(c -> c.meaning() != null)
          .sorted(Comparator.comparing(Candidate::meaning).reversed())
          .limit(NEAREST_WINDOWED)
          .forEach(nearest::add);
    }
    double crowd = byMeaning ? crowd(candidates) : Double.NaN;
    List<String> claimWords = WordDiff.words(claim);
    if (claimWords.isEmpty()) {
      throw new IllegalArgumentException("the claim has no words");
    }
    Set<String> claimStems = stems(claimWords);
    List<Match> matches = new ArrayList<>();
    IdentityHashMap<Match, Candidate> spans = new IdentityHashMap<>();
    for (Candidate c : candidates) {
      List<String> quoteWords = WordDiff.words(c.text());
      int[] sentences = WordDiff.sentences(c.text());
      List<Run> full = WordDiff.diff(claimWords, quoteWords);
      List<Run> aligned = WordDiff.aligned(full);
      int shared = WordDiff.count(aligned, Op.EQUAL);
      int changed = WordDiff.count(aligned, Op.INSERT) + WordDiff.count(aligned, Op.DELETE);
      double similarity =
          2.0 * shared / (claimWords.size() + shared + WordDiff.count(aligned, Op.INSERT));
      Verdict verdict = verdict(claimWords.size(), shared, changed, claimStems, quoteWords);
      String why =
          switch (verdict) {
            case EXACT -> Reasons.exact(claimWords.size(), quoteWords.size());
            case CLOSE -> Reasons.close(aligned);
            case PARAPHRASE ->
                Reasons.paraphraseByWords(sharedStems(claimStems, quoteWords), claimStems.size());
            case NOT_FOUND -> null;
          };
      Double cosine = c.meaning();
      if (byMeaning
          && cosine == null
          && c.joined()
          && (verdict != Verdict.NOT_FOUND || hasPartIn(c, nearest))) {
        // a passage of two quotes has no stored vector: it is embedded where its words make it a
        // match whose meaning must be confirmed, or where one of its quotes is among the nearest
        // in meaning
        cosine = meaning.applyAsDouble(c.text());
      }
      if (byMeaning && cosine != null) {
        if (verdict != Verdict.NOT_FOUND && verdict != Verdict.EXACT) {
          // the claim against the sentences it shares words with, not the whole quote, where the
          // whole quote's meaning is not near enough already
          double needed = verdict == Verdict.PARAPHRASE ? meaningThreshold : meaningFloor;
          if (cosine < needed) {
            String covered = String.join(" ", stretch(full, quoteWords, sentences));
            cosine = Math.max(cosine, meaning.applyAsDouble(covered));
          }
        } else if (verdict == Verdict.NOT_FOUND && nearest.contains(c)) {
          for (String window : windows(c)) {
            cosine = Math.max(cosine, meaning.applyAsDouble(window));
          }
        }
        cosine = Math.round(cosine * 1000) / 1000.0;
      }
      if ((verdict == Verdict.NOT_FOUND) && cosine != null && cosine >= meaningThreshold) {
        boolean asked = speaker != null && !speaker.isBlank();
        // a quote near in meaning is evidence of what its own speaker said, not of what the
        // claim's speaker said: "X said something like it" rests on X's words; a quote that names
        // nobody must be nearer, since only its meaning ties it to the claim
        double needed = asked && c.speaker() == null ? unnamedThreshold() : meaningThreshold;
        if (asked && c.speaker() != null && !samePerson(speaker, c.speaker())) {
          why = Reasons.anotherSpeakersMeaning(cosine, c.speaker(), speaker);
        } else if (cosine < needed) {
          why = Reasons.unnamedMeaning(cosine, needed, speaker);
        } else if (cosine - crowd < meaningMargin) {
          // as near to many other quotes: the claim is on the topic, not a rewording of this one
          why = Reasons.notSingledOut(cosine, crowd, meaningMargin);
        } else {
          verdict = Verdict.PARAPHRASE;
          why = Reasons.paraphraseByMeaning(cosine, needed, shared, claimWords.size());
        }
      }
      double needed = verdict == Verdict.PARAPHRASE ? meaningThreshold : meaningFloor;
      if ((verdict == Verdict.CLOSE || verdict == Verdict.PARAPHRASE)
          && cosine != null
          && cosine < needed) {
        // the words are there, the meaning is not: a stretch of a quote about something else, or
        // the same words saying another thing ("let this tax hike hit the middle class")
        verdict = Verdict.NOT_FOUND;
        why = Reasons.meaningElsewhere(cosine, needed);
      }
      if ((verdict == Verdict.CLOSE || verdict == Verdict.PARAPHRASE)
          && asksWhatTheClaimStates(claim, claimStems, c.text())) {
        verdict = Verdict.NOT_FOUND;
        why = Reasons.onlyAsks();
      }
      if (verdict == Verdict.CLOSE || verdict == Verdict.PARAPHRASE) {
        int[] compared = stretchRange(full, quoteWords, sentences);
        var contradiction = Contradiction.between(claim, c.text(), compared[0], compared[1]);
        if (contradiction.isPresent()) {
          verdict = Verdict.NOT_FOUND;
          why = Reasons.contradicts(contradiction.get());
        }
      }
      if (why == null) {
        why = Reasons.tooFar(shared, claimWords.size(), cosine, meaningThreshold);
      }
      Match match =
          new Match(
              verdict,
              c.text(),
              c.speaker(),
              c.source(),
              c.date(),
              c.article(),
              Math.round(similarity * 1000) / 1000.0,
              cosine,
              aligned.isEmpty()
                  ? List.of(new Run(Op.DELETE, String.join(" ", claimWords)))
                  : aligned,
              why,
              context(c, articleText.apply(c.article())),
              c.copies());
      matches.add(match);
      spans.put(match, c);
    }
    matches.sort(
        Comparator.comparing(Match::verdict)
            .thenComparing(Comparator.comparingDouble(Verifier::closeness).reversed())
            // original reporting before a reprint of it, however the dates fall
            .thenComparing(Match::reprint)
            .thenComparing(m -> m.date() == null ? LocalDate.MAX : m.date())
            .thenComparing(Match::article));
    matches = oneEach(matches, spans);
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
        variants(matches),
        asked,
        byMeaning,
        Reasons.of(best, bestWhy, asked, evidence, onRecord));
  }

  /**
   * The attested words a claim's negation is compared with: the sentences of the quote from the
   * first to the last word it shares with the claim (a negation often sits before the words it
   * negates: "I don't think there's any action … that will have an immediate impact"; "No, it is
   * not. I have only spoken to Putin once" against "he only talked to Putin one time" is "I have
   * only spoken to Putin once …"). The whole quote when they share no word.
   */
  private static List<String> stretch(List<Run> diff, List<String> quoteWords, int[] sentence) {
    int[] range = stretchRange(diff, quoteWords, sentence);
    return quoteWords.subList(range[0], range[1] + 1);
  }

  /** {@link #stretch}'s first and last word, as indexes into the quote's words. */
  private static int[] stretchRange(List<Run> diff, List<String> quoteWords, int[] sentence) {
    int index = 0;
    int first = -1;
    int last = -1;
    for (Run r : diff) {
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
    while (from > 0 && sentence[from - 1] == sentence[first]) {
      from--;
    }
    int to = last;
    while (to < quoteWords.size() - 1 && sentence[to + 1] == sentence[last]) {
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
      Set<String> stems = stems(WordDiff.words(sentence));
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

  /** Whether one of {@code parts} is a quote of the passage {@code joined}. */
  private static boolean hasPartIn(Candidate joined, Set<Candidate> parts) {
    for (Candidate part : parts) {
      if (part.article().equals(joined.article())
          && part.start() >= joined.start()
          && part.end() <= joined.end()) {
        return true;
      }
    }
    return false;
  }

  /** Quotes nearest in meaning whose sentences and neighbours are compared one by one. */
  private static final int NEAREST_WINDOWED = 3;

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

  /** Within a verdict, the better of the word and the meaning similarity ranks first. */
  private static double closeness(Match m) {
    return Math.max(m.similarity(), m.meaning() == null ? 0 : m.meaning());
  }

  private static Verdict verdict(
      int claim, int shared, int changed, Set<String> claimStems, List<String> quoteWords) {
    if (changed == 0 && shared == claim) {
      return Verdict.EXACT;
    }
    if (shared >= CLOSE_SHARED * claim && changed <= Math.max(2, CLOSE_CHANGED * claim)) {
      return Verdict.CLOSE;
    }
    if (!claimStems.isEmpty()) {
      Set<String> quoteStems = stems(quoteWords);
      long common = claimStems.stream().filter(quoteStems::contains).count();
      // most of the claim's content words, and not lost in a much longer quote
      double dice = 2.0 * common / (claimStems.size() + quoteStems.size());
      if (common >= PARAPHRASE_STEMS * claimStems.size() && dice >= PARAPHRASE_DICE) {
        return Verdict.PARAPHRASE;
      }
    }
    return Verdict.NOT_FOUND;
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

  /** How many of the claim's content-word stems the quote has. */
  private static long sharedStems(Set<String> claimStems, List<String> quoteWords) {
    Set<String> quoteStems = stems(quoteWords);
    return claimStems.stream().filter(quoteStems::contains).count();
  }

  /** The exact and close matches as one utterance: its wordings, the earliest first. */
  private static List<Verification.VariantGroup> variants(List<Match> matches) {
    List<Match> same =
        matches.stream()
            .filter(m -> m.verdict() == Verdict.EXACT || m.verdict() == Verdict.CLOSE)
            .sorted(Comparator.comparing(m -> m.date() == null ? LocalDate.MAX : m.date()))
            .toList();
    if (same.isEmpty()) {
      return List.of();
    }
    Map<String, List<Match>> byWording = new LinkedHashMap<>();
    for (Match m : same) {
      String key =
          String.join(" ", WordDiff.words(m.text())).toLowerCase(Locale.ROOT).replace('’', '\'');
      byWording.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<Verification.Wording> wordings = new ArrayList<>();
    for (List<Match> group : byWording.values()) {
      List<String> sources = new ArrayList<>();
      for (Match m : group) {
        if (m.source() != null && !sources.contains(m.source())) {
          sources.add(m.source());
        }
      }
      wordings.add(new Verification.Wording(group.getFirst().text(), group.size(), sources));
    }
    // one report per story: a reprint counts as the outlet that printed its story first
    Map<String, Verification.Earliest> reports = new LinkedHashMap<>();
    for (Match m : same) {
      Verification.Earliest report = firstPrinting(m);
      String story = m.copies() == null ? "article:" + m.article() : m.copies().group();
      Verification.Earliest known = reports.get(story);
      if (known == null || earlier(report, known)) {
        reports.put(story, report);
      }
    }
    List<Verification.Earliest> independent =
        reports.values().stream()
            .sorted(Comparator.comparing(e -> e.date() == null ? LocalDate.MAX : e.date()))
            .toList();
    List<String> independentSources = new ArrayList<>();
    for (Verification.Earliest e : independent) {
      String name = e.source() == null ? "unknown outlet" : e.source();
      if (!independentSources.contains(name)) {
        independentSources.add(name);
      }
    }
    int outlets =
        (int)
            same.stream().map(Match::source).filter(java.util.Objects::nonNull).distinct().count();
    return List.of(
        new Verification.VariantGroup(
            independent.getFirst(), wordings, outlets, independentSources));
  }

  /** Who printed a match's story first: its copy group's original, else the match's own article. */
  private static Verification.Earliest firstPrinting(Match m) {
    if (m.copies() != null && m.copies().original() != null) {
      var original = m.copies().original();
      return new Verification.Earliest(original.source(), original.date());
    }
    return new Verification.Earliest(m.source(), m.date());
  }

  private static boolean earlier(Verification.Earliest a, Verification.Earliest b) {
    return a.date() != null && (b.date() == null || a.date().isBefore(b.date()));
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

  /**
   * The meaning score a quote that names no speaker needs to be a paraphrase of a claim that names
   * one: halfway from the model's paraphrase threshold to identical.
   */
  private double unnamedThreshold() {
    return (1 + meaningThreshold) / 2;
  }

  private static boolean samePerson(String asked, String attested) {
    return dev.verbatim.quote.Speakers.samePerson(asked, attested);
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
  private static Snippet context(Candidate c, String text) {
    if (text == null || c.end() > text.length() || c.start() < 0 || c.start() >= c.end()) {
      return null;
    }
    // the quote's paragraph, as the index and the snippets define paragraphs
    int[] paragraphs = TextBoundaries.of(text).paragraphStarts();
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
