package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The acceptance examples of the core library, on the five seed articles. */
class SeedSearchTest {
  private static final String FOCUS = "000_296fc6a704d818ab";
  private static final String VICE = "001_8bd6f41bf0bf1290";
  private static final String CNN = "002_bc97ad8f4dd9a4f7";
  private static final String DEEP_DIVE = "003_edbf65b9f2e6b946";
  private static final String INFOBAE = "004_3943c7d2be55e3c4";

  private static Verbatim verbatim;

  @BeforeAll
  static void indexSeeds() throws IOException {
    verbatim = Seeds.index();
  }

  @AfterAll
  static void close() throws IOException {
    verbatim.close();
  }

  private static SearchResult search(String query) throws IOException {
    return verbatim.search(SearchRequest.of(query));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void exactPhraseFindsOnlyCnnWithTheWholePhraseInOneMark() throws IOException {
    SearchResult result = search("\"spoken to Putin only once\"");
    assertThat(ids(result)).containsExactly(CNN);
    List<Snippet> snippets = result.hits().getFirst().snippets();
    assertThat(snippets.stream().flatMap(s -> s.marked().stream()))
        .containsExactly("spoken to Putin only once");
  }

  @Test
  void withoutSnippetsTheHitsAreTheSameAndUnmarked() throws IOException {
    SearchRequest request = SearchRequest.builder("\"spoken to Putin only once\"").build();
    SearchResult plain = verbatim.search(request.toBuilder().snippets(false).build());
    assertThat(ids(plain)).isEqualTo(ids(verbatim.search(request)));
    assertThat(plain.hits().getFirst().snippets()).isEmpty();
    QuoteSearchResult quotes =
        verbatim.quotes().search(request.toBuilder().snippets(false).build());
    assertThat(quotes.hits().getFirst().text().marks()).isEmpty();
    assertThat(quotes.hits().getFirst().text().text()).contains("Putin");
  }

  @Test
  void aProximityMatchAcrossASentenceBoundaryIsOneSnippetWithBothEndsMarked() throws IOException {
    Hit deepDive =
        search("putin w/12 nuclear").hits().stream()
            .filter(h -> h.id().equals(DEEP_DIVE))
            .findFirst()
            .orElseThrow();
    // "… launching a nuclear strike on Ukraine. Bremmer claimed that Musk agreed with Putin, …"
    assertThat(deepDive.snippets()).hasSize(1);
    Snippet snippet = deepDive.snippets().getFirst();
    assertThat(snippet.marked()).containsExactly("nuclear", "Putin");
    assertThat(snippet.text())
        .startsWith("In the supposed discussion, Putin told Musk")
        .contains("strike on Ukraine. Bremmer claimed that Musk agreed with Putin,")
        .endsWith("to his Twitter followers.");
    // the first "Putin" did not make the match: it is not marked
    assertThat(snippet.marks().getFirst().start()).isGreaterThan(snippet.text().indexOf("Putin"));
  }

  @Test
  void sloppyPhraseAlsoFindsTheReorderedWording() throws IOException {
    assertThat(ids(search("\"I have spoken to Putin only once\"~6"))).containsExactly(CNN, INFOBAE);
    assertThat(ids(search("\"I have spoken to Putin only once\""))).containsExactly(CNN);
  }

  @Test
  void curlyAndStraightApostrophesMatchTheSameArticles() throws IOException {
    assertThat(ids(search("\"Kremlin’s red lines\""))).containsExactly(FOCUS, CNN);
    assertThat(ids(search("\"Kremlin's red lines\""))).containsExactly(FOCUS, CNN);
    assertThat(ids(search("“Kremlin's red lines”"))).containsExactly(FOCUS, CNN);
  }

  @Test
  void relatedHeadlineFurnitureIsNotSearchable() throws IOException {
    assertThat(search("dogecoin").total()).isZero();
    assertThat(search("desalination").total()).isZero();
    assertThat(search("\"Leave a Reply\"").total()).isZero();
  }

  @Test
  void dateFilterKeepsOnlyThatDay() throws IOException {
    LocalDate day = LocalDate.parse("2022-10-12");
    SearchResult filtered =
        verbatim.search(SearchRequest.builder("musk").from(day).to(day).build());
    assertThat(ids(filtered)).containsExactly(FOCUS, DEEP_DIVE);
    assertThat(ids(search("musk date:2022-10-12"))).containsExactly(FOCUS, DEEP_DIVE);
  }

  @Test
  void facetsCountTheFiveSources() throws IOException {
    SearchResult result = search("musk");
    assertThat(result.total()).isEqualTo(5);
    assertThat(result.facets().get("source"))
        .extracting(FacetValue::value)
        .containsExactlyInAnyOrder(
            "Focus Washington",
            "VICE News",
            "CNN",
            "The Deep Dive",
            "Infobae (English machine translation, republished)");
    assertThat(result.facets().get("source")).allSatisfy(v -> assertThat(v.count()).isEqualTo(1));
    assertThat(result.facets().get("date")).containsExactly(new FacetValue("2022-10", 5));
  }

  @Test
  void proximityExamplesOnTheSeeds() throws IOException {
    assertThat(ids(search("putin w/12 nuclear"))).containsExactly(FOCUS, DEEP_DIVE);
    assertThat(ids(search("bremmer pre/3 wrote"))).containsExactly(FOCUS, VICE, CNN, INFOBAE);
    assertThat(ids(search("wrote pre/3 bremmer"))).isEmpty();
    assertThat(ids(search("crimea w/s water"))).containsExactly(FOCUS, CNN, INFOBAE);
    // every seed mentions Musk somewhere more than 20 words away from any "Bremmer"
    assertThat(ids(search("musk not w/20 bremmer")))
        .containsExactly(FOCUS, VICE, CNN, DEEP_DIVE, INFOBAE);
    assertThat(ids(search("musk w/5 bremmer"))).isNotEmpty();
  }

  @Test
  void proximitySnippetMarksBothEnds() throws IOException {
    Hit focus =
        search("putin w/12 nuclear").hits().stream()
            .filter(h -> h.id().equals(FOCUS))
            .findFirst()
            .orElseThrow();
    assertThat(Marked.all(focus.snippets()))
        .contains(
            "The report said Musk talked with [[Putin]] about the potential for using [[nuclear]]"
                + " weapons, before floating his own peace plan that suggested that Ukraine cede"
                + " territory to Russia.");
  }

  @Test
  void quoteScopeFindsQuotesWithSpeakersAndChains() throws IOException {
    QuoteSearchResult result =
        verbatim
            .quotes()
            .search(SearchRequest.builder("\"prepared to negotiate\"").size(10).build());
    // the five seeds each report it; in 002 it sits inside Bremmer's longer quote
    assertThat(result.total()).isEqualTo(5);
    QuoteHit focus =
        result.hits().stream().filter(h -> h.article().equals(FOCUS)).findFirst().orElseThrow();
    assertThat(focus.speaker()).isEqualTo("Vladimir Putin");
    assertThat(focus.via()).containsExactly("Ian Bremmer", "Elon Musk");
    assertThat(Marked.of(focus.text())).isEqualTo("[[prepared to negotiate]],");
    Article article = verbatim.articles().get(FOCUS).orElseThrow();
    assertThat(article.text().substring(focus.start(), focus.end()))
        .isEqualTo("prepared to negotiate,");
    // a quote stores no words, outlet or headline of its own: they are its article's
    assertThat(focus.title()).isEqualTo(article.title()).isNotBlank();
    assertThat(focus.source()).isEqualTo(article.source()).isNotBlank();
    assertThat(focus.date()).isEqualTo(article.date());
    assertThat(result.facets().get("speaker"))
        .first()
        .isEqualTo(new FacetValue("Vladimir Putin", 4));
  }

  @Test
  void speakerFieldFilterAndFacetsUseCanonicalNames() throws IOException {
    assertThat(ids(search("speaker:zelensky"))).containsExactly(INFOBAE);
    assertThat(ids(search("speaker:zelenskyy"))).containsExactly(INFOBAE);
    assertThat(ids(search("speaker:\"john kirby\""))).containsExactly(CNN);
    assertThat(
            ids(
                verbatim.search(
                    SearchRequest.builder("musk").speakers(List.of("Dmitry Peskov")).build())))
        .containsExactly(INFOBAE);
    SearchResult all = search("musk");
    assertThat(all.facets().get("speaker"))
        .extracting(FacetValue::value)
        .contains("Elon Musk", "Ian Bremmer");
    Hit cnn = all.hits().stream().filter(h -> h.id().equals(CNN)).findFirst().orElseThrow();
    assertThat(cnn.speakers()).contains("Elon Musk", "Ian Bremmer", "John Kirby", "Andrij Melnyk");
  }

  @Test
  void quoteFieldSearchesOnlyQuotedText() throws IOException {
    assertThat(ids(search("quote:\"red lines\""))).containsExactly(FOCUS, CNN);
    // "Crimea" is in every body but inside quotes only in 002 and 004
    assertThat(ids(search("crimea"))).hasSize(5);
    assertThat(ids(search("quote:crimea"))).containsExactly(CNN, INFOBAE);
    assertThat(ids(search("quote:(putin w/5 negotiate)"))).isEmpty();
  }

  @Test
  void cleanedTitlesAndAuthorsComeBackWithHits() throws IOException {
    Article cnn = verbatim.articles().get(CNN).orElseThrow();
    assertThat(cnn.title())
        .isEqualTo("Elon Musk denies claim he spoke to Vladimir Putin about the war in Ukraine");
    assertThat(cnn.authors()).containsExactly("Natasha Bertrand", "Jessie Yeung");
    assertThat(verbatim.articles().get(VICE).orElseThrow().title()).isNull();
  }

  @Test
  void aLongProximityChainWithRepeatedTermsIsHighlightedNotFailed() throws IOException {
    // Lucene's interval matches overflow a fixed cache on this chain; snippets mark term by term
    String query = String.join(" w/200 ", java.util.Collections.nCopies(7, "musk w/200 putin"));
    SearchResult result = search(query);
    assertThat(result.total()).isEqualTo(5);
    assertThat(result.hits())
        .allSatisfy(
            hit ->
                assertThat(hit.snippets().stream().flatMap(s -> s.marks().stream())).isNotEmpty());
  }

  @Test
  void quotesNearestInMeaningComeFirstAndKeepTheFilters() throws IOException {
    QuoteSearchResult near =
        verbatim
            .quotes()
            .search(
                SearchRequest.builder("")
                    .like("I talked with the Russian president a single time")
                    .build());
    assertThat(near.hits()).isNotEmpty();
    assertThat(near.hits().getFirst().text().text()).contains("Putin").containsIgnoringCase("once");
    assertThat(near.hits())
        .extracting(QuoteHit::score)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // a filter and a query narrow the nearest: only the outlet asked for, only quotes with the word
    QuoteSearchResult cnn =
        verbatim
            .quotes()
            .search(
                SearchRequest.builder("putin")
                    .sources(List.of("CNN"))
                    .like("I talked with the Russian president a single time")
                    .build());
    assertThat(cnn.hits()).isNotEmpty().allMatch(h -> h.source().equals("CNN"));
    assertThat(cnn.hits()).allMatch(h -> h.text().text().contains("Putin"));
    assertThat(cnn.hits().getFirst().article()).isEqualTo(CNN);
    // one word in quotation marks is a label, not a statement: it gets no vector
    assertThat(near.hits()).allMatch(h -> h.text().text().split("\\s+").length >= 4);
    assertThatThrownBy(() -> verbatim.search(SearchRequest.builder("putin").like("talks").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scope=quotes");
  }

  @Test
  void atLeastNCountsTheWordAndFirstNKeepsItInTheLead() throws IOException {
    // Musk is named in every seed, 20 times or more in CNN's story alone
    assertThat(ids(search("musk"))).hasSize(5);
    assertThat(ids(search("atleast20(musk)"))).containsExactly(CNN);
    assertThat(ids(search("atleast2(\"ian bremmer\")"))).containsExactly(FOCUS);
    // Bremmer comes later than the first 30 words everywhere, within the first 60 in four
    assertThat(ids(search("first30(bremmer)"))).isEmpty();
    assertThat(ids(search("first60(bremmer)"))).containsExactly(FOCUS, VICE, CNN, DEEP_DIVE);
    // the marks are the words counted
    SearchResult lead = search("first30(musk)");
    assertThat(lead.hits().getFirst().snippets().stream().flatMap(s -> s.marked().stream()))
        .isNotEmpty()
        .allMatch(m -> m.equalsIgnoreCase("musk"));
    // they combine with the rest of the language
    assertThat(ids(search("atleast20(musk) AND first60(bremmer)"))).containsExactly(CNN);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> search("atleast0(musk)"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("atleastN: N must be 1..50");
  }
}
