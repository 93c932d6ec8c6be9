package dev.verbatim;

import dev.verbatim.embed.Embedder;
import dev.verbatim.embed.Models;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.SpeakerCorrections;
import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.Snapshots;
import dev.verbatim.verify.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

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
  private final ArticleDocuments documents;
  private final SpeakerCorrections corrections;
  private final Snapshots snapshots;

  /** Adds, deletes and commits; null when read-only. */
  private final ArticleWriter writer;

  private final double copyThreshold;

  Verbatim(
      Directory directory,
      ArticleDocuments documents,
      SpeakerCorrections corrections,
      Snapshots snapshots,
      ArticleWriter writer,
      double copyThreshold) {
    this.directory = directory;
    this.documents = documents;
    this.corrections = corrections;
    this.snapshots = snapshots;
    this.writer = writer;
    this.copyThreshold = copyThreshold;
  }

  /**
   * The model {@link #open(Path)} embeds with in {@code dir}: the shipped model that made the
   * index's vectors, or {@link Models#defaultModel()} for a new index or one without vectors.
   *
   * @throws IllegalArgumentException if a model Verbatim does not ship made the index's vectors
   * @throws IOException if the directory cannot be read
   */
  public static Embedder embedderFor(Path dir) throws IOException {
    return Opening.embedderFor(dir);
  }

  /**
   * Opens the index in {@code dir}, creating it (and the directory) if it does not exist. Speech
   * quotes are embedded with {@link Models#defaultModel()}, or, in an index whose vectors an
   * earlier version made with all-MiniLM-L6-v2, with that model.
   *
   * @throws IllegalArgumentException if a model Verbatim does not ship made the index's vectors
   * @throws IOException if the directory cannot be used, or another process has the index open
   */
  public static Verbatim open(Path dir) throws IOException {
    return Opening.writable(FSDirectory.open(dir));
  }

  /**
   * Opens the index in {@code dir}, creating it if it does not exist, embedding speech quotes and
   * claims with {@code embedder} (null: no vectors; verify and {@code like} then work on words
   * only). The caller owns the embedder.
   *
   * @throws IOException if the directory cannot be used, or another process has the index open
   */
  public static Verbatim open(Path dir, Embedder embedder) throws IOException {
    return Opening.writable(FSDirectory.open(dir), embedder, Double.NaN);
  }

  /**
   * {@link #open(Path, Embedder)}, grouping articles as copies of one story at word 5-shingle
   * Jaccard similarity {@code copyThreshold} or more (0.2 to 1, kept in the index; NaN: the index's
   * own, 0.8 for a new one; docs/copies.md).
   *
   * @throws IllegalArgumentException if the threshold is out of range, or not the index's
   * @throws IOException if the directory cannot be used, or another process has the index open
   */
  public static Verbatim open(Path dir, Embedder embedder, double copyThreshold)
      throws IOException {
    return Opening.writable(FSDirectory.open(dir), embedder, copyThreshold);
  }

  /**
   * Opens the index in {@code dir} for searching only. It takes no lock, so it runs beside a
   * process that writes (an {@code index} run, a server); {@link #refresh()} sees that process's
   * later commits. Adding, deleting and committing throw {@link UnsupportedOperationException}.
   *
   * @throws IOException if there is no committed index in {@code dir}, or it cannot be read
   */
  public static Verbatim openReadOnly(Path dir) throws IOException {
    return Opening.readOnly(FSDirectory.open(dir));
  }

  /** Whether {@code dir} holds a committed Verbatim (or any Lucene) index. */
  public static boolean exists(Path dir) throws IOException {
    return Opening.exists(dir);
  }

  /** A new, empty index in memory, gone when closed. */
  public static Verbatim inMemory() {
    try {
      return Opening.writable(new ByteBuffersDirectory(), Models.defaultModel(), Double.NaN);
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
    return writer().add(article);
  }

  /**
   * Adds articles, with the results {@link #add(Article)} one by one would give, on every processor
   * (quotes, speakers, embeddings and analysis on the index's threads; articles sharing an id or a
   * text written in order). The way to ingest many. Not committed.
   *
   * @return each article's result, in order
   * @throws IOException if the index cannot be written; other articles of the batch may have been
   *     added (uncommitted)
   */
  public List<AddResult> add(List<Article> articles) throws IOException {
    return writer().add(articles);
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
    return writer().addAndCommit(batch);
  }

  /** Whether writes can go on (false only for a read-only index). */
  public boolean writable() {
    return writer != null && writer.writable();
  }

  /** Deletes the article with this id; whether there was one. Visible at the next refresh. */
  public boolean delete(String id) throws IOException {
    return writer().delete(id);
  }

  /**
   * Makes every add and delete so far durable and visible to searches.
   *
   * @throws IOException if the commit fails; the changes since the last commit are then not durable
   */
  public void commit() throws IOException {
    writer().commit();
  }

  /** Makes every add and delete so far visible to searches, without making them durable. */
  public void refresh() throws IOException {
    if (writer == null) {
      snapshots.refresh();
    } else {
      writer.refresh();
    }
  }

  private ArticleWriter writer() {
    if (writer == null) {
      throw new UnsupportedOperationException("this index was opened read-only");
    }
    return writer;
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
    return snapshots.with(snapshot -> ArticleSearch.search(snapshot, request));
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
    return quotes().verify(claim, speaker);
  }

  /** The quotes of this index: search, per article, verify's candidates, speakers, corrections. */
  public Quotes quotes() {
    return new Quotes(snapshots, documents.embedder(), corrections, writer);
  }

  /**
   * Makes a watch: a saved search or a claim, matched against every article added from now on, its
   * matches recorded in the same commit that makes each article searchable ({@link Watches}).
   *
   * @throws QuerySyntaxException if a search's query is malformed
   * @throws IOException if the index cannot be written
   */
  public Watch watch(WatchRequest request) throws IOException {
    return watches().add(request);
  }

  /** The articles of this index, read back: by id, their copies, the outlets. */
  public Articles articles() {
    return new Articles(snapshots, copyThreshold);
  }

  /** The watches of this index and their matches. */
  public Watches watches() {
    return new Watches(snapshots, writer, documents.embedder());
  }

  /** How many articles the last refreshed snapshot holds. */
  public long count() throws IOException {
    return snapshots.with(snapshot -> snapshot.count(ArticleDocuments.articlesOnly()));
  }

  /** The size of the index files, in bytes (for monitoring). */
  public long indexBytes() throws IOException {
    return Opening.bytes(directory);
  }

  /**
   * Commits what was added and closes the index.
   *
   * @throws IOException if the final commit fails
   */
  @Override
  public void close() throws IOException {
    try (directory) {
      if (writer != null) {
        writer.close(); // commits, and closes its snapshots
      } else {
        snapshots.close();
      }
    }
  }
}
