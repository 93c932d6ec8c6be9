package dev.verbatim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.AddResult;
import dev.verbatim.Article;
import dev.verbatim.Verbatim;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/articles}: articles as JSON, JSON Lines or one web page, committed before the
 * answer says so; the records that cannot be added are named with why.
 */
final class ArticleRoutes {
  private final Verbatim verbatim;
  private final ApiRoutes api;
  private final ServerSettings settings;
  private final BodyGate bodies;

  ArticleRoutes(Verbatim verbatim, ApiRoutes api, ServerSettings settings, BodyGate bodies) {
    this.verbatim = verbatim;
    this.api = api;
    this.settings = settings;
    this.bodies = bodies;
  }

  /**
   * {@code POST /api/articles}: one JSON article or JSON Lines; needs the bearer token; answers 201
   * only after the articles are committed.
   */
  void addArticles(Context ctx) throws IOException {
    api.authorise(ctx);
    Received received = received(parsed(ctx));
    List<Article> accepted = received.accepted();
    List<Map<String, Object>> rejected = received.rejected();
    List<Map<String, Object>> notTaken = received.notTaken();
    Map<String, Object> response = new LinkedHashMap<>();
    if (accepted.isEmpty()) {
      response.put("error", "bad_request");
      response.put("message", "no article in the request could be added");
      response.put("rejected", rejected);
      ctx.status(400).json(response);
      return;
    }
    // the batch is added and committed as one: durable before we say so, all or nothing
    List<AddResult> results = api.onPlatform(() -> verbatim.addAndCommit(accepted));
    List<String> added = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      List<String> list =
          switch (results.get(i)) {
            case ADDED -> added;
            case UPDATED -> updated;
            case UNCHANGED -> unchanged;
          };
      list.add(accepted.get(i).id());
    }
    response.put("added", added);
    response.put("updated", updated);
    response.put("unchanged", unchanged);
    response.put("rejected", rejected);
    if (!notTaken.isEmpty()) {
      response.put("claims_not_taken", notTaken);
    }
    ctx.status(201).json(response);
  }

  /** The records of a POST /api/articles body: one web page, or JSON records. */
  private List<IngestRecord> parsed(Context ctx) throws IOException {
    List<IngestRecord> parsed = new ArrayList<>();
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
      // one web page; its address names it (unless the page gives a canonical one)
      String url = ctx.queryParam("url");
      if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
        throw HttpException.badRequest("an HTML body needs the page's http(s) address as ?url=");
      }
      String charset = ctx.req().getCharacterEncoding();
      // read here; extracted on a platform thread
      byte[] page = bodies.receive(ctx.req().getRemoteAddr(), ctx::bodyAsBytes);
      parsed.add(
          api.onPlatform(
              () ->
                  ArticleReader.parseHtml(
                      page, charset, url, "request page", settings.pageIdentity())));
    } else {
      List<String> records = records(bodies.receive(ctx.req().getRemoteAddr(), ctx::body));
      parsed.addAll(
          api.onPlatform(
              () -> {
                List<IngestRecord> each = new ArrayList<>();
                for (int i = 0; i < records.size(); i++) {
                  each.add(ArticleReader.parseJson(records.get(i), "request record " + (i + 1)));
                }
                return each;
              }));
    }
    return parsed;
  }

  /** A request's records: the articles to add, the rejections and the addresses not taken. */
  private record Received(
      List<Article> accepted,
      List<Map<String, Object>> rejected,
      List<Map<String, Object>> notTaken) {}

  private static Received received(List<IngestRecord> parsed) {
    List<Article> accepted = new ArrayList<>();
    List<Map<String, Object>> rejected = new ArrayList<>();
    List<Map<String, Object>> notTaken = new ArrayList<>();
    for (IngestRecord record : parsed) {
      switch (record) {
        case IngestRecord.Skipped s -> {}
        case IngestRecord.Accepted a -> {
          accepted.add(a.article());
          if (a.claimedUrl() != null) {
            // the page named another site's address as its own: it keeps its own, and says so
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.article().id());
            m.put("claimed_url", a.claimedUrl());
            m.put(
                "message",
                "the page names an address on another site as its own; it is indexed under the"
                    + " address it was posted for");
            notTaken.add(m);
          }
        }
        case IngestRecord.Rejected r -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("origin", r.origin());
          m.put("id", r.id());
          m.put("field", r.field());
          m.put("message", r.message());
          rejected.add(m);
        }
      }
    }
    return new Received(accepted, rejected, notTaken);
  }

  /** One JSON object (possibly pretty-printed), or JSON Lines. */
  private static List<String> records(String body) {
    if (body.isBlank()) {
      throw HttpException.badRequest("the body is empty; send a JSON article or JSON Lines");
    }
    try {
      // one object and nothing after it; a second line makes it JSON Lines
      JsonNode whole =
          Json.mapper()
              .reader()
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readTree(body);
      if (whole != null && whole.isObject()) {
        return List.of(body);
      }
    } catch (JsonProcessingException notOneObject) {
      // JSON Lines
    }
    List<String> lines = new ArrayList<>();
    for (String line : body.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
