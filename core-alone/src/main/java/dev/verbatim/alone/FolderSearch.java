package dev.verbatim.alone;

import dev.verbatim.Hit;
import dev.verbatim.SearchRequest;
import dev.verbatim.Verbatim;
import dev.verbatim.ingest.Ingest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The smallest application of the core library alone: index a folder of articles in memory and
 * print the hits of one query, outlet and headline per line.
 *
 * <pre>{@code java -cp … dev.verbatim.alone.FolderSearch seeds '"spoken to Putin only once"'}</pre>
 */
public final class FolderSearch {
  private FolderSearch() {}

  /** The hits of {@code query} over the articles under {@code folder}, best first. */
  public static List<Hit> search(Path folder, String query) throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      Ingest.run(verbatim, List.of(folder), 1_000, (record, result) -> {});
      return verbatim.search(SearchRequest.of(query)).hits();
    }
  }

  /** Arguments: the folder, then the query. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: FolderSearch FOLDER QUERY");
    }
    var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (Hit hit : search(Path.of(args[0]), args[1])) {
      out.println(hit.source() + "\t" + hit.title());
    }
  }
}
