package dev.verbatim.cli;

import dev.verbatim.Verbatim;
import dev.verbatim.http.Json;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.Ingest;
import dev.verbatim.ingest.IngestRecord;
import dev.verbatim.quote.Quote;
import dev.verbatim.quote.QuoteExtractor;
import dev.verbatim.verify.Verification.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim eval-verify}: how the verdict thresholds behave on real quotes. Indexes the
 * articles in memory, samples speech quotes (seeded), and verifies probes made from them: the quote
 * itself, one word moved, one word dropped and one replaced, and a spliced quote nobody made.
 */
@Command(
    name = "eval-verify",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Measure the verify verdicts on real quotes: index PATH in memory, sample quotes of at least"
          + " --min-words words, and verify for each the quote itself (expect exact), one word"
          + " moved (expect close), one word dropped and one replaced (expect close), and a quote"
          + " nobody made, half of one quote and half of another (expect not_found). Prints the verdict counts per probe."
    })
final class EvalVerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--sample",
      defaultValue = "300",
      paramLabel = "N",
      description = "quotes to sample (default ${DEFAULT-VALUE})")
  int sample;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "S",
      description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--min-words",
      defaultValue = "8",
      paramLabel = "W",
      description = "shortest quote to sample (default ${DEFAULT-VALUE})")
  int minWords;

  @Option(names = "--json", description = "print the counts as JSON")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "articles, as `index` reads them")
  List<Path> paths;

  /** A sampled quote: its words and its article. */
  private record Sampled(String article, List<String> words) {}

  @Override
  public Integer call() throws Exception {
    Random random = new Random(seed);
    List<Sampled> quotes = new ArrayList<>();
    QuoteExtractor extractor = new QuoteExtractor();
    try (Verbatim verbatim = Verbatim.inMemory()) {
      Ingest.run(verbatim, paths, 10_000, (r, a) -> {});
      for (Path path : paths) {
        try (Stream<IngestRecord> records = ArticleReader.read(path)) {
          for (Iterator<IngestRecord> it = records.iterator(); it.hasNext(); ) {
            if (it.next() instanceof IngestRecord.Accepted a) {
              for (Quote q : extractor.extract(a.article().text())) {
                List<String> words = Arrays.asList(q.text().split("\\s+"));
                if (q.kind() == Quote.Kind.SPEECH && words.size() >= minWords) {
                  quotes.add(new Sampled(a.article().id(), words));
                }
              }
            }
          }
        }
      }
      if (quotes.size() < 2) {
        throw new IllegalArgumentException(
            "fewer than two quotes of " + minWords + "+ words to sample");
      }
      Map<String, Map<Verdict, Integer>> counts = new LinkedHashMap<>();
      for (String probe : List.of("exact", "moved", "edited", "spliced")) {
        counts.put(probe, new EnumMap<>(Verdict.class));
      }
      int n = Math.min(sample, quotes.size());
      for (int i = 0; i < n; i++) {
        Sampled q = quotes.get(random.nextInt(quotes.size()));
        Sampled other = q;
        while (other.article().equals(q.article())) {
          other = quotes.get(random.nextInt(quotes.size()));
        }
        count(counts, "exact", verbatim, String.join(" ", q.words()));
        count(counts, "moved", verbatim, moved(q.words(), random));
        count(counts, "edited", verbatim, edited(q.words(), other.words(), random));
        count(counts, "spliced", verbatim, spliced(q.words(), other.words()));
      }
      print(counts, n, quotes.size());
    }
    return 0;
  }

  /** One word taken out and put back elsewhere. */
  private static String moved(List<String> words, Random random) {
    List<String> w = new ArrayList<>(words);
    String word = w.remove(random.nextInt(w.size()));
    w.add(random.nextInt(w.size() + 1), word);
    return String.join(" ", w);
  }

  /** A quote nobody made: the first half of one quote and the second half of another. */
  private static String spliced(List<String> words, List<String> other) {
    List<String> w = new ArrayList<>(words.subList(0, words.size() / 2));
    w.addAll(other.subList(other.size() / 2, other.size()));
    return String.join(" ", w);
  }

  /** One word dropped and one replaced by a word of another quote. */
  private static String edited(List<String> words, List<String> other, Random random) {
    List<String> w = new ArrayList<>(words);
    w.remove(random.nextInt(w.size()));
    w.set(random.nextInt(w.size()), other.get(random.nextInt(other.size())));
    return String.join(" ", w);
  }

  private static void count(
      Map<String, Map<Verdict, Integer>> counts, String probe, Verbatim verbatim, String claim)
      throws IOException {
    Verdict v = verbatim.verify(claim, null).verdict();
    counts.get(probe).merge(v, 1, Integer::sum);
  }

  private void print(Map<String, Map<Verdict, Integer>> counts, int n, int pool) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("sampled", n);
      body.put("pool", pool);
      body.put("verdicts", counts);
      out.println(Json.mapper().writeValueAsString(body));
    } else {
      out.printf(
          Locale.ROOT, "%d probes of each kind from %d quotes of %d+ words%n", n, pool, minWords);
      for (var e : counts.entrySet()) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", e.getKey()));
        for (Verdict v : Verdict.values()) {
          line.append(
              String.format(
                  Locale.ROOT, " %s %5.1f%%", v, 100.0 * e.getValue().getOrDefault(v, 0) / n));
        }
        out.println(line);
      }
    }
    out.flush();
  }
}
