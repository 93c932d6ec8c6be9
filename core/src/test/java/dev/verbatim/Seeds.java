package dev.verbatim;

import dev.verbatim.ingest.Ingest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The seed corpus in the project's seeds/ folder, the first fixture of every test. */
public final class Seeds {
  private Seeds() {}

  /** The seeds folder. */
  public static Path folder() {
    String root = System.getProperty("verbatim.root");
    Path base = root == null ? Path.of("..") : Path.of(root);
    Path seeds = base.resolve("seeds");
    if (!Files.isRegularFile(seeds.resolve("manifest.json"))) {
      seeds = Path.of("seeds");
    }
    return seeds;
  }

  /** The five seed articles, cleaned as ingest cleans them. */
  public static List<Article> articles() throws IOException {
    try (var records = dev.verbatim.ingest.ArticleReader.read(folder())) {
      return records
          .filter(r -> r instanceof dev.verbatim.ingest.IngestRecord.Accepted)
          .map(r -> ((dev.verbatim.ingest.IngestRecord.Accepted) r).article())
          .toList();
    }
  }

  /** A fresh in-memory index holding the five seed articles. */
  public static Verbatim index() throws IOException {
    Verbatim verbatim = Verbatim.inMemory();
    Ingest.run(verbatim, List.of(folder()), 1_000, (record, result) -> {});
    return verbatim;
  }
}
