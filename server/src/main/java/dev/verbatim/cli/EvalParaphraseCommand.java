package dev.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.Verbatim;
import dev.verbatim.http.Json;
import dev.verbatim.verify.Candidate;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.Verification.Verdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim eval-paraphrase}: verify by meaning against hand-written probes over an index.
 * Each probe is a JSON line: {@code {"kind": "rewording", "claim": …, "article": id}} (a claim that
 * rewords a quote of that article) or {@code {"kind": "unsaid", "claim": …}} (a claim nobody made).
 * For each meaning threshold it prints the recall of rewordings (found, exact, close or paraphrase,
 * with the reworded article's quote first) and the rate of claims nobody made that come out found.
 */
@Command(
    name = "eval-paraphrase",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Measure verify by meaning on probes over an index: rewordings of attested quotes (recall:"
          + " found, the reworded quote among the matches) and claims nobody made (false rate: found as"
          + " exact, close or paraphrase), at each meaning threshold."
    })
final class EvalParaphraseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "index folder")
  Path index;

  @Option(
      names = "--probes",
      required = true,
      paramLabel = "FILE",
      description = "probes, one JSON object per line")
  Path probes;

  @Option(
      names = "--thresholds",
      split = ",",
      defaultValue = "0.78,0.8,0.82,0.84,0.86,0.88",
      paramLabel = "T",
      description =
          "meaning thresholds to try (default ${DEFAULT-VALUE}); on an index without quote vectors"
              + " the verdicts are by words only, whatever the threshold")
  List<Double> thresholds;

  @Option(names = "--errors", description = "list the probes each threshold gets wrong")
  boolean errors;

  @Option(
      names = "--each",
      description =
          "list every probe: right or wrong, the reworded article's candidate rank, the verdict,"
              + " the first match's words and meaning scores and text (in JSON, a \"probes\" list"
              + " per threshold)")
  boolean each;

  @Option(names = "--json", description = "print the figures as JSON")
  boolean json;

  /** A quote's words as {@link #words} gives them, without the punctuation that closes it. */
  private static String quoteWords(String quote) {
    return words(quote.replaceAll("[,.;:!?]+$", ""));
  }

  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
  }

  private record Probe(String kind, String claim, String article, String speaker) {}

  /**
   * The kinds of the AllSides development probes: a paraphrase or close rewording is found when the
   * verdict is not {@code not_found} and the reworded article is among the first three matches; a
   * misattribution also needs the evidence to name someone else; {@code not_found} (a claim nobody
   * made) is right when nothing is found.
   */
  private static final List<String> DEV_KINDS =
      List.of("paraphrase", "close", "misattributed", "not_found");

  @Override
  public Integer call() throws Exception {
    List<Probe> all = readProbes();
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Verbatim verbatim = Verbatim.openReadOnly(index)) {
      Map<String, String> articleWords = articleWords(verbatim, all);
      IdentityHashMap<Probe, Integer> ranks = candidateRanks(verbatim, all);
      Map<String, Object> stage = candidateStage(ranks);
      if (!json && !ranks.isEmpty()) {
        out.printf(
            Locale.ROOT,
            "candidates: the reworded article among the first 10 for %s, the first 100 for %s%n",
            stage.get("at_10"),
            stage.get("at_100"));
      }
      for (double t : thresholds) {
        Tally tally = new Tally();
        for (Probe p : all) {
          long t0 = System.nanoTime();
          Verification v = verbatim.quotes().verify(p.claim(), p.speaker(), t);
          tally.took.add(System.nanoTime() - t0);
          tally.count(p, v, ranks.getOrDefault(p, -1), articleWords);
        }
        Map<String, Object> row = tally.row(t, stage);
        if (each) {
          row.put("probes", tally.each);
        }
        rows.add(row);
        if (!json) {
          tally.print(out, t);
          if (each) {
            tally.each.forEach(e -> out.println("  " + e.line()));
          } else if (errors) {
            tally.wrong.forEach(w -> out.println("  " + w));
          }
        }
      }
    }
    if (json) {
      out.println(Json.mapper().writeValueAsString(rows));
    }
    out.flush();
    return 0;
  }

  private List<Probe> readProbes() throws IOException {
    List<Probe> all = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(probes, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.mapper().readTree(line);
        all.add(
            new Probe(
                n.path("kind").asText(),
                n.path("claim").asText(),
                n.hasNonNull("article") ? n.get("article").asText() : null,
                n.hasNonNull("speaker") ? n.get("speaker").asText() : null));
      }
    }
    return all;
  }

  /** Each reworded article's words, read once for every threshold. */
  private static Map<String, String> articleWords(Verbatim verbatim, List<Probe> all)
      throws IOException {
    Map<String, String> articleWords = new HashMap<>();
    for (Probe p : all) {
      if (p.article() != null && !articleWords.containsKey(p.article())) {
        articleWords.put(
            p.article(), verbatim.articles().get(p.article()).map(a -> words(a.text())).orElse(""));
      }
    }
    return articleWords;
  }

  /**
   * The candidate stage, whatever the threshold: the rank of the reworded article's first quote
   * among verify's candidates (-1 when absent), for the probes that reword an article.
   */
  private static IdentityHashMap<Probe, Integer> candidateRanks(Verbatim verbatim, List<Probe> all)
      throws IOException {
    IdentityHashMap<Probe, Integer> ranks = new IdentityHashMap<>();
    for (Probe p : all) {
      if (p.article() != null) {
        List<Candidate> candidates = verbatim.quotes().candidates(p.claim());
        int rank = -1;
        for (int i = 0; i < candidates.size(); i++) {
          if (candidates.get(i).article().equals(p.article())) {
            rank = i + 1;
            break;
          }
        }
        ranks.put(p, rank);
      }
    }
    return ranks;
  }

  /** What one threshold got right and wrong, kind by kind, and how long each verify took. */
  private static final class Tally {
    final Map<String, int[]> byKind = new LinkedHashMap<>();
    final List<String> wrong = new ArrayList<>();
    final List<ProbeOutcome> each = new ArrayList<>();
    final List<Long> took = new ArrayList<>();
    int rewordings;
    int recalled;
    int recalledAnywhere;
    int unsaid;
    int falseFound;

    void count(Probe p, Verification v, int rank, Map<String, String> articleWords) {
      boolean right = tallyKind(p, v, rank, articleWords);
      each.add(
          ProbeOutcome.of(
              p.kind(), p.claim(), p.speaker(), p.article() == null ? null : rank, v, right));
    }

    /** Counts the probe under its kind, listing it when wrong; whether it is right. */
    private boolean tallyKind(Probe p, Verification v, int rank, Map<String, String> articleWords) {
      boolean found = v.verdict() != Verdict.NOT_FOUND;
      if (DEV_KINDS.contains(p.kind())) {
        boolean right = devProbeRight(p, v);
        int[] counts = byKind.computeIfAbsent(p.kind(), x -> new int[2]);
        counts[0] += right ? 1 : 0;
        counts[1]++;
        if (!right) {
          wrong.add(
              p.kind() + " (candidate rank " + rank + "): " + p.claim() + " → " + describe(v));
        }
        return right;
      }
      if (p.kind().equals("rewording")) {
        rewordings++;
        boolean right =
            found && !v.matches().isEmpty() && p.article().equals(v.matches().getFirst().article());
        // the same quote first, in another article that carries its words (a syndicated copy,
        // or a generated article made of real sentences)
        boolean sameWords =
            right
                || (found
                    && !v.matches().isEmpty()
                    && articleWords
                        .get(p.article())
                        .contains(quoteWords(v.matches().getFirst().text())));
        recalledAnywhere += sameWords ? 1 : 0;
        if (right) {
          recalled++;
        } else {
          wrong.add("missed: " + p.claim() + " → " + describe(v));
        }
        return right;
      }
      unsaid++;
      if (found) {
        falseFound++;
        wrong.add("false: " + p.claim() + " → " + describe(v));
      }
      return !found;
    }

    double percentile(double share) {
      if (took.isEmpty()) {
        return 0;
      }
      List<Long> sorted = took.stream().sorted().toList();
      int at = share == 0.5 ? sorted.size() / 2 : (int) Math.ceil(sorted.size() * share) - 1;
      return sorted.get(at) / 1e6;
    }

    Map<String, Object> row(double t, Map<String, Object> stage) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("threshold", t);
      row.put("rewordings", rewordings);
      row.put("recall", rewordings == 0 ? 0 : (double) recalled / rewordings);
      row.put("recall_same_words", rewordings == 0 ? 0 : (double) recalledAnywhere / rewordings);
      row.put("unsaid", unsaid);
      row.put("false_found", unsaid == 0 ? 0 : (double) falseFound / unsaid);
      row.put("p50_ms", percentile(0.5));
      row.put("p99_ms", percentile(0.99));
      Map<String, Object> kinds = new LinkedHashMap<>();
      byKind.forEach(
          (kind, c) ->
              kinds.put(kind, Map.of("right", c[0], "of", c[1], "rate", (double) c[0] / c[1])));
      row.put("by_kind", kinds);
      row.put("candidates", stage);
      return row;
    }

    void print(PrintWriter out, double t) {
      if (!byKind.isEmpty()) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "threshold %.2f ", t));
        byKind.forEach(
            (kind, c) ->
                line.append(
                    String.format(
                        Locale.ROOT,
                        " %s %d of %d (%.3f)",
                        kind,
                        c[0],
                        c[1],
                        (double) c[0] / c[1])));
        line.append(
            String.format(
                Locale.ROOT,
                "  verify p50 %.1f ms, p99 %.1f ms",
                percentile(0.5),
                percentile(0.99)));
        out.println(line);
        return;
      }
      out.printf(
          Locale.ROOT,
          "threshold %.2f  recall %.3f (%d of %d; the same words in any article first: %.3f)"
              + "  false found %.3f (%d of %d)  verify p50 %.1f ms, p99 %.1f ms%n",
          t,
          (double) recalled / Math.max(1, rewordings),
          recalled,
          rewordings,
          (double) recalledAnywhere / Math.max(1, rewordings),
          (double) falseFound / Math.max(1, unsaid),
          falseFound,
          unsaid,
          percentile(0.5),
          percentile(0.99));
    }
  }

  /** Whether a development probe's verification is what its kind calls right. */
  private static boolean devProbeRight(Probe p, Verification v) {
    if (p.kind().equals("not_found")) {
      return v.verdict() == Verdict.NOT_FOUND;
    }
    boolean found =
        v.verdict() != Verdict.NOT_FOUND
            && v.matches().stream().limit(3).anyMatch(m -> m.article().equals(p.article()));
    if (p.kind().equals("misattributed")) {
      return found && v.speakerEvidence() == Verification.SpeakerEvidence.OTHER_SPEAKER;
    }
    return found;
  }

  /** How many reworded articles the candidate stage reaches within 10 and within 100. */
  private static Map<String, Object> candidateStage(IdentityHashMap<Probe, Integer> ranks) {
    long at10 = ranks.values().stream().filter(r -> r > 0 && r <= 10).count();
    long at100 = ranks.values().stream().filter(r -> r > 0 && r <= 100).count();
    Map<String, Object> stage = new LinkedHashMap<>();
    stage.put("probes", ranks.size());
    stage.put("at_10", at10 + " of " + ranks.size());
    stage.put("at_100", at100 + " of " + ranks.size());
    stage.put("recall_at_10", ranks.isEmpty() ? 0 : (double) at10 / ranks.size());
    stage.put("recall_at_100", ranks.isEmpty() ? 0 : (double) at100 / ranks.size());
    return stage;
  }

  private static String describe(Verification v) {
    if (v.matches().isEmpty()) {
      return v.verdict().toString();
    }
    var m = v.matches().getFirst();
    return String.format(
        Locale.ROOT,
        "%s %s words %.2f meaning %s: %.80s",
        v.verdict(),
        m.article(),
        m.similarity(),
        m.meaning(),
        m.text());
  }
}
