package dev.verbatim.bench;

import dev.verbatim.Article;
import dev.verbatim.Scope;
import dev.verbatim.SearchRequest;
import dev.verbatim.Verbatim;
import dev.verbatim.Watch;
import dev.verbatim.WatchRequest;
import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.analysis.VerbatimAnalyzer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches against arriving articles: the corpus's first articles are ingested in commits of {@value
 * #BATCH} into an index of {@value #PRELOAD} other articles holding 0, then each of the given
 * numbers of watches, and the throughput and each commit's time are compared. The watches are drawn
 * from other articles of the corpus (the ones after those ingested), mixed as a newsroom's would
 * be: exact phrases of two neighbouring content words (40 %), two content words within ten words
 * (25 %), a content word in the quotes of a speaker named in the article (20 %), and claims (15 %:
 * real quotes, half of them from the arriving articles, so that some are repeated). A content word
 * has five letters or more and is neither a stopword nor among the index's common words ({@link
 * VerbatimAnalyzer#COMMON_WORDS}): a watch on "said that" alerts on every article.
 */
final class WatchBench {
  private static final int BATCH = 100;
  private static final int PRELOAD = 2_000;
  private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");
  private static final Pattern SPEAKER = Pattern.compile("([A-Z][a-z]+ [A-Z][a-z]+) said");
  private static final Pattern QUOTE = Pattern.compile("“([^”]{40,200})”");

  private WatchBench() {}

  static Map<String, Object> run(
      Corpus corpus,
      int ingest,
      int[] counts,
      Path dir,
      Embedder embedder,
      long seed,
      PrintStream log)
      throws IOException {
    List<Article> all = new ArrayList<>();
    corpus.forEach(all::add);
    if (all.size() <= ingest) {
      throw new IllegalArgumentException(
          "the corpus needs more articles than are ingested, to draw watches from");
    }
    List<Article> arriving = all.subList(0, ingest);
    List<Article> sources = all.subList(ingest, all.size());
    // the index the watches are made on: articles already there, so that a watch is filed under
    // its rarest terms as it would be in a newsroom's index
    List<Article> before = sources.subList(0, Math.min(PRELOAD, sources.size()));
    int most = Arrays.stream(counts).max().orElse(0);
    List<WatchRequest> watches = watches(sources, arriving, most, new SplittableRandom(seed));
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("articles", ingest);
    report.put("batch", BATCH);
    report.put("vectors", embedder != null);
    List<Map<String, Object>> arms = new ArrayList<>();
    int[] withNone = new int[counts.length + 1];
    System.arraycopy(counts, 0, withNone, 1, counts.length);
    for (int n : withNone) {
      arms.add(arm(before, arriving, watches.subList(0, n), dir.resolve("w" + n), embedder, log));
    }
    report.put("arms", arms);
    return report;
  }

  private static Map<String, Object> arm(
      List<Article> before,
      List<Article> arriving,
      List<WatchRequest> watches,
      Path dir,
      Embedder embedder,
      PrintStream log)
      throws IOException {
    long[] commits = new long[(arriving.size() + BATCH - 1) / BATCH];
    long total = 0;
    long matches = 0;
    try (Verbatim verbatim = Verbatim.open(dir, embedder)) {
      for (int i = 0; i < before.size(); i += 1_000) {
        verbatim.addAndCommit(before.subList(i, Math.min(before.size(), i + 1_000)));
      }
      long made = System.nanoTime();
      List<Watch> added = watches.isEmpty() ? List.of() : verbatim.watches().addAll(watches);
      double addS = (System.nanoTime() - made) / 1e9;
      for (int i = 0, c = 0; i < arriving.size(); i += BATCH, c++) {
        List<Article> batch = arriving.subList(i, Math.min(arriving.size(), i + BATCH));
        long start = System.nanoTime();
        verbatim.addAndCommit(batch);
        commits[c] = System.nanoTime() - start;
        total += commits[c];
      }
      for (Watch w : added) {
        String cursor = null;
        do {
          var page = verbatim.watches().matches(w.id(), cursor, 100).orElseThrow();
          matches += page.matches().size();
          cursor = page.nextCursor();
        } while (cursor != null);
      }
      Arrays.sort(commits);
      Map<String, Object> arm = new LinkedHashMap<>();
      arm.put("watches", watches.size());
      arm.put("watches_added_s", addS);
      arm.put("ingest_s", total / 1e9);
      arm.put("articles_per_s", arriving.size() / (total / 1e9));
      arm.put("commit_p50_ms", commits[commits.length / 2] / 1e6);
      arm.put("commit_p99_ms", commits[(int) Math.ceil(commits.length * 0.99) - 1] / 1e6);
      arm.put("matches", matches);
      log.printf(
          Locale.ROOT,
          "watches %,6d: %.1f articles/s, commit p50 %.0f ms p99 %.0f ms, %,d matches%n",
          watches.size(),
          arriving.size() / (total / 1e9),
          commits[commits.length / 2] / 1e6,
          commits[(int) Math.ceil(commits.length * 0.99) - 1] / 1e6,
          matches);
      return arm;
    }
  }

  /** {@code n} watches in the mix of the class note, drawn reproducibly. */
  static List<WatchRequest> watches(
      List<Article> sources, List<Article> arriving, int n, SplittableRandom random) {
    List<WatchRequest> watches = new ArrayList<>(n);
    while (watches.size() < n) {
      Article a = sources.get(random.nextInt(sources.size()));
      int kind = random.nextInt(100);
      WatchRequest w;
      if (kind < 40) {
        w = phrase(a, random);
      } else if (kind < 65) {
        w = proximity(a, random);
      } else if (kind < 85) {
        w = speakerQuotes(a, random);
      } else {
        // a claim from an arriving article half the time: some claims are repeated
        w = claim(random.nextBoolean() ? arriving.get(random.nextInt(arriving.size())) : a, random);
      }
      if (w != null) {
        watches.add(w);
      }
    }
    return watches;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (isContent(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }

  private static boolean isContent(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.length() >= 5
        && !VerbatimAnalyzer.STOPWORDS.contains(lower)
        && !VerbatimAnalyzer.COMMON_WORDS.contains(lower);
  }

  private static WatchRequest phrase(Article a, SplittableRandom random) {
    String[] tokens = a.text().split("\\s+");
    if (tokens.length < 3) {
      return null;
    }
    int i = random.nextInt(tokens.length - 1);
    String first = tokens[i].replaceAll("[^\\p{L}]", "");
    String second = tokens[i + 1].replaceAll("[^\\p{L}]", "");
    if (!isContent(first) || !isContent(second)) {
      return null;
    }
    return search("\"" + first + " " + second + "\"", Scope.ARTICLES, List.of());
  }

  private static WatchRequest proximity(Article a, SplittableRandom random) {
    List<String> words = words(a.text());
    if (words.size() < 20) {
      return null;
    }
    int i = random.nextInt(words.size() - 10);
    return search(
        words.get(i) + " w/10 " + words.get(i + 1 + random.nextInt(3)), Scope.ARTICLES, List.of());
  }

  private static WatchRequest speakerQuotes(Article a, SplittableRandom random) {
    Matcher m = SPEAKER.matcher(a.text());
    List<String> speakers = new ArrayList<>();
    while (m.find()) {
      speakers.add(m.group(1));
    }
    List<String> words = words(a.text());
    if (speakers.isEmpty() || words.isEmpty()) {
      return null;
    }
    return search(
        words.get(random.nextInt(words.size())),
        Scope.QUOTES,
        List.of(speakers.get(random.nextInt(speakers.size()))));
  }

  private static WatchRequest claim(Article a, SplittableRandom random) {
    Matcher m = QUOTE.matcher(a.text());
    List<String> quotes = new ArrayList<>();
    while (m.find()) {
      quotes.add(m.group(1));
    }
    return quotes.isEmpty()
        ? null
        : WatchRequest.claim(quotes.get(random.nextInt(quotes.size())), null);
  }

  private static WatchRequest search(String query, Scope scope, List<String> speakers) {
    return WatchRequest.search(SearchRequest.builder(query).speakers(speakers).build(), scope);
  }
}
