package dev.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the whole benchmark at a smoke size (2,000 articles generated from the seeds, a few queries
 * per set, one-second phases) to keep it working. Asserts what it found, never how fast.
 */
class BenchSmokeTest {
  @Test
  @SuppressWarnings("unchecked")
  void smokeRunReportsEveryFigureAndFindsEveryNeedle() throws Exception {
    BenchCommand bench = new BenchCommand();
    bench.corpus = Path.of(System.getProperty("verbatim.root", ".")).resolve("seeds");
    bench.docs = 2_000;
    bench.perSet = 5;
    bench.rounds = 1;
    bench.warmup = 1;
    bench.scanQueries = 2;
    bench.phaseSeconds = 0.5;
    bench.httpRates = List.of(50);

    Map<String, Object> report = bench.report();

    assertThat(report.get("docs")).isEqualTo(2_000);
    Map<String, Object> ratios = (Map<String, Object>) report.get("ratios");
    assertThat(ratios)
        .containsOnlyKeys(
            "search_p50",
            "search_p99",
            "search_with_highlight_p50",
            "highlight_p50",
            "index_throughput",
            "index_throughput_vs_article_fields",
            "http_p50");
    assertThat(ratios.values()).allSatisfy(v -> assertThat((Double) v).isPositive().isFinite());
    for (String key :
        List.of(
            "exact_quote_p50_ms",
            "exact_quote_vs_scan",
            "index_mb_per_s",
            "index_bytes_per_raw_byte",
            "heap_mb")) {
      assertThat((Double) report.get(key)).as(key).isPositive();
    }
    // every planted needle quote is found in exactly the articles that carry it
    Map<String, Object> recall = (Map<String, Object>) report.get("recall");
    assertThat(recall.get("needle_recall")).isEqualTo(1.0);
    assertThat(recall.get("needle_false_hits")).isEqualTo(0);
    // both arms run the same queries: the same totals; the library's index holds no offsets, so
    // its snippets analyse the shown hits again (issue 29)
    assertThat(report.get("total_hits_mismatches")).isEqualTo(0L);
    assertThat((Map<String, Integer>) report.get("highlight_offset_sources"))
        .containsOnlyKeys("ANALYSIS");
    Map<String, Integer> counts = (Map<String, Integer>) report.get("queries_per_set");
    assertThat(counts.keySet()).containsAll(QuerySets.SETS).contains("mixed");
    assertThat(counts.values()).allSatisfy(n -> assertThat(n).isPositive());
    List<HttpArm.Step> http = (List<HttpArm.Step>) report.get("http_mixed");
    assertThat(http).singleElement().satisfies(s -> assertThat(s.errors()).isZero());
  }
}
