package dev.verbatim.bench.jmh;

import dev.verbatim.Article;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed articles, for micro-benchmarks: read from {@code seeds/} of the project. */
final class SeedIndex {
  private SeedIndex() {}

  /** The seed articles; the project folder is {@code verbatim.home}, or the working folder. */
  static List<Article> articles() throws IOException {
    Path home = Path.of(System.getProperty("verbatim.home", "."));
    Path seeds = home.resolve("seeds");
    if (!Files.isDirectory(seeds)) {
      throw new IOException(
          "no seeds/ folder in " + home.toAbsolutePath() + "; run from the project");
    }
    List<Article> articles = new ArrayList<>();
    try (Stream<IngestRecord> records = ArticleReader.read(seeds)) {
      records.forEach(
          r -> {
            if (r instanceof IngestRecord.Accepted a) {
              articles.add(a.article());
            }
          });
    }
    return articles;
  }
}
