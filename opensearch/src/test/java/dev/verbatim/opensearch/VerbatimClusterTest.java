package dev.verbatim.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.FacetValue;
import dev.verbatim.SearchRequest;
import dev.verbatim.SearchResult;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.SearchHit;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.bucket.terms.Terms;
import org.opensearch.test.OpenSearchIntegTestCase;

/**
 * A real cluster of two data nodes running the plugin: the seeds and 2,000 AllSides articles go
 * through the {@code verbatim_quotes} pipeline into an index of 3 shards with 1 replica; the same
 * articles go into the embedded library; then query by query, the {@code verbatim} query must find
 * the same articles as the library.
 */
@OpenSearchIntegTestCase.ClusterScope(
    scope = OpenSearchIntegTestCase.Scope.SUITE,
    numDataNodes = 2,
    supportsDedicatedMasters = false)
@LuceneTestCase.SuppressFileSystems("*")
public class VerbatimClusterTest extends NewsClusterTestCase {
  private static final ObjectMapper JSON = NewsCluster.JSON;
  private static final int ALLSIDES = 2_000;
  private static Verbatim library;
  private static Path libraryDir;
  private static int articles;
  private static boolean withAllSides;

  /** The seed articles as JSON records: the text as received, furniture and all. */
  static List<Map<String, Object>> seeds() throws IOException {
    Path dir = Path.of(System.getProperty("verbatim.seeds", "../seeds"));
    List<Map<String, Object>> records = new ArrayList<>();
    for (var entry : JSON.readTree(dir.resolve("manifest.json").toFile()).get("articles")) {
      String file = entry.get("file").asText();
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("id", file.replaceFirst("\\.txt$", ""));
      record.put("source", entry.path("source").asText(null));
      record.put("url", entry.path("url").asText(null));
      record.put("date", entry.path("date").asText(null));
      record.put("language", entry.path("language").asText(null));
      record.put("text", Files.readString(dir.resolve(file)));
      records.add(record);
    }
    return records;
  }

  @Override
  public void setUp() throws Exception {
    super.setUp();
    NewsCluster.create(client());
    ensureGreen("news");
    libraryDir = createTempDir();
    library = Verbatim.open(libraryDir, null);
    List<Map<String, Object>> records = new ArrayList<>(seeds());
    List<Map<String, Object>> allsides = NewsCluster.allsides(ALLSIDES);
    if (allsides.isEmpty()) {
      logger.warn("no AllSides corpus here (-Dverbatim.corpus): comparing on the seeds alone");
    }
    withAllSides = !allsides.isEmpty();
    records.addAll(allsides);
    List<Map<String, Object>> accepted = new ArrayList<>();
    for (Map<String, Object> record : records) {
      // the library reads the record as its readers do; the cluster gets it as received
      if (ArticleReader.parseJson(JSON.writeValueAsString(record), "test")
          instanceof IngestRecord.Accepted a) {
        library.add(a.article());
        accepted.add(record);
      }
    }
    NewsCluster.index(client(), accepted);
    articles = accepted.size();
    library.commit();
    refresh("news");
  }

  @Override
  public void tearDown() throws Exception {
    super.tearDown();
  }

  @org.junit.AfterClass
  public static void closeLibrary() throws IOException {
    if (library != null) {
      library.close();
      library = null;
    }
    articles = 0;
  }

  /** Every article the library finds for {@code query}, all pages. */
  private static Set<String> libraryIds(String query) throws IOException {
    Set<String> ids = new TreeSet<>();
    String cursor = null;
    do {
      SearchResult page =
          library.search(
              SearchRequest.builder(query)
                  .size(100)
                  .facetSize(0)
                  .snippets(false)
                  .cursor(cursor)
                  .build());
      page.hits().forEach(h -> ids.add(h.id()));
      cursor = page.nextCursor();
    } while (cursor != null);
    return ids;
  }

  private static Set<String> clusterIds(String query) {
    SearchResponse response =
        client()
            .prepareSearch("news")
            .setQuery(new VerbatimQueryBuilder(query, List.of("title", "body")))
            .setSize(10_000)
            .setFetchSource(false)
            .setTrackTotalHits(true)
            .get();
    Set<String> ids = new TreeSet<>();
    for (SearchHit hit : response.getHits().getHits()) {
      ids.add(hit.getId());
    }
    assertEquals(ids.size(), response.getHits().getTotalHits().value());
    return ids;
  }

  /**
   * One test: the cluster wipes its indices after each test, and indexing the corpus twice through
   * the pipeline would double the time for nothing.
   */
  public void testTheClusterAnswersAsTheLibrary() throws IOException {
    theClusterFindsTheSameArticlesAsTheLibrary();
    malformedQueriesAreRefusedWithTheLibrarysMessageAndPosition();
    highlightsMarkTheSameSpans();
    quotesOfASpeakerAreFoundWithANestedQuery();
    speakerAggregationsCountLikeTheLibrarysFacets();
    theDocumentedRequestsAnswer();
  }

  /** The requests of docs/opensearch.md, over HTTP; their answers are logged for the docs. */
  private void theDocumentedRequestsAnswer() throws IOException {
    Map<String, String> requests = new LinkedHashMap<>();
    requests.put(
        "phrase, highlighted",
        """
        {"query": {"verbatim": {"query": "\\"spoken to Putin only once\\""}},
         "_source": ["title", "source", "date"],
         "highlight": {"fields": {"body": {"type": "verbatim", "number_of_fragments": 1}}}}""");
    requests.put(
        "proximity, highlighted",
        """
        {"query": {"verbatim": {"query": "putin w/12 nuclear", "fields": ["body"]}},
         "_source": ["title"], "size": 1,
         "highlight": {"fields": {"body": {"type": "verbatim", "number_of_fragments": 1}}}}""");
    requests.put(
        "quotes of a speaker",
        """
        {"query": {"nested": {"path": "quotes", "query": {"bool": {"must": [
           {"term": {"quotes.speaker": "Dmitry Peskov"}},
           {"verbatim": {"query": "peaceful w/3 agreement", "fields": ["quotes.text"]}}]}},
           "inner_hits": {"_source": ["quotes.text", "quotes.speaker", "quotes.cue"]}}},
         "_source": false}""");
    requests.put(
        "speakers of the matches",
        """
        {"query": {"verbatim": {"query": "musk w/5 putin"}}, "size": 0,
         "aggs": {"speakers": {"terms": {"field": "speakers", "size": 3}}}}""");
    requests.put(
        "a malformed query",
        """
        {"query": {"verbatim": {"query": "putin w/"}}}""");
    for (Map.Entry<String, String> example : requests.entrySet()) {
      org.opensearch.client.Request request =
          new org.opensearch.client.Request("POST", "/news/_search");
      request.setJsonEntity(example.getValue());
      org.opensearch.client.Response response;
      try {
        response = getRestClient().performRequest(request);
      } catch (org.opensearch.client.ResponseException refused) {
        response = refused.getResponse();
      }
      String body =
          new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
      logger.info(
          "docs example [{}] -> {} {}",
          example.getKey(),
          response.getStatusLine().getStatusCode(),
          body);
      assertEquals(
          example.getKey() + ": " + body,
          example.getKey().startsWith("a malformed") ? 400 : 200,
          response.getStatusLine().getStatusCode());
    }
  }

  /** Queries the library refuses: the cluster answers 400 with the same message and position. */
  private static final List<String> REFUSED =
      List.of(
          "(musk -putin) w/5 nuclear",
          "source:cnn w/5 musk",
          "speaker:trump w/s wall",
          "putin w/",
          "\"unclosed phrase",
          "musk AND");

  private void malformedQueriesAreRefusedWithTheLibrarysMessageAndPosition() throws IOException {
    List<String> queries = new ArrayList<>(REFUSED);
    // a prefix past the library's limits, on an index with enough words for it (the shard that
    // compiles it refuses it, not the node that parses it)
    try {
      libraryIds("a*");
    } catch (dev.verbatim.QuerySyntaxException tooWide) {
      queries.add("a*");
    }
    assertTrue("a* is past the limits on 2,000 articles", !withAllSides || queries.contains("a*"));
    for (String query : queries) {
      dev.verbatim.QuerySyntaxException expected =
          expectThrows(dev.verbatim.QuerySyntaxException.class, () -> libraryIds(query));
      org.opensearch.client.Request request =
          new org.opensearch.client.Request("POST", "/news/_search");
      request.setJsonEntity(
          JSON.writeValueAsString(Map.of("query", Map.of("verbatim", Map.of("query", query)))));
      org.opensearch.client.ResponseException refused =
          expectThrows(
              org.opensearch.client.ResponseException.class,
              () -> getRestClient().performRequest(request));
      assertEquals(query, 400, refused.getResponse().getStatusLine().getStatusCode());
      String body =
          new String(
              refused.getResponse().getEntity().getContent().readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(
          query + " -> " + body,
          body.contains(JSON.writeValueAsString(expected.getMessage()).replaceAll("^\"|\"$", "")));
    }
  }

  /**
   * The plugin's highlighter reads the same queries: every stretch the library marks in its
   * snippets is marked in the cluster's highlight of the whole body, a phrase as one stretch and
   * both ends of a proximity match. (OpenSearch's own unified highlighter marks "spoken to Putin
   * only once" word by word.)
   */
  private void highlightsMarkTheSameSpans() throws IOException {
    List<String> queries =
        new ArrayList<>(
            List.of("\"spoken to Putin only once\"", "putin w/12 nuclear", "crimea w/s water"));
    if (withAllSides) {
      queries.addAll(List.of("\"health care\"", "border w/p wall")); // words the seeds lack
    }
    for (String query : queries) {
      SearchResult page = library.search(SearchRequest.builder(query).size(10).build());
      SearchResponse response =
          client()
              .prepareSearch("news")
              .setQuery(new VerbatimQueryBuilder(query, List.of("body")))
              .setSize(10_000)
              .setFetchSource(false)
              .highlighter(
                  new org.opensearch.search.fetch.subphase.highlight.HighlightBuilder()
                      .field("body")
                      .highlighterType(VerbatimHighlighter.NAME)
                      .numOfFragments(0)
                      .preTags("<mark>")
                      .postTags("</mark>"))
              .get();
      Map<String, Set<String>> cluster = new TreeMap<>();
      for (SearchHit hit : response.getHits().getHits()) {
        Set<String> marked = new TreeSet<>();
        var field = hit.getHighlightFields().get("body");
        if (field != null) {
          for (var fragment : field.fragments()) {
            var m =
                java.util.regex.Pattern.compile("<mark>(.*?)</mark>").matcher(fragment.string());
            while (m.find()) {
              marked.add(m.group(1));
            }
          }
        }
        cluster.put(hit.getId(), marked);
      }
      int compared = 0;
      for (var hit : page.hits()) {
        Set<String> marked = new TreeSet<>();
        hit.snippets().forEach(snippet -> marked.addAll(snippet.marked()));
        if (marked.isEmpty()) {
          continue; // a title-only match: the library shows the article's opening
        }
        assertTrue(
            query + " " + hit.id() + ": library " + marked + ", cluster " + cluster.get(hit.id()),
            cluster.getOrDefault(hit.id(), Set.of()).containsAll(marked));
        compared++;
      }
      assertTrue(query + ": no highlights compared", compared > 0);
    }
  }

  /** The parity table: each query, and how many articles both found. */
  static final List<String> PARITY =
      List.of(
          "musk",
          "crimea",
          "desalination",
          "\"I have spoken to Putin only once\"",
          "\"spoken to Putin only once\"",
          "\"I have spoken to Putin only once\"~6",
          "\"Kremlin's red lines\"",
          "\u201cKremlin\u2019s red lines\u201d",
          "putin w/12 nuclear",
          "putin w/3 nuclear",
          "musk w/5 bremmer",
          "musk not w/20 bremmer",
          "bremmer pre/3 wrote",
          "wrote pre/3 bremmer",
          "crimea w/s water",
          "musk date:2022-10-12",
          "quote:crimea",
          "quote:\"red lines\"",
          "quote:(putin w/5 negotiate)",
          "speaker:zelensky",
          "speaker:\"john kirby\"",
          "pa*",
          "title:musk",
          "immigra*",
          "\"health care\"",
          "obama w/s healthcare",
          "border w/p wall",
          "\"the end of the\"",
          "(trump OR clinton) w/10 tax*",
          "trump -clinton",
          "title:trump date:[2016-01-01 TO 2016-12-31]",
          "source:\"fox news\" immigration",
          "quote:\"fake news\"",
          "speaker:obama",
          "sanders pre/2 said");

  private void theClusterFindsTheSameArticlesAsTheLibrary() throws IOException {
    assertTrue("every article indexed in both", articles >= 5);
    Map<String, String> table = new TreeMap<>();
    List<String> differences = new ArrayList<>();
    for (String query : PARITY) {
      Set<String> expected = libraryIds(query);
      Set<String> actual = clusterIds(query);
      table.put(query, expected.size() + " / " + actual.size());
      if (!expected.equals(actual)) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        differences.add(query + ": missing " + missing + ", extra " + extra);
      }
    }
    logger.info("parity over {} articles (library / cluster): {}", articles, table);
    assertTrue("differences: " + differences, differences.isEmpty());
    // the table is not trivial: most queries find something (most are about AllSides' stories)
    assertTrue(
        !withAllSides || table.values().stream().filter(v -> !v.startsWith("0 ")).count() >= 20);
  }

  private void quotesOfASpeakerAreFoundWithANestedQuery() {
    SearchResponse response =
        client()
            .prepareSearch("news")
            .setQuery(
                QueryBuilders.nestedQuery(
                    "quotes",
                    QueryBuilders.boolQuery()
                        .must(QueryBuilders.termQuery("quotes.speaker", "Dmitry Peskov"))
                        .must(
                            new VerbatimQueryBuilder(
                                "peaceful w/3 agreement", List.of("quotes.text"))),
                    org.apache.lucene.search.join.ScoreMode.Max))
            .setFetchSource(false)
            .get();
    Set<String> ids = new TreeSet<>();
    response.getHits().forEach(h -> ids.add(h.getId()));
    assertEquals(Set.of("004_3943c7d2be55e3c4"), ids);
  }

  private void speakerAggregationsCountLikeTheLibrarysFacets() throws IOException {
    for (String query : List.of("musk", "putin w/12 nuclear", "trump", "immigration")) {
      SearchResult facets =
          library.search(SearchRequest.builder(query).size(1).facetSize(10).build());
      SearchResponse response =
          client()
              .prepareSearch("news")
              .setQuery(new VerbatimQueryBuilder(query, List.of("title", "body")))
              .setSize(0)
              .addAggregation(AggregationBuilders.terms("speakers").field("speakers").size(1000))
              .get();
      Terms terms = response.getAggregations().get("speakers");
      Map<String, Long> cluster = new TreeMap<>();
      terms.getBuckets().forEach(b -> cluster.put(b.getKeyAsString(), b.getDocCount()));
      for (FacetValue v : facets.facets().get("speaker")) {
        // the library merges spellings of one person ("Zelensky", "Zelenskyy", and "Obama" where
        // the index names him "Barack Obama") into one value and lists the others as aliases; the
        // cluster counts each spelling: a value counts exactly the articles of its spellings
        long own = cluster.getOrDefault(v.value(), 0L);
        long spellings = own;
        for (String alias : v.aliases()) {
          spellings += cluster.getOrDefault(alias, 0L);
        }
        assertTrue(query + ": " + v + " against " + own, own <= v.count());
        assertEquals(query + ": " + v + " against " + cluster, v.count(), spellings);
      }
    }
  }
}
