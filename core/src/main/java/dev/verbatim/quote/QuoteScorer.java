package dev.verbatim.quote;

import dev.verbatim.text.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Scores extracted quotes against hand-checked ones.
 *
 * <p>A predicted quote matches a gold quote of the same article when their spans overlap by at
 * least 80% of the longer span; each gold and each predicted quote matches at most once (greedy, in
 * text order). Speaker accuracy is counted over matched pairs whose gold quote is speech with a
 * named speaker.
 */
public final class QuoteScorer {
  /** The overlap, as a share of the longer span, that makes two spans the same quote. */
  public static final double MIN_OVERLAP = 0.8;

  /**
   * A hand-checked quote.
   *
   * @param article the article's id
   * @param speaker the gold speaker, or null when the article names none
   * @param speech whether the gold kind is speech (not a term)
   */
  public record Gold(
      String article, int start, int end, String text, String speaker, boolean speech) {}

  /** One disagreement, for the error report. */
  public record Miss(
      String article, int start, int end, String text, String expected, String got) {}

  /**
   * The figures.
   *
   * @param missed gold quotes no prediction matched
   * @param spurious predictions that matched no gold quote
   * @param wrongSpeaker matched speech quotes whose speaker disagrees
   * @param byRule speaker accuracy per attribution rule ("null" for quotes no rule attributed), in
   *     rule order
   */
  public record Scores(
      int gold,
      int predicted,
      int matched,
      double precision,
      double recall,
      double f1,
      int speakerScored,
      int speakerCorrect,
      double speakerAccuracy,
      List<Miss> missed,
      List<Miss> spurious,
      List<Miss> wrongSpeaker,
      List<RuleScore> byRule) {}

  /** How often one attribution rule named the gold speaker. */
  public record RuleScore(String rule, int scored, int correct) {
    /** correct / scored, 0 when nothing was scored. */
    public double accuracy() {
      return scored == 0 ? 0 : (double) correct / scored;
    }
  }

  private QuoteScorer() {}

  /**
   * Scores {@code predicted} against {@code gold}, article by article.
   *
   * @param speakerMatches whether a predicted speaker (possibly null) agrees with a gold one
   */
  public static Scores score(
      Map<String, List<Gold>> gold,
      Map<String, List<Quote>> predicted,
      BiPredicate<String, String> speakerMatches) {
    Tally tally = new Tally(speakerMatches);
    for (var entry : gold.entrySet()) {
      tally.article(
          entry.getKey(), entry.getValue(), predicted.getOrDefault(entry.getKey(), List.of()));
    }
    for (var entry : predicted.entrySet()) {
      if (!gold.containsKey(entry.getKey())) {
        tally.article(entry.getKey(), List.of(), entry.getValue());
      }
    }
    return tally.scores();
  }

  /** The counts and the misses, article by article. */
  private static final class Tally {
    final BiPredicate<String, String> speakerMatches;
    int goldCount;
    int predictedCount;
    int matched;
    int speakerScored;
    int speakerCorrect;
    final List<Miss> missed = new ArrayList<>();
    final List<Miss> spurious = new ArrayList<>();
    final List<Miss> wrongSpeaker = new ArrayList<>();
    final Map<String, int[]> rules = new TreeMap<>();

    Tally(BiPredicate<String, String> speakerMatches) {
      this.speakerMatches = speakerMatches;
    }

    /**
     * One article: each gold quote matched to the first unused prediction it overlaps, the speaker
     * of a matched speech quote compared; predictions left unmatched are spurious.
     */
    void article(String article, List<Gold> golds, List<Quote> preds) {
      goldCount += golds.size();
      predictedCount += preds.size();
      boolean[] used = new boolean[preds.size()];
      for (Gold g : golds) {
        int match = -1;
        for (int i = 0; i < preds.size(); i++) {
          if (!used[i] && overlaps(g.start(), g.end(), preds.get(i).start(), preds.get(i).end())) {
            match = i;
            break;
          }
        }
        if (match < 0) {
          missed.add(new Miss(article, g.start(), g.end(), g.text(), g.speaker(), null));
          continue;
        }
        used[match] = true;
        matched++;
        if (g.speech() && g.speaker() != null) {
          speaker(article, g, preds.get(match));
        }
      }
      for (int i = 0; i < preds.size(); i++) {
        if (!used[i]) {
          Quote p = preds.get(i);
          spurious.add(new Miss(article, p.start(), p.end(), p.text(), null, p.speaker()));
        }
      }
    }

    private void speaker(String article, Gold g, Quote p) {
      speakerScored++;
      int[] rule = rules.computeIfAbsent(String.valueOf(p.rule()), r -> new int[2]);
      rule[0]++;
      if (speakerMatches.test(p.speaker(), g.speaker())) {
        speakerCorrect++;
        rule[1]++;
      } else {
        wrongSpeaker.add(new Miss(article, g.start(), g.end(), g.text(), g.speaker(), p.speaker()));
      }
    }

    Scores scores() {
      double precision = predictedCount == 0 ? 0 : (double) matched / predictedCount;
      double recall = goldCount == 0 ? 0 : (double) matched / goldCount;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      double accuracy = speakerScored == 0 ? 0 : (double) speakerCorrect / speakerScored;
      return new Scores(
          goldCount,
          predictedCount,
          matched,
          precision,
          recall,
          f1,
          speakerScored,
          speakerCorrect,
          accuracy,
          missed,
          spurious,
          wrongSpeaker,
          rules.entrySet().stream()
              .map(e -> new RuleScore(e.getKey(), e.getValue()[0], e.getValue()[1]))
              .toList());
    }
  }

  /** Whether two spans overlap by at least {@link #MIN_OVERLAP} of the longer one. */
  public static boolean overlaps(int start1, int end1, int start2, int end2) {
    int overlap = Math.min(end1, end2) - Math.max(start1, start2);
    int longer = Math.max(end1 - start1, end2 - start2);
    return overlap > 0 && overlap >= MIN_OVERLAP * longer;
  }

  /** Exact names, ignoring case and accents: "Zelenskyy" ≠ "Zelensky", "José" = "jose". */
  public static boolean sameName(String predicted, String gold) {
    return predicted != null && fold(predicted).equals(fold(gold));
  }

  /** Lower case without accents or surrounding space. */
  public static String fold(String name) {
    return Folding.caseAndAccents(name.strip());
  }
}
