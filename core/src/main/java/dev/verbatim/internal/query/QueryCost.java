package dev.verbatim.internal.query;

import dev.verbatim.QuerySyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * What a compiled query will cost before it runs, from the index's term statistics alone: the word
 * positions its phrases and proximity operators walk. A term searched for itself reads its posting
 * list (its documents); a term inside a phrase or an interval operator also reads each of its
 * positions, once for every place it stands in the query, since each operator iterates its own
 * copy: {@code (the w/p of) w/s (the w/p of)} reads the positions of "the" and "of" twice. That
 * sum, the total term frequency of every positional leaf, is what grows with common words chained
 * by proximity (issue 34's 30 {@code (the w/p of)} joined by {@code w/s}), while the number of
 * matching documents does not.
 */
public final class QueryCost {
  private QueryCost() {}

  /**
   * The word positions {@code query} reads in {@code reader}: the total term frequency of each term
   * under a phrase or interval operator, summed over every place the term stands.
   *
   * @throws IOException if the index's statistics cannot be read
   */
  public static long positions(IndexReader reader, Query query) throws IOException {
    long[] sum = new long[1];
    try {
      query.visit(
          new QueryVisitor() {
            @Override
            public void consumeTerms(Query owner, Term... terms) {
              if (!positional(owner)) {
                return;
              }
              for (Term term : terms) {
                try {
                  sum[0] += reader.totalTermFreq(term);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
              return this; // prohibited clauses are read too
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause(); // QueryVisitor cannot throw a checked exception
    }
    return sum[0];
  }

  /**
   * Refuses a query that would read more than {@code limit} positions.
   *
   * @throws dev.verbatim.QuerySyntaxException naming the estimate and the limit
   * @throws IOException if the index's statistics cannot be read
   */
  public static void check(IndexReader reader, Query query, long limit) throws IOException {
    long positions = positions(reader, query);
    if (positions > limit) {
      throw new QuerySyntaxException(
          String.format(
              Locale.ROOT,
              "the query is too expensive: its phrases and proximity operators would read about"
                  + " %,d word positions, more than the limit of %,d; common words (the, of, and)"
                  + " inside proximity operators cost the most: leave them out, or chain fewer of"
                  + " them",
              positions,
              limit),
          0);
    }
  }

  private static boolean positional(Query owner) {
    return owner instanceof IntervalQuery
        || owner instanceof PhraseQuery
        || owner instanceof MultiPhraseQuery;
  }
}
