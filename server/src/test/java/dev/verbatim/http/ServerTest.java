package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.Verbatim;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API on a real server on a free port, over the seeds. */
class ServerTest {
  private static final String TOKEN = "test-token-123";
  private final HttpClient client = HttpClient.newHttpClient();

  @TempDir Path dir;
  private SeedServer server;
  private Verbatim verbatim;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = SeedServer.start(dir, new ServerSettings(TOKEN, 4_096));
    verbatim = server.verbatim;
    base = server.base;
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(base, path);
  }

  /** GET {@code path} of the server at {@code server} (this test's, or one started by a test). */
  private HttpResponse<String> get(String server, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String token) throws Exception {
    return send("POST", base, path, body, token);
  }

  /** A request with a body, and the bearer token when {@code token} is not null. */
  private HttpResponse<String> send(
      String method, String server, String path, String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.mapper().readTree(response.body());
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  @Test
  void searchReturnsTheCliBody() throws Exception {
    HttpResponse<String> response = get("/api/search?q=" + q("\"spoken to Putin only once\""));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.fieldNames())
        .toIterable()
        .containsExactly(
            "total", "took_ms", "hits", "facets", "facets_estimated", "groups", "next_cursor");
    assertThat(body.get("groups").isNull()).isTrue();
    assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo("002_bc97ad8f4dd9a4f7");
    JsonNode plain =
        json(get("/api/search?snippets=false&q=" + q("\"spoken to Putin only once\"")));
    assertThat(plain.get("hits").get(0).get("snippets")).isEmpty();
    JsonNode noFacets = json(get("/api/search?facet_size=0&q=" + q("putin")));
    assertThat(noFacets.get("total").asLong())
        .isEqualTo(json(get("/api/search?q=" + q("putin"))).get("total").asLong())
        .isPositive();
    assertThat(noFacets.get("facets").size()).isZero();
    assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
  }

  @Test
  void aProximityMatchAcrossSentencesIsOneSnippetWithBothEndsMarked() throws Exception {
    JsonNode body =
        json(get("/api/search?source=" + q("The Deep Dive") + "&q=" + q("putin w/12 nuclear")));
    JsonNode snippets = body.get("hits").get(0).get("snippets");
    assertThat(snippets).hasSize(1);
    assertThat(snippets.get(0).asText())
        .contains(
            "launching a <mark>nuclear</mark> strike on Ukraine. Bremmer claimed that Musk agreed"
                + " with <mark>Putin</mark>,");
  }

  @Test
  void quoteScopeFiltersAndPaging() throws Exception {
    JsonNode body =
        json(
            get(
                "/api/search?scope=quotes&speaker="
                    + q("Vladimir Putin")
                    + "&size=2&q="
                    + q("negotiate")));
    assertThat(body.get("total").asLong()).isEqualTo(4);
    assertThat(body.get("hits"))
        .allSatisfy(h -> assertThat(h.get("speaker").asText()).isEqualTo("Vladimir Putin"));
    String cursor = body.get("next_cursor").asText();
    JsonNode next =
        json(
            get(
                "/api/search?scope=quotes&speaker="
                    + q("Vladimir Putin")
                    + "&size=2&q=negotiate&cursor="
                    + cursor));
    assertThat(next.get("hits").size()).isEqualTo(2);
    assertThat(next.get("next_cursor").isNull()).isTrue();
  }

  @Test
  void errorsHaveTheirStatusAndNoStackTrace() throws Exception {
    HttpResponse<String> badQuery = get("/api/search?q=" + q("musk w/0 putin"));
    assertThat(badQuery.statusCode()).isEqualTo(400);
    assertThat(json(badQuery).get("error").asText()).isEqualTo("bad_query");
    assertThat(json(badQuery).get("position").asInt()).isEqualTo(5);
    assertThat(get("/api/search").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=x&size=500").body()).contains("size must be 1..100, was 500");
    assertThat(get("/api/search?q=x&from=yesterday").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=x&scope=people").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?q=x&snippets=maybe").body())
        .contains("snippets must be true or false, was maybe");
    HttpResponse<String> missing = get("/api/articles/none");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).isEqualTo("not_found");
    assertThat(get("/nothing/here").statusCode()).isEqualTo(404);
    for (HttpResponse<String> r : List.of(badQuery, missing)) {
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void articleCarriesItsTextAndQuotesWithOffsets() throws Exception {
    JsonNode article = json(get("/api/articles/004_3943c7d2be55e3c4"));
    String text = article.get("text").asText();
    assertThat(article.get("source").asText()).startsWith("Infobae");
    JsonNode quotes = article.get("quotes");
    assertThat(quotes.size()).isGreaterThan(10);
    for (JsonNode quote : quotes) {
      assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt()))
          .isEqualTo(quote.get("text").asText());
    }
  }

  @Test
  void writesNeedTheTokenAndAreSearchableOnceAcknowledged() throws Exception {
    String article =
        "{\"id\": \"new-1\", \"source\": \"Wire\", \"date\": \"2022-10-13\", \"text\": \"Jane Roe spoke."
            + "\\n\\n“We will not negotiate,” Roe said.\"}";
    assertThat(post("/api/articles", article, null).statusCode()).isEqualTo(401);
    assertThat(post("/api/articles", article, "wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> created = post("/api/articles", article, TOKEN);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(json(created).get("added").get(0).asText()).isEqualTo("new-1");
    JsonNode found = json(get("/api/search?scope=quotes&q=" + q("speaker:roe")));
    assertThat(found.get("hits").get(0).get("speaker").asText()).isEqualTo("Jane Roe");

    String lines =
        "{\"id\": \"new-2\", \"text\": \"Two.\"}\n{\"id\": \"bad\", \"date\": \"soon\", \"text\": \"x\"}\n";
    JsonNode mixed = json(post("/api/articles", lines, TOKEN));
    assertThat(mixed.get("added").get(0).asText()).isEqualTo("new-2");
    assertThat(mixed.get("rejected").get(0).get("field").asText()).isEqualTo("date");
    assertThat(post("/api/articles", "{\"id\": \"x\"}", TOKEN).statusCode()).isEqualTo(400);
    assertThat(post("/api/articles", "x".repeat(5_000), TOKEN).statusCode()).isEqualTo(413);
  }

  @Test
  void aReprintJoinsItsStoryAndACollapsedSearchShowsTheStoryOnceWithItsFirstOutlet()
      throws Exception {
    String story =
        "The harbour authority said on Tuesday that the northern breakwater would close for"
            + " repairs until the end of the season, after storms in March cracked its outer wall."
            + "\n\n“We cannot let ferries berth against a wall that may not hold,” said Mara Eklund,"
            + " the authority's chief engineer. Ferries will use the southern quay, which adds"
            + " about twenty minutes to each crossing, the authority said.\n\nLocal traders"
            + " said the closure would cost them visitors at the height of summer.";
    for (String[] a :
        new String[][] {
          {"wire-1", "Harbour Wire", "2022-10-13", story},
          {"reprint-1", "Coast Daily", "2022-10-14", "PORTLAND (Harbour Wire) — " + story}
        }) {
      Map<String, Object> article = new java.util.LinkedHashMap<>();
      article.put("id", a[0]);
      article.put("source", a[1]);
      article.put("date", a[2]);
      article.put("text", a[3]);
      assertThat(
              post("/api/articles", Json.mapper().writeValueAsString(article), TOKEN).statusCode())
          .isEqualTo(201);
    }

    JsonNode copies = json(get("/api/articles/reprint-1/copies"));
    assertThat(copies.get("articles").asInt()).isEqualTo(2);
    assertThat(copies.get("outlets").asInt()).isEqualTo(2);
    assertThat(copies.get("original").get("article").asText()).isEqualTo("wire-1");
    assertThat(copies.get("members").get(1).get("article").asText()).isEqualTo("reprint-1");

    String query = "/api/search?q=" + q("\"northern breakwater\"");
    JsonNode plain = json(get(query));
    assertThat(plain.get("total").asInt()).isEqualTo(2);
    assertThat(plain.get("hits")).hasSize(2);
    JsonNode collapsed = json(get(query + "&collapse=copies"));
    assertThat(collapsed.get("total").asInt()).isEqualTo(2);
    assertThat(collapsed.get("groups").asInt()).isEqualTo(1);
    assertThat(collapsed.get("hits")).hasSize(1);
    JsonNode group = collapsed.get("hits").get(0).get("copies");
    assertThat(group.get("articles").asInt()).isEqualTo(2);
    assertThat(group.get("original").get("source").asText()).isEqualTo("Harbour Wire");
    assertThat(get("/api/search?q=putin&collapse=everything").statusCode()).isEqualTo(400);
    assertThat(get("/api/articles/none/copies").statusCode()).isEqualTo(404);
  }

  @Test
  void aSearchPastTheTimeLimitIs503() throws Exception {
    Javalin hurried =
        VerbatimServer.create(
                verbatim, new ServerSettings(null, 4_096, java.time.Duration.ZERO, 600))
            .start("127.0.0.1", 0);
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + hurried.port() + "/api/search?q=musk"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(json(response).get("error").asText()).isEqualTo("timeout");
    } finally {
      hurried.stop();
    }
  }

  /** A server over the same index that allows each client three API requests a minute. */
  private Javalin threePerMinute() {
    return VerbatimServer.create(
            verbatim, new ServerSettings(null, 4_096, java.time.Duration.ofSeconds(10), 3))
        .start("127.0.0.1", 0);
  }

  @Test
  void tooManyRequestsFromOneClientIs429() throws Exception {
    Javalin limited = threePerMinute();
    try {
      URI uri = URI.create("http://127.0.0.1:" + limited.port() + "/api/search?q=musk");
      List<Integer> statuses = new java.util.ArrayList<>();
      for (int i = 0; i < 5; i++) {
        statuses.add(
            client
                .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
      }
      assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
      HttpResponse<String> limitedResponse =
          client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(json(limitedResponse).get("error").asText()).isEqualTo("too_many_requests");
      // a refusal carries the same security headers as every other answer
      assertThat(limitedResponse.headers().firstValue("X-Content-Type-Options"))
          .contains("nosniff");
      assertThat(limitedResponse.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(limitedResponse.headers().firstValue("X-Frame-Options")).contains("DENY");
    } finally {
      limited.stop();
    }
  }

  @Test
  void parameterErrorsNameTheParameterSentAndSayWhatWasWrong() throws Exception {
    HttpResponse<String> arabic = get("/api/search?q=putin&size=" + q("٣"));
    assertThat(arabic.statusCode()).isEqualTo(400);
    assertThat(json(arabic).get("message").asText())
        .isEqualTo("size must be a whole number (digits 0-9), was '٣'");
    assertThat(get("/api/search?q=putin&size=%2B3").statusCode()).isEqualTo(400);
    HttpResponse<String> names = get("/api/speakers?size=5000");
    assertThat(names.statusCode()).isEqualTo(400);
    assertThat(json(names).get("message").asText()).isEqualTo("size must be 1..1000, was 5000");
    HttpResponse<String> invisible =
        get("/api/search?scope=quotes&like=" + q("\u200b\u200b\u2060"));
    assertThat(invisible.statusCode()).isEqualTo(400);
    assertThat(json(invisible).get("message").asText()).isEqualTo("like has no words");
  }

  @Test
  void aVerifyBodyThatLooksLikeUtf32IsABadRequestNotAFailure() throws Exception {
    // Jackson guesses an encoding from raw bytes; four bytes like these made it read UTF-32 and
    // fail
    byte[] body = {0, 0, 0, '"', 0x5d, 0x5e, 0, 0, '"', 0, 0, 0};
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/verify"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).isEqualTo("bad_request");
  }

  @Test
  void aClientThatHangsUpMidBodyIsNoServerFailure() throws Exception {
    for (int i = 0; i < 3; i++) {
      try (java.net.Socket socket =
          new java.net.Socket(
              java.net.InetAddress.getLoopbackAddress(), URI.create(base).getPort())) {
        socket
            .getOutputStream()
            .write(
                "POST /api/verify HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n{\"quote\": \"I ha"
                    .getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
      } // closed with 1,985 bytes still owed
    }
    Thread.sleep(500);
    String metrics = get("/metrics").body();
    assertThat(metrics.lines().filter(l -> l.contains("route=\"/api/verify\"")))
        .noneMatch(l -> l.contains("status=\"500\""));
  }

  private HttpResponse<String> put(String path, String body, String token) throws Exception {
    return send("PUT", base, path, body, token);
  }

  @Test
  void anEditorCorrectsASpeakerAndTheCorrectionIsShownAsSuch() throws Exception {
    JsonNode hit =
        json(get("/api/search?scope=quotes&q=" + q("\"subject matter was space\""))).at("/hits/0");
    String path = "/api/quotes/" + q(hit.get("id").asText()) + "/speaker";
    assertThat(put(path, "{\"speaker\": \"Jane Editor\"}", null).statusCode()).isEqualTo(401);
    HttpResponse<String> corrected = put(path, "{\"speaker\": \"Jane Editor\"}", TOKEN);
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    assertThat(json(corrected).get("speaker").asText()).isEqualTo("Jane Editor");
    assertThat(json(corrected).get("rule").asText()).isEqualTo("editor");
    JsonNode again =
        json(get("/api/search?scope=quotes&q=" + q("\"subject matter was space\""))).at("/hits/0");
    assertThat(again.get("speaker").asText()).isEqualTo("Jane Editor");
    assertThat(again.get("rule").asText()).isEqualTo("editor");
    HttpResponse<String> nobody = put(path, "{\"speaker\": \"unknown\"}", TOKEN);
    assertThat(json(nobody).get("speaker").isNull()).isTrue();
    assertThat(
            put("/api/quotes/" + q("none#0") + "/speaker", "{\"speaker\": \"X\"}", TOKEN)
                .statusCode())
        .isEqualTo(404);
    assertThat(put(path, "{}", TOKEN).statusCode()).isEqualTo(400);
  }

  @Test
  void theFaviconIsServedWhereBrowsersAskForIt() throws Exception {
    HttpResponse<String> ico = get("/favicon.ico");
    assertThat(ico.statusCode()).isEqualTo(301);
    assertThat(ico.headers().firstValue("Location")).contains("/favicon.svg");
    HttpResponse<String> svg = get("/favicon.svg");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.body()).startsWith("<svg");
  }

  @Test
  void aPostFromAnotherSiteIsRefusedAndOneFromThePageIsNot() throws Exception {
    String claim = "{\"quote\": \"I have spoken to Putin only once\"}";
    HttpResponse<String> foreign =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/verify"))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(claim))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(json(foreign).get("error").asText()).isEqualTo("forbidden");
    HttpResponse<String> own =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/verify"))
                .header("Origin", base)
                .POST(HttpRequest.BodyPublishers.ofString(claim))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(own.statusCode()).isEqualTo(200);
  }

  @Test
  void oneClientTricklingManyBodiesIsRefusedPastItsBoundAndHealthStillAnswers() throws Exception {
    Javalin fresh =
        VerbatimServer.create(verbatim, new ServerSettings(null, 16L << 20)).start("127.0.0.1", 0);
    String server = "http://127.0.0.1:" + fresh.port();
    List<java.net.Socket> trickling = new ArrayList<>();
    try {
      String head =
          "POST /api/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              + "Content-Length: 2000\r\n\r\n{\"quote\": \"";
      for (int i = 0; i < BodyGate.PER_CLIENT; i++) {
        trickling.add(startBody(fresh.port(), head));
      }
      String metrics = "";
      for (int tries = 0;
          tries < 100
              && !metrics.contains("verbatim_request_bodies_receiving " + BodyGate.PER_CLIENT);
          tries++) {
        Thread.sleep(50);
        metrics = get(server, "/metrics").body().replace(".0\n", "\n");
      }
      assertThat(metrics).contains("verbatim_request_bodies_receiving " + BodyGate.PER_CLIENT);
      // one more body from the same address is refused before a byte of it is read
      try (java.net.Socket one = startBody(fresh.port(), head)) {
        String answer =
            new String(one.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
        assertThat(answer).isEqualTo("HTTP/1.1 429");
      }
      assertThat(get(server, "/health").statusCode()).isEqualTo(200);
      // the bodies end: their places are given back, and a claim is verified again
      for (java.net.Socket socket : trickling) {
        socket.close();
      }
      HttpResponse<String> verified = null;
      for (int tries = 0; tries < 100; tries++) {
        verified = send("POST", server, "/api/verify", "{\"quote\": \"spoken to Putin\"}", null);
        if (verified.statusCode() != 429) {
          break;
        }
        Thread.sleep(50);
      }
      assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
      // four clients hung up mid-body: not server errors
      String after = get(server, "/metrics").body();
      assertThat(after).contains("route=\"/api/verify\"").doesNotContain("status=\"500\"");
    } finally {
      for (java.net.Socket socket : trickling) {
        socket.close();
      }
      fresh.stop();
    }
  }

  /** A connection that has sent {@code head} (a request and the start of its body) and waits. */
  private static java.net.Socket startBody(int port, String head) throws IOException {
    java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(5_000);
    socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return socket;
  }

  @Test
  void aVerifyBodyDeclaredLargerThanAClaimNeedsIsRefusedBeforeItIsRead() throws Exception {
    Javalin roomy =
        VerbatimServer.create(verbatim, new ServerSettings(null, 16L << 20)).start("127.0.0.1", 0);
    try (java.net.Socket socket =
        new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), roomy.port())) {
      socket.setSoTimeout(5_000);
      // 16 MB announced, not one byte of it sent: the answer must not wait for it
      socket
          .getOutputStream()
          .write(
              ("POST /api/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      + "Content-Length: 16000000\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      String answer =
          new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
      assertThat(answer).isEqualTo("HTTP/1.1 413");
    } finally {
      roomy.stop();
    }
  }

  @Test
  void theRateLimitCountsOneClientAcrossRoutesWhateverItsForwardedFor() throws Exception {
    Javalin limited = threePerMinute();
    try {
      String base = "http://127.0.0.1:" + limited.port();
      List<String> paths =
          List.of("/api/search?q=musk", "/api/sources", "/api/speakers", "/api/search?q=putin");
      List<Integer> statuses = new java.util.ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(base + paths.get(i)))
                .header("X-Forwarded-For", "203.0.113." + i) // a new address per request
                .build();
        statuses.add(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
      }
      assertThat(statuses).containsExactly(200, 200, 200, 429);
    } finally {
      limited.stop();
    }
  }

  @Test
  void theScopeIsArticlesOrQuotesInAnyCaseAndAnythingElseIsABadRequest() throws Exception {
    HttpResponse<String> quotes = get("/api/search?q=putin&scope=QUOTES&size=1");
    assertThat(quotes.statusCode()).isEqualTo(200);
    assertThat(json(quotes).get("hits").get(0).has("speaker")).isTrue();
    HttpResponse<String> bad = get("/api/search?q=putin&scope=people");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("error").asText()).isEqualTo("bad_request");
    assertThat(json(bad).get("message").asText())
        .isEqualTo("scope must be articles or quotes, was 'people'");
  }

  @Test
  void aMethodOverrideHeaderIsRefusedNotObeyed() throws Exception {
    long before = verbatim.count();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/articles"))
            .header("X-HTTP-Method-Override", "POST")
            .header("Authorization", "Bearer " + TOKEN)
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).isEqualTo("bad_request");
    assertThat(verbatim.count()).isEqualTo(before);
  }

  @Test
  void verifyAnswersTheFactCheckersQuestion() throws Exception {
    HttpResponse<String> response =
        post(
            "/api/verify",
            "{\"quote\": \"I have spoken to Putin only once\", \"speaker\": \"Ian Bremmer\"}",
            null);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("verdict").asText()).isEqualTo("exact");
    assertThat(body.get("speaker_agrees").asBoolean()).isFalse();
    assertThat(body.get("speaker_evidence").asText()).isEqualTo("other_speaker");
    assertThat(body.get("speakers_on_record").get(0).asText()).isEqualTo("Elon Musk");
    assertThat(body.get("why").asText()).contains("not to Ian Bremmer");
    assertThat(body.get("matches").get(0).get("why").asText()).startsWith("The same words");
    assertThat(body.get("matches").get(0).get("diff").get(0).get("op").asText()).isEqualTo("equal");
    assertThat(post("/api/verify", "{\"speaker\": \"x\"}", null).statusCode()).isEqualTo(400);

    // the variants of one quote, found by its id in quote search
    JsonNode hit =
        json(get("/api/search?scope=quotes&q=" + q("\"everything possible had to be done\"")))
            .get("hits")
            .get(0);
    JsonNode variants = json(get("/api/quotes/" + q(hit.get("id").asText()) + "/variants"));
    JsonNode wordings = variants.get("variants").get(0).get("wordings");
    assertThat(wordings.size()).isGreaterThanOrEqualTo(2);
    assertThat(get("/api/quotes/" + q("none#0") + "/variants").statusCode()).isEqualTo(404);
    assertThat(post("/api/verify", "not json", null).statusCode()).isEqualTo(400);
  }

  @Test
  void aFullDiskIs507AndSearchesGoOnAndWritesResumeOnceSpaceIsBack() throws Exception {
    dev.verbatim.FaultyDisk disk = new dev.verbatim.FaultyDisk();
    try (Verbatim onDisk = disk.open()) {
      Javalin app =
          VerbatimServer.create(onDisk, new ServerSettings(TOKEN, 4_096)).start("127.0.0.1", 0);
      String saved = base;
      base = "http://127.0.0.1:" + app.port();
      try {
        String first = "{\"id\":\"d1\",\"text\":\"Putin spoke first.\"}";
        assertThat(post("/api/articles", first, TOKEN).statusCode()).isEqualTo(201);
        disk.full.set(true);
        String second =
            "{\"id\":\"d2\",\"text\":\"Musk replied.\"}\n"
                + "{\"id\":\"d3\",\"text\":\"Kirby said no.\"}";
        HttpResponse<String> refused = post("/api/articles", second, TOKEN);
        assertThat(refused.statusCode()).isEqualTo(507);
        assertThat(json(refused).get("error").asText()).isEqualTo("disk_full");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("\tat ");
        // nothing of the refused batch, everything acknowledged, and searches go on
        assertThat(json(get("/api/search?q=putin")).get("total").asLong()).isEqualTo(1);
        assertThat(json(get("/api/search?q=musk")).get("total").asLong()).isZero();
        disk.full.set(false);
        assertThat(post("/api/articles", second, TOKEN).statusCode()).isEqualTo(201);
        assertThat(json(get("/health")).get("articles").asLong()).isEqualTo(3);
        assertThat(json(get("/health")).get("writable").asBoolean()).isTrue();
      } finally {
        base = saved;
        app.stop();
      }
    }
  }

  /** A request sent as raw bytes: what Jetty answers before any route sees it. */
  private String raw(String request) throws IOException {
    URI uri = URI.create(base);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void aClientThatTricklesItsBodyIsCutOffNotWaitedFor() throws Exception {
    URI uri = URI.create(base);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write(
          ("POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + TOKEN
                  + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // one byte every 200 ms: 4,000 bytes would take 13 minutes
      boolean cutOff = false;
      for (int i = 0; i < 100 && !cutOff; i++) {
        try {
          out.write('{');
          out.flush();
          Thread.sleep(200);
          cutOff = socket.getInputStream().available() > 0;
        } catch (IOException closed) {
          cutOff = true;
        }
      }
      assertThat(cutOff).as("the server answered or closed before the body was complete").isTrue();
    }
    // and it still serves everybody else
    assertThat(get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void jettysOwnRefusalsAreJsonWithTheSecurityHeaders() throws Exception {
    String bigHeader =
        raw(
            "GET /api/search?q=a HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
    String longUri =
        raw("GET /" + "a".repeat(70_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    String garbage = raw("GARBAGE\r\n\r\n");
    assertThat(bigHeader).startsWith("HTTP/1.1 431").contains("\"error\":\"too_large\"");
    assertThat(longUri).startsWith("HTTP/1.1 414").contains("\"error\":\"too_large\"");
    assertThat(garbage).startsWith("HTTP/1.1 400").contains("\"error\":\"bad_request\"");
    for (String response : List.of(bigHeader, longUri, garbage)) {
      assertThat(response)
          .contains("Content-Type: application/json")
          .contains("Content-Security-Policy: default-src 'self'")
          .contains("X-Content-Type-Options: nosniff")
          .doesNotContain("<html")
          .doesNotContain("Exception");
    }
  }

  @Test
  void aRefusedRequestSaysItClosesTheConnectionSoTheNextRequestIsAnswered() throws Exception {
    // Jetty refuses a NUL in the path before any route and drops the connection afterwards
    String refused = raw("GET /api/quotes/%00/variants HTTP/1.1\r\nHost: x\r\n\r\n");
    assertThat(refused).startsWith("HTTP/1.1 400").containsIgnoringCase("Connection: close");
    for (int i = 0; i < 20; i++) {
      assertThat(get("/api/quotes/%00" + i + "/variants").statusCode()).isEqualTo(400);
      HttpResponse<String> next =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "/api/verify"))
                  .POST(HttpRequest.BodyPublishers.ofString("{\"quote\": \"spoken to Putin\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(next.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void clientsThatHangUpMidRequestAreNotCountedAsServerErrors() throws Exception {
    URI uri = URI.create(base);
    for (int i = 0; i < 50; i++) {
      try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
        socket.setSoLinger(true, 0); // close with a reset, as a killed client does
        socket
            .getOutputStream()
            .write(
                "GET /api/search?q=putin&size=100 HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    assertThat(get("/health").statusCode()).isEqualTo(200);
    assertThat(get("/metrics").body()).doesNotContain("status=\"500\"");
  }

  @Test
  void quotesCanBeSearchedByMeaningWithFilters() throws Exception {
    HttpResponse<String> near =
        get(
            "/api/search?scope=quotes&source=CNN&like="
                + java.net.URLEncoder.encode(
                    "I talked with the Russian president a single time", StandardCharsets.UTF_8));
    assertThat(near.statusCode()).isEqualTo(200);
    var hits = Json.mapper().readTree(near.body()).get("hits");
    assertThat(hits.size()).isPositive();
    assertThat(hits.get(0).get("text").asText()).contains("Putin only once");
    for (var hit : hits) {
      assertThat(hit.get("source").asText()).isEqualTo("CNN");
    }
    assertThat(get("/api/search?scope=articles&like=talks").statusCode()).isEqualTo(400);
    assertThat(get("/api/search?scope=quotes").statusCode()).isEqualTo(400);
  }

  @Test
  void aWebPageCanBePostedAsHtmlWithItsAddress() throws Exception {
    String page =
        "<html lang=\"en\"><head><title>Harbour reopens</title>"
            + "<meta property=\"og:site_name\" content=\"Port News\"></head><body>"
            + "<nav><a href=\"/\">Home</a></nav><article><h1>Harbour reopens</h1>"
            + "<p>The harbour reopened to ferries on Wednesday, a week after the storm, and the"
            + " first boats left on time.</p></article></body></html>";
    HttpResponse<String> noUrl =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/html; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(page))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(noUrl.statusCode()).isEqualTo(400);
    HttpResponse<String> posted =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/api/articles?url=" + q("https://port.example/harbour")))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/html; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(page))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    assertThat(json(posted).get("added").get(0).asText()).isEqualTo("https://port.example/harbour");
    JsonNode hit = json(get("/api/search?q=" + q("\"reopened to ferries\""))).get("hits").get(0);
    assertThat(hit.get("title").asText()).isEqualTo("Harbour reopens");
    assertThat(hit.get("source").asText()).isEqualTo("Port News");
    assertThat(hit.get("url").asText()).isEqualTo("https://port.example/harbour");
  }

  private HttpResponse<String> postPage(String address, String page) throws Exception {
    return postPage(base, address, page);
  }

  /** Posts a web page fetched from {@code address} to the server at {@code server}. */
  private HttpResponse<String> postPage(String server, String address, String page)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server + "/api/articles?url=" + q(address)))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "text/html; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(page))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String claimingPage(String canonical, String site, String words) {
    return "<html><head><title>Story</title><link rel=\"canonical\" href=\""
        + canonical
        + "\"><meta property=\"og:url\" content=\""
        + canonical
        + "\"><meta property=\"og:site_name\" content=\""
        + site
        + "\"></head><body><article><p>"
        + words
        + ", the minister said on Wednesday, and more words after that.</p></article></body></html>";
  }

  @Test
  void aPageFromAnotherSiteCannotTakeAnArticlesIdentity() throws Exception {
    String cnn = "https://www.cnn.com/2022/10/11/story";
    HttpResponse<String> original =
        postPage(cnn, claimingPage(cnn, "CNN", "“The harbour stays open,” the real story says"));
    assertThat(original.statusCode()).as(original.body()).isEqualTo(201);
    assertThat(json(original).get("added").get(0).asText()).isEqualTo(cnn);

    // a page fetched from elsewhere that names CNN's address and outlet keeps its own address
    String evil = "https://evil.example/fake-news";
    HttpResponse<String> hijack =
        postPage(evil, claimingPage(cnn, "CNN", "“The harbour is closed for good,” a fake says"));
    assertThat(hijack.statusCode()).as(hijack.body()).isEqualTo(201);
    assertThat(json(hijack).get("added").get(0).asText()).isEqualTo(evil);
    assertThat(json(hijack).get("updated")).isEmpty();
    // and the answer says which address the page claimed and was not given
    assertThat(json(hijack).at("/claims_not_taken/0/id").asText()).isEqualTo(evil);
    assertThat(json(hijack).at("/claims_not_taken/0/claimed_url").asText()).isEqualTo(cnn);
    assertThat(json(original).has("claims_not_taken")).isFalse();
    JsonNode real = json(get("/api/articles/" + q(cnn)));
    assertThat(real.get("text").asText()).contains("The harbour stays open");
    JsonNode fake = json(get("/api/search?q=" + q("\"closed for good\""))).get("hits").get(0);
    assertThat(fake.get("id").asText()).isEqualTo(evil);
    assertThat(fake.get("source").asText()).isEqualTo("evil.example");

    // the same site under another host still updates its article
    HttpResponse<String> again =
        postPage(
            "https://edition.cnn.com/2022/10/11/story?ref=home",
            claimingPage(cnn, "CNN", "“The harbour stays open all week,” the real story says"));
    assertThat(json(again).get("updated").get(0).asText()).isEqualTo(cnn);
  }

  @Test
  void anOperatorsTrustedOriginMayUpdateAnotherSitesArticle() throws Exception {
    String cnn = "https://www.cnn.com/2022/10/12/story";
    postPage(cnn, claimingPage(cnn, "CNN", "“The bridge reopens on Monday,” the first story says"));
    ServerSettings settings =
        new ServerSettings(TOKEN, 1 << 16)
            .withPageIdentity(
                dev.verbatim.ingest.PageIdentity.trusting(java.util.List.of("web.archive.org")));
    Javalin trusting = VerbatimServer.create(verbatim, settings).start("127.0.0.1", 0);
    String server = "http://127.0.0.1:" + trusting.port();
    try {
      HttpResponse<String> archived =
          postPage(
              server,
              "https://web.archive.org/web/2022/" + cnn,
              claimingPage(cnn, "CNN", "“The bridge reopens on Tuesday,” the archived copy says"));
      assertThat(archived.statusCode()).as(archived.body()).isEqualTo(201);
      assertThat(json(archived).get("updated").get(0).asText()).isEqualTo(cnn);
      assertThat(json(get("/api/articles/" + q(cnn))).get("source").asText()).isEqualTo("CNN");
      // an origin not on the list is still refused by that server
      HttpResponse<String> other =
          postPage(
              server,
              "https://evil.example/again",
              claimingPage(cnn, "CNN", "“The bridge is gone,” a fake says"));
      assertThat(json(other).get("added").get(0).asText()).isEqualTo("https://evil.example/again");
    } finally {
      trusting.stop();
    }
  }

  @Test
  void verifyAnswersAClaimReviewWhenAskedForJsonLd() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/api/verify"))
                .header("Accept", "application/ld+json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"quote\": \"I have spoken to Putin only once\", \"speaker\": \"Elon Musk\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/ld+json");
    JsonNode review = json(response);
    assertThat(review.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
    assertThat(review.get("claimReviewed").asText()).isEqualTo("I have spoken to Putin only once");
    assertThat(review.at("/reviewRating/alternateName").asText())
        .isEqualTo("Accurate: these words are on record, from Elon Musk");
    assertThat(review.at("/reviewRating/ratingValue").asInt()).isEqualTo(5);
    // the review's own address: the page showing this verification
    assertThat(review.get("url").asText())
        .isEqualTo(base + "/?verify=I+have+spoken+to+Putin+only+once&speaker=Elon+Musk");
    assertThat(review.has("author")).isFalse(); // no --publisher: no author claimed
    assertSchemaOrgClaimReview(review);
    JsonNode claim = review.get("itemReviewed");
    assertThat(claim.get("@type").asText()).isEqualTo("Claim");
    assertThat(claim.at("/author/name").asText()).isEqualTo("Elon Musk");
    assertThat(claim.get("appearance").size()).isGreaterThanOrEqualTo(2);
    assertThat(claim.get("appearance").findValuesAsText("name")).contains("CNN");
    // the earliest appearance first, and called out
    String first = claim.at("/firstAppearance/datePublished").asText();
    for (JsonNode a : claim.get("appearance")) {
      assertThat(a.get("datePublished").asText()).isGreaterThanOrEqualTo(first);
    }
  }

  /** The properties schema.org defines for each type used, and nothing else. */
  private static void assertSchemaOrgClaimReview(JsonNode review) {
    assertThat(review.fieldNames())
        .toIterable()
        .containsAll(List.of("@context", "@type", "url", "claimReviewed", "reviewRating"))
        .isSubsetOf(
            "@context",
            "@type",
            "url",
            "author",
            "claimReviewed",
            "reviewBody",
            "datePublished",
            "itemReviewed",
            "reviewRating");
    assertThat(review.get("itemReviewed").fieldNames())
        .toIterable()
        .isSubsetOf("@type", "author", "appearance", "firstAppearance");
    assertThat(review.get("reviewRating").fieldNames())
        .toIterable()
        .containsExactly("@type", "ratingValue", "bestRating", "worstRating", "alternateName");
    for (JsonNode work : review.at("/itemReviewed/appearance")) {
      assertThat(work.get("@type").asText()).isEqualTo("CreativeWork");
      assertThat(work.fieldNames())
          .toIterable()
          .isSubsetOf("@type", "url", "headline", "datePublished", "publisher", "text");
    }
    int rating = review.at("/reviewRating/ratingValue").asInt();
    assertThat(rating).isBetween(1, 5);
  }

  private HttpResponse<String> claimReview(String base, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + "/api/verify"))
            .header("Accept", "application/ld+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aClaimReviewNamesThePublisherAndNeverAssertsMisattributionWithoutANamedOtherSpeaker()
      throws Exception {
    server.addUnattributedQuote();
    Javalin published =
        VerbatimServer.create(
                verbatim,
                new ServerSettings(null, 4_096)
                    .withPublisher(
                        new ServerSettings.Publisher("Example Checks", "https://checks.example/")))
            .start("127.0.0.1", 0);
    try {
      String at = "http://127.0.0.1:" + published.port();
      String claim =
          "{\"quote\": \"If you like your health care plan, you can keep it\", \"speaker\":"
              + " \"Barack Obama\"}";
      JsonNode plain =
          json(
              client.send(
                  HttpRequest.newBuilder(URI.create(at + "/api/verify"))
                      .POST(HttpRequest.BodyPublishers.ofString(claim))
                      .build(),
                  HttpResponse.BodyHandlers.ofString()));
      assertThat(plain.get("verdict").asText()).isEqualTo("exact");
      assertThat(plain.get("speaker_agrees").isNull()).isTrue();
      assertThat(plain.get("speaker_evidence").asText()).isEqualTo("no_speaker_named");
      assertThat(plain.get("speakers_on_record")).isEmpty();

      JsonNode review = json(claimReview(at, claim));
      assertSchemaOrgClaimReview(review);
      assertThat(review.at("/author/@type").asText()).isEqualTo("Organization");
      assertThat(review.at("/author/name").asText()).isEqualTo("Example Checks");
      assertThat(review.at("/author/url").asText()).isEqualTo("https://checks.example/");
      assertThat(review.at("/reviewRating/ratingValue").asInt()).isEqualTo(3);
      assertThat(review.at("/reviewRating/alternateName").asText())
          .isEqualTo(
              "Accurate: these words are on record; the record names no speaker, so it is"
                  + " unconfirmed that Barack Obama said it")
          .doesNotContain("not from");
      assertThat(review.at("/itemReviewed/firstAppearance/datePublished").asText())
          .isEqualTo("2013-11-01");

      // someone else named: misattribution, and only then
      JsonNode other =
          json(
              claimReview(
                  at,
                  "{\"quote\": \"I have spoken to Putin only once\", \"speaker\": \"Ian"
                      + " Bremmer\"}"));
      assertThat(other.at("/reviewRating/ratingValue").asInt()).isEqualTo(2);
      assertThat(other.at("/reviewRating/alternateName").asText())
          .isEqualTo("Accurate: these words are on record, but from Elon Musk, not Ian Bremmer");
    } finally {
      published.stop();
    }
  }

  @Test
  void aClaimReviewCannotEndTheScriptElementItIsPastedInto() throws Exception {
    String hostile = "</script><script>window.pwned=1</script> & <!-- spoken to Putin only once";
    HttpResponse<String> response =
        claimReview(
            base,
            Json.mapper()
                .writeValueAsString(java.util.Map.of("quote", hostile, "speaker", "Elon Musk")));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(response.body()).contains("\\u003c/script\\u003e");
    // still the same JSON
    assertThat(json(response).get("claimReviewed").asText()).isEqualTo(hostile);
  }

  @Test
  void withoutATokenWritesAreRefused() throws Exception {
    Javalin readOnly =
        VerbatimServer.create(verbatim, new ServerSettings(null, 4_096)).start("127.0.0.1", 0);
    try {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + readOnly.port() + "/api/articles"))
                  .header("Authorization", "Bearer anything")
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(json(response).get("error").asText()).isEqualTo("writes_disabled");
    } finally {
      readOnly.stop();
    }
  }

  @Test
  void metricsCountRequestsByRouteAndStatus() throws Exception {
    get("/api/search?q=musk");
    get("/api/search?q=" + q("musk ("));
    HttpResponse<String> metrics = get("/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("verbatim_articles 5.0")
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"} 1")
        .contains(
            "http_server_requests_seconds_count{method=\"GET\",route=\"/api/search\",status=\"400\"} 1")
        .contains("verbatim_index_bytes")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void namesHealthAndSettingsHideTheToken() throws Exception {
    assertThat(json(get("/api/speakers?prefix=zel")).get("values").get(0).get("value").asText())
        .isEqualTo("Volodymyr Zelensky");
    assertThat(json(get("/api/sources")).get("values").size()).isEqualTo(5);
    assertThat(json(get("/health")).get("articles").asLong()).isEqualTo(5);
    assertThat(new ServerSettings(TOKEN, 1).toString()).doesNotContain(TOKEN);
  }
}
