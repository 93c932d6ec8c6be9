package dev.verbatim.follow;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A site on the loopback interface: paths with bodies and ETags, counted requests. */
public final class LoopbackSite implements AutoCloseable {
  public record Resource(String type, String body, String etag, long delayMs) {}

  public final Map<String, Resource> resources = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> gets = new ConcurrentHashMap<>();
  public final AtomicInteger notModified = new AtomicInteger();
  final Javalin server;
  public final String base;

  public LoopbackSite() {
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.concurrency.useVirtualThreads = true;
                  config.routes.get("/<path>", this::handle);
                })
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
  }

  public void put(String path, String type, String body) {
    resources.put(path, new Resource(type, body, "\"" + body.hashCode() + "\"", 0));
  }

  public int gets(String path) {
    return gets.getOrDefault(path, new AtomicInteger()).get();
  }

  private void handle(Context ctx) throws InterruptedException {
    String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    gets.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    Resource r = resources.get(path);
    if (r == null) {
      ctx.status(404).result("");
      return;
    }
    if (r.delayMs > 0) {
      Thread.sleep(r.delayMs);
    }
    if (r.etag.equals(ctx.header("If-None-Match"))) {
      notModified.incrementAndGet();
      ctx.status(304);
      return;
    }
    ctx.header("ETag", r.etag).contentType(r.type).result(r.body);
  }

  @Override
  public void close() {
    server.stop();
  }

  /** A news page the extractor reads: headline, byline, date and four paragraphs. */
  public String page(String slug, String canonical) {
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      body.append("<p>")
          .append("The council met on Tuesday to discuss the ")
          .append(slug)
          .append(" plan, and members spoke at length about the budget, the schools and the roads.")
          .append(" “We will not raise taxes this year,” said Mayor Jane Holt, who chairs it.")
          .append(" Residents asked questions for an hour before the vote on item ")
          .append(p)
          .append(".</p>\n");
    }
    return "<!doctype html><html><head><title>The "
        + slug
        + " plan | Loopback Gazette</title>"
        + "<meta property=\"og:site_name\" content=\"Loopback Gazette\">"
        + "<meta property=\"article:published_time\" content=\"2026-12-01T08:00:00Z\">"
        + (canonical == null ? "" : "<link rel=\"canonical\" href=\"" + base + canonical + "\">")
        + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>The "
        + slug
        + " plan</h1>"
        + body
        + "</article><footer>© Loopback Gazette</footer></body></html>";
  }

  public String rss(String... paths) {
    StringBuilder items = new StringBuilder();
    for (String p : paths) {
      items
          .append("<item><title>")
          .append(p)
          .append("</title><link>")
          .append(base)
          .append(p.replace("&", "&amp;"))
          .append("</link></item>");
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazette feed</title>"
        + "<link>"
        + base
        + "/</link><description>d</description>"
        + items
        + "</channel></rss>";
  }
}
