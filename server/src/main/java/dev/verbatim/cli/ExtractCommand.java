package dev.verbatim.cli;

import dev.verbatim.Article;
import dev.verbatim.http.Json;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.HtmlPage;
import dev.verbatim.ingest.IngestRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim extract}: what ingest would index, without indexing. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Print what `verbatim index` would index from these inputs, without indexing: HTML pages,"
          + " WARC crawls, text and JSON Lines. Rejected records go to stderr with their origin and"
          + " reason; skipped crawl records (not HTML, failed fetches, duplicates) are counted."
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description =
          "one JSON line per article: id, source, url, title, authors, date, language, text,"
              + " origin, claimed_url for a page whose own name was not taken, and metadata_from"
              + " for a web page: where its title, date, authors and source came from")
  boolean json;

  @picocli.CommandLine.Mixin PageIdentityOption pageIdentity;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to read")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long articles = 0;
    long skipped = 0;
    long rejected = 0;
    for (Path path : paths) {
      try (Stream<IngestRecord> records =
          ArticleReader.read(path, bytes -> {}, pageIdentity.identity())) {
        for (Iterator<IngestRecord> it = records.iterator(); it.hasNext(); ) {
          switch (it.next()) {
            case IngestRecord.Accepted a -> {
              articles++;
              print(out, a.article(), a.origin(), a.claimedUrl(), a.metadataFrom());
              if (a.claimedUrl() != null) {
                err.println(PageIdentityOption.refusal(a));
              }
            }
            case IngestRecord.Skipped s -> skipped++;
            case IngestRecord.Rejected r -> {
              rejected++;
              err.println("rejected: " + r.describe());
            }
          }
        }
      }
    }
    err.printf(Locale.ROOT, "articles %d, skipped %d, rejected %d%n", articles, skipped, rejected);
    out.flush();
    err.flush();
    return 0;
  }

  private void print(
      PrintWriter out, Article a, String origin, String claimedUrl, HtmlPage.Origins from)
      throws Exception {
    if (json) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", a.id());
      line.put("source", a.source());
      line.put("url", a.url());
      line.put("title", a.title());
      line.put("authors", a.authors());
      line.put("date", a.date());
      line.put("language", a.language());
      line.put("text", a.text());
      line.put("origin", origin);
      if (claimedUrl != null) {
        line.put("claimed_url", claimedUrl);
      }
      if (!from.equals(HtmlPage.Origins.NONE)) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", from.title());
        fields.put("date", from.date());
        fields.put("authors", from.authors());
        fields.put("source", from.source());
        fields.values().removeIf(Objects::isNull);
        line.put("metadata_from", fields);
      }
      out.println(Json.mapper().writeValueAsString(line));
      return;
    }
    out.printf(
        Locale.ROOT,
        "== %s%n%s%n%s · %s · %s%s%n%n%s%n%n",
        origin,
        a.title() == null ? "(no headline)" : a.title(),
        a.source() == null ? "unknown source" : a.source(),
        a.date() == null ? "undated" : a.date(),
        a.id(),
        a.authors().isEmpty() ? "" : " · by " + String.join(", ", a.authors()),
        a.text());
  }
}
