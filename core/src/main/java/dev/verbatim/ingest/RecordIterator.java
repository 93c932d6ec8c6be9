package dev.verbatim.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that reads one record ahead: subclasses say what comes next, or that nothing does.
 * Once {@link #end()} is called the iterator stays ended, so a source that failed is not read
 * again.
 */
abstract class RecordIterator implements Iterator<IngestRecord> {
  private IngestRecord next;
  private boolean ended;

  /** The next record, or null to read on (a blank line); call {@link #end()} when none is left. */
  protected abstract IngestRecord read();

  /** Marks the source as exhausted; the record {@link #read()} returns with it is still given. */
  protected final void end() {
    ended = true;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !ended) {
      next = read();
    }
    return next != null;
  }

  @Override
  public final IngestRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    IngestRecord record = next;
    next = null;
    return record;
  }
}
