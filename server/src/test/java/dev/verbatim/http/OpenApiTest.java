package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real responses of a running server, checked against the OpenAPI document it serves. */
class OpenApiTest {
  private static final String TOKEN = "t0k3n";
  private final HttpClient client = HttpClient.newHttpClient();
  private final OpenApiInteractionValidator validator =
      OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi.yaml()).build();

  @TempDir Path dir;
  private SeedServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = SeedServer.start(dir, new ServerSettings(TOKEN, 4_096));
    base = server.base;
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  /** Sends a request, validates request and response against the document, returns the status. */
  private int check(String method, String path, Map<String, String> query, String body)
      throws Exception {
    return check(method, path, query, body, true);
  }

  /**
   * As above; with {@code validRequest} false the request breaks the document on purpose, and only
   * the response is checked.
   */
  private int check(
      String method, String path, Map<String, String> query, String body, boolean validRequest)
      throws Exception {
    StringBuilder url = new StringBuilder(base).append(path);
    SimpleRequest.Builder request =
        method.equals("GET") ? SimpleRequest.Builder.get(path) : SimpleRequest.Builder.post(path);
    String sep = "?";
    for (var e : query.entrySet()) {
      url.append(sep)
          .append(e.getKey())
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = "&";
      request.withQueryParam(e.getKey(), e.getValue());
    }
    HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(url.toString()));
    if (method.equals("GET")) {
      http.GET();
    } else {
      http.POST(HttpRequest.BodyPublishers.ofString(body))
          .header("Content-Type", "application/json")
          .header("Authorization", "Bearer " + TOKEN);
      request
          .withBody(body)
          .withContentType("application/json")
          .withHeader("Authorization", "Bearer " + TOKEN);
    }
    HttpResponse<String> response = client.send(http.build(), HttpResponse.BodyHandlers.ofString());
    String contentType = response.headers().firstValue("Content-Type").orElse("application/json");
    SimpleResponse actual =
        SimpleResponse.Builder.status(response.statusCode())
            .withContentType(contentType.split(";")[0])
            .withBody(response.body())
            .build();
    ValidationReport report =
        validRequest
            ? validator.validate(request.build(), actual)
            : validator.validateResponse(
                path,
                method.equals("GET")
                    ? com.atlassian.oai.validator.model.Request.Method.GET
                    : com.atlassian.oai.validator.model.Request.Method.POST,
                actual);
    assertThat(report.getMessages())
        .as(method + " " + url + " → " + response.statusCode() + " " + response.body())
        .isEmpty();
    return response.statusCode();
  }

  private static Map<String, String> params(String... kv) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      map.put(kv[i], kv[i + 1]);
    }
    return map;
  }

  @Test
  void everyEndpointAnswersAsDocumented() throws Exception {
    assertThat(check("GET", "/api/search", params("q", "putin w/12 nuclear"), null)).isEqualTo(200);
    assertThat(check("GET", "/api/search", params("q", "musk", "size", "2", "sort", "date"), null))
        .isEqualTo(200);
    assertThat(check("GET", "/api/search", params("q", "speaker:putin", "scope", "quotes"), null))
        .isEqualTo(200);
    assertThat(check("GET", "/api/search", params("q", "musk (putin"), null)).isEqualTo(400);
    assertThat(check("POST", "/api/watches", params(), "{\"q\": \"putin\", \"source\": [\"CNN\"]}"))
        .isEqualTo(201);
    assertThat(
            check(
                "POST", "/api/watches", params(), "{\"quote\": \"space\", \"speaker\": \"Musk\"}"))
        .isEqualTo(201);
    assertThat(check("GET", "/api/articles/002_bc97ad8f4dd9a4f7", Map.of(), null)).isEqualTo(200);
    assertThat(check("GET", "/api/articles/none", Map.of(), null)).isEqualTo(404);
    assertThat(
            check(
                "GET",
                "/api/search",
                params("q", "putin", "collapse", "copies", "size", "2"),
                null))
        .isEqualTo(200);
    assertThat(check("GET", "/api/articles/002_bc97ad8f4dd9a4f7/copies", Map.of(), null))
        .isEqualTo(200);
    assertThat(check("GET", "/api/articles/none/copies", Map.of(), null)).isEqualTo(404);
    assertThat(check("GET", "/api/speakers", params("prefix", "ze"), null)).isEqualTo(200);
    assertThat(check("GET", "/api/sources", Map.of(), null)).isEqualTo(200);
    assertThat(check("GET", "/health", Map.of(), null)).isEqualTo(200);
    assertThat(
            check(
                "POST",
                "/api/articles",
                Map.of(),
                "{\"id\": \"o1\", \"source\": \"S\", \"date\": \"2022-10-13\", \"text\": \"A text.\"}"))
        .isEqualTo(201);
    assertThat(check("POST", "/api/articles", Map.of(), "{\"id\": \"o2\"}", false)).isEqualTo(400);
    assertThat(
            check(
                "POST",
                "/api/verify",
                Map.of(),
                "{\"quote\": \"I have spoken to Putin only once\", \"speaker\": \"Elon Musk\"}"))
        .isEqualTo(200);
    assertThat(check("POST", "/api/verify", Map.of(), "{\"quote\": \"Nobody said this at all\"}"))
        .isEqualTo(200);
    assertThat(check("GET", "/api/quotes/002_bc97ad8f4dd9a4f7%230/variants", Map.of(), null))
        .isEqualTo(200);
    assertThat(check("GET", "/api/quotes/none%230/variants", Map.of(), null)).isEqualTo(404);
  }

  @Test
  void documentIsServedAsYamlAndJson() throws Exception {
    HttpResponse<String> json =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(Json.mapper().readTree(json.body()).get("paths").has("/api/search")).isTrue();
    HttpResponse<String> ui =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ui.statusCode()).isEqualTo(200);
  }
}
