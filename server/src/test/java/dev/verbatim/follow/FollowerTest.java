package dev.verbatim.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.Article;
import dev.verbatim.Verbatim;
import dev.verbatim.http.Json;
import dev.verbatim.http.ServerSettings;
import dev.verbatim.http.VerbatimServer;
import dev.verbatim.http.WebhookSettings;
import dev.verbatim.ingest.Ingest;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds followed from a loopback news site whose feeds and pages change between polls. */
class FollowerTest {
  @TempDir Path dir;
  private LoopbackSite site;
  private Verbatim verbatim;
  private final StringWriter log = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    site = new LoopbackSite();
    verbatim = Verbatim.inMemory();
  }

  @AfterEach
  void stop() throws IOException {
    verbatim.close();
    site.close();
  }

  /** No delay between requests, polls 1 to 8 s apart, a 2 s timeout, 1 MB; {@code warc} or none. */
  private static Follower.Options fast(Path warc) {
    return new Follower.Options(
        Duration.ZERO,
        Duration.ofSeconds(1),
        Duration.ofSeconds(8),
        Duration.ofSeconds(2),
        1 << 20,
        warc,
        4);
  }

  private static final Follower.Options FAST = fast(null);

  private Follower follower(Follower.Options options, String... feedPaths) throws IOException {
    List<URI> feeds = Stream.of(feedPaths).map(p -> URI.create(site.base + p)).toList();
    return new Follower(verbatim, feeds, dir.resolve("follow"), options, new PrintWriter(log));
  }

  private void robots(String text) {
    site.put("/robots.txt", "text/plain", text);
  }

  @Test
  void newItemsAreIndexedOnceAndAnUnchangedFeedIsNotDownloadedAgain() throws Exception {
    robots("User-agent: *\nDisallow:\n");
    site.put("/a", "text/html; charset=utf-8", site.page("harbour", "/a"));
    site.put("/b", "text/html; charset=utf-8", site.page("bridge", "/b"));
    site.put("/feed.xml", "application/rss+xml", site.rss("/a", "/b"));
    try (Follower f = follower(FAST, "/feed.xml")) {
      f.pollAll();
      assertThat(verbatim.count()).isEqualTo(2);
      Article a = verbatim.articles().get(site.base + "/a").orElseThrow();
      assertThat(a.source()).isEqualTo("Loopback Gazette");
      assertThat(a.text()).contains("We will not raise taxes this year");

      f.pollAll(); // unchanged: a 304, no page fetched
      assertThat(site.notModified.get()).isEqualTo(1);
      assertThat(site.gets("/a")).isEqualTo(1);
      assertThat(f.statuses().getFirst().notModified()).isEqualTo(1);

      site.put("/c", "text/html", site.page("tunnel", "/c"));
      site.put("/feed.xml", "application/rss+xml", site.rss("/c", "/a", "/b"));
      f.pollAll();
      assertThat(verbatim.count()).isEqualTo(3);
      assertThat(site.gets("/a")).isEqualTo(1);
      assertThat(site.gets("/b")).isEqualTo(1);
      assertThat(site.gets("/c")).isEqualTo(1);
      assertThat(f.statuses().getFirst().indexed()).isEqualTo(3);
      assertThat(site.gets("/robots.txt")).isEqualTo(1); // read once per host
    }
  }

  @Test
  void aPageThatFailedIsFetchedAgainAtTheNextPoll() throws Exception {
    robots("");
    site.put("/feed.xml", "application/rss+xml", site.rss("/late"));
    try (Follower f = follower(FAST, "/feed.xml")) {
      f.pollAll(); // the page is not there yet: a 404
      assertThat(verbatim.count()).isZero();
      site.put("/late", "text/html", site.page("late", "/late"));
      f.pollAll(); // the feed is unchanged, but read again (no 304) because a page is owed
      assertThat(site.notModified.get()).isZero();
      assertThat(verbatim.articles().get(site.base + "/late")).isPresent();
      f.pollAll(); // nothing owed now: a 304
      assertThat(site.notModified.get()).isEqualTo(1);
      assertThat(site.gets("/late")).isEqualTo(2);
    }
  }

  @Test
  void robotsTxtIsObeyed() throws Exception {
    robots("User-agent: *\nDisallow: /private/\n");
    site.put("/private/x", "text/html", site.page("secret", "/private/x"));
    site.put("/open", "text/html", site.page("open", "/open"));
    site.put("/feed.xml", "application/rss+xml", site.rss("/private/x", "/open"));
    try (Follower f = follower(FAST, "/feed.xml")) {
      f.pollAll();
    }
    assertThat(site.gets("/private/x")).isZero();
    assertThat(verbatim.count()).isEqualTo(1);
    assertThat(log.toString()).contains("robots.txt of 127.0.0.1 disallows /private/x");
  }

  @Test
  void aSlowFeedHoldsUpOnlyItself() throws Exception {
    robots("");
    site.put("/fast", "text/html", site.page("fast", "/fast"));
    site.put("/good.xml", "application/rss+xml", site.rss("/fast"));
    site.resources.put(
        "/slow.xml",
        new LoopbackSite.Resource("application/rss+xml", site.rss("/fast"), "\"s\"", 6_000));
    site.put("/broken.xml", "application/rss+xml", "<rss><channel><item>");
    try (Follower f = follower(FAST, "/slow.xml", "/good.xml", "/broken.xml", "/missing.xml")) {
      f.pollAll();
      assertThat(verbatim.articles().get(site.base + "/fast")).isPresent();
      Map<String, FeedStatus> byUrl = new ConcurrentHashMap<>();
      f.statuses().forEach(s -> byUrl.put(s.url().substring(site.base.length()), s));
      assertThat(byUrl.get("/slow.xml").lastError()).contains("no answer within 2 s");
      assertThat(byUrl.get("/broken.xml").lastError()).contains("not an RSS or Atom feed");
      assertThat(byUrl.get("/missing.xml").lastError()).isEqualTo("HTTP 404");
      assertThat(byUrl.get("/good.xml").errors()).isZero();
      // a feed that failed is polled less often; one that brought items, as often as allowed
      assertThat(byUrl.get("/missing.xml").interval()).isEqualTo(Duration.ofSeconds(2));
      assertThat(byUrl.get("/good.xml").interval()).isEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void anotherAddressOfAPageAlreadyReadIsSkipped() throws Exception {
    robots("");
    site.put("/story", "text/html", site.page("harbour", "/story"));
    site.put("/story?utm_source=rss", "text/html", site.page("harbour", "/story"));
    site.put("/feed.xml", "application/rss+xml", site.rss("/story?utm_source=rss", "/story"));
    try (Follower f = follower(FAST, "/feed.xml")) {
      f.pollAll();
      assertThat(verbatim.count()).isEqualTo(1);
      assertThat(verbatim.articles().get(site.base + "/story")).isPresent();
      assertThat(site.gets("/story")).isZero(); // its canonical address was read in the batch
    }
  }

  @Test
  void aNewFollowerResumesWithoutRefetching() throws Exception {
    robots("");
    site.put("/a", "text/html", site.page("harbour", "/a"));
    site.put("/feed.xml", "application/rss+xml", site.rss("/a"));
    try (Follower f = follower(FAST, "/feed.xml")) {
      f.pollAll();
    }
    assertThat(Files.readString(dir.resolve("follow/seen.txt"))).contains(site.base + "/a");
    site.put("/b", "text/html", site.page("bridge", "/b"));
    site.put("/feed.xml", "application/rss+xml", site.rss("/b", "/a"));
    try (Follower f = follower(FAST, "/feed.xml")) {
      f.pollAll(); // a changed feed: /a is known from the state, /b is new
      f.pollAll(); // unchanged since: the stored ETag gets a 304
    }
    assertThat(site.gets("/a")).isEqualTo(1);
    assertThat(site.gets("/b")).isEqualTo(1);
    assertThat(site.notModified.get()).isEqualTo(1);
    assertThat(verbatim.count()).isEqualTo(2);
  }

  @Test
  void everythingFetchedIsWrittenToAWarcThatIndexReadsBack() throws Exception {
    robots("");
    site.put("/a", "text/html", site.page("harbour", "/a"));
    site.put("/feed.xml", "application/rss+xml", site.rss("/a"));
    Follower.Options withWarc = fast(dir.resolve("warc"));
    Path warc;
    try (Follower f = follower(withWarc, "/feed.xml")) {
      f.pollAll();
      warc = f.warcFile();
    }
    try (Verbatim again = Verbatim.inMemory()) {
      Ingest.run(again, List.of(warc), 100, (record, result) -> {});
      assertThat(again.articles().get(site.base + "/a")).isPresent();
    }
  }

  @Test
  void theServerShowsEachFeedsProgressWithoutItsQuery() throws Exception {
    robots("");
    site.put("/a", "text/html", site.page("harbour", "/a"));
    site.put("/feed.xml?key=s3cret", "application/rss+xml", site.rss("/a"));
    try (Follower f = follower(FAST, "/feed.xml?key=s3cret")) {
      f.pollAll();
      Javalin server =
          VerbatimServer.create(
                  verbatim, new ServerSettings(null, 1 << 20), f.statuses(), WebhookSettings.OFF)
              .start("127.0.0.1", 0);
      try {
        HttpResponse<String> r =
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/api/feeds"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode feed = Json.mapper().readTree(r.body()).get("feeds").get(0);
        assertThat(feed.get("url").asText()).isEqualTo(site.base + "/feed.xml");
        assertThat(feed.get("title").asText()).isEqualTo("Gazette feed");
        assertThat(feed.get("indexed").asLong()).isEqualTo(1);
        assertThat(feed.get("polls").asLong()).isEqualTo(1);
        assertThat(r.body()).doesNotContain("s3cret");
      } finally {
        server.stop();
      }
    }
  }

  @Test
  void aFeedsFileWithSomethingElseIsRefusedByLine() throws IOException {
    Path file = dir.resolve("feeds.txt");
    Files.writeString(file, "# news\n\nhttps://a.example/feed.xml\nftp://b.example/x\n");
    assertThatThrownBy(() -> FeedsFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4");
    Files.writeString(file, "# news\nhttps://a.example/feed.xml\n");
    assertThat(FeedsFile.read(file)).containsExactly(URI.create("https://a.example/feed.xml"));
  }
}
