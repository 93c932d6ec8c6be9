package dev.verbatim.http;

import dev.verbatim.Verbatim;
import dev.verbatim.follow.FeedStatus;
import io.javalin.http.Context;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The server's metrics in Prometheus format: a timer per route, method and status, the article
 * count, the index size on disk, and the JVM's memory, GC and CPU.
 */
final class Metrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  Metrics(Verbatim verbatim, SearchGate gate, BodyGate bodies, int capacity) {
    new JvmMemoryMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    @SuppressWarnings("resource") // lives as long as the registry, i.e. the process
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    gauge("verbatim_articles", "articles in the index", verbatim, v -> io(v::count));
    gauge("verbatim_index_bytes", "size of the index files", verbatim, v -> io(v::indexBytes));
    gauge(
        "verbatim_writable", "1 when writes work, 0 when not", verbatim, v -> v.writable() ? 1 : 0);
    Gauge.builder("verbatim_searches_running", gate, g -> g.running(capacity))
        .description("requests searching the index now")
        .register(registry);
    Gauge.builder("verbatim_searches_waiting", gate, SearchGate::waiting)
        .description("requests waiting for a search slot")
        .register(registry);
    Gauge.builder("verbatim_request_bodies_receiving", bodies, BodyGate::receiving)
        .description("request bodies being received now")
        .register(registry);
    FunctionCounter.builder("verbatim_searches_shed", gate, SearchGate::shed)
        .description("requests refused with 503 because the server was busy")
        .register(registry);
  }

  /** Counts per followed feed, tagged with the feed's address. */
  void feeds(List<FeedStatus> feeds) {
    for (FeedStatus feed : feeds) {
      feedCounter("verbatim_feed_polls", "polls of the feed", feed, FeedStatus::polls);
      feedCounter(
          "verbatim_feed_not_modified",
          "polls answered 304 Not Modified",
          feed,
          FeedStatus::notModified);
      feedCounter(
          "verbatim_feed_indexed",
          "articles indexed from the feed's items",
          feed,
          FeedStatus::indexed);
      feedCounter(
          "verbatim_feed_skipped",
          "items passed over: indexed already, disallowed by robots.txt, or no article",
          feed,
          FeedStatus::skipped);
      feedCounter(
          "verbatim_feed_errors", "failed polls and page fetches", feed, FeedStatus::errors);
    }
  }

  private void feedCounter(
      String name, String help, FeedStatus feed, ToDoubleFunction<FeedStatus> f) {
    FunctionCounter.builder(name, feed, f)
        .description(help)
        .tag("feed", feed.url())
        .register(registry);
  }

  private void gauge(String name, String help, Verbatim verbatim, ToDoubleFunction<Verbatim> f) {
    Gauge.builder(name, verbatim, f).description(help).register(registry);
  }

  private interface IoSupplier {
    long get() throws IOException;
  }

  private static double io(IoSupplier supplier) {
    try {
      return supplier.get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records one request; called by Javalin's request logger after the response. */
  void record(Context ctx, float ms) {
    String route;
    try {
      route = ctx.endpoint().path;
    } catch (RuntimeException noEndpoint) {
      route = ctx.statusCode() == 404 ? "unmatched" : "static";
    }
    Timer.builder("http_server_requests")
        .description("HTTP requests by route, method and status")
        .tag("route", route)
        .tag("method", ctx.method().name())
        .tag("status", Integer.toString(ctx.statusCode()))
        .register(registry)
        .record((long) (ms * 1_000_000), TimeUnit.NANOSECONDS);
  }

  /** {@code GET /metrics}. */
  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
