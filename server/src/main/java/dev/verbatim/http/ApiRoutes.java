package dev.verbatim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.AddResult;
import dev.verbatim.Article;
import dev.verbatim.Collapse;
import dev.verbatim.CopyGroup;
import dev.verbatim.DateFacet;
import dev.verbatim.FacetValue;
import dev.verbatim.Limits;
import dev.verbatim.Scope;
import dev.verbatim.SearchRequest;
import dev.verbatim.SortOrder;
import dev.verbatim.Verbatim;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import dev.verbatim.quote.Quote;
import dev.verbatim.verify.Verification;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The handlers: parse the request, call the façade, return its records. */
final class ApiRoutes {
  private static final int DEFAULT_NAMES = 20;

  /**
   * Word positions a query may read for one unit of its client's search share: about a second of
   * proximity matching on a 2-core machine (about 30 million positions a second, measured; see
   * docs/operations.md). A query reading 60 million spends 3 units.
   */
  static final long POSITIONS_PER_UNIT = 30_000_000L;

  private final Verbatim verbatim;
  private final ServerSettings settings;

  private final SearchGate gate;
  private final BodyGate bodies;
  private final ExecutorService cpu;

  /**
   * @param cpu platform threads for the work that keeps a processor busy; its size need not be
   *     bounded here: the search gate bounds the searches, the token the writes
   */
  ApiRoutes(
      Verbatim verbatim,
      ServerSettings settings,
      SearchGate gate,
      BodyGate bodies,
      ExecutorService cpu) {
    this.verbatim = verbatim;
    this.settings = settings;
    this.gate = gate;
    this.bodies = bodies;
    this.cpu = cpu;
  }

  /** {@code GET /api/search}: the body of {@code verbatim search --json}. */
  void search(Context ctx) throws IOException {
    String q = ctx.queryParam("q");
    String like = ctx.queryParam("like");
    if (q == null && (like == null || like.isBlank())) {
      throw HttpException.badRequest("q is required (or like, with scope=quotes)");
    }
    SearchRequest.Builder request =
        SearchRequest.builder(q == null ? "" : q)
            .like(like)
            .sources(ctx.queryParams("source"))
            .speakers(ctx.queryParams("speaker"))
            .from(date(ctx, "from"))
            .to(date(ctx, "to"))
            .sort(sort(ctx.queryParam("sort")))
            .size(integer(ctx, "size", Limits.DEFAULT_PAGE_SIZE))
            .cursor(ctx.queryParam("cursor"))
            .dateFacet(dateFacet(ctx.queryParam("date_facet")))
            .facetSize(integer(ctx, "facet_size", Limits.DEFAULT_FACET_SIZE))
            .snippets(bool(ctx.queryParam("snippets"), "snippets"))
            .collapse(
                ctx.queryParam("collapse") == null
                    ? Collapse.NONE
                    : Collapse.parse(ctx.queryParam("collapse")));
    Scope scope =
        ctx.queryParam("scope") == null ? Scope.ARTICLES : Scope.parse(ctx.queryParam("scope"));
    // what the query will read is known from the index's statistics before it runs: an expensive
    // one spends more of its client's share (and one past the limit is refused by the search)
    long positions = q == null ? 0 : onPlatform(() -> verbatim.articles().positionsRead(q));
    int units = 1 + (int) Math.min(Integer.MAX_VALUE - 1, positions / POSITIONS_PER_UNIT);
    try (SearchGate.Turn turn =
        gate.enter(ctx.req().getRemoteAddr(), settings.searchTimeout(), units)) {
      // the time limit counts from arrival: what the request waited at the gate is spent
      SearchRequest timed = request.timeout(turn.remaining()).build();
      ctx.json(
          onPlatform(
              () ->
                  scope == Scope.ARTICLES
                      ? verbatim.search(timed)
                      : (Object) verbatim.quotes().search(timed)));
    }
  }

  /** {@code GET /api/articles/{id}}: the article, its metadata and its quotes with offsets. */
  void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<Article> read = verbatim.articles().get(id);
    Article article = read.orElseThrow(() -> HttpException.notFound("no article with id " + id));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", article.id());
    body.put("source", article.source());
    body.put("url", article.url());
    body.put("title", article.title());
    body.put("authors", article.authors());
    body.put("date", article.date());
    body.put("language", article.language());
    body.put("text", article.text());
    List<Quote> found = verbatim.quotes().of(article.id());
    body.put("quotes", found);
    ctx.json(body);
  }

  /**
   * {@code GET /api/articles/{id}/copies}: the article's copy group, the original first (each
   * member's id, outlet, date, headline and address), with how many outlets print it.
   */
  void copies(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Optional<CopyGroup> found = verbatim.articles().copiesOf(id);
    if (found.isEmpty()) {
      String why =
          verbatim.articles().get(id).isPresent()
              ? "article " + id + " was indexed before copies were grouped; index it again"
              : "no article with id " + id;
      throw HttpException.notFound(why);
    }
    CopyGroup group = found.get();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("article", id);
    body.put("group", group.id());
    body.put("articles", group.members().size());
    body.put("outlets", group.outlets());
    body.put("original", group.original());
    body.put("members", group.members());
    ctx.json(body);
  }

  /**
   * {@code POST /api/articles}: one JSON article or JSON Lines; needs the bearer token; answers 201
   * only after the articles are committed.
   */
  void addArticles(Context ctx) throws IOException {
    authorise(ctx);
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
    List<AddResult> results = onPlatform(() -> verbatim.addAndCommit(accepted));
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
          onPlatform(
              () ->
                  ArticleReader.parseHtml(
                      page, charset, url, "request page", settings.pageIdentity())));
    } else {
      List<String> records = records(bodies.receive(ctx.req().getRemoteAddr(), ctx::body));
      parsed.addAll(
          onPlatform(
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

  /** {@code POST /api/verify}: {@code {"quote", "speaker"}} → verdict, matches, diffs, variants. */
  void verify(Context ctx) throws IOException {
    JsonNode body = jsonBody(ctx, MAX_VERIFY_BODY_BYTES, "{\"quote\", \"speaker\"}");
    if (body == null || !body.path("quote").isTextual() || body.get("quote").asText().isBlank()) {
      throw HttpException.badRequest("quote is required");
    }
    JsonNode speakerNode = body.get("speaker");
    String speaker = speakerNode == null || speakerNode.isNull() ? null : speakerNode.asText();
    String quote = body.get("quote").asText();
    Verification verification = gated(ctx, () -> verbatim.verify(quote, speaker));
    String accept = ctx.header("Accept");
    if (accept != null && accept.contains("application/ld+json")) {
      // schema.org ClaimReview, for fact-check aggregators and search engines
      ctx.contentType("application/ld+json")
          .result(
              ClaimReviews.scriptSafe(
                  Json.mapper()
                      .writeValueAsString(
                          ClaimReviews.of(
                              verbatim,
                              quote,
                              verification,
                              permalink(ctx, quote, speaker),
                              settings.publisher()))));
      return;
    }
    ctx.json(verification);
  }

  /**
   * The largest body {@code POST /api/verify} reads: a claim is at most {@link
   * dev.verbatim.Limits#MAX_QUERY_LENGTH} characters, so 64 KiB is ample; a larger declared length
   * is refused before a byte is read, so a slow sender cannot hold a worker for a 16 MB body.
   */
  static final int MAX_VERIFY_BODY_BYTES = 64 << 10;

  /**
   * The body as JSON, refused with 413 when it declares or turns out longer than {@code max} bytes
   * (read no further than that), with 400 and {@code usage} when it is not JSON. Read as UTF-8
   * text, as every body here: Jackson would guess UTF-16 or UTF-32 from raw bytes.
   */
  JsonNode jsonBody(Context ctx, int max, String usage) throws IOException {
    if (ctx.contentLength() > max) {
      throw tooLarge(max);
    }
    byte[] body =
        bodies.receive(
            ctx.req().getRemoteAddr(),
            () -> {
              try (InputStream in = ctx.req().getInputStream()) {
                return in.readNBytes(max + 1);
              }
            });
    if (body.length > max) {
      throw tooLarge(max);
    }
    try {
      return Json.mapper().readTree(new String(body, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw HttpException.badRequest("the body must be JSON: " + usage);
    }
  }

  private static HttpException tooLarge(int max) {
    return new HttpException(
        413, "too_large", "the request body is larger than " + max + " bytes for this route");
  }

  /** The page's address for this verification: {@code /?verify=…&speaker=…} on this server. */
  private static String permalink(Context ctx, String quote, String speaker) {
    StringBuilder url =
        new StringBuilder(ctx.scheme())
            .append("://")
            .append(ctx.host())
            .append("/?verify=")
            .append(URLEncoder.encode(quote, StandardCharsets.UTF_8));
    if (speaker != null && !speaker.isBlank()) {
      url.append("&speaker=").append(URLEncoder.encode(speaker, StandardCharsets.UTF_8));
    }
    return url.toString();
  }

  /**
   * {@code PUT /api/quotes/{id}/speaker} (token): {@code {"speaker": "Name"}}, or {@code "unknown"}
   * or null for "nobody is named" → the corrected quote.
   */
  void correctSpeaker(Context ctx) throws IOException {
    authorise(ctx);
    JsonNode body = jsonBody(ctx, MAX_VERIFY_BODY_BYTES, "{\"speaker\": \"Name\"}");
    if (body == null
        || !body.has("speaker")
        || !(body.get("speaker").isTextual() || body.get("speaker").isNull())) {
      throw HttpException.badRequest(
          "speaker is required: a name, or \"unknown\" for nobody named");
    }
    String speaker = body.get("speaker").isNull() ? null : body.get("speaker").asText().strip();
    String named = speaker == null || speaker.equalsIgnoreCase("unknown") ? null : speaker;
    String id = ctx.pathParam("id");
    Quote quote =
        onPlatform(() -> verbatim.quotes().correctSpeaker(id, named))
            .orElseThrow(() -> HttpException.notFound("no quote with id " + id));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", id);
    answer.put("text", quote.text());
    answer.put("speaker", quote.speaker());
    answer.put("rule", quote.rule() == null ? null : quote.rule().toString());
    ctx.json(answer);
  }

  /**
   * {@code GET /api/quotes/{id}/variants}: the wordings of one quote's utterance across outlets.
   */
  void variants(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    var groups =
        gated(ctx, () -> verbatim.quotes().variantsOf(id))
            .orElseThrow(() -> HttpException.notFound("no quote with id " + id));
    ctx.json(Map.of("variants", groups));
  }

  /** {@code GET /api/speakers}: speaker names with article counts; {@code prefix=} completes. */
  void speakers(Context ctx) throws IOException {
    int size = namesSize(ctx);
    ctx.json(names(gated(ctx, () -> verbatim.quotes().speakers(ctx.queryParam("prefix"), size))));
  }

  /** {@code GET /api/sources}: outlet names with article counts; {@code prefix=} completes. */
  void sources(Context ctx) throws IOException {
    int size = namesSize(ctx);
    ctx.json(names(gated(ctx, () -> verbatim.articles().sources(ctx.queryParam("prefix"), size))));
  }

  /**
   * {@code GET /health}: liveness, the article count, and whether writes work ({@code degraded}
   * when the index can be searched but not written).
   */
  void health(Context ctx) throws IOException {
    boolean writable = verbatim.writable();
    ctx.json(
        Map.of(
            "status",
            writable ? "ok" : "degraded",
            "articles",
            verbatim.count(),
            "writable",
            writable));
  }

  /** Work that reads the index. */
  @FunctionalInterface
  interface IndexWork<T> {
    T get() throws IOException;
  }

  /** Runs {@code work} once the search gate lets it in (503 at once when it does not). */
  <T> T gated(Context ctx, IndexWork<T> work) throws IOException {
    // the connection's own address, as the rate limit counts it: never a client-sent header
    SearchGate.Turn turn = gate.enter(ctx.req().getRemoteAddr(), settings.searchTimeout());
    try {
      return onPlatform(work);
    } finally {
      turn.close();
    }
  }

  /**
   * Runs CPU-bound work (searching, extracting, analysing, embedding) on a platform thread and
   * waits for it. Requests are served on virtual threads, so that one blocked on a slow client
   * holds no worker; but a virtual thread is not preempted, and two long searches would hold both
   * carriers of a two-core machine and starve every other request, {@code /health} included.
   */
  <T> T onPlatform(IndexWork<T> work) throws IOException {
    Future<T> result = cpu.submit(work::get);
    try {
      return result.get();
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException r -> throw r;
        case Error err -> throw err;
        default -> throw new IOException(e.getCause());
      }
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new HttpException(503, "overloaded", "the server is stopping");
    }
  }

  private static Map<String, List<FacetValue>> names(List<FacetValue> values) {
    return Map.of("values", values);
  }

  void authorise(Context ctx) {
    if (settings.token() == null) {
      throw new HttpException(
          403, "writes_disabled", "this server accepts no writes: it was started without a token");
    }
    String header = ctx.header("Authorization");
    String expected = "Bearer " + settings.token();
    if (header == null
        || !MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new HttpException(
          401, "unauthorized", "a valid 'Authorization: Bearer <token>' is required");
    }
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

  static LocalDate date(Context ctx, String name) {
    return day(name, ctx.queryParam(name));
  }

  /**
   * A day, {@code YYYY-MM-DD}, given as parameter {@code name}; null when blank.
   *
   * @throws HttpException 400 naming the parameter when it is not a day
   */
  static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw HttpException.badRequest(name + " must be a day, YYYY-MM-DD, was '" + value + "'");
    }
  }

  static int integer(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    // ASCII digits only: Integer.parseInt also takes "+5" and other scripts' digits ("٣")
    if (!value.matches("[0-9]{1,9}")) {
      throw HttpException.badRequest(
          name + " must be a whole number (digits 0-9), was '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  /** A names route's {@code size}, checked here so that the message names the parameter sent. */
  private static int namesSize(Context ctx) {
    int size = integer(ctx, "size", DEFAULT_NAMES);
    if (size < 1 || size > Limits.MAX_FACET_SIZE) {
      throw HttpException.badRequest("size must be 1.." + Limits.MAX_FACET_SIZE + ", was " + size);
    }
    return size;
  }

  private static SortOrder sort(String value) {
    return value == null ? SortOrder.RELEVANCE : SortOrder.parse(value);
  }

  /** An optional true/false query parameter, true when absent. */
  private static boolean bool(String value, String name) {
    if (value == null || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw HttpException.badRequest(name + " must be true or false, was " + value);
  }

  private static DateFacet dateFacet(String value) {
    return value == null ? DateFacet.MONTH : DateFacet.parse(value);
  }
}
