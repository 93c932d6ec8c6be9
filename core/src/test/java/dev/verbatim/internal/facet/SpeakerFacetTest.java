package dev.verbatim.internal.facet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Article;
import dev.verbatim.FacetValue;
import dev.verbatim.SearchRequest;
import dev.verbatim.Verbatim;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerFacetTest {
  private static List<FacetValue> speakers(String... quotes) throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      for (int i = 0; i < quotes.length; i++) {
        verbatim.add(
            new Article(
                "a" + i,
                "Wire",
                null,
                "Story " + i,
                List.of(),
                LocalDate.of(2022, 10, 1 + i),
                "en",
                "The war went on.\n\n" + quotes[i]));
      }
      verbatim.commit();
      return verbatim.search(SearchRequest.of("war")).facets().get("speaker");
    }
  }

  private static final List<String> NAMES =
      List.of(
          "Alpha",
          "Bravo",
          "Charlie",
          "Delta",
          "Echo",
          "Foxtrot",
          "Golf",
          "Hotel",
          "India",
          "Juliet",
          "Kilo",
          "Lima",
          "Mike",
          "November",
          "Oscar",
          "Papa",
          "Quebec",
          "Romeo",
          "Sierra",
          "Tango",
          "Uniform",
          "Victor",
          "Whiskey",
          "Xray",
          "Yankee",
          "Zulu");

  private static Article quoting(int n, String topic, String surname) {
    return new Article(
        "m" + n,
        "Wire",
        null,
        "Story " + n,
        List.of(),
        LocalDate.of(2022, 10, 1),
        "en",
        "The " + topic + " went on.\n\n\u201cWe hold,\u201d said Tom " + surname + ".");
  }

  @Test
  void countsAddUpAcrossSegmentsWithFewAndManyMatches() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      // a segment of 26 speakers of which the query matches the last two, then one that it matches
      // whole, whose ordinals 0 and 1 are those two speakers (index-wide: the last two)
      for (int i = 0; i < NAMES.size(); i++) {
        verbatim.add(quoting(i, i >= NAMES.size() - 2 ? "war" : "talk", NAMES.get(i)));
      }
      verbatim.commit();
      for (int i = 0; i < 5; i++) {
        verbatim.add(quoting(100 + i, "war", i < 3 ? "Yankee" : "Zulu"));
      }
      verbatim.commit();
      assertThat(verbatim.search(SearchRequest.of("war")).facets().get("speaker"))
          .containsExactly(new FacetValue("Tom Yankee", 4), new FacetValue("Tom Zulu", 3));
      assertThat(verbatim.search(SearchRequest.of("talk")).facets().get("speaker")).hasSize(10);
      assertThat(verbatim.search(SearchRequest.of("talk")).facets().get("speaker"))
          .allMatch(v -> v.count() == 1 && !v.value().equals("Tom Yankee"));
      // the counting arrays are reused from search to search: nothing is left of the last one
      assertThat(verbatim.search(SearchRequest.of("war")).facets().get("speaker"))
          .containsExactly(new FacetValue("Tom Yankee", 4), new FacetValue("Tom Zulu", 3));
    }
  }

  @Test
  void spellingsOfOnePersonMergeUnderTheMostFrequentFullName() throws IOException {
    assertThat(
            speakers(
                "\u201cWe will not give up,\u201d said Volodymyr Zelenskyy.",
                "\u201cWe will win,\u201d said Volodymyr Zelenskyy.",
                "\u201cThe front holds,\u201d said Volodymyr Zelensky.",
                "\u201cPeace is far,\u201d Zelensky said.",
                "\u201cCars are fine,\u201d said Elon Musk."))
        .containsExactly(
            new FacetValue("Volodymyr Zelenskyy", 4, List.of("Volodymyr Zelensky", "Zelensky")),
            new FacetValue("Elon Musk", 1));
  }

  @Test
  void surnameSharedByTwoPeopleStaysApart() throws IOException {
    assertThat(
            speakers(
                "\u201cWe did it,\u201d said Hillary Clinton.",
                "\u201cWe did it too,\u201d said Bill Clinton.",
                "\u201cIt is done,\u201d Clinton said.",
                "\u201cIt is over,\u201d Clinton said."))
        .containsExactly(
            new FacetValue("Clinton", 2),
            new FacetValue("Bill Clinton", 1),
            new FacetValue("Hillary Clinton", 1));
  }

  @Test
  void aSurnameJoinsTheFullNameMostArticlesGiveItWhateverTheSearch() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      for (int i = 0; i < 3; i++) {
        verbatim.add(
            article("h" + i, "\u201cWe did it,\u201d said Hillary Clinton. The vote passed."));
      }
      verbatim.add(article("b", "\u201cWe did it too,\u201d said Bill Clinton. The bill failed."));
      verbatim.add(article("c", "\u201cIt is done,\u201d Clinton said. The bill passed."));
      verbatim.commit();
      // three of the four articles writing a Clinton in full write Hillary: "Clinton" is her
      assertThat(verbatim.search(SearchRequest.of("bill")).facets().get("speaker"))
          .containsExactly(
              new FacetValue("Bill Clinton", 1, List.of()),
              new FacetValue("Hillary Clinton", 1, List.of("Clinton")));
      assertThat(verbatim.speakers("", 10))
          .containsExactly(
              new FacetValue("Hillary Clinton", 4, List.of("Clinton")),
              new FacetValue("Bill Clinton", 1, List.of()));
      // a filter on either spelling finds both
      assertThat(
              verbatim
                  .search(SearchRequest.builder("passed").speakers(List.of("Clinton")).build())
                  .total())
          .isEqualTo(4);
      assertThat(
              verbatim
                  .search(
                      SearchRequest.builder("passed").speakers(List.of("Hillary Clinton")).build())
                  .total())
          .isEqualTo(4);
      assertThat(
              verbatim
                  .search(SearchRequest.builder("passed").speakers(List.of("Bill Clinton")).build())
                  .total())
          .isZero();
    }
  }

  @Test
  void anAmbiguousSurnameStaysApartEvenWhereOnlyOneFullNameMatches() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      verbatim.add(article("h", "\u201cWe did it,\u201d said Hillary Clinton. The vote passed."));
      verbatim.add(article("h2", "\u201cWe won,\u201d said Hillary Clinton. The vote passed."));
      verbatim.add(article("b", "\u201cWe did it too,\u201d said Bill Clinton. The bill failed."));
      verbatim.add(article("b2", "\u201cWe lost,\u201d said Bill Clinton. The bill failed."));
      verbatim.add(article("c", "\u201cIt is done,\u201d Clinton said. The vote passed."));
      verbatim.commit();
      assertThat(verbatim.search(SearchRequest.of("vote")).facets().get("speaker"))
          .containsExactly(
              new FacetValue("Hillary Clinton", 2, List.of()), new FacetValue("Clinton", 1));
      assertThat(
              verbatim
                  .search(SearchRequest.builder("vote").speakers(List.of("Clinton")).build())
                  .total())
          .isEqualTo(1);
    }
  }

  @Test
  void oneArticleIsNoEvidenceToJoinOn() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      verbatim.add(article("m", "\u201cWe go high,\u201d said Michelle Obama. The vote passed."));
      verbatim.add(article("o", "\u201cYes we can,\u201d Obama said. The vote passed."));
      verbatim.commit();
      assertThat(verbatim.speakers("", 10))
          .containsExactly(new FacetValue("Michelle Obama", 1), new FacetValue("Obama", 1));
      verbatim.add(article("m2", "\u201cWe go on,\u201d said Michelle Obama. The vote passed."));
      verbatim.commit();
      // the evidence grows as articles arrive: now two articles name her in full
      assertThat(verbatim.speakers("", 10))
          .containsExactly(new FacetValue("Michelle Obama", 3, List.of("Obama")));
    }
  }

  @Test
  void middleNamesOfOneInitialAreOnePersonAndTwoInitialsAreTwo() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      verbatim.add(article("t1", "\u201cWe win,\u201d said Donald Trump. The vote passed."));
      verbatim.add(article("t2", "\u201cWe win big,\u201d said Donald Trump. The vote passed."));
      verbatim.add(article("t3", "\u201cWe won,\u201d said Donald J. Trump. The vote passed."));
      verbatim.add(article("w", "\u201cWe go,\u201d said George W. Bush. The vote passed."));
      verbatim.add(article("h", "\u201cWe stay,\u201d said George H.W. Bush. The vote passed."));
      verbatim.add(article("o", "\u201cIt is ours,\u201d said the White House. The vote passed."));
      verbatim.add(article("r", "\u201cNo,\u201d said the House. The vote passed."));
      verbatim.commit();
      assertThat(verbatim.speakers("", 10))
          .extracting(FacetValue::value, FacetValue::count, FacetValue::aliases)
          .contains(
              org.assertj.core.groups.Tuple.tuple("Donald Trump", 3L, List.of("Donald J. Trump")),
              org.assertj.core.groups.Tuple.tuple("George W. Bush", 1L, List.of()),
              org.assertj.core.groups.Tuple.tuple("George H.W. Bush", 1L, List.of()));
      // an organisation's last word alone is not its surname
      assertThat(verbatim.speakers("house", 10))
          .extracting(FacetValue::aliases)
          .allSatisfy(aliases -> assertThat(aliases).isEmpty());
      assertThat(
              verbatim
                  .search(
                      SearchRequest.builder("passed").speakers(List.of("Donald J. Trump")).build())
                  .total())
          .isEqualTo(3);
    }
  }

  private static Article article(String id, String text) {
    return new Article(
        id, "Wire", null, "Story " + id, List.of(), LocalDate.of(2022, 10, 1), "en", text);
  }
}
