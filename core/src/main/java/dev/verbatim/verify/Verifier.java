package dev.verbatim.verify;

import static dev.verbatim.Snippet.Kind.CUE;

import dev.verbatim.Snippet;
import dev.verbatim.verify.Verification.Match;
import dev.verbatim.verify.Verification.Verdict;
import dev.verbatim.verify.WordDiff.Op;
import dev.verbatim.verify.WordDiff.Run;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 *       (a long quote that happens to hold the words is not a paraphrase);
 *   <li>{@code not_found}: otherwise.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class Verifier {
  static final double CLOSE_SHARED = 0.7;
  static final double CLOSE_CHANGED = 0.34;
  static final double PARAPHRASE_STEMS = 0.75;
  static final double PARAPHRASE_DICE = 0.5;

  /** A verifier; it keeps no state between claims. */
  public Verifier() {}

  private static final int MAX_MATCHES = 10;
  private static final int MAX_NEAREST = 3;
  private static final Set<String> STOPWORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
          "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
          "these", "they", "this", "to", "was", "will", "with", "i", "he", "she", "we", "you",
          "have", "has", "had", "me", "my", "his", "her");

  /**
   * Verifies {@code claim}.
   *
   * @param speaker who the claim is attributed to, or null
   * @param candidates quotes from the index that may match
   * @param articleText the text of an article by id, for context; may return null
   */
  public Verification verify(
      String claim,
      String speaker,
      List<Candidate> candidates,
      Function<String, String> articleText) {
    List<String> claimWords = WordDiff.words(claim);
    if (claimWords.isEmpty()) {
      throw new IllegalArgumentException("the claim has no words");
    }
    Set<String> claimStems = stems(claimWords);
    List<Match> matches = new ArrayList<>();
    for (Candidate c : candidates) {
      List<Run> aligned = WordDiff.aligned(WordDiff.diff(claimWords, WordDiff.words(c.text())));
      int shared = WordDiff.count(aligned, Op.EQUAL);
      int changed = WordDiff.count(aligned, Op.INSERT) + WordDiff.count(aligned, Op.DELETE);
      double similarity =
          2.0 * shared / (claimWords.size() + shared + WordDiff.count(aligned, Op.INSERT));
      Verdict verdict = verdict(claimWords.size(), shared, changed, claimStems, c.text());
      matches.add(
          new Match(
              verdict,
              c.text(),
              c.speaker(),
              c.source(),
              c.date(),
              c.article(),
              Math.round(similarity * 1000) / 1000.0,
              aligned.isEmpty()
                  ? List.of(new Run(Op.DELETE, String.join(" ", claimWords)))
                  : aligned,
              context(c, articleText.apply(c.article()))));
    }
    matches.sort(
        Comparator.comparing(Match::verdict)
            .thenComparing(Comparator.comparingDouble(Match::similarity).reversed())
            .thenComparing(m -> m.date() == null ? LocalDate.MAX : m.date())
            .thenComparing(Match::article));
    Verdict best = matches.isEmpty() ? Verdict.NOT_FOUND : matches.getFirst().verdict();
    // found: the matches only; not found: the nearest quotes, as such
    List<Match> shown =
        best == Verdict.NOT_FOUND
            ? matches.subList(0, Math.min(matches.size(), MAX_NEAREST))
            : matches.stream()
                .filter(m -> m.verdict() != Verdict.NOT_FOUND)
                .limit(MAX_MATCHES)
                .toList();
    Boolean agrees = null;
    if (speaker != null && !speaker.isBlank() && best != Verdict.NOT_FOUND) {
      agrees =
          matches.stream()
              .filter(m -> m.verdict() == best)
              .anyMatch(m -> samePerson(speaker, m.speaker()));
    }
    return new Verification(best, agrees, shown, variants(matches));
  }

  private static Verdict verdict(
      int claim, int shared, int changed, Set<String> claimStems, String quote) {
    if (changed == 0 && shared == claim) {
      return Verdict.EXACT;
    }
    if (shared >= CLOSE_SHARED * claim && changed <= Math.max(2, CLOSE_CHANGED * claim)) {
      return Verdict.CLOSE;
    }
    if (!claimStems.isEmpty()) {
      Set<String> quoteStems = stems(WordDiff.words(quote));
      long common = claimStems.stream().filter(quoteStems::contains).count();
      // most of the claim's content words, and not lost in a much longer quote
      double dice = 2.0 * common / (claimStems.size() + quoteStems.size());
      if (common >= PARAPHRASE_STEMS * claimStems.size() && dice >= PARAPHRASE_DICE) {
        return Verdict.PARAPHRASE;
      }
    }
    return Verdict.NOT_FOUND;
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
    Match first = same.getFirst();
    return List.of(
        new Verification.VariantGroup(
            new Verification.Earliest(first.source(), first.date()), wordings));
  }

  private static boolean samePerson(String asked, String attested) {
    return dev.verbatim.quote.Speakers.samePerson(asked, attested);
  }

  private static Set<String> stems(List<String> words) {
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
    int[] paragraphs = dev.verbatim.internal.analysis.TextBoundaries.of(text).paragraphStarts();
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
