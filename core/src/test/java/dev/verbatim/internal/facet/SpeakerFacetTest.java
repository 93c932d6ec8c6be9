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
      verbatim.add(said("b", "Bill Clinton", "The bill failed."));
      verbatim.add(said("c", "Clinton", "The bill passed."));
      verbatim.commit();
      // three of the four articles writing a Clinton in full write Hillary: "Clinton" is her
      assertThat(verbatim.search(SearchRequest.of("bill")).facets().get("speaker"))
          .containsExactly(
              new FacetValue("Bill Clinton", 1, List.of()),
              new FacetValue("Hillary Clinton", 1, List.of("Clinton")));
      assertThat(verbatim.quotes().speakers("", 10))
          .containsExactly(
              new FacetValue("Hillary Clinton", 4, List.of("Clinton")),
              new FacetValue("Bill Clinton", 1, List.of()));
      // a filter on either spelling finds both
      assertThat(total(verbatim, "passed", "Clinton")).isEqualTo(4);
      assertThat(total(verbatim, "passed", "Hillary Clinton")).isEqualTo(4);
      assertThat(total(verbatim, "passed", "Bill Clinton")).isZero();
    }
  }

  @Test
  void anAmbiguousSurnameStaysApartEvenWhereOnlyOneFullNameMatches() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      verbatim.add(said("h", "Hillary Clinton", "The vote passed."));
      verbatim.add(said("h2", "Hillary Clinton", "The vote passed."));
      verbatim.add(said("b", "Bill Clinton", "The bill failed."));
      verbatim.add(said("b2", "Bill Clinton", "The bill failed."));
      verbatim.add(said("c", "Clinton", "The vote passed."));
      verbatim.commit();
      assertThat(verbatim.search(SearchRequest.of("vote")).facets().get("speaker"))
          .containsExactly(
              new FacetValue("Hillary Clinton", 2, List.of()), new FacetValue("Clinton", 1));
      assertThat(total(verbatim, "vote", "Clinton")).isEqualTo(1);
    }
  }

  @Test
  void oneArticleIsNoEvidenceToJoinOn() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      verbatim.add(said("m", "Michelle Obama", "The vote passed."));
      verbatim.add(said("o", "Obama", "The vote passed."));
      verbatim.commit();
      assertThat(verbatim.quotes().speakers("", 10))
          .containsExactly(new FacetValue("Michelle Obama", 1), new FacetValue("Obama", 1));
      verbatim.add(said("m2", "Michelle Obama", "The vote passed."));
      verbatim.commit();
      // the evidence grows as articles arrive: now two articles name her in full
      assertThat(verbatim.quotes().speakers("", 10))
          .containsExactly(new FacetValue("Michelle Obama", 3, List.of("Obama")));
    }
  }

  @Test
  void middleNamesOfOneInitialAreOnePersonAndTwoInitialsAreTwo() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      verbatim.add(said("t1", "Donald Trump", "The vote passed."));
      verbatim.add(said("t2", "Donald Trump", "The vote passed."));
      verbatim.add(said("t3", "Donald J", "Trump. The vote passed."));
      verbatim.add(said("w", "George W", "Bush. The vote passed."));
      verbatim.add(article("h", "\u201cWe stay,\u201d said George H.W. Bush. The vote passed."));
      verbatim.add(said("o", "the White House", "The vote passed."));
      verbatim.add(said("r", "the House", "The vote passed."));
      verbatim.commit();
      assertThat(verbatim.quotes().speakers("", 10))
          .extracting(FacetValue::value, FacetValue::count, FacetValue::aliases)
          .contains(
              org.assertj.core.groups.Tuple.tuple("Donald Trump", 3L, List.of("Donald J. Trump")),
              org.assertj.core.groups.Tuple.tuple("George W. Bush", 1L, List.of()),
              org.assertj.core.groups.Tuple.tuple("George H.W. Bush", 1L, List.of()));
      // an organisation's last word alone is not its surname
      assertThat(verbatim.quotes().speakers("house", 10))
          .extracting(FacetValue::aliases)
          .allSatisfy(aliases -> assertThat(aliases).isEmpty());
      assertThat(total(verbatim, "passed", "Donald J. Trump")).isEqualTo(3);
    }
  }

  @Test
  void aLeadingTheIsNoPartOfAnOutletsName() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      verbatim.add(
          article("t1", "\u201cThe talks failed,\u201d The New York Times reported. Talks ended."));
      verbatim.add(
          article("t2", "\u201cThe talks ended,\u201d the New York Times said. Talks ended."));
      verbatim.add(
          article("t3", "\u201cThe talks stalled,\u201d New York Times wrote. Talks ended."));
      verbatim.commit();
      // one outlet, under the spelling most articles write, the other as its alias
      assertThat(verbatim.quotes().speakers("york", 10))
          .extracting(FacetValue::value, FacetValue::count, FacetValue::aliases)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "New York Times", 3L, List.of("The New York Times")));
      // a filter on either spelling finds every article of the outlet
      assertThat(total(verbatim, "talks", "New York Times")).isEqualTo(3);
      assertThat(total(verbatim, "talks", "The New York Times")).isEqualTo(3);
    }
  }

  /** An article quoting {@code speaker}, then {@code sentence}. */
  private static Article said(String id, String speaker, String sentence) {
    return article(id, "\u201cWe spoke,\u201d said " + speaker + ". " + sentence);
  }

  /** How many articles match {@code query} with a filter on {@code speaker}. */
  private static long total(Verbatim verbatim, String query, String speaker) throws IOException {
    return verbatim.search(SearchRequest.builder(query).speakers(List.of(speaker)).build()).total();
  }

  private static Article article(String id, String text) {
    return new Article(
        id, "Wire", null, "Story " + id, List.of(), LocalDate.of(2022, 10, 1), "en", text);
  }
}
