package dev.verbatim.http;

import dev.verbatim.Verbatim;
import dev.verbatim.ingest.Ingest;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A real server on a free port over a fresh index of the seeds, for HTTP and browser tests. */
final class SeedServer implements AutoCloseable {
  final Verbatim verbatim;
  final Javalin app;
  final String base;

  private SeedServer(Verbatim verbatim, Javalin app) {
    this.verbatim = verbatim;
    this.app = app;
    this.base = "http://127.0.0.1:" + app.port();
  }

  /** Indexes the seeds into {@code dir} and starts a server with {@code settings}. */
  static SeedServer start(Path dir, ServerSettings settings) throws IOException {
    Verbatim verbatim = Verbatim.open(dir.resolve("index"));
    Path seeds = Path.of(System.getProperty("verbatim.root", "..")).resolve("seeds");
    Ingest.run(verbatim, List.of(seeds), 1_000, (r, a) -> {});
    return new SeedServer(
        verbatim, VerbatimServer.create(verbatim, settings).start("127.0.0.1", 0));
  }

  /**
   * Adds and commits an article whose one quote names no speaker ("If you like your health care
   * plan, you can keep it"), dated 2013-11-01: evidence that neither confirms nor contradicts a
   * claimed speaker.
   */
  void addUnattributedQuote() throws IOException {
    verbatim.add(
        new dev.verbatim.Article(
            "slogan",
            "Wire",
            null,
            "The slogan",
            List.of(),
            java.time.LocalDate.parse("2013-11-01"),
            null,
            "The slogan was everywhere that year. “If you like your health care plan, you can keep"
                + " it.” Critics later rated it the lie of the year."));
    verbatim.commit();
    verbatim.refresh();
  }

  /** Adds a reprint of a seed article under another outlet, a day later: one story, two outlets. */
  void addReprint(String seedId, String id, String outlet) throws IOException {
    dev.verbatim.Article seed = verbatim.articles().get(seedId).orElseThrow();
    verbatim.add(
        new dev.verbatim.Article(
            id,
            outlet,
            null,
            "Reprinted: " + seed.title(),
            List.of(),
            seed.date().plusDays(1),
            null,
            "(Wire) — " + seed.text()));
    verbatim.commit();
    verbatim.refresh();
  }

  @Override
  public void close() throws IOException {
    app.stop();
    verbatim.close();
  }
}
