package dev.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.http.Json;
import dev.verbatim.ingest.ExtractionScorer;
import dev.verbatim.ingest.HtmlExtractor;
import dev.verbatim.ingest.HtmlPage;
import dev.verbatim.ingest.MetadataScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim eval-extraction}: score the HTML body extractor against hand-checked bodies. */
@Command(
    name = "eval-extraction",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Score HTML article extraction against true article bodies with the article-extraction"
          + " benchmark's metric (4-word shingles; precision and recall averaged over pages).",
      "Example: --truth ../shared/corpus/article-extraction/ground-truth.json (pages from its"
          + " html/ folder, ID.html.gz)."
    })
final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--truth",
      required = true,
      paramLabel = "FILE",
      description = "ground truth: {ID: {\"articleBody\", \"url\"}}")
  Path truth;

  @Option(
      names = "--pages",
      paramLabel = "DIR",
      description = "the pages, ID.html or ID.html.gz (default: html/ beside the truth file)")
  Path pages;

  @Option(
      names = "--errors",
      defaultValue = "10",
      paramLabel = "N",
      description = "worst pages to list")
  int errors;

  @Option(names = "--json", description = "print the figures as JSON")
  boolean json;

  @Option(
      names = "--min-truth-coverage",
      defaultValue = "0",
      paramLabel = "SHARE",
      description =
          "leave out the pages whose truth the page's own text holds less of than SHARE (the"
              + " metadata's truth_coverage_in_page_text: a truth the static page does not show)")
  double minTruthCoverage;

  @Option(
      names = "--metadata",
      paramLabel = "FILE",
      description =
          "true metadata per page, {ID: {\"title\", \"date\" or \"publish_date\" or"
              + " \"publishedTime\", \"authors\" or \"byline\"}} (default: pages.json beside the"
              + " truth file, when there is one)")
  Path metadata;

  @Option(
      names = "--metadata-errors",
      defaultValue = "0",
      paramLabel = "N",
      description = "metadata errors to list, per field")
  int metadataErrors;

  private record Page(
      String id,
      ExtractionScorer.Counts counts,
      long millis,
      int chars,
      MetadataScorer.PageScore meta,
      HtmlPage page) {}

  @Override
  public Integer call() throws IOException {
    JsonNode root = Json.mapper().readTree(Files.readString(truth, StandardCharsets.UTF_8));
    Path dir = pages != null ? pages : truth.toAbsolutePath().getParent().resolve("html");
    Path metaFile =
        metadata != null ? metadata : truth.toAbsolutePath().getParent().resolve("pages.json");
    JsonNode meta =
        Files.isRegularFile(metaFile)
            ? Json.mapper().readTree(Files.readString(metaFile, StandardCharsets.UTF_8))
            : Json.mapper().createObjectNode();
    Run run = extract(root, meta, dir);
    ExtractionScorer.Scores s =
        ExtractionScorer.score(run.scored().stream().map(Page::counts).toList());
    PrintWriter out = spec.commandLine().getOut();
    List<Page> worst =
        run.scored().stream()
            .sorted(Comparator.comparingDouble(p -> p.counts().tp()))
            .limit(Math.max(0, errors))
            .toList();
    if (json) {
      out.println(Json.mapper().writeValueAsString(body(s, run, worst)));
    } else {
      print(out, s, run, worst);
    }
    out.flush();
    return 0;
  }

  /** Every page extracted and scored, with the bytes read and the seconds it took. */
  private record Run(List<Page> scored, long bytes, double seconds) {
    double pagesPerSecond() {
      return scored.size() / seconds;
    }

    double mbPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private Run extract(JsonNode root, JsonNode meta, Path dir) throws IOException {
    List<Page> scored = new ArrayList<>();
    long bytes = 0;
    long started = System.nanoTime();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode coverage = meta.path(e.getKey()).path("truth_coverage_in_page_text");
      if (coverage.isNumber() && coverage.asDouble() < minTruthCoverage) {
        continue;
      }
      String html = read(dir, e.getKey());
      bytes += html.getBytes(StandardCharsets.UTF_8).length;
      long t0 = System.nanoTime();
      HtmlPage page = HtmlExtractor.extract(html, e.getValue().path("url").asText(null));
      String body = page.text();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      JsonNode truthMeta = meta.path(e.getKey());
      scored.add(
          new Page(
              e.getKey(),
              ExtractionScorer.compare(e.getValue().path("articleBody").asText(""), body),
              ms,
              body.length(),
              MetadataScorer.score(
                  field(truthMeta, "title"),
                  field(truthMeta, "date", "publish_date", "publishedTime"),
                  field(truthMeta, "authors", "byline"),
                  field(truthMeta, "siteName", "site_name", "outlet"),
                  page),
              page));
    }
    return new Run(scored, bytes, (System.nanoTime() - started) / 1e9);
  }

  private static Map<String, Object> body(ExtractionScorer.Scores s, Run run, List<Page> worst) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("pages", s.pages());
    body.put("precision", s.precision());
    body.put("recall", s.recall());
    body.put("f1", s.f1());
    body.put("pages_per_second", run.pagesPerSecond());
    body.put("mb_per_second", run.mbPerSecond());
    body.put(
        "worst",
        worst.stream()
            .map(p -> new Worst(p.id(), p.counts().tp(), p.counts().fp(), p.counts().fn()))
            .toList());
    return body;
  }

  /** A page of the worst, in JSON: its shares of shingles matched, extra and missed. */
  private record Worst(String id, double tp, double fp, double fn) {}

  private void print(PrintWriter out, ExtractionScorer.Scores s, Run run, List<Page> worst) {
    out.printf(
        Locale.ROOT,
        "pages %d%nprecision %.3f, recall %.3f, F1 %.3f%n%.1f pages/s, %.2f MB/s (reading and"
            + " extracting, one thread)%n",
        s.pages(),
        s.precision(),
        s.recall(),
        s.f1(),
        run.pagesPerSecond(),
        run.mbPerSecond());
    printMetadata(out, run.scored());
    if (!worst.isEmpty()) {
      out.println("\nworst pages (share of shingles matched, extra, missed):");
      for (Page p : worst) {
        out.printf(
            Locale.ROOT,
            "  %s  tp %.2f  fp %.2f  fn %.2f  (%d chars extracted)%n",
            p.id(),
            p.counts().tp(),
            p.counts().fp(),
            p.counts().fn(),
            p.chars());
      }
    }
  }

  /** The first of {@code names} the truth has, as text; null when it has none of them. */
  private static String field(JsonNode truth, String... names) {
    for (String name : names) {
      JsonNode v = truth.get(name);
      if (v != null && !v.isNull()) {
        return v.isArray() ? String.join(", ", v.findValuesAsText("")) : v.asText();
      }
    }
    return null;
  }

  private void printMetadata(PrintWriter out, List<Page> scored) {
    List<MetadataScorer.Share> shares =
        MetadataScorer.shares(scored.stream().map(Page::meta).toList());
    String[] labels = {"title", "date", "date within a day", "authors", "outlet"};
    for (int i = 0; i < labels.length; i++) {
      MetadataScorer.Share share = shares.get(i);
      if (share.scored() > 0) {
        out.printf(
            Locale.ROOT,
            "%s %.3f (%d of %d)%n",
            labels[i],
            share.value(),
            share.right(),
            share.scored());
      }
    }
    if (metadataErrors <= 0) {
      return;
    }
    for (Page p : scored) {
      MetadataScorer.PageScore m = p.meta();
      List<String> wrong = new ArrayList<>();
      if (m.title() == MetadataScorer.Outcome.WRONG) {
        wrong.add("title: " + p.page().title());
      }
      if (m.date() == MetadataScorer.Outcome.WRONG) {
        wrong.add("date: " + p.page().date());
      }
      if (m.authors() == MetadataScorer.Outcome.WRONG) {
        wrong.add("authors: " + p.page().authors());
      }
      if (m.outlet() == MetadataScorer.Outcome.WRONG) {
        wrong.add("outlet: " + p.page().source());
      }
      if (!wrong.isEmpty()) {
        out.println("  " + p.id() + "  " + String.join(" | ", wrong));
      }
    }
  }

  private static String read(Path dir, String id) throws IOException {
    Path gz = dir.resolve(id + ".html.gz");
    if (Files.exists(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return Files.readString(dir.resolve(id + ".html"), StandardCharsets.UTF_8);
  }
}
