package dev.verbatim;

import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.index.WatchFields;
import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.ClaimSearch;
import dev.verbatim.internal.search.SearchSnapshot;
import dev.verbatim.internal.search.Snapshots;
import dev.verbatim.internal.watch.WatchSet;
import dev.verbatim.verify.Verification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write side of watches: the compiled watches, each arriving article matched against them as it
 * is written (its matches written beside it, so the same commit makes both durable and visible),
 * claims compared just before a commit on a snapshot that holds the new articles, and the matches'
 * sequence numbers. A match of a watch and an article already recorded, committed or pending, is
 * not recorded again.
 *
 * <p>NOTE: thread-safe; {@link #match} runs on the index's document threads, the rest under the
 * writer's lock.
 */
final class WatchKeeper {
  private static final Logger LOG = LoggerFactory.getLogger(WatchKeeper.class);

  private final Embedder embedder;
  private volatile WatchSet watches;
  private long sequence;

  /** Match keys written since the last refresh (a snapshot cannot see them yet). */
  private final Set<String> pendingKeys = ConcurrentHashMap.newKeySet();

  /** Claim watches to compare before the next commit, with the new articles they may match. */
  private final Map<Watch, Set<String>> claimCandidates = new ConcurrentHashMap<>();

  private WatchKeeper(Embedder embedder, WatchSet watches, long sequence) {
    this.embedder = embedder;
    this.watches = watches;
    this.sequence = sequence;
  }

  /** The watches of the index in {@code snapshots}' current snapshot, and its last match number. */
  static WatchKeeper load(Snapshots snapshots, Embedder embedder) throws IOException {
    return snapshots.with(
        snapshot -> {
          List<Watch> all = new ArrayList<>();
          Map<String, float[]> vectors = new HashMap<>();
          for (Document doc : Watches.documents(snapshot, WatchFields.watchesOnly())) {
            Watch w = WatchFields.watch(doc);
            all.add(w);
            float[] v = WatchFields.vector(doc);
            if (v != null) {
              vectors.put(w.id(), v);
            }
          }
          return new WatchKeeper(
              embedder, WatchSet.of(all, vectors, docFreq(snapshot)), lastSequence(snapshot));
        });
  }

  /** How many documents of the snapshot hold a term. */
  static ToLongFunction<Term> docFreq(SearchSnapshot snapshot) {
    return t -> {
      try {
        return snapshot.getIndexReader().docFreq(t);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static long lastSequence(SearchSnapshot snapshot) throws IOException {
    var matches = new TermQuery(new Term(Fields.DOC_KIND, Fields.KIND_MATCH));
    TopDocs top =
        snapshot.search(
            matches, 1, new Sort(new SortField(Fields.MATCH_SEQ, SortField.Type.LONG, true)));
    if (top.scoreDocs.length == 0) {
      return 0;
    }
    return WatchFields.match(snapshot.storedFields().document(top.scoreDocs[0].doc)).sequence();
  }

  WatchSet watches() {
    return watches;
  }

  /** Under the writer's lock. */
  void set(WatchSet watches) {
    this.watches = watches;
  }

  /** The next match number: increasing, and microseconds since the epoch where the clock allows. */
  private synchronized long nextSequence() {
    sequence = Math.max(sequence + 1, System.currentTimeMillis() * 1000);
    return sequence;
  }

  /**
   * Matches an article being written against the search watches, writes its matches, and notes the
   * claim watches to compare before the next commit. A failure costs the matches, not the article.
   */
  void match(IndexWriter writer, Snapshots snapshots, Article article, List<Document> docs)
      throws IOException {
    WatchSet set = watches;
    if (set.isEmpty()) {
      return;
    }
    List<WatchSet.Found> found;
    List<Watch> claims = List.of();
    try {
      found = new ArrayList<>(snapshots.with(snapshot -> set.searches(snapshot, docs)));
      if (embedder == null) {
        // by words, a claim's verdict needs only the claim and the quote: here, in this thread
        found.addAll(set.claimsByWords(docs, article));
      } else {
        claims = set.claimCandidates(docs, nearEnough(embedder.thresholds()));
      }
    } catch (RuntimeException bug) {
      LOG.warn("article {} could not be matched against the watches", article.id(), bug);
      return;
    }
    for (Watch claim : claims) {
      claimCandidates.computeIfAbsent(claim, c -> ConcurrentHashMap.newKeySet()).add(article.id());
    }
    for (WatchSet.Found f : found) {
      String quote = f.quote() < 0 ? null : article.id() + "#" + f.quote();
      record(
          writer, snapshots, article, f.watch(), quote, f.text(), f.speaker(), f.verdict(), null);
    }
  }

  /**
   * How near in meaning a new quote must be to a claim, as a whole, for verify to be asked about
   * it: the model's related threshold (0.80 for e5-small-v2). Verify finds a paraphrase in one
   * sentence of a longer quote ("The topic we discussed was space" inside Musk's three sentences,
   * for "The subject matter was space"), so the bound is the loose one: with the paraphrase
   * threshold less twice the margin (0.82) that seed's reprint was missed (WatchTest). Most quotes
   * on a topic are this near with e5-small-v2, which is what makes claims the costly part of
   * watching (docs/benchmarks.md, "Watches").
   */
  static double nearEnough(Embedder.Thresholds thresholds) {
    return thresholds.related();
  }

  /**
   * Compares the claim watches noted since the last commit with the articles that may attest them,
   * on a snapshot that holds those articles (refreshed here), and writes the matches. Under the
   * writer's lock, before the commit.
   */
  void matchClaims(IndexWriter writer, Snapshots snapshots) throws IOException {
    if (claimCandidates.isEmpty()) {
      return;
    }
    snapshots.refresh();
    ClaimSearch search = new ClaimSearch(embedder);
    WatchSet set = watches;
    Map<String, float[]> embedded = new HashMap<>();
    for (var entry : Map.copyOf(claimCandidates).entrySet()) {
      Watch w = entry.getKey();
      List<Verification.Match> attested;
      try {
        attested =
            snapshots.with(
                s ->
                    search.attestedIn(
                        s,
                        w.request().claim(),
                        w.request().speaker(),
                        entry.getValue(),
                        set.vector(w.id()),
                        embedded));
      } catch (RuntimeException bug) {
        LOG.warn("claim watch {} could not be compared", w.id(), bug);
        continue;
      }
      for (Verification.Match m : attested) {
        Article article = snapshots.with(s -> ArticleSearch.get(s, m.article())).orElse(null);
        if (article != null) {
          Snippet text = m.context() != null ? m.context() : Snippet.plain(m.text());
          record(writer, snapshots, article, w, null, text, m.speaker(), m.verdict(), m.meaning());
        }
      }
    }
    claimCandidates.clear();
  }

  private void record(
      IndexWriter writer,
      Snapshots snapshots,
      Article article,
      Watch watch,
      String quote,
      Snippet text,
      String speaker,
      Verification.Verdict verdict,
      Double meaning)
      throws IOException {
    var key = WatchFields.matchKey(watch.id(), article.id());
    if (!pendingKeys.add(key.text())
        || snapshots.with(snapshot -> snapshot.count(new TermQuery(key)) > 0)) {
      return; // recorded before: a watch matches an article once
    }
    long seq = nextSequence();
    var match =
        new WatchMatch(
            watch.id(),
            seq,
            Instant.ofEpochMilli(seq / 1000),
            article.id(),
            quote,
            article.title(),
            article.source(),
            article.date(),
            article.url(),
            text,
            speaker,
            verdict,
            meaning);
    writer.addDocument(WatchFields.matchDocument(match));
  }

  /** After a refresh: what was pending is in the snapshot. */
  void clearPending() {
    pendingKeys.clear();
  }

  /** After a rollback: nothing pending survives. */
  void dropPending() {
    pendingKeys.clear();
    claimCandidates.clear();
  }
}
