package dev.verbatim.internal.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed query: the tree that {@link QueryParser} builds and {@link QueryCompiler} turns into a
 * Lucene query. Every node knows the character position it came from, for error messages.
 */
public sealed interface QueryNode {
  /** The 0-based character index in the query where this node starts. */
  int position();

  /** The field a leaf searches when the query names none. */
  String DEFAULT_FIELD = null;

  /**
   * A bare word, stemmed; or a prefix {@code word*} of exact forms.
   *
   * @param text the word as typed, without a trailing {@code *}
   * @param field the field it was qualified with, or null for the default fields
   * @param prefix whether it ended in {@code *}
   */
  record Word(String text, String field, boolean prefix, int position) implements QueryNode {}

  /**
   * A quoted phrase, matched on exact forms.
   *
   * @param text the words between the quotes
   * @param slop how many position moves a sloppy match may make ({@code "..."~N}), 0 for exact
   * @param field the field it was qualified with, or null for the default fields
   */
  record Phrase(String text, int slop, String field, int position) implements QueryNode {}

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
}
