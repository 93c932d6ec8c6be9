package dev.verbatim.internal.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.internal.query.QueryParser;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The terms the presearcher files a watch under, read from its compiled query. */
class QueryTermsTest {
  /** The required terms of {@code query}, as "field:text", sorted; "ANY" when there are none. */
  private static String required(String query) {
    Set<Term> terms = QueryTerms.required(compiled(query));
    return terms == null ? "ANY" : listed(terms);
  }

  private static Query compiled(String query) {
    return new QueryCompiler(null, QueryField.ARTICLE).compile(QueryParser.parse(query));
  }

  /** Terms as "field:text", sorted. */
  private static String listed(Set<Term> terms) {
    return terms.stream()
        .map(t -> t.field() + ":" + t.text())
        .sorted()
        .collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # a word is its exact form or its stem, in the body or the title
          # a conjunction needs one of its parts: the longest-looking
          kremlin AND ukraine                 | body:=kremlin body:kremlin title:=kremlin title:kremlin
          # a disjunction needs any of them
          putin OR zelensky                   | body:=putin body:=zelenski body:putin body:zelenski title:=putin title:=zelenski title:putin title:zelenski
          # a phrase needs one of its terms (here the bigram a stopword is indexed with)
          "the kremlin's red lines"           | body:=the_kremlin's title:=the_kremlin's
          # what is excluded is not required
          kremlin -putin                      | body:=kremlin body:kremlin title:=kremlin title:kremlin
          # a pure negation, a prefix or a date alone cannot be filed under terms
          -putin                              | ANY
          kreml*                              | ANY
          date:2022-10                        | ANY
          # a prefix beside a word: filed under the word
          kreml* AND ukraine                  | body:=ukrain body:ukrain title:=ukrain title:ukrain
          """)
  void filesAWatchUnderTheTermsAMatchMustHold(String query, String expected) {
    assertThat(required(query.strip())).isEqualTo(expected.strip());
  }

  /** The second requirement, as "field:text" sorted; "none" without one. */
  private static String also(String query) {
    QueryTerms.Requirement r = QueryTerms.requirement(compiled(query), t -> 0);
    return r == null || r.also() == null ? "none" : listed(r.also());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # both words of a conjunction are required: the second is checked after the first
          kremlin AND ukraine                 | body:=ukrain body:ukrain title:=ukrain title:ukrain
          # a proximity needs both of its ends
          kremlin w/5 ukraine                 | body:=ukrain body:ukrain title:=ukrain title:ukrain
          # any of a disjunction's branches: no second requirement unless each has one
          kremlin OR ukraine                  | none
          kremlin                             | none
          """)
  void aSecondRequiredPartIsCheckedBeforeAQueryRuns(String query, String expected) {
    assertThat(also(query.strip())).isEqualTo(expected.strip());
  }
}
