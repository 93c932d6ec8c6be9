package dev.verbatim.bench;

import dev.verbatim.Article;
import dev.verbatim.CopyGroup;
import dev.verbatim.Verbatim;
import dev.verbatim.internal.copies.CopyDetector;
import dev.verbatim.internal.copies.CopyThreshold;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * Copy groups as the index grows: the corpus is indexed without vectors; at 10,000 articles and
 * every tenfold after (and at the end) the look an arriving article makes for its copies is timed
 * on probes against the committed index, and at the end the generator's injected copies (three in a
 * hundred, same text under another outlet) are checked against the groups.
 */
final class CopyBench {
  private static final int BATCH = 1_000;
  private static final int COMMIT_EVERY = 10_000;
  private static final int PROBES = 200;

  private CopyBench() {}

  static Map<String, Object> run(Corpus corpus, Path dir, long seed, PrintStream log)
      throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    List<Map<String, Object>> checkpoints = new ArrayList<>();
    List<Article> indexed = new ArrayList<>(); // kept for the probes: texts only matter
    long ingestNs = 0;
    int next = 10_000;
    try (Verbatim verbatim = Verbatim.open(dir, null)) {
      List<Article> batch = new ArrayList<>(BATCH);
      int count = 0;
      for (Article article : corpus) {
        batch.add(article);
        if (indexed.size() < 20_000 || count % 50 == 0) {
          indexed.add(article);
        }
        count++;
        if (batch.size() == BATCH || count == corpus.size()) {
          long start = System.nanoTime();
          verbatim.add(batch);
          boolean checkpoint = count >= next || count == corpus.size();
          if (count % COMMIT_EVERY == 0 || checkpoint) {
            verbatim.commit();
          }
          ingestNs += System.nanoTime() - start;
          batch.clear();
          if (checkpoint) {
            checkpoints.add(probe(dir, indexed, count, seed, log));
            next *= 10;
          }
        }
      }
      report.put("ingest_s", ingestNs / 1e9);
      report.put("checkpoints", checkpoints);
      report.put("injected_copies", injected(verbatim, corpus, log));
    }
    return report;
  }

  /**
   * Times {@link CopyDetector#look} for {@value #PROBES} probes on the committed index: half exact
   * copies of indexed articles (each must find its original), half two indexed articles' paragraphs
   * interleaved (sharing much with both, a copy of neither).
   */
  private static Map<String, Object> probe(
      Path dir, List<Article> indexed, int size, long seed, PrintStream log) throws IOException {
    CopyDetector detector = new CopyDetector(CopyThreshold.DEFAULT);
    SplittableRandom rng = new SplittableRandom(seed + size);
    long[] copyNs = new long[PROBES / 2];
    long[] mixedNs = new long[PROBES / 2];
    int found = 0;
    int falseMatches = 0;
    try (var directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (int warm = 0; warm < 50; warm++) {
        detector.look(searcher, "warm", indexed.get(rng.nextInt(indexed.size())).text());
      }
      for (int p = 0; p < PROBES / 2; p++) {
        Article original = indexed.get(rng.nextInt(indexed.size()));
        long start = System.nanoTime();
        var look = detector.look(searcher, "probe-copy-" + p, original.text());
        copyNs[p] = System.nanoTime() - start;
        if (look.seen().stream().anyMatch(m -> m.id().equals(original.id()))) {
          found++;
        }
        Article a = indexed.get(rng.nextInt(indexed.size()));
        Article b = indexed.get(rng.nextInt(indexed.size()));
        String mixed = interleave(a.text(), b.text());
        start = System.nanoTime();
        var mixedLook = detector.look(searcher, "probe-mixed-" + p, mixed);
        mixedNs[p] = System.nanoTime() - start;
        if (!mixedLook.seen().isEmpty() && !a.id().equals(b.id())) {
          falseMatches++;
        }
      }
      Map<String, Object> checkpoint = new LinkedHashMap<>();
      checkpoint.put("articles", size);
      checkpoint.put("segments", reader.leaves().size());
      checkpoint.put("copy_look_ms_p50", percentile(copyNs, 50));
      checkpoint.put("copy_look_ms_p90", percentile(copyNs, 90));
      checkpoint.put("mixed_look_ms_p50", percentile(mixedNs, 50));
      checkpoint.put("mixed_look_ms_p90", percentile(mixedNs, 90));
      checkpoint.put("copies_found", found + "/" + PROBES / 2);
      checkpoint.put("mixed_matched", falseMatches + "/" + PROBES / 2);
      log.printf(Locale.ROOT, "copies at %,d articles: %s%n", size, checkpoint);
      return checkpoint;
    }
  }

  private static String interleave(String a, String b) {
    String[] pa = a.split("\n\n");
    String[] pb = b.split("\n\n");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
      if (i < pa.length && i % 2 == 0) {
        out.append(pa[i]).append("\n\n");
      }
      if (i < pb.length && i % 2 == 1) {
        out.append(pb[i]).append("\n\n");
      }
    }
    return out.toString();
  }

  private static double percentile(long[] ns, int p) {
    long[] sorted = ns.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
  }

  /**
   * How many of the generator's injected copies share their original's group (a copy whose chosen
   * original is itself a copy carries a text never indexed, and is left out).
   */
  private static Map<String, Object> injected(Verbatim verbatim, Corpus corpus, PrintStream log)
      throws IOException {
    int copies = 0;
    int uncopied = 0;
    int grouped = 0;
    List<String> missed = new ArrayList<>();
    int i = 0;
    for (Article article : corpus) {
      int origin = corpus.copyOf(i++);
      if (origin < 0) {
        continue;
      }
      if (corpus.copyOf(origin) >= 0) {
        // the generator copies the text origin would have had as an original, which was never
        // indexed (origin is itself a copy of another): nothing to be grouped with
        uncopied++;
        continue;
      }
      copies++;
      String originId = Generator.id(origin);
      boolean together =
          verbatim.articles().copiesOf(article.id()).stream()
              .flatMap(g -> g.members().stream())
              .map(CopyGroup.Member::article)
              .anyMatch(originId::equals);
      if (together) {
        grouped++;
      } else if (missed.size() < 10) {
        missed.add(article.id() + " of " + originId);
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("copies", copies);
    result.put("grouped_with_original", grouped);
    result.put("copies_of_copies_left_out", uncopied);
    result.put("missed_examples", missed);
    log.printf(
        Locale.ROOT, "injected copies: %d of %d grouped with their original%n", grouped, copies);
    return result;
  }
}
