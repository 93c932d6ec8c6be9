package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watches over HTTP: made with the token, matched as articles arrive, read as JSON or Atom. */
class WatchRoutesTest {
  private static final String TOKEN = "watch-token-1";
  private final HttpClient client = HttpClient.newHttpClient();

  @TempDir Path dir;
  private SeedServer server;

  @BeforeEach
  void start() throws IOException {
    server = SeedServer.start(dir, new ServerSettings(TOKEN, 4_096));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private HttpResponse<String> send(String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : server.base + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.mapper().readTree(response.body());
  }

  @Test
  void aWatchMatchesArrivingArticlesAndServesThemAsJsonAndAtom() throws Exception {
    HttpResponse<String> made =
        send(
            "POST",
            "/api/watches",
            "{\"q\": \"lighthouse keeper\", \"source\": \"Tide Times\"}",
            TOKEN);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode watch = json(made);
    String id = watch.get("id").asText();
    assertThat(watch.get("kind").asText()).isEqualTo("search");
    assertThat(watch.get("source").get(0).asText()).isEqualTo("Tide Times");
    String feed = watch.get("feed").asText();
    assertThat(feed).contains("/api/watches/" + id + "/feed.atom?key=");

    String articles =
        "{\"id\": \"w1\", \"source\": \"Tide Times\", \"title\": \"Keeper retires\", \"url\":"
            + " \"https://example.org/w1\", \"text\": \"The lighthouse keeper retired on Friday"
            + " after forty years.\"}\n"
            + "{\"id\": \"w2\", \"source\": \"Coast Daily\", \"title\": \"Another keeper\", \"text\":"
            + " \"A lighthouse keeper was hired.\"}\n";
    assertThat(send("POST", "/api/articles", articles, TOKEN).statusCode()).isEqualTo(201);

    JsonNode matches = json(send("GET", "/api/watches/" + id + "/matches", null, TOKEN));
    assertThat(matches.get("matches")).hasSize(1);
    JsonNode match = matches.get("matches").get(0);
    assertThat(match.get("article").asText()).isEqualTo("w1");
    assertThat(match.get("text").asText())
        .isEqualTo(
            "The <mark>lighthouse</mark> <mark>keeper</mark> retired on Friday after forty years.");
    assertThat(matches.get("next_cursor").isNull()).isTrue();

    // the feed opens with its key, without the token, and is Atom a feed reader reads
    HttpResponse<String> atom = send("GET", feed, null, null);
    assertThat(atom.statusCode()).isEqualTo(200);
    assertThat(atom.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/atom+xml");
    SyndFeed parsed = new SyndFeedInput().build(new StringReader(atom.body()));
    assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(parsed.getEntries()).hasSize(1);
    assertThat(parsed.getEntries().getFirst().getTitle()).isEqualTo("Keeper retires (Tide Times)");
    assertThat(parsed.getEntries().getFirst().getLink()).isEqualTo("https://example.org/w1");

    // a renewed key revokes the old feed URL
    JsonNode renewed = json(send("POST", "/api/watches/" + id + "/feed_key", "", TOKEN));
    assertThat(send("GET", feed, null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", renewed.get("feed").asText(), null, null).statusCode()).isEqualTo(200);

    assertThat(json(send("GET", "/api/watches", null, TOKEN)).get("watches")).hasSize(1);
    assertThat(send("DELETE", "/api/watches/" + id, null, TOKEN).statusCode()).isEqualTo(204);
    assertThat(send("GET", "/api/watches/" + id + "/matches", null, TOKEN).statusCode())
        .isEqualTo(404);
  }

  @Test
  void watchesNeedTheTokenAndAClearRequest() throws Exception {
    assertThat(send("POST", "/api/watches", "{\"q\": \"putin\"}", null).statusCode())
        .isEqualTo(401);
    assertThat(send("GET", "/api/watches", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> both =
        send("POST", "/api/watches", "{\"q\": \"putin\", \"quote\": \"x\"}", TOKEN);
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(json(both).get("message").asText()).contains("not both");
    HttpResponse<String> malformed = send("POST", "/api/watches", "{\"q\": \"(putin\"}", TOKEN);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(
            send("POST", "/api/watches", "{\"q\": \"putin\", \"scope\": \"nope\"}", TOKEN)
                .statusCode())
        .isEqualTo(400);
    assertThat(send("GET", "/api/watches/nope/feed.atom?key=abc", null, null).statusCode())
        .isEqualTo(401);
    HttpResponse<String> claim =
        send(
            "POST",
            "/api/watches",
            "{\"quote\": \"The subject matter was space\", \"speaker\": \"Elon Musk\"}",
            TOKEN);
    assertThat(claim.statusCode()).isEqualTo(201);
    assertThat(json(claim).get("kind").asText()).isEqualTo("claim");
    assertThat(json(claim).get("speaker").asText()).isEqualTo("Elon Musk");
  }
}
