package dev.verbatim.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (Zyte's {@code evaluate.py}): per page, both bodies cut
 * into words ({@code \w+}) and 4-word shingles, matched by count; the page's true positives, false
 * positives and false negatives divided by their sum; precision and recall averaged over the pages
 * where they are defined; F1 from the two averages.
 */
public final class ExtractionScorer {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  private ExtractionScorer() {}

  /** One page's normalised true positives, false positives and false negatives. */
  public record Counts(double tp, double fp, double fn) {}

  /** The scores over pages. */
  public record Scores(double precision, double recall, double f1, int pages) {}

  /** Compares one predicted body with the true one. */
  public static Counts compare(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  /** Precision, recall and F1 over pages. */
  public static Scores score(List<Counts> pages) {
    double precision = 0;
    int precisionPages = 0;
    double recall = 0;
    int recallPages = 0;
    for (Counts c : pages) {
      if (c.tp() + c.fp() > 0) {
        precision += c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fp());
        precisionPages++;
      }
      if (c.tp() + c.fn() > 0) {
        recall += c.fp() == 0 && c.fn() == 0 ? 1 : c.tp() / (c.tp() + c.fn());
        recallPages++;
      }
    }
    double pr = precisionPages == 0 ? 0 : precision / precisionPages;
    double rc = recallPages == 0 ? 0 : recall / recallPages;
    double f1 = pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc);
    return new Scores(pr, rc, f1, pages.size());
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      words.add(m.group());
    }
    Map<List<String>, Integer> shingles = new HashMap<>();
    for (int i = 0; i < Math.max(1, words.size() - SHINGLE + 1); i++) {
      List<String> shingle = words.subList(i, Math.min(words.size(), i + SHINGLE));
      if (!shingle.isEmpty()) {
        shingles.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return shingles;
  }
}
