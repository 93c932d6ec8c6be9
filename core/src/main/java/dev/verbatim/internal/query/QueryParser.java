package dev.verbatim.internal.query;

import dev.verbatim.Limits;
import dev.verbatim.QuerySyntaxException;
import dev.verbatim.internal.query.QueryNode.And;
import dev.verbatim.internal.query.QueryNode.DateRange;
import dev.verbatim.internal.query.QueryNode.Near;
import dev.verbatim.internal.query.QueryNode.Not;
import dev.verbatim.internal.query.QueryNode.Or;
import dev.verbatim.internal.query.QueryNode.Phrase;
import dev.verbatim.internal.query.QueryNode.Word;
import dev.verbatim.text.QuoteMarks;
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
    this.tokens = new Lexer(query).tokens();
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
          extra.kind == Kind.RPAREN ? "')' has no matching '('" : "unexpected " + extra.describe(),
          extra.position);
    }
    return node;
  }

  private QueryNode and(QueryField field) {
    int start = position();
    List<QueryNode> clauses = new ArrayList<>();
    while (true) {
      Token token = peek();
      if (token == null || token.kind == Kind.RPAREN) {
        break;
      }
      if (token.kind == Kind.AND) {
        if (clauses.isEmpty()) {
          throw new QuerySyntaxException("AND needs a term on its left", token.position);
        }
        next++;
        requireOperand(token, "AND");
        continue;
      }
      if (token.kind == Kind.NOT || token.kind == Kind.MINUS) {
        next++;
        requireOperand(token, token.kind == Kind.NOT ? "NOT" : "'-'");
        clauses.add(new Not(paragraph(field), token.position));
        continue;
      }
      clauses.add(paragraph(field));
    }
    if (clauses.isEmpty()) {
      Token token = peek();
      throw new QuerySyntaxException(
          "expected a word or a phrase", token == null ? query.length() : token.position);
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
        && peek().kind == Kind.CONNECTOR
        && connectors.contains(peek().connector)) {
      Token connector = tokens.get(next++);
      requireOperand(connector, connector.text);
      left =
          new Near(
              left, connector.connector, connector.slop, operand.apply(field), connector.position);
    }
    return left;
  }

  private QueryNode or(QueryField field) {
    int start = position();
    List<QueryNode> clauses = new ArrayList<>();
    clauses.add(primary(field));
    while (peek() != null && peek().kind == Kind.OR) {
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
    return switch (token.kind) {
      case LPAREN -> {
        Token close = peek();
        if (close == null) {
          throw new QuerySyntaxException("'(' is never closed with ')'", token.position);
        }
        if (close.kind == Kind.RPAREN) {
          throw new QuerySyntaxException("'()' has nothing inside", token.position);
        }
        if (++depth > Limits.MAX_NESTING) {
          // a bound on the recursion of the parser and the compiler, not only on the length
          throw new QuerySyntaxException(
              "parentheses nest more than " + Limits.MAX_NESTING + " deep", token.position);
        }
        QueryNode inner = and(field);
        depth--;
        close = peek();
        if (close == null || close.kind != Kind.RPAREN) {
          throw new QuerySyntaxException("'(' is never closed with ')'", token.position);
        }
        next++;
        yield inner;
      }
      case FIELD -> fielded(token);
      case PHRASE -> leaf(new Phrase(token.text, token.slop, field, token.position));
      case WORD -> {
        Matcher counted = COUNTED.matcher(token.text);
        Token paren = peek();
        if (counted.matches()
            && paren != null
            && paren.kind == Kind.LPAREN
            && paren.position == token.position + token.text.length()) {
          yield counted(counted, token, field);
        }
        yield leaf(new Word(token.text, field, false, token.position));
      }
      case PREFIX -> leaf(new Word(token.text, field, true, token.position));
      case RANGE ->
          throw new QuerySyntaxException(
              "a range needs the date field, as in date:[2022-10-01 TO 2022-10-31]",
              token.position);
      case RPAREN -> throw new QuerySyntaxException("')' has no matching '('", token.position);
      case AND, OR, CONNECTOR ->
          throw new QuerySyntaxException(token.text + " needs a term on its left", token.position);
      case NOT, MINUS ->
          throw new QuerySyntaxException(
              "NOT and '-' exclude from an AND; they cannot be an operand of OR: use parentheses",
              token.position);
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
          counted.group(1).toLowerCase(Locale.ROOT) + "N: N must be 1.." + max, token.position);
    }
    QueryNode clause = primary(field); // the parenthesised group
    return atLeast
        ? new QueryNode.AtLeast(clause, n, token.position)
        : new QueryNode.Lead(clause, n, token.position);
  }

  private QueryNode fielded(Token fieldToken) {
    QueryField field = QueryField.of(fieldToken.text);
    Token value = peek();
    if (value == null || value.position != fieldToken.position + fieldToken.text.length() + 1) {
      throw new QuerySyntaxException(
          fieldToken.text + ": needs a value right after the colon", fieldToken.position);
    }
    if (field == QueryField.DATE) {
      next++;
      return leaf(dateRange(value));
    }
    if (value.kind == Kind.RANGE) {
      throw new QuerySyntaxException("only date: takes a range", value.position);
    }
    return primary(field);
  }

  private DateRange dateRange(Token token) {
    return switch (token.kind) {
      case RANGE -> {
        String inner = token.text.strip();
        String[] ends = inner.split("\\s+TO\\s+", -1);
        if (ends.length != 2) {
          throw new QuerySyntaxException(
              "a date range reads [2022-10-01 TO 2022-10-31]", token.position);
        }
        LocalDate from = ends[0].equals("*") ? null : day(ends[0], token.position, true);
        LocalDate to = ends[1].equals("*") ? null : day(ends[1], token.position, false);
        if (from != null && to != null && from.isAfter(to)) {
          throw new QuerySyntaxException(
              "the range starts (" + from + ") after it ends (" + to + ")", token.position);
        }
        yield new DateRange(from, to, token.position);
      }
      case WORD ->
          new DateRange(
              day(token.text, token.position, true),
              day(token.text, token.position, false),
              token.position);
      default ->
          throw new QuerySyntaxException(
              "date: takes a day (2022-10-12), a month (2022-10), a year or a range",
              token.position);
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
        || operand.kind == Kind.RPAREN
        || operand.kind == Kind.AND
        || operand.kind == Kind.OR
        || operand.kind == Kind.CONNECTOR) {
      throw new QuerySyntaxException(name + " needs a term on its right", operator.position);
    }
  }

  private Token peek() {
    return next < tokens.size() ? tokens.get(next) : null;
  }

  private int position() {
    Token token = peek();
    return token == null ? query.length() : token.position;
  }

  private enum Kind {
    WORD,
    PREFIX,
    PHRASE,
    FIELD,
    RANGE,
    LPAREN,
    RPAREN,
    AND,
    OR,
    NOT,
    MINUS,
    CONNECTOR
  }

  private record Token(
      Kind kind, String text, int slop, int position, QueryNode.Connector connector) {
    Token(Kind kind, String text, int slop, int position) {
      this(kind, text, slop, position, null);
    }

    String describe() {
      return kind == Kind.PHRASE ? "phrase" : "'" + text + "'";
    }
  }

  private static final Pattern DISTANCE_CONNECTOR = Pattern.compile("(?i)(w|pre)/(\\d+)");
  private static final Pattern CONNECTOR_LIKE = Pattern.compile("(?i)(w|pre|near|not)/.*");

  /** Splits a query into tokens. */
  private static final class Lexer {
    private final String s;
    private final List<Token> tokens = new ArrayList<>();
    private int i;

    Lexer(String s) {
      this.s = s;
    }

    List<Token> tokens() {
      while (true) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i >= s.length()) {
          return tokens;
        }
        char c = s.charAt(i);
        if (c == '(') {
          tokens.add(new Token(Kind.LPAREN, "(", 0, i++));
        } else if (c == ')') {
          tokens.add(new Token(Kind.RPAREN, ")", 0, i++));
        } else if (isQuote(c)) {
          phrase();
        } else if (c == '[' || c == '{') {
          range();
        } else if (c == ']' || c == '}') {
          throw new QuerySyntaxException("'" + c + "' has no matching '['", i);
        } else if (c == '-' && (i + 1 >= s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
          throw new QuerySyntaxException("'-' must stand right before the term it excludes", i);
        } else if (c == '-' && startsTerm(i + 1)) {
          tokens.add(new Token(Kind.MINUS, "-", 0, i++));
        } else {
          word();
        }
      }
    }

    private boolean startsTerm(int at) {
      return at < s.length() && !Character.isWhitespace(s.charAt(at)) && s.charAt(at) != ')';
    }

    private void phrase() {
      int start = i;
      int end = i + 1;
      while (end < s.length() && !isQuote(s.charAt(end))) {
        end++;
      }
      if (end >= s.length()) {
        throw new QuerySyntaxException("the quote mark is never closed", start);
      }
      String text = s.substring(start + 1, end);
      i = end + 1;
      int slop = 0;
      if (i < s.length() && s.charAt(i) == '~') {
        int digits = i + 1;
        while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
          digits++;
        }
        if (digits == i + 1) {
          throw new QuerySyntaxException("'~' after a phrase needs a number, as in \"…\"~3", i);
        }
        if (digits - i - 1 > 4 || Integer.parseInt(s.substring(i + 1, digits)) > Limits.MAX_SLOP) {
          throw new QuerySyntaxException(
              "the slop after '~' must be at most " + Limits.MAX_SLOP, i + 1);
        }
        slop = Integer.parseInt(s.substring(i + 1, digits));
        i = digits;
      }
      if (text.isBlank()) {
        throw new QuerySyntaxException("the phrase is empty", start);
      }
      tokens.add(new Token(Kind.PHRASE, text, slop, start));
    }

    private void range() {
      int start = i;
      int end = s.indexOf(s.charAt(i) == '[' ? ']' : '}', i);
      if (end < 0) {
        throw new QuerySyntaxException("'" + s.charAt(i) + "' is never closed", start);
      }
      if (s.charAt(i) == '{') {
        throw new QuerySyntaxException("date ranges include both ends: use [ and ]", start);
      }
      tokens.add(new Token(Kind.RANGE, s.substring(start + 1, end), 0, start));
      i = end + 1;
    }

    private void word() {
      int start = i;
      while (i < s.length() && !endsWord(s.charAt(i))) {
        if (s.charAt(i) == ':' && isFieldName(s.substring(start, i))) {
          String name = s.substring(start, i).toLowerCase(Locale.ROOT);
          if (QueryField.of(name) == null) {
            throw new QuerySyntaxException(
                "unknown field '"
                    + s.substring(start, i)
                    + "'; fields are date, quote, source, speaker, title",
                start);
          }
          tokens.add(new Token(Kind.FIELD, name, 0, start));
          i++;
          return;
        }
        i++;
      }
      String text = s.substring(start, i);
      if (connector(text, start)) {
        return;
      }
      switch (text) {
        case "AND" -> tokens.add(new Token(Kind.AND, text, 0, start));
        case "OR" -> tokens.add(new Token(Kind.OR, text, 0, start));
        case "NOT" -> tokens.add(new Token(Kind.NOT, text, 0, start));
        default -> {
          int star = text.indexOf('*');
          if (star < 0) {
            tokens.add(new Token(Kind.WORD, text, 0, start));
          } else if (star == text.length() - 1 && star > 0) {
            tokens.add(new Token(Kind.PREFIX, text.substring(0, star), 0, start));
          } else {
            throw new QuerySyntaxException(
                "'*' may only end a word, as in negotiat*", start + star);
          }
        }
      }
    }

    /** Adds the token if {@code text} is a proximity connector; throws if it is a malformed one. */
    private boolean connector(String text, int start) {
      String lower = text.toLowerCase(Locale.ROOT);
      QueryNode.Connector connector;
      int distance = 0;
      Matcher m = DISTANCE_CONNECTOR.matcher(text);
      if (lower.equals("w/s")) {
        connector = QueryNode.Connector.SENTENCE;
      } else if (lower.equals("w/p")) {
        connector = QueryNode.Connector.PARAGRAPH;
      } else if (m.matches()) {
        connector =
            m.group(1).equalsIgnoreCase("w") ? QueryNode.Connector.WITHIN : QueryNode.Connector.PRE;
        String digits = m.group(2);
        distance = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (distance < 1 || distance > Limits.MAX_DISTANCE) {
          throw new QuerySyntaxException(
              text + ": the distance must be 1.." + Limits.MAX_DISTANCE + " words", start);
        }
      } else if (CONNECTOR_LIKE.matcher(text).matches()) {
        throw new QuerySyntaxException(
            "unknown connector '" + text + "'; use w/N, pre/N, w/s, w/p or not w/N", start);
      } else {
        return false;
      }
      Token previous = tokens.isEmpty() ? null : tokens.getLast();
      boolean negated =
          previous != null
              && (previous.kind == Kind.NOT
                  || (previous.kind == Kind.WORD && previous.text.equalsIgnoreCase("not")));
      if (negated) {
        if (connector != QueryNode.Connector.WITHIN) {
          throw new QuerySyntaxException(
              "only w/N can follow not, as in: musk not w/20 bremmer", previous.position);
        }
        tokens.removeLast();
        tokens.add(
            new Token(
                Kind.CONNECTOR,
                "not " + text,
                distance,
                previous.position,
                QueryNode.Connector.NOT_WITHIN));
      } else {
        tokens.add(new Token(Kind.CONNECTOR, text, distance, start, connector));
      }
      return true;
    }

    private static boolean isFieldName(String text) {
      if (text.isEmpty()) {
        return false;
      }
      for (int k = 0; k < text.length(); k++) {
        if (!Character.isLetter(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    private static boolean endsWord(char c) {
      return Character.isWhitespace(c) || c == '(' || c == ')' || isQuote(c) || c == '[';
    }

    private static boolean isQuote(char c) {
      return QuoteMarks.delimitsPhrase(c);
    }
  }
}
