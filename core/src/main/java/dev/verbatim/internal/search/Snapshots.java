package dev.verbatim.internal.search;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The snapshots searches run on: Lucene's {@link SearcherManager} over a reader or a writer, each
 * snapshot a {@link SearchSnapshot} held for as long as one piece of work runs on it. When the
 * writer is replaced (after a failed write), the snapshots follow it; work already running finishes
 * on the snapshot it holds.
 *
 * <p>NOTE: thread-safe.
 */
public final class Snapshots implements Closeable {
  private final FacetsConfig config;
  private final byte[] cursorKey;
  private volatile SearcherManager manager;

  /** Snapshots of a read-only index, starting at {@code reader}. */
  public Snapshots(DirectoryReader reader, FacetsConfig config, byte[] cursorKey)
      throws IOException {
    this.config = config;
    this.cursorKey = cursorKey.clone();
    this.manager = new SearcherManager(reader, SearchSnapshot.factory(config, this.cursorKey));
  }

  /** Snapshots of what {@code writer} has written, committed or not, as of each refresh. */
  public Snapshots(IndexWriter writer, FacetsConfig config, byte[] cursorKey) throws IOException {
    this.config = config;
    this.cursorKey = cursorKey.clone();
    this.manager = new SearcherManager(writer, SearchSnapshot.factory(config, this.cursorKey));
  }

  /** Work on one snapshot of the index. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(SearchSnapshot snapshot) throws IOException;
  }

  /** Runs {@code work} on the current snapshot, held for as long as the work runs. */
  public <T> T with(Work<T> work) throws IOException {
    SearcherManager current = manager;
    SearchSnapshot snapshot;
    try {
      snapshot = (SearchSnapshot) current.acquire();
    } catch (AlreadyClosedException replaced) {
      current = manager; // the writer was just replaced
      snapshot = (SearchSnapshot) current.acquire();
    }
    try {
      return work.apply(snapshot);
    } finally {
      current.release(snapshot);
    }
  }

  /** Makes what the writer has written so far visible to the next piece of work. */
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  /** Snapshots of {@code writer} from now on; the previous ones are closed once released. */
  public void follow(IndexWriter writer) throws IOException {
    SearcherManager previous = manager;
    manager = new SearcherManager(writer, SearchSnapshot.factory(config, cursorKey));
    previous.close();
  }

  @Override
  public void close() throws IOException {
    manager.close();
  }
}
