package dev.verbatim.internal.query;

import org.apache.lucene.queries.intervals.FilteredIntervalsSource;
import org.apache.lucene.queries.intervals.IntervalIterator;
import org.apache.lucene.queries.intervals.IntervalsSource;

/**
 * The intervals of a source that end within the first {@code words} positions of the text: the
 * query language's {@code firstN(…)}.
 */
final class InLead extends FilteredIntervalsSource {
  private final int words;

  InLead(IntervalsSource in, int words) {
    super("first" + words, in);
    this.words = words;
  }

  @Override
  protected boolean accept(IntervalIterator it) {
    return it.end() < words;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InLead other && other.words == words && super.equals(o);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + words;
  }
}
