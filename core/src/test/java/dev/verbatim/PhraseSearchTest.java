package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Phrases, slop, folding, stemming and fields on small fixed texts, in the style of Lucene's
 * TestIntervals: each query with the documents it must match.
 */
class PhraseSearchTest {
  /*
   * Positions count words; punctuation and sentence breaks take none.
   *
   *   d1: Putin was prepared to negotiate, Bremmer wrote.
   *       0     1   2        3  4          5       6
   *   d2: Bremmer wrote that Putin was not prepared. Negotiations failed.
   *       0       1     2    3     4   5   6         7            8
   *   d3: The Kremlin’s red lines were clear, he said. Putin
   *       0   1         2   3     4    5      6  7     8
   *   d4: KREMLIN'S RED LINES! Mr. Musk said so.
   *       0         1   2      3   4    5    6
   */
  private static final List<String> TEXTS =
      List.of(
          "Putin was prepared to negotiate, Bremmer wrote.",
          "Bremmer wrote that Putin was not prepared. Negotiations failed.",
          "The Kremlin’s red lines were clear, he said. Putin",
          "KREMLIN'S RED LINES! Mr. Musk said so.");

  private static Verbatim verbatim;

  @BeforeAll
  static void index() throws IOException {
    verbatim = Verbatim.inMemory();
    for (int i = 0; i < TEXTS.size(); i++) {
      verbatim.add(
          new Article(
              "d" + (i + 1),
              i % 2 == 0 ? "Outlet One" : "Other Outlet",
              null,
              i == 3 ? "Red lines in Moscow" : null,
              List.of(),
              LocalDate.of(2022, 10, 10 + i),
              "en",
              TEXTS.get(i)));
    }
    verbatim.commit();
  }

  @AfterAll
  static void close() throws IOException {
    verbatim.close();
  }

  static List<String> matches(String query) throws IOException {
    return ids(verbatim, query);
  }

  /** The sorted ids of every hit of {@code query}. */
  static List<String> ids(Verbatim verbatim, String query) throws IOException {
    return verbatim
        .search(SearchRequest.builder(query).size(Limits.MAX_PAGE_SIZE).build())
        .hits()
        .stream()
        .map(Hit::id)
        .sorted()
        .toList();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          "prepared to negotiate"         | d1
          "prepared negotiate"            | ''
          "prepared negotiate"~1          | d1
          "negotiate prepared"~2          | ''
          "negotiate prepared"~3          | d1
          "bremmer wrote"                 | d1 d2
          "wrote bremmer"~1               | ''
          "wrote bremmer"~2               | d1 d2
          "to"                            | d1
          "Kremlin’s red lines"           | d3 d4
          "kremlin's RED lines"           | d3 d4
          "kremlin red lines"             | ''
          kremlin                         | d3 d4
          red                             | d3 d4
          line                            | d3 d4
          putin                           | d1 d2 d3
          putin w/3 prepared              | d1 d2
          red w/1 line                    | d3 d4
          negotiations                    | d1 d2
          "negotiations"                  | d2
          negotiat*                       | d1 d2
          "said putin"                    | d3
          "clear he said"                 | d3
          "mr. musk said"                 | d4
          putin -bremmer                  | d3
          bremmer NOT "prepared to"       | d2
          putin OR musk                   | d1 d2 d3 d4
          title:red                       | d4
          title:putin                     | ''
          source:outlet                   | d1 d2 d3 d4
          source:"outlet one"             | d1 d3
          source:oth*                     | d2 d4
          date:[2022-10-11 TO 2022-10-12] | d2 d3
          the                             | d3
          """)
  void matchesExactly(String query, String expected) throws IOException {
    List<String> ids = expected.isBlank() ? List.of() : List.of(expected.split(" "));
    assertThat(matches(query)).containsExactlyElementsOf(ids);
  }

  @Test
  void prefixThatExpandsTooFarIsAnError() throws IOException {
    try (Verbatim many = Verbatim.inMemory()) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 1_100; i++) {
        text.append("word").append(i).append(' ');
      }
      many.add(new Article("x", null, null, null, List.of(), null, null, text.toString()));
      many.commit();
      assertThatThrownBy(() -> many.search(SearchRequest.of("word*")))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageContaining("matches more than 1024 words");
      assertThat(many.search(SearchRequest.of("word10*")).total()).isEqualTo(1);
    }
  }
}
