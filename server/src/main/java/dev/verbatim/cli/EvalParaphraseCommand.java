package dev.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.Verbatim;
import dev.verbatim.http.Json;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.Verification.Verdict;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  @Option(names = "--json", description = "print the figures as JSON")
  boolean json;

  /** A quote's words as {@link #words} gives them, without the punctuation that closes it. */
  private static String quoteWords(String quote) {
    return words(quote.replaceAll("[,.;:!?]+$", ""));
  }

  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
  }

  private record Probe(String kind, String claim, String article) {}

  @Override
  public Integer call() throws Exception {
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
                n.hasNonNull("article") ? n.get("article").asText() : null));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Verbatim verbatim = Verbatim.openReadOnly(index)) {
      // each reworded article's words, read once for every threshold
      Map<String, String> articleWords = new java.util.HashMap<>();
      for (Probe p : all) {
        if (p.article() != null && !articleWords.containsKey(p.article())) {
          articleWords.put(
              p.article(), verbatim.get(p.article()).map(a -> words(a.text())).orElse(""));
        }
      }
      for (double t : thresholds) {
        int rewordings = 0;
        int recalled = 0;
        int recalledAnywhere = 0;
        int unsaid = 0;
        int falseFound = 0;
        List<String> wrong = new ArrayList<>();
        long[] took = new long[all.size()];
        for (int k = 0; k < all.size(); k++) {
          Probe p = all.get(k);
          long t0 = System.nanoTime();
          Verification v = verbatim.verify(p.claim(), null, t);
          took[k] = System.nanoTime() - t0;
          boolean found = v.verdict() != Verdict.NOT_FOUND;
          if (p.kind().equals("rewording")) {
            rewordings++;
            boolean right =
                found
                    && !v.matches().isEmpty()
                    && p.article().equals(v.matches().getFirst().article());
            // the same quote first, in another article that carries its words (a syndicated copy,
            // or a generated article made of real sentences)
            boolean sameWords =
                right
                    || (found
                        && !v.matches().isEmpty()
                        && articleWords
                            .get(p.article())
                            .contains(quoteWords(v.matches().getFirst().text())));
            if (sameWords) {
              recalledAnywhere++;
            }
            if (right) {
              recalled++;
            } else {
              wrong.add("missed: " + p.claim() + " → " + describe(v));
            }
          } else {
            unsaid++;
            if (found) {
              falseFound++;
              wrong.add("false: " + p.claim() + " → " + describe(v));
            }
          }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("threshold", t);
        row.put("rewordings", rewordings);
        row.put("recall", rewordings == 0 ? 0 : (double) recalled / rewordings);
        row.put("recall_same_words", rewordings == 0 ? 0 : (double) recalledAnywhere / rewordings);
        row.put("unsaid", unsaid);
        row.put("false_found", unsaid == 0 ? 0 : (double) falseFound / unsaid);
        java.util.Arrays.sort(took);
        double p50 = took.length == 0 ? 0 : took[took.length / 2] / 1e6;
        double p99 = took.length == 0 ? 0 : took[(int) Math.ceil(took.length * 0.99) - 1] / 1e6;
        row.put("p50_ms", p50);
        row.put("p99_ms", p99);
        rows.add(row);
        if (!json) {
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
              p50,
              p99);
          if (errors) {
            wrong.forEach(w -> out.println("  " + w));
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
