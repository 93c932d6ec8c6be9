package dev.verbatim.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.verbatim.Article;
import dev.verbatim.SearchRequest;
import dev.verbatim.Verbatim;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.opensearch.client.Request;
import org.opensearch.test.OpenSearchIntegTestCase;

/**
 * The benchmark's cluster arm: the same AllSides articles and queries through the plugin on a local
 * test cluster (two data nodes in this JVM, the documented index: 3 shards, 1 replica, the
 * pipeline) beside the embedded library: indexing throughput, index size, and search latency over
 * HTTP against the library in process. Not part of {@code ./mvnw verify} (its name is not a
 * test's); run it with {@code ./mvnw -pl opensearch -am test -Dtest=ClusterBench
 * -Dsurefire.failIfNoSpecifiedTests=false -Dverbatim.bench.docs=10000}; it writes {@code
 * opensearch/target/cluster-bench.json}. See docs/benchmarks.md.
 */
@OpenSearchIntegTestCase.ClusterScope(
    scope = OpenSearchIntegTestCase.Scope.SUITE,
    numDataNodes = 2,
    supportsDedicatedMasters = false)
@LuceneTestCase.SuppressFileSystems("*")
@com.carrotsearch.randomizedtesting.annotations.TimeoutSuite(millis = 4 * 60 * 60 * 1000)
// the library's document-building pool (Verbatim.add(List)) keeps its idle daemon threads
@com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters(
    filters = ClusterBench.DocumentPool.class)
public class ClusterBench extends NewsClusterTestCase {
  private static final ObjectMapper JSON = NewsCluster.JSON;

  /** The library's pool that builds documents on every core; its threads idle once done. */
  public static final class DocumentPool
      implements com.carrotsearch.randomizedtesting.ThreadFilter {
    @Override
    public boolean reject(Thread t) {
      return t.getName().startsWith("verbatim-documents");
    }
  }

  /**
   * The query sets: a bench run's {@code queries.json} ({@code -Dverbatim.bench.queries=FILE}, from
   * {@code verbatim bench --work DIR} on the same articles) without its {@code speaker_date} set,
   * whose filters are not query text; else the parity table as one set.
   */
  private static Map<String, List<String>> querySets() throws IOException {
    String file = System.getProperty("verbatim.bench.queries");
    if (file == null) {
      return Map.of("parity", VerbatimClusterTest.PARITY);
    }
    Map<String, List<String>> sets = new LinkedHashMap<>();
    JSON.readTree(Path.of(file).toFile())
        .properties()
        .forEach(
            set -> {
              if (!set.getKey().equals("speaker_date")) {
                List<String> texts = new ArrayList<>();
                set.getValue().forEach(q -> texts.add(q.asText()));
                sets.put(set.getKey(), texts);
              }
            });
    return sets;
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  /** Milliseconds at a percentile (0–100) of a histogram of nanoseconds. */
  private static double ms(Histogram h, double percentile) {
    return h.getValueAtPercentile(percentile) / 1e6;
  }

  public void testClusterArm() throws Exception {
    int docs = Integer.getInteger("verbatim.bench.docs", 2_000);
    int rounds = Integer.getInteger("verbatim.bench.rounds", 10);
    List<Map<String, Object>> records = NewsCluster.allsides(docs);
    assertFalse("no AllSides corpus here (-Dverbatim.corpus=DIR)", records.isEmpty());
    List<Article> articles = new ArrayList<>();
    long rawBytes = 0;
    for (Map<String, Object> record : records) {
      if (ArticleReader.parseJson(JSON.writeValueAsString(record), "bench")
          instanceof IngestRecord.Accepted accepted) {
        articles.add(accepted.article());
        rawBytes += accepted.article().text().getBytes(StandardCharsets.UTF_8).length;
      }
    }

    // the library: batches of 32 built on every core, one commit, no quote vectors
    Path libraryDir = createTempDir();
    long t0 = System.nanoTime();
    try (Verbatim library = Verbatim.open(libraryDir, null)) {
      for (int i = 0; i < articles.size(); i += 32) {
        library.add(articles.subList(i, Math.min(articles.size(), i + 32)));
      }
      library.commit();
    }
    double libraryIndexSeconds = (System.nanoTime() - t0) / 1e9;
    long libraryBytes = bytes(libraryDir);

    // the cluster: the documented pipeline and index, bulk requests of 500, then a refresh
    NewsCluster.create(client());
    ensureGreen(NewsCluster.INDEX);
    t0 = System.nanoTime();
    NewsCluster.index(client(), records);
    refresh("news");
    double clusterIndexSeconds = (System.nanoTime() - t0) / 1e9;
    forceMerge();
    var stats = client().admin().indices().prepareStats("news").setStore(true).get();
    long clusterPrimaryBytes = stats.getPrimaries().getStore().getSizeInBytes();
    long clusterTotalBytes = stats.getTotal().getStore().getSizeInBytes();

    // search: the bench's frozen query sets (its queries.json) or the parity table; top 10, no
    // snippets, exact totals; the facets set with the library's facets and the cluster's terms and
    // date histogram aggregations
    Map<String, List<String>> sets = querySets();
    Map<String, Object> perSet = new LinkedHashMap<>();
    Histogram libraryAll = new Histogram(3);
    Histogram clusterAll = new Histogram(3);
    try (Verbatim library = Verbatim.openReadOnly(libraryDir)) {
      for (Map.Entry<String, List<String>> set : sets.entrySet()) {
        boolean facets = set.getKey().equals("facets");
        Histogram libraryNanos = new Histogram(3);
        Histogram clusterNanos = new Histogram(3);
        for (int round = -3; round < rounds; round++) {
          for (String query : set.getValue()) {
            long a = System.nanoTime();
            library.search(
                SearchRequest.builder(query)
                    .size(10)
                    .facetSize(facets ? 10 : 0)
                    .snippets(false)
                    .build());
            long l = System.nanoTime() - a;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", Map.of("verbatim", Map.of("query", query)));
            body.put("size", 10);
            body.put("_source", false);
            body.put("track_total_hits", true);
            if (facets) {
              body.put(
                  "aggs",
                  Map.of(
                      "source", Map.of("terms", Map.of("field", "source.keyword", "size", 10)),
                      "speaker", Map.of("terms", Map.of("field", "speakers", "size", 10)),
                      "month",
                          Map.of(
                              "date_histogram",
                              Map.of("field", "date", "calendar_interval", "month"))));
            }
            Request request = new Request("POST", "/news/_search");
            request.setJsonEntity(JSON.writeValueAsString(body));
            long b = System.nanoTime();
            getRestClient().performRequest(request);
            long c = System.nanoTime() - b;
            if (round >= 0) {
              libraryNanos.recordValue(l);
              clusterNanos.recordValue(c);
              libraryAll.recordValue(l);
              clusterAll.recordValue(c);
            }
          }
        }
        perSet.put(
            set.getKey(),
            Map.of(
                "queries", set.getValue().size(),
                "library_p50_ms", ms(libraryNanos, 50),
                "library_p99_ms", ms(libraryNanos, 99),
                "cluster_http_p50_ms", ms(clusterNanos, 50),
                "cluster_http_p99_ms", ms(clusterNanos, 99)));
      }
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("date", java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).toString());
    report.put("articles", articles.size());
    report.put("raw_text_mb", rawBytes / 1e6);
    report.put(
        "cluster",
        "2 data nodes in one JVM, index of 3 shards and 1 replica, the verbatim_quotes pipeline");
    report.put("library_index_seconds", libraryIndexSeconds);
    report.put("library_mb_per_s", rawBytes / 1e6 / libraryIndexSeconds);
    report.put("cluster_index_seconds", clusterIndexSeconds);
    report.put("cluster_mb_per_s", rawBytes / 1e6 / clusterIndexSeconds);
    report.put("library_index_mb", libraryBytes / 1e6);
    report.put("cluster_primaries_mb", clusterPrimaryBytes / 1e6);
    report.put("cluster_total_mb", clusterTotalBytes / 1e6);
    report.put("queries", System.getProperty("verbatim.bench.queries", "the parity table"));
    report.put("rounds", rounds);
    report.put("library_p50_ms", ms(libraryAll, 50));
    report.put("library_p99_ms", ms(libraryAll, 99));
    report.put("cluster_http_p50_ms", ms(clusterAll, 50));
    report.put("cluster_http_p99_ms", ms(clusterAll, 99));
    report.put("ratio_p50", ms(clusterAll, 50) / Math.max(1e-9, ms(libraryAll, 50)));
    report.put("ratio_p99", ms(clusterAll, 99) / Math.max(1e-9, ms(libraryAll, 99)));
    report.put("sets", perSet);
    String json = JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
    logger.info("cluster arm: {}", json);
    Files.writeString(Path.of("target", "cluster-bench.json"), json);
  }
}
