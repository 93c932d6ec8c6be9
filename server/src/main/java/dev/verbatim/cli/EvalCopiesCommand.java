package dev.verbatim.cli;

import dev.verbatim.Article;
import dev.verbatim.Verbatim;
import dev.verbatim.http.Json;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim eval-copies}: the copy groups of an index against an exact oracle. The oracle
 * finds, by brute force over shared word 5-shingles (an inverted list of every shingle, not
 * MinHash), every pair of the given articles whose shingle sets have Jaccard similarity at or above
 * the index's threshold; the index's groups are scored by the pairs they put together.
 */
@Command(
    name = "eval-copies",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Score an index's copy groups against an exact oracle: every pair of the articles in PATH"
          + " whose word 5-shingle Jaccard similarity is at least the index's copy threshold, found"
          + " by brute force. Prints the precision and recall of the pairs the groups put"
          + " together; articles the index does not hold are left out."
    })
final class EvalCopiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--errors", description = "list the pairs the groups get wrong")
  boolean errors;

  @Option(names = "--json", description = "print the figures as JSON")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "the indexed articles' files")
  List<Path> paths;

  /** Shingle hashes keep this many bits; the rest of the long holds the article's number. */
  private static final int SHINGLE_BITS = 40;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Verbatim verbatim = index.openForReading()) {
      double threshold = verbatim.articles().copyThreshold();
      Indexed indexed = read(verbatim);
      List<String> ids = indexed.ids();
      List<Pair> truth = oracle(indexed.shingles(), threshold);
      Map<String, List<Integer>> members = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        members.computeIfAbsent(indexed.groupOf().get(ids.get(i)), g -> new ArrayList<>()).add(i);
      }
      Set<Long> predicted = pairs(members.values());
      List<String> misses = misses(truth, predicted, ids);
      List<String> wrong = wrong(truth, predicted, indexed);
      int found = truth.size() - misses.size();
      double precision =
          predicted.isEmpty() ? 1 : (double) (predicted.size() - wrong.size()) / predicted.size();
      double recall = truth.isEmpty() ? 1 : (double) found / truth.size();
      if (json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("threshold", threshold);
        body.put("articles", ids.size());
        body.put("groups", members.size());
        body.put("oracle_pairs", truth.size());
        body.put("grouped_pairs", predicted.size());
        body.put("precision", precision);
        body.put("recall", recall);
        out.println(Json.mapper().writeValueAsString(body));
      } else {
        out.printf(
            Locale.ROOT,
            "threshold %.2f: %d articles, %d groups (%d with copies)%n",
            threshold,
            ids.size(),
            members.size(),
            members.values().stream().filter(g -> g.size() > 1).count());
        out.printf(
            Locale.ROOT,
            "oracle pairs %d, grouped pairs %d: precision %.4f, recall %.4f%n",
            truth.size(),
            predicted.size(),
            precision,
            recall);
        if (errors) {
          misses.forEach(out::println);
          wrong.forEach(out::println);
        }
      }
      out.flush();
      return 0;
    }
  }

  /** The articles of the paths that the index holds, each once: ids, shingles and copy groups. */
  private record Indexed(List<String> ids, List<long[]> shingles, Map<String, String> groupOf) {}

  private Indexed read(Verbatim verbatim) throws IOException {
    List<String> ids = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    Map<String, String> groupOf = new HashMap<>();
    for (Path path : paths) {
      try (var records = ArticleReader.read(path)) {
        for (IngestRecord record : (Iterable<IngestRecord>) records::iterator) {
          if (!(record instanceof IngestRecord.Accepted accepted)) {
            continue;
          }
          Article article = accepted.article();
          var group = verbatim.articles().copiesOf(article.id());
          if (group.isEmpty() || groupOf.containsKey(article.id())) {
            continue; // not in the index (replaced by a same-text article), or read twice
          }
          groupOf.put(article.id(), group.get().id());
          ids.add(article.id());
          shingles.add(shingles(article.text()));
        }
      }
    }
    return new Indexed(ids, shingles, groupOf);
  }

  /** Every pair of articles the groups put together. */
  private static Set<Long> pairs(Iterable<List<Integer>> groups) {
    Set<Long> pairs = new HashSet<>();
    for (List<Integer> group : groups) {
      for (int a = 0; a < group.size(); a++) {
        for (int b = a + 1; b < group.size(); b++) {
          pairs.add(key(group.get(a), group.get(b)));
        }
      }
    }
    return pairs;
  }

  /** The oracle's pairs the groups missed, as {@code --errors} lists them. */
  private static List<String> misses(List<Pair> truth, Set<Long> predicted, List<String> ids) {
    List<String> misses = new ArrayList<>();
    for (Pair p : truth) {
      if (!predicted.contains(key(p.a(), p.b()))) {
        misses.add(
            String.format(
                Locale.ROOT,
                "  missed %s %s %.3f",
                ids.get(p.a()),
                ids.get(p.b()),
                p.similarity()));
      }
    }
    return misses;
  }

  /** The grouped pairs the oracle does not hold, as {@code --errors} lists them. */
  private static List<String> wrong(List<Pair> truth, Set<Long> predicted, Indexed indexed) {
    Set<Long> truePairs = new HashSet<>();
    for (Pair p : truth) {
      truePairs.add(key(p.a(), p.b()));
    }
    List<String> wrong = new ArrayList<>();
    for (long pair : predicted) {
      if (!truePairs.contains(pair)) {
        int a = (int) (pair >>> 32);
        int b = (int) pair;
        wrong.add(
            String.format(
                Locale.ROOT,
                "  grouped %s %s %.3f",
                indexed.ids().get(a),
                indexed.ids().get(b),
                jaccard(indexed.shingles().get(a), indexed.shingles().get(b))));
      }
    }
    return wrong;
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private record Pair(int a, int b, double similarity) {}

  /**
   * The word 5-shingles of a text as sorted distinct hashes of {@value #SHINGLE_BITS} bits: words
   * are runs of letters and digits, lower-cased; each shingle is the five words joined by a space,
   * hashed with SHA-256's first bytes (its own code, apart from the index's).
   */
  static long[] shingles(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
              } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
              }
            });
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    int n = Math.max(0, words.size() - 4);
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      String shingle = String.join(" ", words.subList(i, i + 5));
      long h = 1125899906842597L;
      for (int k = 0; k < shingle.length(); k++) {
        h = 31 * h + shingle.charAt(k);
      }
      h ^= h >>> 29;
      h *= 0xbf58476d1ce4e5b9L;
      h ^= h >>> 32;
      hashes[i] = h >>> (64 - SHINGLE_BITS);
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  static double jaccard(long[] a, long[] b) {
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /**
   * Every pair at or above {@code threshold}: an inverted list of every shingle (one sorted array
   * of shingle-and-article longs), and for each article the shared-shingle count with every later
   * article that shares one.
   */
  private static List<Pair> oracle(List<long[]> shingles, double threshold) {
    int total = shingles.stream().mapToInt(s -> s.length).sum();
    long[] postings = new long[total];
    int at = 0;
    for (int doc = 0; doc < shingles.size(); doc++) {
      for (long s : shingles.get(doc)) {
        postings[at++] = (s << (64 - SHINGLE_BITS)) | doc;
      }
    }
    Arrays.sort(postings); // unsigned order is not needed: equal shingles sort together either way
    long docMask = (1L << (64 - SHINGLE_BITS)) - 1;
    int[] shared = new int[shingles.size()];
    int[] touched = new int[shingles.size()];
    List<Pair> pairs = new ArrayList<>();
    for (int doc = 0; doc < shingles.size(); doc++) {
      int nTouched = 0;
      for (long s : shingles.get(doc)) {
        long key = s << (64 - SHINGLE_BITS);
        int from = lowerBound(postings, key);
        for (int p = from; p < postings.length && (postings[p] & ~docMask) == key; p++) {
          int other = (int) (postings[p] & docMask);
          if (other > doc) {
            if (shared[other]++ == 0) {
              touched[nTouched++] = other;
            }
          }
        }
      }
      for (int t = 0; t < nTouched; t++) {
        int other = touched[t];
        int union = shingles.get(doc).length + shingles.get(other).length - shared[other];
        double similarity = (double) shared[other] / union;
        if (similarity >= threshold) {
          pairs.add(new Pair(doc, other, similarity));
        }
        shared[other] = 0;
      }
    }
    return pairs;
  }

  /** The first index whose value is at least {@code key} (signed order, as sorted). */
  private static int lowerBound(long[] sorted, long key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
