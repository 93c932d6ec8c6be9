package dev.verbatim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.Article;
import dev.verbatim.Collapse;
import dev.verbatim.CopyGroup;
import dev.verbatim.FacetValue;
import dev.verbatim.Limits;
import dev.verbatim.Scope;
import dev.verbatim.SearchRequest;
import dev.verbatim.Verbatim;
import dev.verbatim.quote.Quote;
import dev.verbatim.verify.Verification;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** The handlers: parse the request, call the façade, return its records. */
final class ApiRoutes {
  static final int DEFAULT_NAMES = 20;

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
            .from(QueryParams.date(ctx, "from"))
            .to(QueryParams.date(ctx, "to"))
            .sort(QueryParams.sort(ctx.queryParam("sort")))
            .size(QueryParams.integer(ctx, "size", Limits.DEFAULT_PAGE_SIZE))
            .cursor(ctx.queryParam("cursor"))
            .dateFacet(QueryParams.dateFacet(ctx.queryParam("date_facet")))
            .facetSize(QueryParams.integer(ctx, "facet_size", Limits.DEFAULT_FACET_SIZE))
            .snippets(QueryParams.bool(ctx.queryParam("snippets"), "snippets"))
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
    int size = QueryParams.namesSize(ctx);
    ctx.json(names(gated(ctx, () -> verbatim.quotes().speakers(ctx.queryParam("prefix"), size))));
  }

  /** {@code GET /api/sources}: outlet names with article counts; {@code prefix=} completes. */
  void sources(Context ctx) throws IOException {
    int size = QueryParams.namesSize(ctx);
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
}
