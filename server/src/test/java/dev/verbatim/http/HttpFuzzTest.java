package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing (Jazzer) of the HTTP parameters and bodies a client controls: search
 * parameters of both scopes, verify bodies, article bodies and their content types, against a real
 * server over the seeds. Every answer must be a documented status with a JSON body; never a 500,
 * never a stack trace.
 *
 * <p>{@code ./mvnw verify} replays the committed inputs and runs a seeded campaign (the {@code
 * fuzz} profile in this module's pom).
 */
class HttpFuzzTest {
  private static final String TOKEN = "fuzz-token";
  private static final Set<Integer> DOCUMENTED =
      Set.of(200, 201, 400, 401, 404, 405, 413, 415, 503);
  private static final String[] PARAMS = {
    "q",
    "scope",
    "source",
    "speaker",
    "from",
    "to",
    "sort",
    "size",
    "cursor",
    "facet_size",
    "date_facet",
    "snippets",
    "prefix",
    "limit"
  };
  private static final String[] VALUES = {
    "putin",
    "\"spoken to Putin\"",
    "putin w/12 nuclear",
    "quotes",
    "articles",
    "CNN",
    "Elon Musk",
    "2022-10-01",
    "2022-13-45",
    "date",
    "relevance",
    "0",
    "-1",
    "200",
    "week",
    "month",
    "true",
    "(",
    "w/s",
    "*",
    ""
  };

  private static Path dir;
  private static SeedServer server;
  private static int PORT;
  private static final java.util.ArrayDeque<String> LAST = new java.util.ArrayDeque<>();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws IOException {
    dir = Files.createTempDirectory("verbatim-httpfuzz");
    server =
        SeedServer.start(
            dir, new ServerSettings(TOKEN, 1 << 16, Duration.ofSeconds(10), Integer.MAX_VALUE));
    PORT = server.app.port();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().deleteOnExit());
    }
  }

  private static String text(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(40);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @FuzzTest(maxDuration = "60s")
  void requestsGetDocumentedStatusesAndJson(FuzzedDataProvider data) throws Exception {
    // the test's own client talks to the test server; any other connection stays a finding
    BugDetectors.allowNetworkConnections(
        (host, port) -> ("localhost".equals(host) || "127.0.0.1".equals(host)) && port == PORT);
    HttpRequest request =
        switch (data.consumeInt(0, 3)) {
          case 0 ->
              HttpRequest.newBuilder(URI.create(server.base + "/api/verify"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(data.consumeRemainingAsString()))
                  .build();
          case 1 ->
              HttpRequest.newBuilder(URI.create(server.base + "/api/articles"))
                  .header("Authorization", "Bearer " + TOKEN)
                  .header(
                      "Content-Type",
                      data.pickValue(new String[] {"application/json", "text/html", "text/plain"}))
                  .POST(HttpRequest.BodyPublishers.ofString(data.consumeRemainingAsString()))
                  .build();
          default -> {
            StringBuilder path =
                new StringBuilder(
                    switch (data.consumeInt(0, 5)) {
                      case 0 -> "/api/speakers?";
                      case 1 -> "/api/sources?";
                      case 2 -> "/api/articles/" + enc(text(data)) + "?";
                      case 3 -> "/api/quotes/" + enc(text(data)) + "/variants?";
                      default -> "/api/search?";
                    });
            for (int i = data.consumeInt(0, 6); i > 0; i--) {
              path.append(data.pickValue(PARAMS)).append('=').append(enc(text(data))).append('&');
            }
            yield HttpRequest.newBuilder(URI.create(server.base + path)).GET().build();
          }
        };
    HttpResponse<String> response;
    try {
      response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(
          "no answer to "
              + request.method()
              + " "
              + request.uri()
              + " "
              + request.headers().map()
              + " after "
              + LAST,
          e);
    }
    LAST.addLast(
        request.method()
            + " "
            + request.uri()
            + " "
            + response.statusCode()
            + " "
            + response.headers().map());
    if (LAST.size() > 3) LAST.removeFirst();
    assertThat(response.statusCode()).as(request.uri().toString()).isIn(DOCUMENTED);
    assertThat(response.body())
        .as(request.uri().toString())
        .startsWith("{")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
