package dev.verbatim;

import dev.verbatim.embed.Embedder;
import dev.verbatim.embed.Models;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.SpeakerCorrections;
import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.ArticleSearch.NameFacet;
import dev.verbatim.internal.search.ClaimSearch;
import dev.verbatim.internal.search.CopyGroups;
import dev.verbatim.internal.search.QuoteSearch;
import dev.verbatim.internal.search.Snapshots;
import dev.verbatim.quote.Quote;
import dev.verbatim.verify.Candidate;
import dev.verbatim.verify.Verification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

  /** An index over {@code directory}, which it closes (for tests that inject faults). */
  static Verbatim open(Directory directory) throws IOException {
    return Opening.writable(directory, null, Double.NaN);
  }

  /**
   * The model Verbatim embeds quotes and claims with (e5-small-v2, from {@code
   * verbatim-embeddings}), loaded once per process; null, with a warning, where that module is not
   * on the path or the model cannot load (quotes then get no vectors, and verify says it could not
   * use meaning).
   */
  public static Embedder defaultEmbedder() {
    return Models.defaultModel();
  }

  /**
   * The model {@link #open(Path)} embeds with in {@code dir}: the shipped model that made the
   * index's vectors, or {@link #defaultEmbedder()} for a new index or one without vectors.
   *
   * @throws IllegalArgumentException if a model Verbatim does not ship made the index's vectors
   * @throws IOException if the directory cannot be read
   */
  public static Embedder embedderFor(Path dir) throws IOException {
    return Opening.embedderFor(dir);
  }

  /**
   * Opens the index in {@code dir}, creating it (and the directory) if it does not exist. Speech
   * quotes are embedded with {@link #defaultEmbedder()}, or, in an index whose vectors an earlier
   * version made with all-MiniLM-L6-v2, with that model.
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
    return Opening.writable(FSDirectory.open(dir), embedder, copyThreshold);
  }

  /** The Jaccard similarity at or above which this index groups two articles as copies. */
  public double copyThreshold() {
    return copyThreshold;
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
      return Opening.writable(new ByteBuffersDirectory(), defaultEmbedder(), Double.NaN);
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

  /**
   * Deletes the article with this id.
   *
   * @return whether there was one
   * @throws IOException if the index cannot be written
   */
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

  /**
   * Makes every add and delete so far visible to searches, without making them durable.
   *
   * @throws IOException if the index cannot be read
   */
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
    return withSnapshot(snapshot -> QuoteSearch.search(snapshot, request, documents.embedder()));
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
    return SpeakerEditor.correct(writer(), corrections, quoteId, speaker);
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
    return withSnapshot(s -> ArticleSearch.names(s, NameFacet.SOURCE, prefix, limit));
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
    return withSnapshot(s -> ArticleSearch.names(s, NameFacet.SPEAKER, prefix, limit));
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

  /** The watches of this index and their matches. */
  public Watches watches() {
    return new Watches(snapshots, writer, documents.embedder());
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
    return Opening.bytes(directory);
  }

  /** Runs {@code work} on the current snapshot, held for as long as the work runs. */
  private <T> T withSnapshot(Snapshots.Work<T> work) throws IOException {
    return snapshots.with(work);
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
