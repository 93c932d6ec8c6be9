package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The façade: adding, updating, deleting, paging, sorting, escaping, concurrency, persistence. */
class VerbatimTest {
  @TempDir Path dir;

  private static Article article(String id, String source, LocalDate date, String text) {
    return new Article(id, source, null, null, List.of(), date, "en", text);
  }

  @Test
  void sameIdUpdatesAndSameTextFromTheSameSourceReplaces() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      assertThat(v.add(article("a", "AP", null, "Musk spoke."))).isEqualTo(AddResult.ADDED);
      assertThat(v.add(article("a", "AP", null, "Musk spoke again."))).isEqualTo(AddResult.UPDATED);
      v.commit();
      assertThat(v.add(article("b", "ap", null, "MUSK spoke  again!")))
          .isEqualTo(AddResult.UPDATED);
      assertThat(v.add(article("c", "Reuters", null, "Musk spoke again.")))
          .isEqualTo(AddResult.ADDED);
      v.commit();
      assertThat(v.count()).isEqualTo(2);
      assertThat(v.articles().get("a")).isEmpty();
      assertThat(v.articles().get("b").orElseThrow().text()).isEqualTo("MUSK spoke  again!");
      assertThat(v.search(SearchRequest.of("musk")).total()).isEqualTo(2);
    }
  }

  @Test
  void briefsWithOnePlaceholderBodyButDifferentHeadlinesStayApart() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      Article first =
          new Article("1", "Reuters", null, "SALES ROSE", List.of(), null, null, "Blah blah blah.");
      Article second =
          new Article("2", "Reuters", null, "SALES FELL", List.of(), null, null, "Blah blah blah.");
      assertThat(v.add(first)).isEqualTo(AddResult.ADDED);
      assertThat(v.add(second)).isEqualTo(AddResult.ADDED);
      v.commit();
      assertThat(v.count()).isEqualTo(2);
    }
  }

  @Test
  void updatingOrDeletingAnArticleReplacesItsQuotes() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(article("a", "S", null, "John Smith spoke.\n\n“Taxes will fall,” Smith said."));
      v.commit();
      assertThat(v.quotes().search(SearchRequest.of("taxes")).total()).isEqualTo(1);
      v.add(article("a", "S", null, "John Smith spoke.\n\n“Taxes will rise,” Smith said."));
      v.commit();
      QuoteSearchResult quotes = v.quotes().search(SearchRequest.of("taxes"));
      assertThat(quotes.hits())
          .extracting(hit -> Marked.of(hit.text()))
          .containsExactly("[[Taxes]] will rise,");
      assertThat(quotes.hits()).extracting(QuoteHit::speaker).containsExactly("John Smith");
      assertThat(v.count()).isEqualTo(1);
      v.delete("a");
      v.commit();
      assertThat(v.quotes().search(SearchRequest.of("taxes")).total()).isZero();
      assertThat(v.count()).isZero();
    }
  }

  @Test
  void deleteRemovesAtTheNextRefresh() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(article("a", null, null, "One text."));
      v.commit();
      assertThat(v.delete("a")).isTrue();
      assertThat(v.delete("nope")).isFalse();
      assertThat(v.count()).isEqualTo(1);
      v.refresh();
      assertThat(v.count()).isZero();
    }
  }

  @Test
  void cursorWalksEveryHitOnceInRelevanceAndDateOrder() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      for (int i = 0; i < 25; i++) {
        String text = "putin " + "word ".repeat(i % 7) + "number " + i;
        v.add(article("id" + i, "S", i == 3 ? null : LocalDate.of(2022, 1, 1).plusDays(i), text));
      }
      v.commit();
      for (SortOrder sort : SortOrder.values()) {
        List<String> seen = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        SearchRequest request = SearchRequest.builder("putin").size(10).sort(sort).build();
        int pages = 0;
        while (true) {
          SearchResult page = v.search(request);
          pages++;
          assertThat(page.total()).isEqualTo(25);
          page.hits().forEach(h -> seen.add(h.id()));
          page.hits().forEach(h -> dates.add(h.date()));
          if (page.nextCursor() == null) {
            break;
          }
          request = request.toBuilder().cursor(page.nextCursor()).build();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        if (sort == SortOrder.DATE) {
          assertThat(dates.getFirst()).isEqualTo(LocalDate.of(2022, 1, 25));
          assertThat(dates.getLast()).isNull();
          assertThat(seen.getLast()).isEqualTo("id3");
        }
      }
    }
  }

  @Test
  void cursorOfAnotherSortOrGarbageIsRejected() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      for (int i = 0; i < 3; i++) {
        v.add(article("id" + i, "S", LocalDate.of(2022, 1, 1 + i), "putin " + i));
      }
      v.commit();
      String cursor = v.search(SearchRequest.builder("putin").size(1).build()).nextCursor();
      assertThat(cursor).isNotNull();
      assertThatThrownBy(
              () ->
                  v.search(
                      SearchRequest.builder("putin")
                          .size(1)
                          .sort(SortOrder.DATE)
                          .cursor(cursor)
                          .build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("another sort order");
      assertThatThrownBy(() -> v.search(SearchRequest.builder("putin").cursor("%%%").build()))
          .hasMessageContaining("cursor is not one this server made");
    }
  }

  @Test
  void snippetsAreTheTextAsWrittenWithTheMatchAsASpan() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(article("x", null, null, "The post said <script>alert('putin')</script> & more."));
      v.commit();
      List<Snippet> snippets = v.search(SearchRequest.of("putin")).hits().getFirst().snippets();
      assertThat(snippets)
          .containsExactly(
              new Snippet(
                  "The post said <script>alert('putin')</script> & more.",
                  List.of(new Snippet.Mark(29, 34, Snippet.Kind.MATCH))));
    }
  }

  @Test
  void snippetsAreWholeSentencesAtMostThree() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(
          article(
              "x",
              null,
              null,
              "Putin spoke first. Nothing here. Then Putin spoke again.\n\n"
                  + "Putin, a third time. Putin and a fourth."));
      v.commit();
      List<String> snippets =
          Marked.all(v.search(SearchRequest.of("putin")).hits().getFirst().snippets());
      assertThat(snippets).hasSize(3).allSatisfy(s -> assertThat(s).contains("[[Putin]]"));
      assertThat(snippets).allSatisfy(s -> assertThat(s).endsWith("."));
      assertThat(snippets).doesNotContain("Nothing here.");
    }
  }

  @Test
  void sourceFilterIsExactAndCaseInsensitive() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(article("a", "CNN", null, "Putin."));
      v.add(article("b", "CNN (Web News)", null, "Putin."));
      v.commit();
      SearchResult result =
          v.search(SearchRequest.builder("putin").sources(List.of("cnn")).build());
      assertThat(result.hits()).extracting(Hit::id).containsExactly("a");
      assertThat(v.search(SearchRequest.of("putin source:cnn")).total()).isEqualTo(2);
    }
  }

  @Test
  void dayFacetCountsEachDay() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(article("a", "X", LocalDate.of(2022, 10, 12), "Putin."));
      v.add(article("b", "X", LocalDate.of(2022, 10, 11), "Putin again."));
      v.add(article("c", "Y", LocalDate.of(2022, 10, 12), "Putin and more."));
      v.commit();
      SearchResult result =
          v.search(SearchRequest.builder("putin").dateFacet(DateFacet.DAY).build());
      assertThat(result.facets().get("date"))
          .containsExactly(new FacetValue("2022-10-11", 1), new FacetValue("2022-10-12", 2));
      assertThat(result.facets().get("source"))
          .containsExactly(new FacetValue("X", 2), new FacetValue("Y", 1));
    }
  }

  @Test
  void searchesRunWhileAnotherThreadAdds() throws Exception {
    try (Verbatim v = Verbatim.inMemory();
        ExecutorService pool = Executors.newFixedThreadPool(2)) {
      Future<?> writer =
          pool.submit(
              () -> {
                for (int i = 0; i < 300; i++) {
                  v.add(article("id" + i, "S", null, "putin number " + i));
                  if (i % 50 == 0) {
                    v.refresh();
                  }
                }
                v.commit();
                return null;
              });
      Future<Set<Long>> reader =
          pool.submit(
              () -> {
                Set<Long> totals = new HashSet<>();
                for (int i = 0; i < 200; i++) {
                  totals.add(v.search(SearchRequest.of("putin")).total());
                }
                return totals;
              });
      writer.get();
      assertThat(reader.get()).allSatisfy(t -> assertThat(t).isBetween(0L, 300L));
      assertThat(v.search(SearchRequest.of("putin")).total()).isEqualTo(300);
    }
  }

  @Test
  void theSameArticleAgainIsUnchangedAndWritesNothing() throws IOException {
    try (Verbatim v = Verbatim.open(dir)) {
      Article a = article("a", "S", LocalDate.of(2022, 1, 1), "Kirby said “we will not.”");
      assertThat(v.add(a)).isEqualTo(AddResult.ADDED);
      v.commit();
      assertThat(v.add(a)).isEqualTo(AddResult.UNCHANGED);
      // any field that differs is a change: here the date
      assertThat(v.add(article("a", "S", LocalDate.of(2022, 1, 2), "Kirby said “we will not.”")))
          .isEqualTo(AddResult.UPDATED);
      v.commit();
      assertThat(v.count()).isEqualTo(1);
      assertThat(v.articles().get("a").orElseThrow().date()).isEqualTo(LocalDate.of(2022, 1, 2));
    }
    try (Verbatim v = Verbatim.open(dir)) {
      // after reopening, the committed article is still recognised
      assertThat(v.add(article("a", "S", LocalDate.of(2022, 1, 2), "Kirby said “we will not.”")))
          .isEqualTo(AddResult.UNCHANGED);
    }
  }

  @Test
  void committedArticlesSurviveReopening() throws IOException {
    try (Verbatim v = Verbatim.open(dir)) {
      v.add(article("a", "S", LocalDate.of(2022, 1, 1), "Persisted text."));
      v.commit();
    }
    try (Verbatim v = Verbatim.open(dir)) {
      assertThat(v.articles().get("a").orElseThrow().date()).isEqualTo(LocalDate.of(2022, 1, 1));
      assertThat(v.add(article("a", "S", null, "Persisted text again.")))
          .isEqualTo(AddResult.UPDATED);
    }
  }

  @Test
  void aBatchGivesTheResultsOfAddingOneByOneWrittenOnEveryThread() throws IOException {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      batch.add(
          article(
              "p" + i,
              "AP",
              LocalDate.of(2022, 10, 1 + i % 28),
              "Story " + i + ". “We will talk about item " + i + ",” Peskov said."));
    }
    try (Verbatim v = Verbatim.inMemory()) {
      assertThat(v.add(batch)).hasSize(200).containsOnly(AddResult.ADDED);
      v.commit();
      assertThat(v.count()).isEqualTo(200);
      assertThat(v.search(SearchRequest.of("\"item 137\"")).hits())
          .extracting(Hit::id)
          .containsExactly("p137");
      assertThat(v.quotes().search(SearchRequest.of("\"item 137\"")).hits().getFirst().speaker())
          .isEqualTo("Peskov");
      // the same batch again changes nothing; one changed article is the only update
      List<Article> again = new ArrayList<>(batch);
      again.set(5, article("p5", "AP", null, "Story 5, rewritten."));
      List<AddResult> results = v.add(again);
      assertThat(results.get(5)).isEqualTo(AddResult.UPDATED);
      assertThat(results.stream().filter(r -> r == AddResult.UNCHANGED)).hasSize(199);
      v.commit();
      assertThat(v.articles().get("p5").orElseThrow().text()).isEqualTo("Story 5, rewritten.");
      assertThat(v.count()).isEqualTo(200);
    }
  }

  @Test
  void aPrefixExpandsToWordsNeverToTheBigramsOfCommonWords() throws IOException {
    // 600 words that start with "pa", each followed by "the": 600 words and 600 bigrams
    // ("=pa7_the")
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 600; i++) {
      text.append("pa").append(Integer.toString(i, 26).replace('0', 'z')).append(" the ");
    }
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(article("a", "AP", null, text.toString()));
      v.add(article("b", "AP", null, "Nothing to see."));
      v.commit();
      assertThat(v.search(SearchRequest.of("pa*")).total()).isEqualTo(1);
      assertThat(v.search(SearchRequest.of("pa* w/2 the")).total()).isEqualTo(1);
      assertThat(v.search(SearchRequest.of("\"pazz the\"")).total()).isEqualTo(0);
      assertThat(v.search(SearchRequest.of("\"paz the\"")).total()).isEqualTo(1);
    }
  }

  @Test
  void inOneBatchALaterArticleWithTheSameIdOrTextReplacesTheEarlier() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      List<AddResult> results =
          v.add(
              List.of(
                  article("x", "AP", null, "First version."),
                  article("y", "AP", null, "Unrelated."),
                  article("x", "AP", null, "Second version."),
                  article("z", "ap", null, "SECOND version!")));
      assertThat(results)
          .containsExactly(AddResult.ADDED, AddResult.ADDED, AddResult.UPDATED, AddResult.UPDATED);
      v.commit();
      // z has x's text from the same outlet: it replaced x
      assertThat(v.articles().get("x")).isEmpty();
      assertThat(v.articles().get("z").orElseThrow().text()).isEqualTo("SECOND version!");
      assertThat(v.count()).isEqualTo(2);
    }
  }

  @Test
  @SuppressWarnings("try") // the open index is the point: a second open must fail while it is held
  void secondOpenOfTheSameIndexFailsClearly() throws IOException {
    try (Verbatim v = Verbatim.open(dir)) {
      assertThatThrownBy(() -> Verbatim.open(dir))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("already open");
    }
  }

  @Test
  void aSearchPastItsTimeoutFailsInsteadOfAnsweringPartly() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      for (int i = 0; i < 50; i++) {
        v.add(article("id" + i, "S", null, "putin number " + i));
      }
      v.commit();
      assertThatThrownBy(
              () ->
                  v.search(SearchRequest.builder("putin").timeout(java.time.Duration.ZERO).build()))
          .isInstanceOf(SearchTimeoutException.class)
          .hasMessageContaining("longer than 0 ms");
      assertThat(
              v.search(
                      SearchRequest.builder("putin")
                          .timeout(java.time.Duration.ofSeconds(30))
                          .build())
                  .total())
          .isEqualTo(50);
    }
  }

  @Test
  void requestsOutsideTheLimitsFailWithTheRule() {
    assertThatThrownBy(() -> SearchRequest.builder("x").size(0).build())
        .hasMessage("size must be 1..100, was 0");
    assertThatThrownBy(() -> SearchRequest.builder("x").size(101).build())
        .hasMessage("size must be 1..100, was 101");
    assertThatThrownBy(
            () ->
                SearchRequest.builder("x")
                    .from(LocalDate.of(2022, 2, 1))
                    .to(LocalDate.of(2022, 1, 1))
                    .build())
        .hasMessageContaining("must not be after");
    assertThatThrownBy(() -> new Article(" ", null, null, null, null, null, null, "t"))
        .hasMessage("id must not be blank");
  }

  @Test
  void quotesOfAnArticleAreTheOnesAttributionFoundAtIndexTime() throws IOException {
    String text =
        "Jane Roe spoke.\n\n“We will not negotiate,” Roe said. A “peace plan” was floated.";
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(new Article("q1", "Wire", null, null, List.of(), null, null, text));
      v.commit();
      v.refresh();
      List<dev.verbatim.quote.Quote> expected =
          new dev.verbatim.quote.QuoteExtractor().extract(text);
      assertThat(v.quotes().of("q1")).isEqualTo(expected);
      assertThat(v.quotes().of("q1").getFirst().rule())
          .isEqualTo(dev.verbatim.quote.AttributionRule.CUE_AFTER);
      assertThat(v.quotes().of("missing")).isEmpty();
    }
  }

  @Test
  void aReadOnlyIndexSearchesBesideTheWriterAndSeesItsCommits() throws IOException {
    Path folder = dir.resolve("shared");
    try (Verbatim writer = Verbatim.open(folder)) {
      writer.add(article("r1", "Wire", null, "Kirby said the talks would go on."));
      writer.commit();
      try (Verbatim reader = Verbatim.openReadOnly(folder)) {
        assertThat(reader.count()).isEqualTo(1);
        writer.add(article("r2", "Wire", null, "Peskov said nothing new."));
        writer.commit();
        assertThat(reader.count()).isEqualTo(1);
        reader.refresh();
        assertThat(reader.count()).isEqualTo(2);
        assertThatThrownBy(() -> reader.add(article("r3", "Wire", null, "No.")))
            .isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("read-only");
      }
      // the reader left no lock and wrote nothing: the writer goes on
      writer.add(article("r3", "Wire", null, "Zelensky spoke."));
      writer.commit();
      assertThat(writer.count()).isEqualTo(3);
    }
  }

  @Test
  void aReadOnlyOpenOfANeverCommittedFolderIsAClearError() {
    assertThatThrownBy(() -> Verbatim.openReadOnly(dir.resolve("empty")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no index here yet");
  }
}
