package dev.verbatim.internal.query;

import dev.verbatim.Limits;
import dev.verbatim.QuerySyntaxException;
import dev.verbatim.internal.query.QueryLexer.Kind;
import dev.verbatim.internal.query.QueryLexer.Token;
import dev.verbatim.internal.query.QueryNode.And;
import dev.verbatim.internal.query.QueryNode.DateRange;
import dev.verbatim.internal.query.QueryNode.Near;
import dev.verbatim.internal.query.QueryNode.Not;
import dev.verbatim.internal.query.QueryNode.Or;
import dev.verbatim.internal.query.QueryNode.Phrase;
import dev.verbatim.internal.query.QueryNode.Word;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Verbatim's query language into a {@link QueryNode} tree.
 *
 * <p>Grammar, loosest binding first (docs/query-syntax.md has the user's version):
 *
 * <pre>
 * query   = and EOF
 * and     = clause { [AND] clause }            words side by side must all match
 * clause  = (NOT | '-') para | para            NOT and '-' exclude
 * para    = sent { w/p sent }                  same paragraph
 * sent    = near { w/s near }                  same sentence
 * near    = or { (w/N | pre/N | not w/N) or }  word distance, left to right
 * or      = primary { OR primary }             OR binds tightest, as in news databases
 * primary = '(' and ')' | field ':' primary | '"phrase"' ['~' N] | word | word*
 * </pre>
 *
 * <p>So {@code musk w/10 putin w/s nuclear} reads {@code (musk w/10 putin) w/s nuclear}, and {@code
 * a OR b w/5 c} reads {@code (a OR b) w/5 c}. Connectors are case-insensitive; N is 1..{@link
 * Limits#MAX_DISTANCE}.
 *
 * <p>Operators are upper case ({@code AND OR NOT}); lower-case "and" is a word. Curly double quotes
 * delimit phrases like straight ones. Every error is a {@link QuerySyntaxException} with the
 * position of the offending character. Instances are single-use and not thread-safe; {@link
 * #parse(String)} is.
 */
public final class QueryParser {
  private final String query;
  private final List<Token> tokens;
  private int next;
  private int depth;
  private int leaves;

  private QueryParser(String query) {
    this.query = query;
    this.tokens = new QueryLexer(query).tokens();
  }

  /**
   * Parses {@code query}.
   *
   * @throws QuerySyntaxException if the query is empty, malformed or over a limit
   */
  public static QueryNode parse(String query) {
    if (query.length() > Limits.MAX_QUERY_LENGTH) {
      throw new QuerySyntaxException(
          "the query is longer than " + Limits.MAX_QUERY_LENGTH + " characters",
          Limits.MAX_QUERY_LENGTH);
    }
    QueryParser parser = new QueryParser(query);
    if (parser.tokens.isEmpty()) {
      throw new QuerySyntaxException("the query is empty", 0);
    }
    QueryNode node = parser.and(null);
    Token extra = parser.peek();
    if (extra != null) {
      throw new QuerySyntaxException(
          extra.kind() == Kind.RPAREN
              ? "')' has no matching '('"
              : "unexpected " + extra.describe(),
          extra.position());
    }
    return node;
  }

  private QueryNode and(QueryField field) {
    int start = position();
    List<QueryNode> clauses = new ArrayList<>();
    while (true) {
      Token token = peek();
      if (token == null || token.kind() == Kind.RPAREN) {
        break;
      }
      if (token.kind() == Kind.AND) {
        if (clauses.isEmpty()) {
          throw new QuerySyntaxException("AND needs a term on its left", token.position());
        }
        next++;
        requireOperand(token, "AND");
        continue;
      }
      if (token.kind() == Kind.NOT || token.kind() == Kind.MINUS) {
        next++;
        requireOperand(token, token.kind() == Kind.NOT ? "NOT" : "'-'");
        clauses.add(new Not(paragraph(field), token.position()));
        continue;
      }
      clauses.add(paragraph(field));
    }
    if (clauses.isEmpty()) {
      Token token = peek();
      throw new QuerySyntaxException(
          "expected a word or a phrase", token == null ? query.length() : token.position());
    }
    return clauses.size() == 1 && !(clauses.getFirst() instanceof Not)
        ? clauses.getFirst()
        : new And(clauses, start);
  }

  private QueryNode paragraph(QueryField field) {
    return connected(field, this::sentence, EnumSet.of(QueryNode.Connector.PARAGRAPH));
  }

  private QueryNode sentence(QueryField field) {
    return connected(field, this::near, EnumSet.of(QueryNode.Connector.SENTENCE));
  }

  private QueryNode near(QueryField field) {
    return connected(
        field,
        this::or,
        EnumSet.of(
            QueryNode.Connector.WITHIN, QueryNode.Connector.PRE, QueryNode.Connector.NOT_WITHIN));
  }

  /** Operands of the next tighter level joined left to right by one of {@code connectors}. */
  private QueryNode connected(
      QueryField field,
      Function<QueryField, QueryNode> operand,
      Set<QueryNode.Connector> connectors) {
    QueryNode left = operand.apply(field);
    while (peek() != null
        && peek().kind() == Kind.CONNECTOR
        && connectors.contains(peek().connector())) {
      Token connector = tokens.get(next++);
      requireOperand(connector, connector.text());
      left =
          new Near(
              left,
              connector.connector(),
              connector.slop(),
              operand.apply(field),
              connector.position());
    }
    return left;
  }

  private QueryNode or(QueryField field) {
    int start = position();
    List<QueryNode> clauses = new ArrayList<>();
    clauses.add(primary(field));
    while (peek() != null && peek().kind() == Kind.OR) {
      Token or = tokens.get(next++);
      requireOperand(or, "OR");
      clauses.add(primary(field));
    }
    return clauses.size() == 1 ? clauses.getFirst() : new Or(clauses, start);
  }

  private QueryNode primary(QueryField field) {
    Token token = peek();
    if (token == null) {
      throw new QuerySyntaxException("expected a word or a phrase", query.length());
    }
    next++;
    return switch (token.kind()) {
      case LPAREN -> {
        Token close = peek();
        if (close == null) {
          throw new QuerySyntaxException("'(' is never closed with ')'", token.position());
        }
        if (close.kind() == Kind.RPAREN) {
          throw new QuerySyntaxException("'()' has nothing inside", token.position());
        }
        if (++depth > Limits.MAX_NESTING) {
          // a bound on the recursion of the parser and the compiler, not only on the length
          throw new QuerySyntaxException(
              "parentheses nest more than " + Limits.MAX_NESTING + " deep", token.position());
        }
        QueryNode inner = and(field);
        depth--;
        close = peek();
        if (close == null || close.kind() != Kind.RPAREN) {
          throw new QuerySyntaxException("'(' is never closed with ')'", token.position());
        }
        next++;
        yield inner;
      }
      case FIELD -> fielded(token);
      case PHRASE -> leaf(new Phrase(token.text(), token.slop(), field, token.position()));
      case WORD -> {
        Matcher counted = COUNTED.matcher(token.text());
        Token paren = peek();
        if (counted.matches()
            && paren != null
            && paren.kind() == Kind.LPAREN
            && paren.position() == token.position() + token.text().length()) {
          yield counted(counted, token, field);
        }
        yield leaf(new Word(token.text(), field, false, token.position()));
      }
      case PREFIX -> leaf(new Word(token.text(), field, true, token.position()));
      case RANGE ->
          throw new QuerySyntaxException(
              "a range needs the date field, as in date:[2022-10-01 TO 2022-10-31]",
              token.position());
      case RPAREN -> throw new QuerySyntaxException("')' has no matching '('", token.position());
      case AND, OR, CONNECTOR ->
          throw new QuerySyntaxException(
              token.text() + " needs a term on its left", token.position());
      case NOT, MINUS ->
          throw new QuerySyntaxException(
              "NOT and '-' exclude from an AND; they cannot be an operand of OR: use parentheses",
              token.position());
    };
  }

  /** {@code atleastN(} and {@code firstN(}: a word, N, and an opening parenthesis right after. */
  private static final Pattern COUNTED = Pattern.compile("(?i)(atleast|first)(\\d{1,6})");

  /** The most words {@code firstN} may span, and the most times {@code atleastN} may ask for. */
  static final int MAX_LEAD_WORDS = 1_000;

  static final int MAX_AT_LEAST = 50;

  private QueryNode counted(Matcher counted, Token token, QueryField field) {
    boolean atLeast = counted.group(1).equalsIgnoreCase("atleast");
    int n = Integer.parseInt(counted.group(2));
    int max = atLeast ? MAX_AT_LEAST : MAX_LEAD_WORDS;
    if (n < 1 || n > max) {
      throw new QuerySyntaxException(
          counted.group(1).toLowerCase(Locale.ROOT) + "N: N must be 1.." + max, token.position());
    }
    QueryNode clause = primary(field); // the parenthesised group
    return atLeast
        ? new QueryNode.AtLeast(clause, n, token.position())
        : new QueryNode.Lead(clause, n, token.position());
  }

  private QueryNode fielded(Token fieldToken) {
    QueryField field = QueryField.of(fieldToken.text());
    Token value = peek();
    if (value == null
        || value.position() != fieldToken.position() + fieldToken.text().length() + 1) {
      throw new QuerySyntaxException(
          fieldToken.text() + ": needs a value right after the colon", fieldToken.position());
    }
    if (field == QueryField.DATE) {
      next++;
      return leaf(dateRange(value));
    }
    if (value.kind() == Kind.RANGE) {
      throw new QuerySyntaxException("only date: takes a range", value.position());
    }
    return primary(field);
  }

  private DateRange dateRange(Token token) {
    return switch (token.kind()) {
      case RANGE -> {
        String inner = token.text().strip();
        String[] ends = inner.split("\\s+TO\\s+", -1);
        if (ends.length != 2) {
          throw new QuerySyntaxException(
              "a date range reads [2022-10-01 TO 2022-10-31]", token.position());
        }
        LocalDate from = ends[0].equals("*") ? null : day(ends[0], token.position(), true);
        LocalDate to = ends[1].equals("*") ? null : day(ends[1], token.position(), false);
        if (from != null && to != null && from.isAfter(to)) {
          throw new QuerySyntaxException(
              "the range starts (" + from + ") after it ends (" + to + ")", token.position());
        }
        yield new DateRange(from, to, token.position());
      }
      case WORD ->
          new DateRange(
              day(token.text(), token.position(), true),
              day(token.text(), token.position(), false),
              token.position());
      default ->
          throw new QuerySyntaxException(
              "date: takes a day (2022-10-12), a month (2022-10), a year or a range",
              token.position());
    };
  }

  /** A day, or the first ({@code start}) or last day of a month or year. */
  private static LocalDate day(String text, int position, boolean start) {
    try {
      return switch (text.length()) {
        case 4 -> start ? Year.parse(text).atDay(1) : Year.parse(text).atMonth(12).atEndOfMonth();
        case 7 -> start ? YearMonth.parse(text).atDay(1) : YearMonth.parse(text).atEndOfMonth();
        default -> LocalDate.parse(text);
      };
    } catch (DateTimeParseException e) {
      throw new QuerySyntaxException(
          "'" + text + "' is not a date; write 2022-10-12, 2022-10 or 2022", position);
    }
  }

  private QueryNode leaf(QueryNode node) {
    if (++leaves > Limits.MAX_CLAUSES) {
      throw new QuerySyntaxException(
          "the query has more than " + Limits.MAX_CLAUSES + " terms", node.position());
    }
    return node;
  }

  private void requireOperand(Token operator, String name) {
    Token operand = peek();
    if (operand == null
        || operand.kind() == Kind.RPAREN
        || operand.kind() == Kind.AND
        || operand.kind() == Kind.OR
        || operand.kind() == Kind.CONNECTOR) {
      throw new QuerySyntaxException(name + " needs a term on its right", operator.position());
    }
  }

  private Token peek() {
    return next < tokens.size() ? tokens.get(next) : null;
  }

  private int position() {
    Token token = peek();
    return token == null ? query.length() : token.position();
  }
}
