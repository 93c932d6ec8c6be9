package dev.verbatim.internal.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed query: the tree that {@link QueryParser} builds and {@link QueryCompiler} turns into a
 * Lucene query. Every node knows the character position it came from, for error messages.
 */
public sealed interface QueryNode {
  /** The 0-based character index in the query where this node starts. */
  int position();

  /**
   * A bare word, stemmed; or a prefix {@code word*} of exact forms.
   *
   * @param text the word as typed, without a trailing {@code *}
   * @param field the field it was qualified with, or null for the default fields
   * @param prefix whether it ended in {@code *}
   */
  record Word(String text, QueryField field, boolean prefix, int position) implements QueryNode {}

  /**
   * A quoted phrase, matched on exact forms.
   *
   * @param text the words between the quotes
   * @param slop how many position moves a sloppy match may make ({@code "..."~N}), 0 for exact
   * @param field the field it was qualified with, or null for the default fields
   */
  record Phrase(String text, int slop, QueryField field, int position) implements QueryNode {}

  /**
   * {@code date:[from TO to]}, both days included; a null end is open.
   *
   * @param from first day, or null
   * @param to last day, or null
   */
  record DateRange(LocalDate from, LocalDate to, int position) implements QueryNode {}

  /** All of the clauses must match; {@link Not} clauses must not. */
  record And(List<QueryNode> clauses, int position) implements QueryNode {
    public And {
      clauses = List.copyOf(clauses);
    }
  }

  /** At least one of the clauses must match. */
  record Or(List<QueryNode> clauses, int position) implements QueryNode {
    public Or {
      clauses = List.copyOf(clauses);
    }
  }

  /** Excludes what its clause matches; only meaningful inside {@link And}. */
  record Not(QueryNode clause, int position) implements QueryNode {}

  /** The proximity connectors of news databases. */
  enum Connector {
    /** {@code a w/N b}: both, at most N words apart, in either order. */
    WITHIN("w/"),
    /** {@code a pre/N b}: a before b, at most N words apart. */
    PRE("pre/"),
    /** {@code a not w/N b}: a where no b is at most N words away. */
    NOT_WITHIN("not w/"),
    /** {@code a w/s b}: both in one sentence. */
    SENTENCE("w/s"),
    /** {@code a w/p b}: both in one paragraph. */
    PARAGRAPH("w/p");

    private final String syntax;

    Connector(String syntax) {
      this.syntax = syntax;
    }

    /** How the connector is written, with N for a distance. */
    public String syntax(int distance) {
      return this == SENTENCE || this == PARAGRAPH ? syntax : syntax + distance;
    }
  }

  /**
   * Two operands joined by a proximity connector.
   *
   * @param distance the N of w/N, pre/N and not w/N; 0 for w/s and w/p
   */
  record Near(QueryNode left, Connector connector, int distance, QueryNode right, int position)
      implements QueryNode {}

  /**
   * {@code atleastN(clause)}: the clause at least {@code times} times in the text (Factiva's {@code
   * atleastN}): an article that mentions a name once in passing is not about them.
   */
  record AtLeast(QueryNode clause, int times, int position) implements QueryNode {}

  /**
   * {@code firstN(clause)}: the clause within the first {@code words} words of the body, the lead
   * (Nexis's and Factiva's headline-and-lead searches, by word count).
   */
  record Lead(QueryNode clause, int words, int position) implements QueryNode {}
}
