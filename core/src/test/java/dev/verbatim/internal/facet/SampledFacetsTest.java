package dev.verbatim.internal.facet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.verbatim.Article;
import dev.verbatim.FacetValue;
import dev.verbatim.Limits;
import dev.verbatim.QuoteSearchResult;
import dev.verbatim.SearchRequest;
import dev.verbatim.SearchResult;
import dev.verbatim.Verbatim;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past {@link Limits#FACET_SAMPLE} matches, facets are estimated from a sample and say so. */
class SampledFacetsTest {
  private static final int ARTICLES = 24_000;
  private static Verbatim verbatim;

  /** Outlets in a 6:3:1 ratio; every tenth article also says "harbour"; two speakers, 2:1. */
  @BeforeAll
  static void index(@TempDir Path dir) throws IOException {
    // words only: embedding 24,000 quotes would only slow the test down
    verbatim = Verbatim.open(dir, null);
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String source = i % 10 < 6 ? "Wire" : i % 10 < 9 ? "Daily" : "Post";
      String speaker = i % 3 == 0 ? "Ada Brannock" : "Tomas Verhelst";
      String extra = i % 10 == 0 ? " The harbour closed." : "";
      batch.add(
          new Article(
              "a" + i,
              source,
              null,
              "Story " + i,
              List.of(),
              LocalDate.of(2022, 1 + i % 12, 1),
              "en",
              "The vote went on in district "
                  + i
                  + "."
                  + extra
                  + "\n\n\u201cWe counted every ballot in district "
                  + i
                  + ",\u201d said "
                  + speaker
                  + "."));
      if (batch.size() == 1_000) {
        verbatim.add(batch);
        batch.clear();
      }
    }
    verbatim.commit();
  }

  @AfterAll
  static void close() throws IOException {
    verbatim.close();
  }

  private static Map<String, Long> counts(List<FacetValue> values) {
    return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void manyMatchesEstimateTheCountsKeepTheTotalExactAndSaySo() throws IOException {
    SearchResult result = verbatim.search(SearchRequest.of("vote"));
    assertThat(result.total()).isEqualTo(ARTICLES);
    assertThat(result.facetsEstimated()).isTrue();
    Map<String, Long> sources = counts(result.facets().get("source"));
    assertThat(sources.keySet()).containsExactlyInAnyOrder("Wire", "Daily", "Post");
    // one match in two counted (Lucene samples one in each run of floor(24,000 / 10,000)), doubled
    assertThat((double) sources.get("Wire")).isCloseTo(14_400, within(500.0));
    assertThat((double) sources.get("Daily")).isCloseTo(7_200, within(400.0));
    assertThat((double) sources.get("Post")).isCloseTo(2_400, within(250.0));
    Map<String, Long> speakers = counts(result.facets().get("speaker"));
    assertThat((double) speakers.get("Tomas Verhelst")).isCloseTo(16_000, within(500.0));
    assertThat((double) speakers.get("Ada Brannock")).isCloseTo(8_000, within(400.0));
    long months = result.facets().get("date").stream().mapToLong(FacetValue::count).sum();
    assertThat((double) months).isCloseTo(ARTICLES, within(20.0));
    // the same search, the same estimate
    assertThat(verbatim.search(SearchRequest.of("vote")).facets()).isEqualTo(result.facets());
  }

  @Test
  void fewerMatchesThanTheSampleAreCountedExactly() throws IOException {
    SearchResult result = verbatim.search(SearchRequest.of("harbour"));
    assertThat(result.total()).isEqualTo(ARTICLES / 10);
    assertThat(result.facetsEstimated()).isFalse();
    // every tenth article is a Wire article (i % 10 == 0)
    assertThat(result.facets().get("source"))
        .containsExactly(new FacetValue("Wire", ARTICLES / 10));
  }

  @Test
  void quoteSearchesEstimateToo() throws IOException {
    QuoteSearchResult quotes = verbatim.quotes().search(SearchRequest.of("ballot"));
    assertThat(quotes.total()).isEqualTo(ARTICLES);
    assertThat(quotes.facetsEstimated()).isTrue();
    Map<String, Long> speakers = counts(quotes.facets().get("speaker"));
    assertThat((double) speakers.get("Ada Brannock")).isCloseTo(8_000, within(400.0));
  }

  @Test
  void withoutFacetsNothingIsEstimated() throws IOException {
    SearchResult result = verbatim.search(SearchRequest.builder("vote").facetSize(0).build());
    assertThat(result.total()).isEqualTo(ARTICLES);
    assertThat(result.facets()).isEmpty();
    assertThat(result.facetsEstimated()).isFalse();
  }
}
