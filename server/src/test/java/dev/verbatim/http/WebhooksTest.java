package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.Article;
import dev.verbatim.Verbatim;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks: a watch's new matches POSTed to an allowed host, signed, retried until taken; any other
 * host refused before the watch is made.
 */
class WebhooksTest {
  private static final String TOKEN = "hook-token";

  /** What the receiver was sent: body and headers. */
  record Received(String body, String signature, String delivery) {}

  @TempDir Path dir;
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failFirst = new AtomicInteger();
  private Javalin receiver;
  private Verbatim verbatim;
  private Javalin server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    receiver =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.post(
                      "/hook",
                      ctx -> {
                        received.add(
                            new Received(
                                ctx.body(),
                                ctx.header(Webhooks.SIGNATURE),
                                ctx.header(Webhooks.DELIVERY)));
                        ctx.status(failFirst.getAndDecrement() > 0 ? 503 : 204);
                      });
                })
            .start("127.0.0.1", 0);
    verbatim = Verbatim.open(dir.resolve("index"));
    server =
        VerbatimServer.create(
                verbatim,
                new ServerSettings(TOKEN, 1 << 20),
                List.of(),
                new WebhookSettings(Set.of("127.0.0.1"), dir.resolve("webhooks.json")))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
    receiver.stop();
    verbatim.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + TOKEN)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void arrive(String id, String text) throws Exception {
    verbatim.addAndCommit(
        List.of(
            new Article(
                id, "Wire", null, "A story", List.of(), LocalDate.of(2026, 12, 7), null, text)));
  }

  private void awaitReceived(int n) throws InterruptedException {
    for (int i = 0; i < 100 && received.size() < n; i++) {
      Thread.sleep(100);
    }
  }

  @Test
  void aMatchIsPostedSignedAndRetriedUntilTaken() throws Exception {
    failFirst.set(1); // the receiver refuses the first delivery
    HttpResponse<String> made =
        send(
            "POST",
            "/api/watches",
            "{\"q\": \"\\\"red lines\\\"\", \"webhook\": \"http://127.0.0.1:"
                + receiver.port()
                + "/hook\"}");
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode watch = Json.mapper().readTree(made.body());
    String id = watch.get("id").asText();
    String secret = watch.get("webhook").get("secret").asText();
    assertThat(secret).hasSizeGreaterThan(20);

    arrive("a1", "The minister said the talks had crossed red lines on Sunday.");
    arrive("a2", "Nothing of interest happened in the harbour today, officials said.");
    awaitReceived(2);

    assertThat(received).hasSize(2); // refused once, then taken: the same delivery twice
    Received first = received.get(0);
    Received second = received.get(1);
    assertThat(second.delivery()).isEqualTo(first.delivery()).startsWith(id + ":");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.signature())
        .isEqualTo(
            "sha256=" + Webhooks.sign(secret, second.body().getBytes(StandardCharsets.UTF_8)));
    JsonNode body = Json.mapper().readTree(second.body());
    assertThat(body.get("watch").asText()).isEqualTo(id);
    assertThat(body.get("match").get("article").asText()).isEqualTo("a1");

    JsonNode status = Json.mapper().readTree(send("GET", "/api/watches/" + id, null).body());
    assertThat(status.get("webhook").get("failures").asInt()).isZero();
    assertThat(status.get("webhook").get("delivered").asLong())
        .isEqualTo(body.get("match").get("sequence").asLong());
    assertThat(status.get("webhook").has("secret")).isFalse();

    arrive("a3", "Again, red lines were mentioned by the envoy.");
    awaitReceived(3);
    assertThat(received).hasSize(3);
    assertThat(Json.mapper().readTree(received.get(2).body()).get("match").get("article").asText())
        .isEqualTo("a3");
  }

  @Test
  void aHostTheOperatorDidNotAllowIsRefusedAndNoWatchIsMade() throws Exception {
    for (String url :
        List.of(
            "http://169.254.169.254/latest/meta-data",
            "http://localhost:" + receiver.port() + "/hook",
            "file:///etc/passwd",
            "http://user@127.0.0.1:" + receiver.port() + "/hook")) {
      HttpResponse<String> refused =
          send(
              "POST",
              "/api/watches",
              Json.mapper().writeValueAsString(Map.of("q", "red", "webhook", url)));
      assertThat(refused.statusCode()).as(url).isEqualTo(400);
      assertThat(Json.mapper().readTree(refused.body()).get("message").asText())
          .as(url)
          .containsAnyOf("not one this server's operator allows", "http or https URL");
    }
    JsonNode list = Json.mapper().readTree(send("GET", "/api/watches", null).body());
    assertThat(list.get("watches")).isEmpty();
  }
}
