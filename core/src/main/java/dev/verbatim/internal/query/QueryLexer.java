package dev.verbatim.internal.query;

import dev.verbatim.Limits;
import dev.verbatim.QuerySyntaxException;
import dev.verbatim.text.QuoteMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a query into tokens for {@link QueryParser}: words, prefixes, phrases, fields, ranges,
 * parentheses, operators and connectors, each with its position.
 */
final class QueryLexer {
  enum Kind {
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

  record Token(Kind kind, String text, int slop, int position, QueryNode.Connector connector) {
    Token(Kind kind, String text, int slop, int position) {
      this(kind, text, slop, position, null);
    }

    String describe() {
      return kind == Kind.PHRASE ? "phrase" : "'" + text + "'";
    }
  }

  private static final Pattern DISTANCE_CONNECTOR = Pattern.compile("(?i)(w|pre)/(\\d+)");
  private static final Pattern CONNECTOR_LIKE = Pattern.compile("(?i)(w|pre|near|not)/.*");

  private final String s;
  private final List<Token> tokens = new ArrayList<>();
  private int i;

  QueryLexer(String s) {
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
          throw new QuerySyntaxException("'*' may only end a word, as in negotiat*", start + star);
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
