package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the HTTP API over the seeds: queries built from the query language's own pieces
 * mixed with random characters, random parameters, verify claims and article bodies. Every answer
 * must be one of the documented statuses with a JSON body, never a 500 and never a stack trace.
 * Requests: {@code -Dverbatim.fuzz.requests=N} (default 10,000). {@code /health} is timed meanwhile
 * from a thread of its own every 20 ms meanwhile and its p99 printed (a figure, not an assertion);
 * every probe must answer 200.
 */
class RequestFuzzTest {
  private static final int REQUESTS = Integer.getInteger("verbatim.fuzz.requests", 10_000);
  private static final long SEED = Long.getLong("verbatim.fuzz.seed", 20261202L);
  private static final String TOKEN = "fuzz-token";
  private static final String[] PIECES = {
    "putin",
    "musk",
    "nuclear",
    "the",
    "Kremlin’s",
    "negotiat*",
    "p*",
    "a*",
    "\"",
    "\"spoken to",
    "Putin only once\"",
    "“red lines”",
    "~2",
    "~99",
    "(",
    ")",
    "((",
    "))",
    "AND",
    "OR",
    "NOT",
    "-",
    "w/3",
    "w/0",
    "w/256",
    "pre/2",
    "not w/5",
    "w/s",
    "w/p",
    "title:",
    "source:",
    "speaker:",
    "date:",
    "quote:",
    "date:2022-10",
    "date:2022-10-01..2022-10-31",
    "date:..",
    "date:2022-13-45",
    "source:CNN",
    "speaker:\"Elon Musk\"",
    "*",
    ":",
    "..",
    "\\",
    "İ",
    "ß",
    "日本",
    "🙂",
    "\u0000",
    "\u202e",
    "<script>",
    "</mark>",
    "&amp;",
    "%",
    "'",
    "’",
    "0",
    "12345678901234567890",
    "-1"
  };

  @TempDir Path dir;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private String query(Random r) {
    if (r.nextInt(10) == 0) {
      StringBuilder junk = new StringBuilder();
      for (int i = r.nextInt(60); i > 0; i--) {
        junk.append((char) (r.nextInt(10) == 0 ? r.nextInt(0x3000) : 32 + r.nextInt(95)));
      }
      return junk.toString();
    }
    StringBuilder q = new StringBuilder();
    for (int i = 1 + r.nextInt(12); i > 0; i--) {
      q.append(PIECES[r.nextInt(PIECES.length)]);
      if (r.nextInt(4) != 0) {
        q.append(' ');
      }
    }
    return q.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void fuzzedRequestsGetDocumentedStatusesAndJsonNeverA500() throws Exception {
    try (SeedServer server =
        SeedServer.start(
            dir, new ServerSettings(TOKEN, 1 << 16, Duration.ofSeconds(10), Integer.MAX_VALUE))) {
      Random r = new Random(SEED);
      List<Long> health = java.util.Collections.synchronizedList(new ArrayList<>());
      java.util.concurrent.atomic.AtomicBoolean fuzzing =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      java.util.concurrent.atomic.AtomicInteger unhealthy =
          new java.util.concurrent.atomic.AtomicInteger();
      // /health probed from its own thread every 20 ms while the fuzzer runs, as a monitor would
      Thread prober =
          Thread.ofPlatform()
              .name("health-prober")
              .start(
                  () -> {
                    while (fuzzing.get()) {
                      long t0 = System.nanoTime();
                      try {
                        HttpResponse<String> h =
                            client.send(
                                HttpRequest.newBuilder(URI.create(server.base + "/health")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        health.add((System.nanoTime() - t0) / 1_000);
                        if (h.statusCode() != 200) {
                          unhealthy.incrementAndGet();
                        }
                        Thread.sleep(20);
                      } catch (IOException | InterruptedException e) {
                        unhealthy.incrementAndGet();
                        return;
                      }
                    }
                  });
      Set<Integer> allowed = Set.of(200, 201, 400, 401, 404, 405, 413, 503);
      for (int i = 0; i < REQUESTS; i++) {
        HttpRequest.Builder request;
        switch (r.nextInt(10)) {
          case 0 ->
              request =
                  HttpRequest.newBuilder(URI.create(server.base + "/api/verify"))
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              r.nextBoolean()
                                  ? "{\"quote\": "
                                      + Json.mapper().writeValueAsString(query(r))
                                      + "}"
                                  : query(r)));
          case 1 ->
              request =
                  HttpRequest.newBuilder(URI.create(server.base + "/api/articles"))
                      .header("Authorization", "Bearer " + TOKEN)
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              r.nextBoolean()
                                  ? "{\"id\":\"f"
                                      + r.nextInt(50)
                                      + "\",\"text\":"
                                      + Json.mapper().writeValueAsString(query(r))
                                      + ",\"date\":"
                                      + Json.mapper().writeValueAsString(query(r))
                                      + "}"
                                  : query(r)));
          default -> {
            StringBuilder path = new StringBuilder("/api/search?q=").append(enc(query(r)));
            if (r.nextBoolean()) {
              path.append("&scope=").append(r.nextBoolean() ? "quotes" : enc(query(r)));
            }
            if (r.nextInt(4) == 0) {
              path.append("&size=")
                  .append(enc(r.nextBoolean() ? "" + (r.nextInt(300) - 100) : query(r)));
            }
            if (r.nextInt(4) == 0) {
              path.append("&from=").append(enc(r.nextBoolean() ? "2022-10-01" : query(r)));
            }
            if (r.nextInt(5) == 0) {
              path.append("&cursor=").append(enc(query(r)));
            }
            if (r.nextInt(5) == 0) {
              path.append("&sort=date&facet_size=").append(r.nextInt(200) - 50);
            }
            request = HttpRequest.newBuilder(URI.create(server.base + path)).GET();
          }
        }
        HttpResponse<String> response =
            client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.build().uri().toString()).isIn(allowed);
        assertThat(response.body())
            .as(request.build().uri().toString())
            .startsWith("{")
            .doesNotContain("Exception")
            .doesNotContain("\tat ");
      }
      fuzzing.set(false);
      prober.join();
      assertThat(unhealthy.get()).as("/health answers other than 200").isZero();
      health.sort(null);
      System.out.printf(
          java.util.Locale.ROOT,
          "fuzz: %d requests, /health p50 %.1f ms, p99 %.1f ms over %d probes%n",
          REQUESTS,
          health.get(health.size() / 2) / 1000.0,
          health.get((int) Math.min(health.size() - 1, Math.ceil(health.size() * 0.99) - 1))
              / 1000.0,
          health.size());
    }
  }
}
