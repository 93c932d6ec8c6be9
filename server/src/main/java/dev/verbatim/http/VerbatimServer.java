package dev.verbatim.http;

import dev.verbatim.DiskFullException;
import dev.verbatim.QuerySyntaxException;
import dev.verbatim.SearchTimeoutException;
import dev.verbatim.Verbatim;
import dev.verbatim.follow.FeedStatus;
import dev.verbatim.follow.Follower;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Verbatim HTTP server: the routes of {@link ApiRoutes}, errors as {@link ApiError}
 * bodies with the right status, security headers on every response, CORS for GET only.
 */
public final class VerbatimServer {
  private static final Logger LOG = LoggerFactory.getLogger(VerbatimServer.class);

  /** Content-Security-Policy of every response: the page loads only its own scripts and styles. */
  static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  /** The slowest a request body may arrive, in bytes per second, before the request fails. */
  static final long MIN_REQUEST_BYTES_PER_SECOND = 4_096;

  /** How long a read or write may stall while a request is handled. */
  static final long IDLE_TIMEOUT_MILLIS = 30_000;

  private VerbatimServer() {}

  /** A server (not started) that serves {@code verbatim}. The caller owns and closes the index. */
  public static Javalin create(Verbatim verbatim, ServerSettings settings) {
    return create(verbatim, settings, List.of(), WebhookSettings.OFF);
  }

  /**
   * A server (not started) that serves {@code verbatim}, reports the progress of the feeds a {@link
   * Follower} follows into it in {@code /metrics}, and delivers webhooks as {@code webhookSettings}
   * allows.
   */
  public static Javalin create(
      Verbatim verbatim,
      ServerSettings settings,
      List<FeedStatus> feeds,
      WebhookSettings webhookSettings) {
    SearchGate gate =
        new SearchGate(
            settings.maxConcurrentSearches(),
            settings.maxQueuedSearches(),
            settings.maxQueueWait(),
            settings.searchesPerClient());
    ExecutorService cpu =
        Executors.newCachedThreadPool(
            Thread.ofPlatform().name("verbatim-work-", 0).daemon().factory());
    BodyGate bodies = new BodyGate();
    ApiRoutes routes = new ApiRoutes(verbatim, settings, gate, bodies, cpu);
    Webhooks webhooks;
    try {
      webhooks = new Webhooks(verbatim, webhookSettings.hosts(), webhookSettings.state());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + webhookSettings.state(), e);
    }
    WatchRoutes watches = new WatchRoutes(verbatim, routes, webhooks);
    ArticleRoutes articles = new ArticleRoutes(verbatim, routes, settings, bodies);
    Metrics metrics = new Metrics(verbatim, gate, bodies, settings.maxConcurrentSearches());
    metrics.feeds(feeds);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          // a request blocked on a slow client's body parks a virtual thread instead of holding
          // one of a few hundred pool threads: 300 bodies trickling at 5,000 B/s took every worker
          // and /health stopped answering; searches are bounded by the search gate, not the pool
          config.concurrency.useVirtualThreads = true;
          config.events.serverStopped(cpu::shutdown);
          config.events.serverStarted(webhooks::start);
          config.events.serverStopped(webhooks::close);
          config.jsonMapper(new JavalinJackson(Json.mapper(), false));
          config.http.maxRequestSize = settings.maxBodyBytes();
          config.http.defaultContentType = "application/json";
          // the web page: plain HTML, CSS and JS, no build step
          config.staticFiles.add("/public", io.javalin.http.staticfiles.Location.CLASSPATH);
          config.staticFiles.enableWebjars(); // Swagger UI at /api-docs.html
          routes(config, routes, articles, watches, metrics);
          config.routes.get("/api/feeds", ctx -> ctx.json(FeedView.Feeds.of(feeds)));
          config.requestLogger.http(metrics::record);
          guards(config, settings);
          jetty(config);
          errors(config, settings);
        });
  }

  /** The API's routes, the page's extras, metrics and the OpenAPI document. */
  private static void routes(
      JavalinConfig config,
      ApiRoutes routes,
      ArticleRoutes articles,
      WatchRoutes watches,
      Metrics metrics) {
    config.routes.get("/api/search", routes::search);
    config.routes.get("/api/articles/{id}", routes::article);
    config.routes.get("/api/articles/{id}/copies", routes::copies);
    config.routes.post("/api/articles", articles::addArticles);
    config.routes.get("/api/speakers", routes::speakers);
    config.routes.post("/api/verify", routes::verify);
    config.routes.get("/api/quotes/{id}/variants", routes::variants);
    config.routes.put("/api/quotes/{id}/speaker", routes::correctSpeaker);
    config.routes.get("/api/sources", routes::sources);
    config.routes.post("/api/watches", watches::add);
    config.routes.get("/api/watches", watches::list);
    config.routes.get("/api/watches/{id}", watches::get);
    config.routes.delete("/api/watches/{id}", watches::remove);
    config.routes.get("/api/watches/{id}/matches", watches::matches);
    config.routes.get("/api/watches/{id}/feed.atom", watches::feed);
    config.routes.post("/api/watches/{id}/feed_key", watches::renewFeedKey);
    config.routes.get("/health", routes::health);
    // browsers and feed readers ask for /favicon.ico whatever the page links: the same icon
    config.routes.get(
        "/favicon.ico", ctx -> ctx.redirect("/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
    config.routes.get("/metrics", metrics::scrape);
    config.routes.get(
        "/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(OpenApi.yaml()));
    config.routes.get(
        "/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.json()));
  }

  /**
   * What every request passes before its route: security headers, no method override, cross-origin
   * rules, and one rate budget per client across the API.
   */
  private static void guards(JavalinConfig config, ServerSettings settings) {
    // first: every answer, a rate limiter's 429 included, carries the security headers
    config.routes.before(
        ctx -> {
          securityHeaders(ctx::header);
          if (ctx.path().startsWith("/api-docs")) {
            // Swagger UI sets inline styles; the API pages and the search page do not
            ctx.header(
                "Content-Security-Policy",
                CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
          }
          // a method is what the request line says: no header turns a GET into a write
          for (String override :
              List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
            if (ctx.header(override) != null) {
              throw HttpException.badRequest(override + " is not accepted: send the method itself");
            }
          }
          if (ctx.method().name().equals("GET")) {
            ctx.header("Access-Control-Allow-Origin", "*");
          } else {
            refuseCrossOrigin(ctx);
          }
        });
    // one budget per client across every API route, keyed on the connection's own address:
    // the plugin's default key trusts a client-sent X-Forwarded-For and counts per route
    config.registerPlugin(
        new io.javalin.plugin.bundled.RateLimitPlugin(
            limit -> limit.setKeyFunction(ctx -> ctx.req().getRemoteAddr())));
    config.routes.before(
        "/api/*",
        ctx ->
            ctx.with(io.javalin.plugin.bundled.RateLimitPlugin.class)
                .requestPerTimeUnit(settings.requestsPerMinute(), TimeUnit.MINUTES));
  }

  /**
   * Jetty's own refusals (400, 414, 431 before any route) answer JSON with the security headers; a
   * client that sends its body slower than {@value #MIN_REQUEST_BYTES_PER_SECOND} B/s cannot hold a
   * worker thread; stalled reads and writes end after {@value #IDLE_TIMEOUT_MILLIS} ms.
   */
  private static void jetty(JavalinConfig config) {
    // Jetty's own refusals (400, 414, 431 before any route) answer JSON with these headers
    // and a client that sends its body slower than this cannot hold a worker thread: its
    // read fails instead of waiting; stalled reads and writes end after 30 s
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JsonErrorHandler());
          server.insertHandler(new MinimumDataRateHandler(MIN_REQUEST_BYTES_PER_SECOND, 0));
        });
    config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(IDLE_TIMEOUT_MILLIS));
  }

  /**
   * Each failure as the status and {@link ApiError} body docs/http-api.md lists; no stack trace.
   */
  private static void errors(JavalinConfig config, ServerSettings settings) {
    config.routes.exception(
        HttpException.class,
        (e, ctx) -> {
          if (e.status == 503) {
            ctx.header("Retry-After", "1");
          }
          ctx.status(e.status).json(new ApiError(e.code, e.getMessage(), null));
        });
    config.routes.exception(
        DiskFullException.class,
        (e, ctx) -> {
          LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
          ctx.status(507).json(new ApiError("disk_full", e.getMessage(), null));
        });
    config.routes.exception(
        QuerySyntaxException.class,
        (e, ctx) -> ctx.status(400).json(new ApiError("bad_query", e.getMessage(), e.position())));
    config.routes.exception(
        SearchTimeoutException.class,
        (e, ctx) ->
            ctx.status(503)
                .header("Retry-After", "1")
                .json(new ApiError("timeout", e.getMessage(), null)));
    config.routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> ctx.status(400).json(new ApiError("bad_request", e.getMessage(), null)));
    config.routes.exception(
        ContentTooLargeResponse.class,
        (e, ctx) ->
            ctx.status(413)
                .json(
                    new ApiError(
                        "too_large",
                        "the request body is larger than " + settings.maxBodyBytes() + " bytes",
                        null)));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            ctx.status(e.getStatus())
                .json(new ApiError(code(e.getStatus()), e.getMessage(), null)));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          if (clientHungUp(e)) {
            // no server fault and no one to answer: not an ERROR, not a 500
            LOG.debug("{} {}: the client closed the connection", ctx.method(), ctx.path());
            ctx.status(400).json(new ApiError("bad_request", "the request body ended early", null));
            return;
          }
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          ctx.status(500).json(new ApiError("internal", "the server failed; see its log", null));
        });
    errorPages(config);
  }

  /** A route that is not there, or a method it does not take, answers an {@link ApiError}. */
  private static void errorPages(JavalinConfig config) {
    config.routes.error(
        404,
        "*",
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            ctx.json(new ApiError("not_found", "no such resource: " + ctx.path(), null));
          }
        });
    config.routes.error(
        405,
        "*",
        ctx ->
            ctx.json(
                new ApiError("method_not_allowed", ctx.method() + " is not allowed here", null)));
  }

  /**
   * A browser on another site may send a "simple" POST (text/plain, a form) without asking first; a
   * write or a verification from another origin is refused, so no page elsewhere can spend this
   * server's searches or post with a user's credentials. Clients that are not browsers send no
   * {@code Origin} and are not affected.
   */
  private static void refuseCrossOrigin(io.javalin.http.Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    String own = ctx.scheme() + "://" + ctx.host();
    if (!origin.equalsIgnoreCase(own)) {
      throw new HttpException(
          403, "forbidden", "requests from another site (Origin " + origin + ") are refused");
    }
  }

  /** Whether {@code e} is a client that went away while its request was read. */
  static boolean clientHungUp(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EofException
          || t instanceof EOFException
          || t instanceof ClosedChannelException) {
        return true;
      }
    }
    return false;
  }

  static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 413, 414, 431 -> "too_large";
      case 429 -> "too_many_requests";
      default -> "error";
    };
  }

  /** The security headers of every response, the page's and the API's, errors included. */
  static void securityHeaders(BiConsumer<String, String> header) {
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("Content-Security-Policy", CSP);
    header.accept("Referrer-Policy", "no-referrer");
    header.accept("X-Frame-Options", "DENY");
  }
}
