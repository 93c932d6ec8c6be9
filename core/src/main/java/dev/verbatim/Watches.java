package dev.verbatim;

import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.index.WatchFields;
import dev.verbatim.internal.search.SearchSnapshot;
import dev.verbatim.internal.search.Snapshots;
import dev.verbatim.internal.watch.WatchSet;
import dev.verbatim.verify.ReportedSpeech;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The watches of an index: saved searches and claims matched against every article added after they
 * are made, and their matches, newest first. Each article committed (by {@link
 * Verbatim#addAndCommit}, {@link Verbatim#commit} or {@link Verbatim#refresh}) is matched in the
 * same commit that makes it searchable; a watch matches an article once. Articles indexed before a
 * watch was made are not matched (search them).
 *
 * <p>NOTE: thread-safe. Adding, removing or renewing a watch commits the index.
 */
public final class Watches {
  /** The most watches an index holds. */
  public static final int MAX_WATCHES = 100_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Snapshots snapshots;
  private final ArticleWriter writer;
  private final Embedder embedder;

  Watches(Snapshots snapshots, ArticleWriter writer, Embedder embedder) {
    this.snapshots = snapshots;
    this.writer = writer;
    this.embedder = embedder;
  }

  /**
   * Makes a watch, durable when this returns.
   *
   * @throws QuerySyntaxException if a search's query is malformed
   * @throws IllegalStateException if the index holds {@link #MAX_WATCHES} watches
   * @throws IOException if the index cannot be written
   */
  public Watch add(WatchRequest request) throws IOException {
    return addAll(List.of(request)).getFirst();
  }

  /**
   * Makes several watches in one commit: all of them, or none when one is malformed.
   *
   * @return the watches, in the requests' order
   * @throws QuerySyntaxException if a search's query is malformed (none is made)
   * @throws IllegalStateException if the index would hold more than {@link #MAX_WATCHES} watches
   * @throws IOException if the index cannot be written
   */
  public List<Watch> addAll(List<WatchRequest> requests) throws IOException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Watch> watches = new ArrayList<>(requests.size());
    Map<String, float[]> vectors = new HashMap<>();
    for (WatchRequest request : requests) {
      Watch watch = new Watch(randomHex(8), request, now, randomHex(16));
      WatchSet.check(watch);
      if (request.isClaim() && embedder != null) {
        String words = ReportedSpeech.of(request.claim()).words();
        vectors.put(watch.id(), embedder.embed(words.isBlank() ? request.claim() : words));
      }
      watches.add(watch);
    }
    writer().addWatches(watches, vectors, MAX_WATCHES);
    return watches;
  }

  /** The watches, oldest first. */
  public List<Watch> list() throws IOException {
    return snapshots.with(
        snapshot -> {
          List<Watch> all = new ArrayList<>();
          for (Document doc : documents(snapshot, WatchFields.watchesOnly())) {
            all.add(WatchFields.watch(doc));
          }
          all.sort(Comparator.comparing(Watch::created).thenComparing(Watch::id));
          return all;
        });
  }

  /** The watch with this id, or empty. */
  public Optional<Watch> get(String id) throws IOException {
    return one(WatchFields.watchTerm(id));
  }

  /** The watch whose feed secret this is, or empty. */
  public Optional<Watch> byFeedToken(String token) throws IOException {
    return token == null || token.isBlank() ? Optional.empty() : one(WatchFields.feedTerm(token));
  }

  private Optional<Watch> one(Term term) throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(WatchFields.watchesOnly(), Occur.FILTER)
            .add(new TermQuery(term), Occur.FILTER)
            .build();
    return snapshots.with(
        snapshot -> documents(snapshot, query).stream().findFirst().map(WatchFields::watch));
  }

  /**
   * Removes a watch and its matches, durably.
   *
   * @return whether there was one
   * @throws IOException if the index cannot be written
   */
  public boolean remove(String id) throws IOException {
    if (get(id).isEmpty()) {
      return false;
    }
    writer().removeWatch(id);
    return true;
  }

  /**
   * Gives a watch a new feed secret, so the old feed URL stops working.
   *
   * @return the watch with its new secret; empty if there is no such watch
   * @throws IOException if the index cannot be written
   */
  public Optional<Watch> renewFeedToken(String id) throws IOException {
    Optional<Watch> old = get(id);
    if (old.isEmpty()) {
      return old;
    }
    Watch renewed = new Watch(id, old.get().request(), old.get().created(), randomHex(16));
    float[] vector =
        snapshots.with(
            s ->
                documents(
                        s,
                        new BooleanQuery.Builder()
                            .add(WatchFields.watchesOnly(), Occur.FILTER)
                            .add(new TermQuery(WatchFields.watchTerm(id)), Occur.FILTER)
                            .build())
                    .stream()
                    .findFirst()
                    .map(WatchFields::vector)
                    .orElse(null));
    writer().replaceWatch(renewed, vector);
    return Optional.of(renewed);
  }

  /**
   * A page of a watch's matches, newest first.
   *
   * @param cursor the previous page's {@link WatchMatches#nextCursor()}, or null for the newest
   * @param size matches per page, 1..{@link Limits#MAX_PAGE_SIZE}
   * @return empty if there is no such watch
   * @throws IllegalArgumentException if the cursor is malformed or the size out of range
   * @throws IOException if the index cannot be read
   */
  public Optional<WatchMatches> matches(String id, String cursor, int size) throws IOException {
    if (size < 1 || size > Limits.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "size must be 1.." + Limits.MAX_PAGE_SIZE + ", was " + size);
    }
    long before = Long.MAX_VALUE;
    if (cursor != null && !cursor.isBlank()) {
      try {
        before = Long.parseLong(cursor);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("malformed cursor: " + cursor, e);
      }
    }
    if (get(id).isEmpty()) {
      return Optional.empty();
    }
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.DOC_KIND, Fields.KIND_MATCH)), Occur.FILTER)
            .add(new TermQuery(WatchFields.watchTerm(id)), Occur.FILTER)
            .add(
                NumericDocValuesField.newSlowRangeQuery(
                    Fields.MATCH_SEQ, Long.MIN_VALUE, Math.max(before, Long.MIN_VALUE + 1) - 1),
                Occur.FILTER)
            .build();
    Sort newest = new Sort(new SortField(Fields.MATCH_SEQ, SortField.Type.LONG, true));
    return Optional.of(
        snapshots.with(
            snapshot -> {
              TopDocs top = snapshot.search(query, size + 1, newest);
              List<WatchMatch> page = new ArrayList<>();
              for (ScoreDoc hit : top.scoreDocs) {
                if (page.size() < size) {
                  page.add(WatchFields.match(snapshot.storedFields().document(hit.doc)));
                }
              }
              String next =
                  top.scoreDocs.length > size ? Long.toString(page.getLast().sequence()) : null;
              return new WatchMatches(page, next);
            }));
  }

  /** Every document {@code query} matches, with its stored fields. */
  static List<Document> documents(SearchSnapshot snapshot, Query query) throws IOException {
    int count = snapshot.count(query);
    List<Document> docs = new ArrayList<>(count);
    if (count == 0) {
      return docs;
    }
    var stored = snapshot.storedFields();
    for (ScoreDoc hit : snapshot.search(query, count).scoreDocs) {
      docs.add(stored.document(hit.doc));
    }
    return docs;
  }

  private ArticleWriter writer() {
    if (writer == null) {
      throw new UnsupportedOperationException("this index was opened read-only");
    }
    return writer;
  }

  private static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
