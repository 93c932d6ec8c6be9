package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing (Jazzer) of everything a query string reaches: the parser, the compiler,
 * search, quote search, highlighting and verify, over the seed index. The only exceptions allowed
 * are the domain errors a caller is told about ({@link QuerySyntaxException}, {@link
 * SearchTimeoutException}); anything else is a finding.
 *
 * <p>{@code ./mvnw verify} replays the committed inputs under {@code
 * src/test/resources/dev/verbatim/QueryFuzzTestInputs/} (regression mode). A fuzzing campaign runs
 * with {@code JAZZER_FUZZ=1}; see docs/operations.md.
 */
class QueryFuzzTest {
  /** Pieces of the query language, so the fuzzer starts from well-formed fragments. */
  private static final String[] PIECES = {
    "putin",
    "musk",
    "nuclear",
    "spoken",
    "the",
    "negotiat*",
    "p*",
    "\"",
    "~3",
    "(",
    ")",
    "AND",
    "OR",
    "NOT",
    "-",
    "w/3",
    "pre/2",
    "w/s",
    "w/p",
    "not w/5",
    "title:",
    "source:",
    "speaker:",
    "quote:",
    "date:2022-10",
    "date:2022-10-01..2022-10-31",
    "*",
    "İ",
    "’",
    " "
  };

  private static Verbatim verbatim;

  private static java.nio.file.Path dir;

  /**
   * The seeds without quote vectors: verify's embedding (a few milliseconds a claim) would slow the
   * campaign tenfold and is fuzzed over HTTP ({@code HttpFuzzTest}) instead.
   */
  @BeforeAll
  static void openSeeds() throws IOException {
    dir = java.nio.file.Files.createTempDirectory("verbatim-fuzz");
    verbatim = Verbatim.open(dir, null);
    dev.verbatim.ingest.Ingest.run(
        verbatim, java.util.List.of(Seeds.folder()), 1_000, (r, a) -> {});
  }

  @AfterAll
  static void close() throws IOException {
    verbatim.close();
    try (var files = java.nio.file.Files.walk(dir)) {
      for (var p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    }
  }

  private static String query(FuzzedDataProvider data) {
    StringBuilder q = new StringBuilder();
    int pieces = data.consumeInt(0, 24);
    for (int i = 0; i < pieces; i++) {
      q.append(
          data.consumeBoolean()
              ? data.pickValue(PIECES)
              : data.consumeString(data.consumeInt(0, 12)));
    }
    return q.toString();
  }

  @FuzzTest(maxDuration = "60s")
  void queriesFailOnlyWithDomainErrors(FuzzedDataProvider data) throws IOException {
    int mode = data.consumeInt(0, 2);
    String text = query(data);
    try {
      switch (mode) {
        case 0 -> {
          SearchResult result =
              verbatim.search(
                  SearchRequest.builder(text)
                      .sort(data.consumeBoolean() ? SortOrder.DATE : SortOrder.RELEVANCE)
                      .size(data.consumeInt(1, 50))
                      .timeout(Duration.ofSeconds(10))
                      .build());
          // a snippet checks its own marks when built: a mark outside its text throws
          assertThat(result.hits().size()).isLessThanOrEqualTo((int) result.total());
        }
        case 1 -> {
          QuoteSearchResult result =
              verbatim
                  .quotes()
                  .search(SearchRequest.builder(text).timeout(Duration.ofSeconds(10)).build());
          assertThat(result.hits().size()).isLessThanOrEqualTo((int) result.total());
        }
        default -> {
          String speaker = data.consumeBoolean() ? null : data.consumeString(20);
          try {
            assertThat(verbatim.verify(text, speaker).verdict()).isNotNull();
          } catch (QuerySyntaxException e) {
            throw e;
          } catch (IllegalArgumentException e) {
            // documented: a claim without a word is refused
            assertThat(e).hasMessage("the claim has no words");
          }
        }
      }
    } catch (QuerySyntaxException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.position()).isBetween(0, text.length());
    } catch (SearchTimeoutException expected) {
      // a domain error: the caller is told the query ran out of time
    }
  }
}
