package dev.verbatim.bench;

import dev.verbatim.SearchRequest;
import dev.verbatim.SearchResult;
import dev.verbatim.Verbatim;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim bench facets}: the latency of searches with facets on an existing index, query by
 * query, with how many articles match and whether the facet counts were estimated from a sample.
 */
@Command(
    name = "bench facets",
    mixinStandardHelpOptions = true,
    description = {
      "Search latency with facets (size 10, facet size 10, no snippets) per query on an existing"
          + " index: matches, whether the counts are a sample's estimate, p50 and p90."
    })
public final class FacetBench implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "an index")
  Path index;

  @Option(
      names = "--queries",
      required = true,
      split = "\\|",
      paramLabel = "Q",
      description = "queries, separated by |")
  List<String> queries;

  @Option(
      names = "--rounds",
      defaultValue = "40",
      paramLabel = "N",
      description = "timed runs of each query after 10 warm-up runs (default ${DEFAULT-VALUE})")
  int rounds;

  @Option(
      names = "--collapse-too",
      description =
          "also run each query with collapse=copies, the two alternating, and print both p50s and"
              + " their ratio (with the groups that match)")
  boolean collapseToo;

  public static void main(String[] args) {
    System.exit(new CommandLine(new FacetBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    try (Verbatim verbatim = Verbatim.openReadOnly(index)) {
      for (String query : queries) {
        if (collapseToo) {
          compare(verbatim, query);
          continue;
        }
        SearchRequest request =
            SearchRequest.builder(query).size(10).facetSize(10).snippets(false).build();
        Histogram took = new Histogram(3);
        SearchResult result = null;
        for (int i = -10; i < rounds; i++) {
          long start = System.nanoTime();
          result = verbatim.search(request);
          if (i >= 0) {
            took.recordValue(System.nanoTime() - start);
          }
        }
        System.out.printf(
            Locale.ROOT,
            "%s  matches %,d  estimated %s  p50 %.1f ms  p90 %.1f ms%n",
            query,
            result.total(),
            result.facetsEstimated(),
            Recorder.ms(took, 50),
            Recorder.ms(took, 90));
      }
    }
    return 0;
  }

  /** One query plain and collapsed, alternating run by run so that both see the same machine. */
  private void compare(Verbatim verbatim, String query) throws java.io.IOException {
    SearchRequest plain =
        SearchRequest.builder(query).size(10).facetSize(10).snippets(false).build();
    SearchRequest collapsed = plain.toBuilder().collapse(dev.verbatim.Collapse.COPIES).build();
    Histogram plainTook = new Histogram(3);
    Histogram collapsedTook = new Histogram(3);
    SearchResult grouped = null;
    for (int i = -10; i < rounds; i++) {
      long start = System.nanoTime();
      verbatim.search(plain);
      long middle = System.nanoTime();
      grouped = verbatim.search(collapsed);
      long end = System.nanoTime();
      if (i >= 0) {
        plainTook.recordValue(middle - start);
        collapsedTook.recordValue(end - middle);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s  matches %,d  groups %,d  p50 plain %.2f ms  collapsed %.2f ms  (%.3fx)%n",
        query,
        grouped.total(),
        grouped.groups(),
        Recorder.ms(plainTook, 50),
        Recorder.ms(collapsedTook, 50),
        Recorder.ms(collapsedTook, 50) / Recorder.ms(plainTook, 50));
  }
}
