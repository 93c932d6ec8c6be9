package dev.verbatim.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.QuerySyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parse tree of each construct, and the message and position of each error. */
class QueryParserTest {

  /** A compact rendering of a tree, to compare against a table. */
  static String render(QueryNode node) {
    return switch (node) {
      case QueryNode.Word w ->
          (w.field() == null ? "" : w.field().qualifier() + ":")
              + w.text()
              + (w.prefix() ? "*" : "");
      case QueryNode.Phrase p ->
          (p.field() == null ? "" : p.field().qualifier() + ":")
              + "\""
              + p.text()
              + "\""
              + (p.slop() > 0 ? "~" + p.slop() : "");
      case QueryNode.DateRange d -> "date[" + d.from() + "," + d.to() + "]";
      case QueryNode.And a ->
          "AND("
              + String.join(" ", a.clauses().stream().map(QueryParserTest::render).toList())
              + ")";
      case QueryNode.Or o ->
          "OR("
              + String.join(" ", o.clauses().stream().map(QueryParserTest::render).toList())
              + ")";
      case QueryNode.Not n -> "-" + render(n.clause());
      case QueryNode.Near n ->
          "("
              + render(n.left())
              + " "
              + n.connector().syntax(n.distance())
              + " "
              + render(n.right())
              + ")";
      case QueryNode.AtLeast a -> "atleast" + a.times() + "(" + render(a.clause()) + ")";
      case QueryNode.Lead l -> "first" + l.words() + "(" + render(l.clause()) + ")";
    };
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          musk                                | musk
          atleast3(musk)                      | atleast3(musk)
          ATLEAST2("ian bremmer") putin       | AND(atleast2("ian bremmer") putin)
          first50(musk OR putin)              | first50(OR(musk putin))
          atleast3 (musk)                     | AND(atleast3 musk)
          atleast3                            | atleast3
          musk putin                          | AND(musk putin)
          musk AND putin                      | AND(musk putin)
          musk OR putin                       | OR(musk putin)
          musk putin OR kremlin               | AND(musk OR(putin kremlin))
          (musk putin) OR kremlin             | OR(AND(musk putin) kremlin)
          musk -bremmer                       | AND(musk -bremmer)
          musk NOT bremmer                    | AND(musk -bremmer)
          -bremmer                            | AND(-bremmer)
          "red lines"                         | "red lines"
          “red lines”~3                       | "red lines"~3
          negotiat*                           | negotiat*
          title:putin                         | title:putin
          title:(musk OR putin)               | OR(title:musk title:putin)
          source:"focus washington"           | source:"focus washington"
          date:[2022-10-01 TO 2022-10-31]     | date[2022-10-01,2022-10-31]
          date:[* TO 2022-10-11]              | date[null,2022-10-11]
          date:2022-10                        | date[2022-10-01,2022-10-31]
          date:2022-10-12                     | date[2022-10-12,2022-10-12]
          and or not                          | AND(and or not)
          Musk-Putin 3:1                      | AND(Musk-Putin 3:1)
          musk w/10 putin w/s nuclear         | ((musk w/10 putin) w/s nuclear)
          a OR b w/5 c                        | (OR(a b) w/5 c)
          a w/5 b AND c                       | AND((a w/5 b) c)
          a w/p b w/s c                       | (a w/p (b w/s c))
          a pre/2 b pre/3 c                   | ((a pre/2 b) pre/3 c)
          musk not w/20 bremmer               | (musk not w/20 bremmer)
          musk NOT W/20 bremmer               | (musk not w/20 bremmer)
          a W/5 b                             | (a w/5 b)
          "red lines" w/3 (kremlin OR putin)  | ("red lines" w/3 OR(kremlin putin))
          and/or 24/7                         | AND(and/or 24/7)
          """)
  void parses(String query, String tree) {
    assertThat(render(QueryParser.parse(query.strip()))).isEqualTo(tree);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          ``                          | the query is empty                      | 0
          musk (putin                 | '(' is never closed                     | 5
          atleast51(musk)             | atleastN: N must be 1..50               | 0
          musk first0(putin)          | firstN: N must be 1..1000               | 5
          musk putin)                 | ')' has no matching '('                 | 10
          "red lines                  | the quote mark is never closed          | 0
          musk OR                     | OR needs a term on its right            | 5
          OR musk                     | OR needs a term on its left             | 0
          AND musk                    | AND needs a term on its left            | 0
          "red lines"~                | '~' after a phrase needs a number       | 11
          "red lines"~51              | the slop after '~' must be at most 50   | 12
          ne*got                      | '*' may only end a word                 | 2
          author:musk                 | unknown field 'author'                  | 0
          date:[2022-10-31 TO 2022-10-01] | starts (2022-10-31) after it ends   | 5
          date:yesterday              | 'yesterday' is not a date               | 5
          title: musk                 | title: needs a value right after        | 0
          musk - putin                | '-' must stand right before             | 5
          ()                          | '()' has nothing inside                 | 0
          "  "                        | the phrase is empty                     | 0
          musk OR -putin              | cannot be an operand of OR              | 8
          musk w/0 putin              | w/0: the distance must be 1..255 words  | 5
          musk w/100000 putin         | the distance must be 1..255 words       | 5
          musk pre/256 putin          | the distance must be 1..255 words       | 5
          musk w/x putin              | unknown connector 'w/x'                 | 5
          musk near/5 putin           | unknown connector 'near/5'              | 5
          w/5 musk                    | w/5 needs a term on its left            | 0
          musk w/5                    | w/5 needs a term on its right           | 5
          musk w/5 OR putin           | w/5 needs a term on its right           | 5
          musk not w/s putin          | only w/N can follow not                 | 5
          (musk w/5 putin             | '(' is never closed                     | 0
          """)
  void reportsErrorsWithPosition(String query, String message, int position) {
    assertThatThrownBy(() -> QueryParser.parse(query))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(position));
  }

  @Test
  void tooManyTermsIsAnError() {
    String query = "w ".repeat(300);
    assertThatThrownBy(() -> QueryParser.parse(query))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("more than 256 terms");
  }

  @Test
  void tooLongIsAnError() {
    assertThatThrownBy(() -> QueryParser.parse("x".repeat(2_001)))
        .hasMessageContaining("longer than 2000 characters");
  }

  @Test
  void deepNestingIsAnErrorWithItsPosition() {
    // 500 levels fit the length limit; they overflowed the parser's stack before the bound
    String query = "(".repeat(500) + "a" + ")".repeat(500);
    assertThatThrownBy(() -> QueryParser.parse(query))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("nest more than 32 deep")
        .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(32));
    assertThat(QueryParser.parse("(".repeat(32) + "a" + ")".repeat(32))).isNotNull();
  }
}
