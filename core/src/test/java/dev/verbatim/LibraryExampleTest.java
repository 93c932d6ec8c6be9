package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ingest.Ingest;
import dev.verbatim.ingest.IngestSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of docs/library.md, kept compiling and passing. */
class LibraryExampleTest {
  @TempDir Path dir;

  @Test
  void theEmbeddingGuideExampleRuns() throws IOException {
    Path seeds = Seeds.folder();
    Path indexDir = dir.resolve("index");
    // --- docs/library.md example starts here ---
    try (Verbatim verbatim = Verbatim.open(indexDir)) {
      // 1. Add articles you built yourself...
      verbatim.add(
          new Article(
              "my-1",
              "Example Times",
              "https://example.org/1",
              "Musk and Putin",
              List.of("A. Writer"),
              LocalDate.of(2022, 10, 13),
              "en",
              "Musk said he had spoken to Putin only once. The Kremlin declined to comment."));
      // ...or ingest files and folders: the seeds folder, JSON Lines, .txt with manifest.json
      IngestSummary summary = Ingest.run(verbatim, List.of(seeds), 10_000, (record, result) -> {});
      verbatim.commit(); // durable and visible to searches

      // 2. Search with the query language, filters and a page size
      SearchResult result =
          verbatim.search(
              SearchRequest.builder("\"spoken to Putin only once\"")
                  .from(LocalDate.of(2022, 10, 1))
                  .sort(SortOrder.DATE)
                  .size(10)
                  .build());
      for (Hit hit : result.hits()) {
        Snippet snippet = hit.snippets().getFirst(); // text, and marks with offsets into it
        Snippet.Mark first = snippet.marks().getFirst();
        String line =
            hit.date()
                + " "
                + hit.source()
                + ": "
                + snippet.text().substring(first.start(), first.end());
        // 2022-10-13 Example Times: spoken to Putin only once
        // 2022-10-11 CNN: spoken to Putin only once
        assertThat(line).endsWith(": spoken to Putin only once");
      }

      // 3. Next page, if any
      if (result.nextCursor() != null) {
        verbatim.search(
            SearchRequest.builder("\"spoken to Putin only once\"")
                .cursor(result.nextCursor())
                .build());
      }
      // --- example ends here ---
      assertThat(summary.added()).isEqualTo(5);
      assertThat(result.total()).isEqualTo(2);
      assertThat(result.hits()).extracting(Hit::id).containsExactly("my-1", "002_bc97ad8f4dd9a4f7");
    }
  }
}
