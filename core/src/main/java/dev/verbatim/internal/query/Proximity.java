package dev.verbatim.internal.query;

import dev.verbatim.QuerySyntaxException;
import dev.verbatim.internal.analysis.BoundaryTokenizer;
import dev.verbatim.internal.analysis.VerbatimAnalyzer;
import dev.verbatim.internal.analysis.VerbatimAnalyzer.Word;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;

/**
 * The operands of proximity connectors ({@code w/N}, {@code pre/N}, {@code not w/N}, {@code w/s},
 * {@code w/p}, {@code atleastN}, the lead) as one {@link IntervalsSource}: words by their stems,
 * phrases by their exact words, prefixes as the compiler expands them.
 */
final class Proximity {
  // the index's own analyzer instance: a query is analysed exactly as the text was
  private static final VerbatimAnalyzer TEXT_ANALYZER = ArticleDocuments.TEXT_ANALYZER;

  /** A prefix operand's intervals, checked against the index by the compiler. */
  private final Function<QueryNode.Word, IntervalsSource> prefixes;

  Proximity(Function<QueryNode.Word, IntervalsSource> prefixes) {
    this.prefixes = prefixes;
  }

  /** The one field every leaf of a proximity tree names: null for the default fields, or title. */
  static QueryField field(QueryNode node) {
    Set<QueryField> fields = EnumSet.noneOf(QueryField.class);
    collectFields(node, fields);
    if (fields.size() > 1) {
      throw new QuerySyntaxException(
          "the operands of a proximity connector must all search the same field", node.position());
    }
    return fields.isEmpty() ? null : fields.iterator().next();
  }

  private static void collectFields(QueryNode node, Set<QueryField> fields) {
    switch (node) {
      case QueryNode.Word w -> addField(w.field(), fields);
      case QueryNode.Phrase p -> addField(p.field(), fields);
      case QueryNode.And a -> a.clauses().forEach(c -> collectFields(c, fields));
      case QueryNode.Or o -> o.clauses().forEach(c -> collectFields(c, fields));
      case QueryNode.Not n -> collectFields(n.clause(), fields);
      case QueryNode.Near n -> {
        collectFields(n.left(), fields);
        collectFields(n.right(), fields);
      }
      case QueryNode.DateRange d -> fields.add(QueryField.DATE);
      case QueryNode.AtLeast a -> collectFields(a.clause(), fields);
      case QueryNode.Lead l -> collectFields(l.clause(), fields);
    }
    if (fields.stream().anyMatch(f -> f.kind() != QueryField.Kind.TEXT)) {
      throw new QuerySyntaxException(
          "date:, source: and speaker: cannot be operands of a proximity connector; combine them"
              + " with AND",
          node.position());
    }
  }

  private static void addField(QueryField field, Set<QueryField> fields) {
    if (field != null) {
      fields.add(field);
    }
  }

  /** The intervals an operand of a proximity connector matches. */
  IntervalsSource intervals(QueryNode node) {
    return switch (node) {
      case QueryNode.Word word -> wordIntervals(word);
      case QueryNode.Phrase phrase -> phraseIntervals(phrase);
      case QueryNode.Or or -> Intervals.or(or.clauses().stream().map(this::intervals).toList());
      case QueryNode.And and -> {
        for (QueryNode clause : and.clauses()) {
          if (clause instanceof QueryNode.Not not) {
            throw notInProximity(not);
          }
        }
        yield Intervals.unordered(
            and.clauses().stream().map(this::intervals).toArray(IntervalsSource[]::new));
      }
      case QueryNode.Not not -> throw notInProximity(not);
      case QueryNode.DateRange range ->
          throw new QuerySyntaxException(
              "date: cannot be an operand of a proximity connector", range.position());
      case QueryNode.Near near -> connect(near);
      case QueryNode.AtLeast atLeast -> {
        // N occurrences one after another, none overlapping
        IntervalsSource[] times = new IntervalsSource[atLeast.times()];
        Arrays.fill(times, intervals(atLeast.clause()));
        yield times.length == 1 ? times[0] : Intervals.ordered(times);
      }
      case QueryNode.Lead lead -> new InLead(intervals(lead.clause()), lead.words());
    };
  }

  private static QuerySyntaxException notInProximity(QueryNode.Not not) {
    return new QuerySyntaxException(
        "NOT and '-' cannot be used inside an operand of a proximity connector; use not w/N",
        not.position());
  }

  /** A word as intervals: its stem, a prefix's expansions, or the phrase a compound splits into. */
  private IntervalsSource wordIntervals(QueryNode.Word word) {
    if (word.prefix()) {
      return prefixes.apply(word);
    }
    List<Word> words = TEXT_ANALYZER.words(Fields.BODY, word.text());
    if (words.isEmpty()) {
      throw new QuerySyntaxException(
          "'" + word.text() + "' has no searchable word", word.position());
    }
    return words.size() == 1
        ? VerbatimAnalyzer.stemIntervals(words.getFirst().stemOrExact())
        : Intervals.phrase(words.stream().map(Word::exact).toArray(String[]::new));
  }

  /** A phrase as intervals: its words in order, or within its slop in any order. */
  private IntervalsSource phraseIntervals(QueryNode.Phrase phrase) {
    List<Word> words = TEXT_ANALYZER.words(Fields.BODY, phrase.text());
    if (words.isEmpty()) {
      throw new QuerySyntaxException("the phrase has no words", phrase.position());
    }
    IntervalsSource[] terms =
        words.stream().map(w -> Intervals.term(w.exact())).toArray(IntervalsSource[]::new);
    if (terms.length == 1) {
      return terms[0];
    }
    return phrase.slop() == 0
        ? Intervals.phrase(terms)
        : Intervals.maxwidth(terms.length + phrase.slop(), Intervals.unordered(terms));
  }

  private IntervalsSource connect(QueryNode.Near near) {
    IntervalsSource left = intervals(near.left());
    IntervalsSource right = intervals(near.right());
    int n = near.distance();
    return switch (near.connector()) {
      // at most N words apart: at most N - 1 positions between the two operands
      case WITHIN -> Intervals.maxgaps(n - 1, Intervals.unordered(left, right));
      case PRE -> Intervals.maxgaps(n - 1, Intervals.ordered(left, right));
      case NOT_WITHIN -> Intervals.notWithin(left, n, right);
      case SENTENCE ->
          sameScope(left, right, BoundaryTokenizer.SENTENCE_START, BoundaryTokenizer.SENTENCE_END);
      case PARAGRAPH ->
          sameScope(
              left, right, BoundaryTokenizer.PARAGRAPH_START, BoundaryTokenizer.PARAGRAPH_END);
    };
  }

  /**
   * Both operands inside one sentence (or paragraph): the interval from a start marker to the next
   * end marker is exactly one sentence, since markers sit on the first and last words.
   */
  private static IntervalsSource sameScope(
      IntervalsSource left, IntervalsSource right, String startMarker, String endMarker) {
    return Intervals.containedBy(
        Intervals.unordered(left, right),
        Intervals.ordered(Intervals.term(startMarker), Intervals.term(endMarker)));
  }
}
