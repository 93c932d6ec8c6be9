package dev.verbatim;

import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.copies.CopyDetector;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.IndexWriters;
import dev.verbatim.internal.index.VectorModel;
import dev.verbatim.internal.index.WatchFields;
import dev.verbatim.internal.search.CursorKey;
import dev.verbatim.internal.search.Snapshots;
import dev.verbatim.internal.watch.WatchSet;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The write side of an index: adds, batches, deletes and commits under one lock, each arriving
 * article's copy group decided in arrival order, and a writer that Lucene closed for good (a full
 * disk during a flush or a merge) replaced by a new one at the last commit. Owns the threads that
 * build a batch's documents; closing it shuts them down and commits.
 *
 * <p>NOTE: thread-safe; writes are serialised.
 */
final class ArticleWriter implements Closeable {
  private final Directory directory;
  private final ArticleDocuments documents;

  /** Which articles copy which: decides each arriving article's copy group, under the lock. */
  private final CopyDetector copies;

  private final Snapshots snapshots;
  private final Object lock = new Object();
  private final PendingWrites pending = new PendingWrites();

  /** Replaced (under the lock) when it fails for good. */
  private volatile IndexWriter writer;

  private final DocumentThreads threads = new DocumentThreads();

  /** The watches, and each arriving article's matches of them. */
  private final WatchKeeper watches;

  private ArticleWriter(
      Directory directory,
      ArticleDocuments documents,
      CopyDetector copies,
      IndexWriter writer,
      Snapshots snapshots,
      WatchKeeper watches) {
    this.directory = directory;
    this.documents = documents;
    this.copies = copies;
    this.writer = writer;
    this.snapshots = snapshots;
    this.watches = watches;
  }

  /**
   * Opens a writer on {@code directory}, creating the index if there is none, with snapshots that
   * see its writes. Closes the directory when it fails.
   *
   * @param copyThreshold the index's copy threshold, already checked against the index
   * @throws IndexFormatException if the index was written in another layout
   * @throws IllegalArgumentException if the index's vectors were made by another model
   * @throws IOException if the index cannot be opened, or another writer has it
   */
  static ArticleWriter open(Directory directory, ArticleDocuments documents, double copyThreshold)
      throws IOException {
    IndexWriter writer;
    try {
      String model = VectorModel.of(directory);
      Embedder embedder = documents.embedder();
      VectorModel.check(model, embedder);
      writer =
          IndexWriters.open(directory, copyThreshold, embedder != null ? embedder.name() : model);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException("the index is already open in another process or Verbatim", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    try {
      IndexFormatException.check(directory);
      byte[] cursorKey = CursorKey.of(directory, true);
      var snapshots = new Snapshots(writer, documents.facetsConfig(), cursorKey);
      var copies = new CopyDetector(copyThreshold);
      var watches = WatchKeeper.load(snapshots, documents.embedder());
      return new ArticleWriter(directory, documents, copies, writer, snapshots, watches);
    } catch (IOException | RuntimeException e) {
      try (directory) {
        writer.rollback();
      }
      throw e;
    }
  }

  /** The snapshots of what this writer wrote, as of the last commit or refresh. */
  Snapshots snapshots() {
    return snapshots;
  }

  double copyThreshold() {
    return copies.threshold();
  }

  /** {@link Verbatim#add(Article)}: the documents are built before the lock is taken. */
  AddResult add(Article article) throws IOException {
    ArticleDocuments.Identity identity = documents.identity(article);
    var docs = documents.toDocuments(article, identity);
    synchronized (lock) {
      return writing(() -> addLocked(new Change(article, identity, null), docs));
    }
  }

  /** {@link Verbatim#add(List)}. */
  List<AddResult> add(List<Article> articles) throws IOException {
    synchronized (lock) {
      return writing(() -> addAllLocked(articles));
    }
  }

  /** {@link Verbatim#addAndCommit(List)}: on failure, back to the last commit. */
  List<AddResult> addAndCommit(List<Article> batch) throws IOException {
    synchronized (lock) {
      try {
        List<AddResult> results = addAllLocked(batch);
        watches.matchClaims(writer, snapshots);
        writer.commit();
        refreshLocked();
        return results;
      } catch (IOException | RuntimeException e) {
        IOException failure = DiskFullException.asSeenByCaller(e, writer);
        reopenWriter(); // back to the last commit: no part of the batch survives
        throw failure;
      }
    }
  }

  /**
   * Decides each article's result in order (what the index and the batch's earlier articles hold),
   * then each changed article's copy group (its look at the snapshot on every processor, the
   * decision in order), then builds and writes the documents: in parallel, unless two of them share
   * an id or a text (the later must replace the earlier, so order matters). Under the lock.
   */
  private List<AddResult> addAllLocked(List<Article> articles) throws IOException {
    List<AddResult> results = new ArrayList<>(articles.size());
    List<Change> decided = new ArrayList<>(articles.size());
    Set<String> ids = new HashSet<>();
    Set<Term> hashes = new HashSet<>();
    boolean ordered = false;
    // ids the last snapshot shows in a version written over since: before this batch, then its own
    Set<String> rewritten = pending.ids();
    for (Article article : articles) {
      Change change = new Change(article, documents.identity(article), null);
      AddResult result = decide(change);
      results.add(result);
      if (result != AddResult.UNCHANGED) {
        decided.add(change);
        boolean newId = ids.add(article.id());
        boolean newText = hashes.add(change.identity().textHash());
        ordered |= !newId || !newText;
        pending(change);
      }
    }
    List<CopyDetector.Look> looks = looks(decided);
    List<Change> changes = new ArrayList<>(decided.size());
    for (int i = 0; i < decided.size(); i++) {
      Change change = decided.get(i);
      changes.add(change.withCopies(assignCopies(change, looks.get(i), rewritten::contains)));
      rewritten.add(change.article().id());
    }
    if (ordered || changes.size() < 2) {
      for (Change change : changes) {
        write(change);
      }
    } else {
      List<Callable<Void>> writes = new ArrayList<>(changes.size());
      for (Change change : changes) {
        writes.add(
            () -> {
              write(change);
              return null;
            });
      }
      threads.runAll(writes);
    }
    // once every article of the batch is in the writer: a group a copy joined is shared
    for (Change change : changes) {
      change.copies().markShared(writer);
    }
    return results;
  }

  /** Each change's look at the last snapshot for copies of its text, on every processor. */
  private List<CopyDetector.Look> looks(List<Change> changes) throws IOException {
    return snapshots.with(
        snapshot -> {
          List<Callable<CopyDetector.Look>> tasks = new ArrayList<>(changes.size());
          for (Change change : changes) {
            Article article = change.article();
            tasks.add(() -> copies.look(snapshot, article.id(), article.text()));
          }
          return threads.runAll(tasks);
        });
  }

  /**
   * An article to write, with its identity (hashed once) and, once decided, its copy group (null
   * until then).
   */
  private record Change(
      Article article, ArticleDocuments.Identity identity, CopyDetector.Assignment copies) {
    Change withCopies(CopyDetector.Assignment assignment) {
      return new Change(article, identity, assignment);
    }
  }

  /**
   * The copy group of an article about to be written, from the last snapshot and the writes since;
   * decided in arrival order, under the lock.
   */
  private CopyDetector.Assignment assignCopies(
      Change change, CopyDetector.Look look, Predicate<String> rewritten) {
    String newGroup = change.identity().textHash().text().substring(0, 16);
    return copies.assign(change.article().id(), look, newGroup, rewritten);
  }

  private AddResult addLocked(Change change, List<Document> docs) throws IOException {
    AddResult result = decide(change);
    if (result == AddResult.UNCHANGED) {
      return result;
    }
    Article article = change.article();
    CopyDetector.Look look =
        snapshots.with(snapshot -> copies.look(snapshot, article.id(), article.text()));
    CopyDetector.Assignment assignment = assignCopies(change, look, pending::hasId);
    assignment.addTo(docs.getFirst());
    write(change.identity().textHash(), article, docs);
    watches.match(writer, snapshots, article, docs);
    assignment.markShared(writer);
    pending(change);
    return result;
  }

  /** Remembers a write that snapshots cannot see until the next refresh. */
  private void pending(Change change) {
    pending.add(change.article().id(), change.identity().textHash().text());
  }

  /**
   * What adding an article does, from one snapshot and the writes it cannot see yet: nothing (the
   * same article is there), an update (it replaces one by id or text) or an add.
   */
  private AddResult decide(Change change) throws IOException {
    String id = change.article().id();
    Term hash = change.identity().textHash();
    boolean pendingId = pending.hasId(id);
    boolean pendingText = pending.hasText(hash.text());
    Query fingerprint = new TermQuery(change.identity().fingerprint());
    Query idOrText =
        new BooleanQuery.Builder()
            .add(new TermQuery(ArticleDocuments.idTerm(id)), Occur.SHOULD)
            .add(new TermQuery(hash), Occur.SHOULD)
            .build();
    // one snapshot answers both: the same article already there, or one it replaces
    return snapshots.with(
        snapshot -> {
          if (!pendingId && snapshot.count(fingerprint) > 0) {
            return AddResult.UNCHANGED; // committed or refreshed before, every field the same
          }
          return pendingId || pendingText || snapshot.count(idOrText) > 0
              ? AddResult.UPDATED
              : AddResult.ADDED;
        });
  }

  /** Builds and writes the documents of a change. */
  private void write(Change change) throws IOException {
    var docs = documents.toDocuments(change.article(), change.identity());
    change.copies().addTo(docs.getFirst());
    write(change.identity().textHash(), change.article(), docs);
    watches.match(writer, snapshots, change.article(), docs);
  }

  /**
   * Writes the documents of {@code article} in place of any of the same id or text ({@code hash}).
   */
  private void write(Term hash, Article article, List<Document> docs) throws IOException {
    writer.deleteDocuments(hash);
    // the article and its quotes replace every document of the article, atomically
    writer.updateDocuments(ArticleDocuments.articleTerm(article.id()), docs);
  }

  /** {@link Verbatim#delete(String)}. */
  boolean delete(String id) throws IOException {
    Query byId = new TermQuery(ArticleDocuments.idTerm(id));
    synchronized (lock) {
      return writing(
          () -> {
            boolean known =
                pending.removeId(id) || snapshots.with(snapshot -> snapshot.count(byId) > 0);
            writer.deleteDocuments(ArticleDocuments.articleTerm(id));
            copies.forget(id);
            return known;
          });
    }
  }

  /** {@link Verbatim#commit()}. */
  void commit() throws IOException {
    synchronized (lock) {
      writing(
          () -> {
            watches.matchClaims(writer, snapshots);
            writer.commit();
            refreshLocked();
            return null;
          });
    }
  }

  /** {@link Verbatim#refresh()}. */
  void refresh() throws IOException {
    synchronized (lock) {
      writing(
          () -> {
            watches.matchClaims(writer, snapshots);
            refreshLocked();
            return null;
          });
    }
  }

  private void refreshLocked() throws IOException {
    snapshots.refresh();
    pending.clear();
    copies.clearPending();
    watches.clearPending();
  }

  /** The watches, compiled (for {@link Watches}). */
  WatchKeeper watches() {
    return watches;
  }

  /** Adds watches and commits, all or none. */
  void addWatches(List<Watch> added, Map<String, float[]> vectors, int max) throws IOException {
    synchronized (lock) {
      if (watches.watches().size() + added.size() > max) {
        throw new IllegalStateException("an index holds at most " + max + " watches");
      }
      WatchSet next =
          snapshots.with(s -> watches.watches().with(added, vectors, WatchKeeper.docFreq(s)));
      writing(
          () -> {
            for (Watch w : added) {
              writer.addDocument(WatchFields.watchDocument(w, vectors.get(w.id())));
            }
            watches.matchClaims(writer, snapshots);
            writer.commit();
            refreshLocked();
            return null;
          });
      watches.set(next);
    }
  }

  /** Replaces a watch's document (a new feed secret) and commits. */
  void replaceWatch(Watch watch, float[] vector) throws IOException {
    synchronized (lock) {
      writing(
          () -> {
            writer.deleteDocuments(watchDocument(watch.id()));
            writer.addDocument(WatchFields.watchDocument(watch, vector));
            watches.matchClaims(writer, snapshots);
            writer.commit();
            refreshLocked();
            return null;
          });
      watches.set(
          snapshots.with(
              s ->
                  watches
                      .watches()
                      .without(watch.id())
                      .with(List.of(watch), vectorOf(watch, vector), WatchKeeper.docFreq(s))));
    }
  }

  /** Removes a watch and its matches and commits. */
  void removeWatch(String id) throws IOException {
    synchronized (lock) {
      writing(
          () -> {
            // claims noted before are compared first: a match written after the delete would stay
            watches.matchClaims(writer, snapshots);
            writer.deleteDocuments(new TermQuery(WatchFields.watchTerm(id)));
            writer.commit();
            refreshLocked();
            return null;
          });
      watches.set(watches.watches().without(id));
    }
  }

  private static Map<String, float[]> vectorOf(Watch watch, float[] vector) {
    return vector == null ? Map.of() : Map.of(watch.id(), vector);
  }

  private static Query watchDocument(String id) {
    return new BooleanQuery.Builder()
        .add(WatchFields.watchesOnly(), Occur.FILTER)
        .add(new TermQuery(WatchFields.watchTerm(id)), Occur.FILTER)
        .build();
  }

  /** Whether writes can go on. */
  boolean writable() {
    return writer.isOpen();
  }

  /** A write under the lock. */
  @FunctionalInterface
  private interface Write<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code write}; when it fails and leaves the writer closed for good (Lucene's "tragic"
   * errors: a full disk during a flush or a merge), opens a new writer at the last commit, so that
   * later writes work once the cause is gone, and throws.
   */
  private <T> T writing(Write<T> write) throws IOException {
    try {
      return write.run();
    } catch (IOException | RuntimeException e) {
      IOException failure = DiskFullException.asSeenByCaller(e, writer);
      if (!writer.isOpen()) {
        reopenWriter();
      }
      throw failure;
    }
  }

  /**
   * Drops the writer and everything it has not committed, and opens a new one at the last commit,
   * with new snapshots. Searches on earlier snapshots finish on them.
   */
  private void reopenWriter() throws IOException {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException alreadyClosed) {
      // a tragic writer has closed itself; rolling back is then a no-op or fails: either is fine
    }
    pending.clear();
    copies.clearPending();
    watches.dropPending();
    Embedder embedder = documents.embedder();
    writer =
        IndexWriters.open(
            directory,
            copies.threshold(),
            embedder != null ? embedder.name() : VectorModel.of(directory));
    snapshots.follow(writer);
  }

  /** Stops the document threads, commits what was added, closes the writer and the snapshots. */
  @Override
  public void close() throws IOException {
    synchronized (lock) {
      threads.shutdown();
      try (IndexWriter w = writer;
          snapshots) {
        watches.matchClaims(w, snapshots);
        w.commit();
      }
    }
  }
}
