package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.http.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crawl made by a client nobody here wrote: GNU wget fetches pages served on loopback into a WARC
 * (with a stylesheet and a 404 among them), and {@code verbatim index} makes one article per page,
 * found by phrases of its body, with its title and date. Skipped, saying so, where wget is missing
 * (.ci/run installs it).
 */
class WgetWarcTest {
  @TempDir Path dir;

  private static final Map<String, String> PAGES =
      Map.of(
          "/one.html",
          """
          <html lang="en"><head><title>Council votes on budget | Loopback Times</title>
          <meta property="og:site_name" content="Loopback Times">
          <meta property="article:published_time" content="2023-04-05T10:00:00Z">
          <link rel="stylesheet" href="/style.css"></head><body>
          <nav><a href="/">Home</a> <a href="/two.html">Sport</a></nav>
          <article><h1>Council votes on budget</h1>
          <p>The city council approved the budget on Tuesday after a long debate about parks,
          schools and the price of bus tickets.</p>
          <p>“This budget keeps every library open,” said Mayor Ana Lima, who had pushed for it.</p>
          </article><footer>© Loopback Times</footer></body></html>
          """,
          "/two.html",
          """
          <html lang="en"><head><title>Harbour reopens | Loopback Times</title>
          <meta property="og:site_name" content="Loopback Times">
          <meta property="article:published_time" content="2023-04-06">
          </head><body><div class="story-body">
          <p>The harbour reopened to ferries on Wednesday, a week after the storm that closed it,
          and the first boats left on time.</p>
          <p>Port officials said repairs to the north pier would take another month.</p>
          <a href="/missing.html">More</a></div></body></html>
          """);

  @Test
  void aWarcMadeByWgetIsIndexedOneArticlePerPage() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/wget")), "GNU wget is not installed");
    io.javalin.Javalin server =
        io.javalin.Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.get(
                      "/{page}",
                      ctx -> {
                        String path = "/" + ctx.pathParam("page");
                        String page = PAGES.get(path);
                        if (page != null) {
                          ctx.contentType("text/html; charset=utf-8").result(page);
                        } else if (path.equals("/style.css")) {
                          ctx.contentType("text/css").result("body { color: black }");
                        } else {
                          ctx.status(404).contentType("text/html").result("<p>Not found</p>");
                        }
                      });
                })
            .start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + server.port();
      Process wget =
          new ProcessBuilder(
                  "/usr/bin/wget",
                  "--quiet",
                  "--recursive",
                  "--level=2",
                  "--page-requisites",
                  "--no-host-directories",
                  "--directory-prefix=" + dir.resolve("mirror"),
                  "--warc-file=" + dir.resolve("crawl"),
                  "--no-warc-keep-log",
                  base + "/one.html")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertThat(wget.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      server.stop();
    }
    Path warc = dir.resolve("crawl.warc.gz");
    assertThat(warc).exists();
    Path index = dir.resolve("index");
    CliTest.Run run = CliTest.run("index", "--index", index.toString(), "--json", warc.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode summary = Json.mapper().readTree(run.out());
    assertThat(summary.get("added").asLong()).as(run.out()).isEqualTo(2);
    assertThat(summary.get("skipped").asLong()).isPositive(); // the stylesheet, the 404, requests

    CliTest.Run found =
        CliTest.run(
            "search", "--index", index.toString(), "--json", "\"keeps every library open\"");
    JsonNode hit = Json.mapper().readTree(found.out()).get("hits").get(0);
    assertThat(hit.get("title").asText()).isEqualTo("Council votes on budget");
    assertThat(hit.get("source").asText()).isEqualTo("Loopback Times");
    assertThat(hit.get("date").asText()).isEqualTo("2023-04-05");
    assertThat(hit.get("speakers").toString()).contains("Ana Lima");
    CliTest.Run harbour =
        CliTest.run("search", "--index", index.toString(), "--json", "harbour w/5 ferries");
    assertThat(Json.mapper().readTree(harbour.out()).get("total").asLong()).isEqualTo(1);
  }
}
