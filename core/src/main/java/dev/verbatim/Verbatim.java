package dev.verbatim;

import dev.verbatim.embed.E5SmallEmbedder;
import dev.verbatim.embed.Embedder;
import dev.verbatim.embed.MiniLmEmbedder;
import dev.verbatim.embed.Models;
import dev.verbatim.internal.copies.CopyDetector;
import dev.verbatim.internal.copies.CopyThreshold;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.IndexFormat;
import dev.verbatim.internal.index.IndexWriters;
import dev.verbatim.internal.index.SpeakerCorrections;
import dev.verbatim.internal.index.VectorModel;
import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.ClaimSearch;
import dev.verbatim.internal.search.CopyGroups;
import dev.verbatim.internal.search.CursorKey;
import dev.verbatim.internal.search.QuoteCandidates;
import dev.verbatim.internal.search.QuoteSearch;
import dev.verbatim.internal.search.SearchSnapshot;
import dev.verbatim.quote.Quote;
import dev.verbatim.verify.Candidate;
import dev.verbatim.verify.Verification;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A Verbatim index: add news articles, search them with the query language, read them back.
 *
 * <pre>{@code
 * try (Verbatim verbatim = Verbatim.open(Path.of("index"))) {
 *   verbatim.add(article);
 *   verbatim.commit();
 *   SearchResult result = verbatim.search(SearchRequest.of("\"red lines\" kremlin"));
 * }
 * }</pre>
 *
 * <p>Added and deleted articles become visible to searches at the next {@link #commit()} or {@link
 * #refresh()}, and durable at the next {@link #commit()} (or {@link #close()}).
 *
 * <p>NOTE: thread-safe. Searches run concurrently, each on an immutable snapshot of the index,
 * while another thread adds; writes are serialised.
 */
public final class Verbatim implements AutoCloseable {
  private final Directory directory;

  /** The key cursors are signed with: kept in the index folder, so it outlives the process. */
  private final byte[] cursorKey;

  /** The writer, null when read-only; replaced (under the write lock) when it fails for good. */
  private volatile IndexWriter writer;

  private volatile SearcherManager snapshots;
  private final ArticleDocuments documents;
  private final SpeakerCorrections corrections;
  private final Object writeLock = new Object();

  /** Ids and text hashes written since the last refresh, which snapshots cannot see yet. */
  private final Set<String> pendingIds = new HashSet<>();

  private final Map<String, String> pendingHashes = new HashMap<>();

  /**
   * Which articles copy which: decides each arriving article's copy group, under the write lock.
   */
  private final CopyDetector copies;

  /**
   * Threads that build and write the documents of batches: one per processor, daemons, started with
   * the first batch and shut down when the index is closed.
   */
  private ExecutorService builders;

  private ExecutorService builders() {
    if (builders == null) {
      builders =
          Executors.newFixedThreadPool(
              Runtime.getRuntime().availableProcessors(),
              Thread.ofPlatform().name("verbatim-documents-", 0).daemon().factory());
    }
    return builders;
  }

  /** Searches only, on {@code reader}: no writer, no lock. */
  private Verbatim(Directory directory, DirectoryReader reader, Embedder embedder)
      throws IOException {
    this.directory = directory;
    this.corrections = SpeakerCorrections.load(directory);
    this.documents = new ArticleDocuments(embedder, corrections);
    this.cursorKey = CursorKey.of(directory, false);
    this.copies = new CopyDetector(CopyThreshold.of(directory, Double.NaN));
    this.writer = null;
    this.snapshots =
        new SearcherManager(reader, SearchSnapshot.factory(documents.facetsConfig(), cursorKey));
  }

  private Verbatim(Directory directory, Embedder embedder, double copyThreshold)
      throws IOException {
    this.directory = directory;
    this.corrections = SpeakerCorrections.load(directory);
    this.documents = new ArticleDocuments(embedder, corrections);
    double threshold;
    String model;
    try {
      threshold = CopyThreshold.of(directory, copyThreshold);
      model = VectorModel.of(directory);
      VectorModel.check(model, embedder);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.copies = new CopyDetector(threshold);
    try {
      this.writer =
          IndexWriters.open(directory, threshold, embedder != null ? embedder.name() : model);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException("the index is already open in another process or Verbatim", e);
    }
    try {
      checkFormat(directory);
    } catch (IOException e) {
      try (directory) {
        writer.rollback();
      }
      throw e;
    }
    this.cursorKey = CursorKey.of(directory, true);
    this.snapshots =
        new SearcherManager(writer, SearchSnapshot.factory(documents.facetsConfig(), cursorKey));
  }

  /**
   * Refuses an index written in another layout (see {@link IndexFormat}): this version would read
   * it wrongly, and writing to it would fail on the first changed field.
   */
  private static void checkFormat(Directory directory) throws IOException {
    var format = IndexFormat.of(directory);
    if (format.isEmpty() || format.getAsInt() == IndexFormat.CURRENT) {
      return;
    }
    int found = format.getAsInt();
    String formats =
        " (index format " + found + "; this version reads format " + IndexFormat.CURRENT + "): ";
    String message =
        found < IndexFormat.CURRENT
            ? "this index was written by an earlier version of Verbatim"
                + formats
                + "index the articles again into a new folder; nothing in this one was changed"
            : "this index was written by a newer version of Verbatim"
                + formats
                + "open it with that version; nothing in it was changed";
    throw new IndexFormatException(message, found, IndexFormat.CURRENT);
  }

  /** An index over {@code directory}, which it closes (for tests that inject faults). */
  static Verbatim open(Directory directory) throws IOException {
    return new Verbatim(directory, null, Double.NaN);
  }

  /**
   * The model Verbatim embeds quotes and claims with ({@link E5SmallEmbedder}), loaded once per
   * process; null, with a warning, where it cannot load (verify then says it could not use
   * meaning).
   */
  public static Embedder defaultEmbedder() {
    return Models.defaultModel();
  }

  /**
   * The shipped model that made the vectors of the index in {@code directory} ({@link
   * VectorModel}); the default for an index without vectors.
   *
   * @throws IllegalArgumentException if another model made them
   */
  private static Embedder embedderOf(Directory directory) throws IOException {
    String model = VectorModel.of(directory);
    try {
      return model == null ? defaultEmbedder() : Models.byName(model);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "this index's quote vectors were made by "
              + model
              + ", which Verbatim does not ship: open it with Verbatim.open(dir, embedder) and that"
              + " model",
          e);
    }
  }

  /**
   * The model {@link #open(Path)} embeds with in {@code dir}: the shipped model that made the
   * index's vectors, or {@link #defaultEmbedder()} for a new index or one without vectors.
   *
   * @throws IllegalArgumentException if a model Verbatim does not ship made the index's vectors
   * @throws IOException if the directory cannot be read
   */
  public static Embedder embedderFor(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return defaultEmbedder();
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return embedderOf(directory);
    }
  }

  /**
   * Opens the index in {@code dir}, creating it (and the directory) if it does not exist. Speech
   * quotes are embedded with {@link #defaultEmbedder()}, or, in an index whose vectors an earlier
   * version made with all-MiniLM-L6-v2, with that model ({@link MiniLmEmbedder}).
   *
   * @throws IllegalArgumentException if a model Verbatim does not ship made the index's vectors
   * @throws IOException if the directory cannot be used, or another process has the index open
   */
  public static Verbatim open(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    Embedder embedder;
    try {
      embedder = embedderOf(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    return new Verbatim(directory, embedder, Double.NaN);
  }

  /**
   * Opens the index in {@code dir}, creating it if it does not exist, embedding speech quotes and
   * claims with {@code embedder} (null: no vectors; verify and {@code like} then work on words
   * only). The caller owns the embedder.
   *
   * @throws IOException if the directory cannot be used, or another process has the index open
   */
  public static Verbatim open(Path dir, Embedder embedder) throws IOException {
    return new Verbatim(FSDirectory.open(dir), embedder, Double.NaN);
  }

  /**
   * Opens the index in {@code dir} as {@link #open(Path, Embedder)} does, grouping articles as
   * copies of one story when their word 5-shingle sets have Jaccard similarity at least {@code
   * copyThreshold} (see docs/copies.md), 0.2 to 1; NaN for the threshold the index was made with
   * (0.8 for a new one), as {@link #open(Path, Embedder)} does. The threshold is kept in the index:
   * an index made with another refuses it.
   *
   * @throws IllegalArgumentException if the threshold is out of range, or the index was made with
   *     another
   * @throws IOException if the directory cannot be used, or another process has the index open
   */
  public static Verbatim open(Path dir, Embedder embedder, double copyThreshold)
      throws IOException {
    return new Verbatim(FSDirectory.open(dir), embedder, copyThreshold);
  }

  /** The Jaccard similarity at or above which this index groups two articles as copies. */
  public double copyThreshold() {
    return copies.threshold();
  }

  /**
   * Opens the index in {@code dir} for searching only. It takes no lock, so it runs beside a
   * process that writes (an {@code index} run, a server); {@link #refresh()} sees that process's
   * later commits. Adding, deleting and committing throw {@link UnsupportedOperationException}.
   *
   * @throws IOException if there is no committed index in {@code dir}, or it cannot be read
   */
  public static Verbatim openReadOnly(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      checkFormat(directory);
      Embedder embedder = embedderOf(directory);
      return new Verbatim(directory, DirectoryReader.open(directory), embedder);
    } catch (IndexNotFoundException e) {
      directory.close();
      throw new IOException("there is no index here yet: nothing was ever committed to it", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether {@code dir} holds a committed Verbatim (or any Lucene) index. */
  public static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** A new, empty index in memory, gone when closed. */
  public static Verbatim inMemory() {
    try {
      return new Verbatim(new ByteBuffersDirectory(), defaultEmbedder(), Double.NaN);
    } catch (IOException e) {
      throw new IllegalStateException("an in-memory index cannot fail to open", e);
    }
  }

  /**
   * Adds an article, or replaces the one with the same id, or the one from the same source whose
   * headline and text are the same once case, punctuation and spacing are ignored.
   *
   * @return whether the article was new or replaced one
   * @throws IOException if the index cannot be written
   */
  public AddResult add(Article article) throws IOException {
    requireWriter();
    ArticleDocuments.Identity identity = documents.identity(article);
    var docs = documents.toDocuments(article, identity);
    synchronized (writeLock) {
      return writing(() -> addLocked(article, identity, docs));
    }
  }

  /**
   * Adds articles, with the results {@link #add(Article)} one by one would give, but on every
   * processor: each article's quotes are found, its speakers attributed, its quotes embedded and
   * its documents analysed and written by one of the index's threads (Lucene's writer takes
   * documents from several threads at once). Articles of the batch that share an id or a text are
   * written one after the other, in order. The way to ingest many. Not committed.
   *
   * @return each article's result, in order
   * @throws IOException if the index cannot be written; other articles of the batch may have been
   *     added (uncommitted)
   */
  public List<AddResult> add(List<Article> articles) throws IOException {
    requireWriter();
    synchronized (writeLock) {
      return writing(() -> addAllLocked(articles));
    }
  }

  /**
   * Decides each article's result in order (what the index and the batch's earlier articles hold),
   * then each changed article's copy group (its look at the snapshot on every processor, the
   * decision in order), then builds and writes the documents: in parallel, unless two of them share
   * an id or a text (the later must replace the earlier, so order matters). Under the write lock.
   */
  private List<AddResult> addAllLocked(List<Article> articles) throws IOException {
    List<AddResult> results = new ArrayList<>(articles.size());
    List<Change> decided = new ArrayList<>(articles.size());
    Set<String> ids = new HashSet<>();
    Set<Term> hashes = new HashSet<>();
    boolean ordered = false;
    // ids the last snapshot shows in a version written over since: before this batch, then its own
    Set<String> rewritten = new HashSet<>(pendingIds);
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
    List<CopyDetector.Look> looks =
        withSnapshot(
            snapshot -> {
              List<Future<CopyDetector.Look>> tasks = new ArrayList<>(decided.size());
              for (Change change : decided) {
                Article article = change.article();
                tasks.add(
                    builders().submit(() -> copies.look(snapshot, article.id(), article.text())));
              }
              awaitAll(tasks);
              return tasks.stream().map(Future::resultNow).toList();
            });
    List<Change> changes = new ArrayList<>(decided.size());
    for (int i = 0; i < decided.size(); i++) {
      Change change = decided.get(i);
      changes.add(
          new Change(
              change.article(),
              change.identity(),
              assignCopies(change, looks.get(i), rewritten::contains)));
      rewritten.add(change.article().id());
    }
    if (ordered || changes.size() < 2) {
      for (Change change : changes) {
        write(change);
      }
    } else {
      List<Future<?>> writes = new ArrayList<>(changes.size());
      for (Change change : changes) {
        writes.add(
            builders()
                .submit(
                    () -> {
                      write(change);
                      return null;
                    }));
      }
      awaitAll(writes);
    }
    // once every article of the batch is in the writer: a group a copy joined is shared
    for (Change change : changes) {
      change.copies().markShared(writer);
    }
    return results;
  }

  /**
   * An article to write, with its identity (hashed once) and, once decided, its copy group (null
   * until then).
   */
  private record Change(
      Article article, ArticleDocuments.Identity identity, CopyDetector.Assignment copies) {}

  /**
   * The copy group of an article about to be written, from the last snapshot and the writes since;
   * decided in arrival order, under the write lock.
   */
  private CopyDetector.Assignment assignCopies(
      Change change, CopyDetector.Look look, Predicate<String> rewritten) {
    String newGroup = change.identity().textHash().text().substring(0, 16);
    return copies.assign(change.article().id(), look, newGroup, rewritten);
  }

  /** Waits for every task; throws the first failure, the others suppressed in it. */
  private static void awaitAll(List<? extends Future<?>> tasks) throws IOException {
    Throwable failure = null;
    for (var task : tasks) {
      try {
        task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        tasks.forEach(t -> t.cancel(false));
        throw new InterruptedIOException("interrupted while writing documents");
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause();
        } else {
          failure.addSuppressed(e.getCause());
        }
      }
    }
    switch (failure) {
      case null -> {}
      case IOException io -> throw io;
      case RuntimeException re -> throw re;
      case Error error -> throw error;
      default -> throw new IOException("writing documents failed", failure);
    }
  }

  /**
   * Adds a batch and commits it, all or nothing: when this returns, every article of the batch is
   * durable and visible; when it throws, none of them is in the index, even after a crash. No other
   * write runs in between (the batch holds the write lock from its first add to its commit).
   *
   * <p>On failure the writer is rolled back to the last commit, which also drops changes made with
   * {@link #add} and not yet committed; callers that acknowledge writes should use this method
   * only.
   *
   * @return each article's result, in the batch's order
   * @throws DiskFullException if the disk is full; the index is as it was before the batch
   * @throws IOException if the batch cannot be written; the index is as it was before the batch
   */
  public List<AddResult> addAndCommit(List<Article> batch) throws IOException {
    requireWriter();
    synchronized (writeLock) {
      try {
        List<AddResult> results = addAllLocked(batch);
        writer.commit();
        refreshLocked();
        return results;
      } catch (IOException | RuntimeException e) {
        IOException failure = failure(e);
        reopenWriter(); // back to the last commit: no part of the batch survives
        throw failure;
      }
    }
  }

  private AddResult addLocked(
      Article article, ArticleDocuments.Identity identity, List<Document> docs) throws IOException {
    Change change = new Change(article, identity, null);
    AddResult result = decide(change);
    if (result == AddResult.UNCHANGED) {
      return result;
    }
    CopyDetector.Look look =
        withSnapshot(snapshot -> copies.look(snapshot, article.id(), article.text()));
    CopyDetector.Assignment assignment = assignCopies(change, look, pendingIds::contains);
    assignment.addTo(docs.getFirst());
    write(change.identity().textHash(), article, docs);
    assignment.markShared(writer);
    pending(change);
    return result;
  }

  /** Remembers a write that snapshots cannot see until the next refresh. */
  private void pending(Change change) {
    pendingIds.add(change.article().id());
    pendingHashes.put(change.identity().textHash().text(), change.article().id());
  }

  /**
   * What adding an article does, from one snapshot and the writes it cannot see yet: nothing (the
   * same article is there), an update (it replaces one by id or text) or an add.
   */
  private AddResult decide(Change change) throws IOException {
    String id = change.article().id();
    Term hash = change.identity().textHash();
    boolean pending = pendingIds.contains(id);
    boolean pendingText = pendingHashes.containsKey(hash.text());
    Query fingerprint = new TermQuery(change.identity().fingerprint());
    Query idOrText = idOrText(ArticleDocuments.idTerm(id), hash);
    // one snapshot answers both: the same article already there, or one it replaces
    return withSnapshot(
        snapshot -> {
          if (!pending && snapshot.count(fingerprint) > 0) {
            return AddResult.UNCHANGED; // committed or refreshed before, every field the same
          }
          return pending || pendingText || snapshot.count(idOrText) > 0
              ? AddResult.UPDATED
              : AddResult.ADDED;
        });
  }

  /** Builds and writes the documents of a change. */
  private void write(Change change) throws IOException {
    var docs = documents.toDocuments(change.article(), change.identity());
    change.copies().addTo(docs.getFirst());
    write(change.identity().textHash(), change.article(), docs);
  }

  /**
   * Writes the documents of {@code article} in place of any of the same id or text ({@code hash}).
   */
  private void write(Term hash, Article article, List<Document> docs) throws IOException {
    writer.deleteDocuments(hash);
    // the article and its quotes replace every document of the article, atomically
    writer.updateDocuments(ArticleDocuments.articleTerm(article.id()), docs);
  }

  /** A write under the write lock. */
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
      IOException failure = failure(e);
      if (!writer.isOpen()) {
        reopenWriter();
      }
      throw failure;
    }
  }

  /**
   * {@code e} as the exception a caller sees: a full disk said so, also when {@code e} is only a
   * write refused because another thread's write found the disk full and closed the writer (its
   * "tragic" exception, then suppressed in {@code e}). Call before the writer is replaced.
   */
  private IOException failure(Exception e) {
    Throwable tragic = writer.getTragicException();
    // Throwable's equals is identity; an exception cannot suppress itself
    if (tragic != null && !tragic.equals(e) && !tragic.equals(e.getCause())) {
      e.addSuppressed(tragic);
    }
    if (DiskFullException.isDiskFull(e)) {
      return new DiskFullException(
          "the disk holding the index is full; nothing committed is lost, and writes work again"
              + " once space is freed",
          e);
    }
    return e instanceof IOException io ? io : new IOException("the index write failed", e);
  }

  /**
   * Drops the writer and everything it has not committed, and opens a new one at the last commit,
   * with new snapshots. Searches on earlier snapshots finish on them.
   */
  private void reopenWriter() throws IOException {
    IndexWriter old = writer;
    try {
      old.rollback();
    } catch (IOException | RuntimeException alreadyClosed) {
      // a tragic writer has closed itself; rolling back is then a no-op or fails: either is fine
    }
    pendingIds.clear();
    pendingHashes.clear();
    copies.clearPending();
    Embedder embedder = documents.embedder();
    writer =
        IndexWriters.open(
            directory,
            copies.threshold(),
            embedder != null ? embedder.name() : VectorModel.of(directory));
    SearcherManager previous = snapshots;
    snapshots =
        new SearcherManager(writer, SearchSnapshot.factory(documents.facetsConfig(), cursorKey));
    previous.close();
  }

  /** Whether writes can go on (false only for a read-only index). */
  public boolean writable() {
    IndexWriter w = writer;
    return w != null && w.isOpen();
  }

  /**
   * Deletes the article with this id.
   *
   * @return whether there was one
   * @throws IOException if the index cannot be written
   */
  public boolean delete(String id) throws IOException {
    requireWriter();
    Term term = ArticleDocuments.idTerm(id);
    synchronized (writeLock) {
      return writing(
          () -> {
            Query byId = new TermQuery(term);
            boolean known =
                pendingIds.remove(id) || withSnapshot(snapshot -> snapshot.count(byId) > 0);
            writer.deleteDocuments(ArticleDocuments.articleTerm(id));
            copies.forget(id);
            return known;
          });
    }
  }

  /**
   * Makes every add and delete so far durable and visible to searches.
   *
   * @throws IOException if the commit fails; the changes since the last commit are then not durable
   */
  public void commit() throws IOException {
    requireWriter();
    synchronized (writeLock) {
      writing(
          () -> {
            writer.commit();
            refreshLocked();
            return null;
          });
    }
  }

  /**
   * Makes every add and delete so far visible to searches, without making them durable.
   *
   * @throws IOException if the index cannot be read
   */
  public void refresh() throws IOException {
    synchronized (writeLock) {
      refreshLocked();
    }
  }

  private void requireWriter() {
    if (writer == null) {
      throw new UnsupportedOperationException("this index was opened read-only");
    }
  }

  private void refreshLocked() throws IOException {
    snapshots.maybeRefreshBlocking();
    pendingIds.clear();
    pendingHashes.clear();
    copies.clearPending();
  }

  /**
   * Searches the last refreshed snapshot of the index.
   *
   * @throws QuerySyntaxException if the query is malformed or over a limit, with the position
   * @throws IllegalArgumentException if the cursor is malformed
   * @throws IOException if the index cannot be read
   */
  public SearchResult search(SearchRequest request) throws IOException {
    if (request.like() != null) {
      throw new IllegalArgumentException("like searches quotes (scope=quotes), not articles");
    }
    return withSnapshot(snapshot -> ArticleSearch.search(snapshot, request));
  }

  /**
   * How many word positions the query's phrases and proximity operators would read in the articles
   * of the last refreshed snapshot, from the index's statistics, without running it; 0 for a query
   * of plain words. A server can weigh a request by it before letting it search; a search past
   * {@link Limits#MAX_QUERY_POSITIONS} is refused with a {@link QuerySyntaxException}.
   *
   * @throws QuerySyntaxException if the query is malformed or over a limit
   * @throws IOException if the index cannot be read
   */
  public long positionsRead(String query) throws IOException {
    return withSnapshot(snapshot -> ArticleSearch.positionsRead(snapshot, query));
  }

  /**
   * Searches the quotes of the last refreshed snapshot: each hit is one quote, with its speaker and
   * article. The query's bare words and phrases search the quoted text; {@code speaker:}, {@code
   * source:} and {@code date:} work as for articles. With {@link SearchRequest#like()}, the hits
   * are the speech quotes nearest in meaning to that text (at most {@value Limits#MAX_LIKE_HITS})
   * that pass the query, which may then be blank, and the filters.
   *
   * @throws QuerySyntaxException if the query is malformed or over a limit, with the position
   * @throws IllegalArgumentException if the cursor is malformed, the request collapses copies, or
   *     {@code like} is given and the index has no quote vectors
   * @throws IOException if the index cannot be read
   */
  public QuoteSearchResult searchQuotes(SearchRequest request) throws IOException {
    if (request.collapse() != Collapse.NONE) {
      throw new IllegalArgumentException("collapse applies to articles, not quotes");
    }
    if (request.like() != null
        && request.like().codePoints().noneMatch(Character::isLetterOrDigit)) {
      // zero-width characters or a lone surrogate: nothing to mean anything, as verify says
      throw new IllegalArgumentException("like has no words");
    }
    if (request.like() == null) {
      return withSnapshot(snapshot -> QuoteSearch.search(snapshot, request));
    }
    Embedder embedder = documents.embedder();
    return withSnapshot(
        snapshot -> {
          if (embedder == null || !QuoteCandidates.hasVectors(snapshot, embedder.dimension())) {
            throw new IllegalArgumentException(
                "this index has no quote vectors to search by meaning: re-index it with the"
                    + " embedding model (verbatim index) to use like");
          }
          return QuoteSearch.search(snapshot, request, embedder.embed(request.like()));
        });
  }

  /**
   * Did someone say it? Finds the attested quotes that match a claimed quote, by words and, where
   * the index has quote vectors, by meaning; compares each word by word and by meaning; gives a
   * verdict and the variants of the utterance across outlets. A claim in reported speech ("Musk
   * said he …", "according to Kirby, …") is compared without its frame and in the speaker's first
   * person, and the name in the frame is the speaker checked when {@code speaker} is null.
   *
   * @param claim the quote as claimed
   * @param speaker who it is attributed to, or null; the answer then says whether the attested
   *     speaker agrees
   * @throws IllegalArgumentException if the claim has no words or is longer than {@link
   *     Limits#MAX_QUERY_LENGTH}
   * @throws IOException if the index cannot be read
   */
  public Verification verify(String claim, String speaker) throws IOException {
    return verify(claim, speaker, claims().paraphraseThreshold());
  }

  /**
   * {@link #verify(String, String)} with another meaning threshold: the cosine between the claim's
   * and a quote's embeddings at or above which the quote is a {@code paraphrase} (for tuning, as
   * {@code eval-paraphrase --thresholds} does).
   */
  public Verification verify(String claim, String speaker, double meaningThreshold)
      throws IOException {
    return withSnapshot(snapshot -> claims().verify(snapshot, claim, speaker, meaningThreshold));
  }

  /**
   * The candidate quotes verify compares a claim with, best fused rank first, before any verdict:
   * for measuring where recall is lost (is the attesting quote a candidate at all, and at which
   * rank?). The claim is read as {@link #verify(String, String)} reads it.
   *
   * @throws IllegalArgumentException if the claim has no words
   * @throws IOException if the index cannot be read
   */
  public List<Candidate> verifyCandidates(String claim) throws IOException {
    return withSnapshot(snapshot -> claims().candidates(snapshot, claim));
  }

  private ClaimSearch claims() {
    return new ClaimSearch(documents.embedder());
  }

  /**
   * An editor's correction of a quote's speaker: the quote {@code quoteId} ({@link QuoteHit#id()})
   * was said by {@code speaker}, or by nobody named when {@code speaker} is null. Stored beside the
   * index and applied whenever its article is indexed, so that re-ingesting the article keeps it;
   * the quote then reports {@link dev.verbatim.quote.AttributionRule#EDITOR}, and the speaker's
   * facet counts and aliases follow. The article is rewritten and committed before this returns.
   *
   * @return the corrected quote; empty if there is no such quote
   * @throws IllegalArgumentException if the speaker is blank or longer than {@link
   *     Limits#MAX_ID_LENGTH}
   * @throws IOException if the index cannot be written
   */
  public Optional<Quote> correctSpeaker(String quoteId, String speaker) throws IOException {
    requireWriter();
    if (speaker != null && (speaker.isBlank() || speaker.length() > Limits.MAX_ID_LENGTH)) {
      throw new IllegalArgumentException(
          "speaker must be a name of 1.." + Limits.MAX_ID_LENGTH + " characters, or null");
    }
    int hash = quoteId == null ? -1 : quoteId.lastIndexOf('#');
    if (hash <= 0) {
      return Optional.empty();
    }
    String id = quoteId.substring(0, hash);
    Optional<String> text = withSnapshot(snapshot -> QuoteSearch.quoteText(snapshot, quoteId));
    Optional<Article> article = get(id);
    if (text.isEmpty() || article.isEmpty()) {
      return Optional.empty();
    }
    corrections.put(id, text.get(), speaker == null ? null : speaker.strip());
    addAndCommit(List.of(article.get())); // its fingerprint changed: its quotes are rewritten
    refresh();
    return quotesOf(id).stream().filter(q -> q.text().equals(text.get())).findFirst();
  }

  /**
   * The variants of one indexed quote: the wordings of the same utterance across outlets.
   *
   * @param quoteId a quote's id, as {@link QuoteHit#id()} gives it
   * @return empty if there is no such quote
   * @throws IOException if the index cannot be read
   */
  public Optional<List<Verification.VariantGroup>> variantsOf(String quoteId) throws IOException {
    Optional<String> text = withSnapshot(snapshot -> QuoteSearch.quoteText(snapshot, quoteId));
    return text.isEmpty() ? Optional.empty() : Optional.of(verify(text.get(), null).variants());
  }

  /**
   * The outlets of the indexed articles with their article counts, largest first.
   *
   * @param prefix keep only names starting with this (case-insensitive); empty for all
   * @param limit most names to return
   * @throws IOException if the index cannot be read
   */
  public List<FacetValue> sources(String prefix, int limit) throws IOException {
    return names("source", prefix, limit);
  }

  /**
   * The speakers quoted in the indexed articles, one canonical name per person, with the number of
   * articles that quote them, largest first.
   *
   * @param prefix keep only names with a word starting with this (case-insensitive); empty for all
   * @param limit most names to return
   * @throws IOException if the index cannot be read
   */
  public List<FacetValue> speakers(String prefix, int limit) throws IOException {
    return names("speaker", prefix, limit);
  }

  private List<FacetValue> names(String facet, String prefix, int limit) throws IOException {
    if (limit < 1 || limit > Limits.MAX_FACET_SIZE) {
      throw new IllegalArgumentException(
          "limit must be 1.." + Limits.MAX_FACET_SIZE + ", was " + limit);
    }
    Map<String, List<FacetValue>> facets =
        withSnapshot(snapshot -> ArticleSearch.facetsOfAll(snapshot, Limits.MAX_FACET_SIZE));
    String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    return facets.getOrDefault(facet, List.of()).stream()
        .filter(v -> p.isEmpty() || startsWord(v.value().toLowerCase(Locale.ROOT), p))
        .limit(limit)
        .toList();
  }

  private static boolean startsWord(String name, String prefix) {
    return name.startsWith(prefix) || name.contains(" " + prefix);
  }

  /**
   * The article with this id, as of the last refresh.
   *
   * @throws IOException if the index cannot be read
   */
  public Optional<Article> get(String id) throws IOException {
    return withSnapshot(snapshot -> ArticleSearch.get(snapshot, id));
  }

  /**
   * The copy group of the article with this id, as of the last refresh: every article printing the
   * same story (this one included), the original first; empty when there is no such article, or it
   * was indexed before copies were grouped.
   *
   * @throws IOException if the index cannot be read
   */
  public Optional<CopyGroup> copiesOf(String id) throws IOException {
    return withSnapshot(snapshot -> CopyGroups.groupOf(snapshot, id));
  }

  /**
   * The quotes of the article with this id, as the index holds them (found and attributed when the
   * article was added), in text order; empty when there is no such article or it has none.
   *
   * @throws IOException if the index cannot be read
   */
  public List<Quote> quotesOf(String id) throws IOException {
    return withSnapshot(snapshot -> QuoteSearch.quotesOf(snapshot, id));
  }

  /**
   * How many articles the last refreshed snapshot holds.
   *
   * @throws IOException if the index cannot be read
   */
  public long count() throws IOException {
    return withSnapshot(snapshot -> snapshot.count(ArticleDocuments.articlesOnly()));
  }

  /**
   * The size of the index files, in bytes (for monitoring).
   *
   * @throws IOException if the directory cannot be listed
   */
  public long indexBytes() throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      try {
        bytes += directory.fileLength(file);
      } catch (NoSuchFileException | FileNotFoundException merged) {
        // a segment merged away between listing and measuring
      }
    }
    return bytes;
  }

  private static Query idOrText(Term id, Term hash) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(id), Occur.SHOULD)
        .add(new TermQuery(hash), Occur.SHOULD)
        .build();
  }

  /** Work on one snapshot of the index. */
  @FunctionalInterface
  private interface SnapshotWork<T> {
    T apply(SearchSnapshot snapshot) throws IOException;
  }

  /** Runs {@code work} on the current snapshot, held for as long as the work runs. */
  private <T> T withSnapshot(SnapshotWork<T> work) throws IOException {
    SearchSnapshot snapshot;
    try {
      snapshot = (SearchSnapshot) snapshots.acquire();
    } catch (AlreadyClosedException replaced) {
      snapshot = (SearchSnapshot) snapshots.acquire(); // the writer was just reopened
    }
    try {
      return work.apply(snapshot);
    } finally {
      snapshots.release(snapshot);
    }
  }

  /**
   * Commits what was added and closes the index.
   *
   * @throws IOException if the final commit fails
   */
  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      if (builders != null) {
        builders.shutdown();
      }
      IndexWriter w = writer;
      SearcherManager s = snapshots;
      try (directory;
          w;
          s) {
        if (w != null) {
          w.commit();
        }
      }
    }
  }
}
