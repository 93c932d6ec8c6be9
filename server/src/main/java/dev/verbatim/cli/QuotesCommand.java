package dev.verbatim.cli;

import dev.verbatim.http.Json;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import dev.verbatim.quote.ArticleQuotes;
import dev.verbatim.quote.Quote;
import dev.verbatim.quote.QuoteExtractor;
import dev.verbatim.quote.SpeakerDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim quotes}: extract quotes and speakers without indexing. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Find the direct quotes of articles and who said them, without indexing.",
      "PATH is what `verbatim index` reads. Offsets are Java String indexes into the article text"
          + " as read (the file, or the JSON Lines \"text\"); page furniture is skipped."
    })
final class QuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "one JSON line per article: {\"article\", \"quotes\"}")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
  List<Path> paths;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    QuoteExtractor extractor = new QuoteExtractor();
    // every article is read before any is printed: a surname alone becomes the full name the
    // other articles give it (SpeakerDirectory)
    SpeakerDirectory directory = new SpeakerDirectory();
    Map<String, List<Quote>> found = new LinkedHashMap<>();
    for (Path path : paths) {
      try (Stream<IngestRecord> records = ArticleReader.read(path)) {
        for (Iterator<IngestRecord> it = records.iterator(); it.hasNext(); ) {
          switch (it.next()) {
            case IngestRecord.Accepted a -> {
              ArticleQuotes article = extractor.read(a.cleaning().masked());
              directory.addArticle(article.people());
              found.put(a.article().id(), article.quotes());
            }
            case IngestRecord.Rejected r -> err.println("rejected: " + r.describe());
            case IngestRecord.Skipped s -> {} // a crawl record with no article
          }
        }
      }
    }
    for (Map.Entry<String, List<Quote>> e : found.entrySet()) {
      print(out, e.getKey(), directory.canonicalise(e.getValue()));
    }
    out.flush();
    err.flush();
    return 0;
  }

  private void print(PrintWriter out, String id, List<Quote> quotes) throws Exception {
    if (json) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("article", id);
      line.put("quotes", quotes);
      out.println(Json.mapper().writeValueAsString(line));
      return;
    }
    out.printf(Locale.ROOT, "%s: %d quotes%n", id, quotes.size());
    for (Quote q : quotes) {
      String who =
          q.kind() == Quote.Kind.TERM
              ? "(term)"
              : (q.speaker() == null ? "(unknown)" : q.speaker())
                  + (q.via().isEmpty() ? "" : " via " + String.join(", ", q.via()))
                  + (q.cue() == null ? "" : " [" + q.cue() + "]");
      out.printf(Locale.ROOT, "  %d-%d %s: “%s”%n", q.start(), q.end(), who, q.text());
    }
  }
}
