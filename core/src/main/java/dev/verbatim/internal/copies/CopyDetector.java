package dev.verbatim.internal.copies;

import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Decides the copy group of each arriving article, in arrival order, under the index's write lock.
 *
 * <p>An article's MinHash bands ({@link MinHash}) are looked up among the articles of the last
 * snapshot and those written since (which the snapshot cannot see yet); the few that share the most
 * bands are candidates, and each is confirmed by the exact Jaccard similarity of the two word
 * shingle sets. The article joins the group of the most similar confirmed article; with none, it
 * starts a group of its own. Groups are never merged afterwards: an article that would bridge two
 * groups joins the nearer, so that no other article's documents are rewritten.
 */
public final class CopyDetector {
  /** Candidates confirmed per article, those sharing the most bands first. */
  static final int CANDIDATES = 16;

  private static final Set<String> CANDIDATE_FIELDS =
      Set.of(Fields.ID, Fields.BODY, Fields.COPY_GROUP);

  private final double threshold;
  private final MinHash minHash;

  /** Articles assigned since the last refresh, by band and by id. */
  private final Map<String, List<Pending>> pendingByBand = new HashMap<>();

  private final Map<String, Pending> pendingById = new HashMap<>();

  @SuppressWarnings("ArrayRecordComponent") // never compared: the shingles are read, not equated
  private record Pending(String id, String group, int[] shingles, List<String> bands) {}

  /**
   * An article's place among copies: the group it joins and the band terms that let later copies
   * find it.
   *
   * @param group the group's label
   * @param bands the article's band keys (none for a text too short to shingle)
   * @param similarity the Jaccard similarity to the article it was grouped with; 0 for a new group
   */
  public record Assignment(String group, List<String> bands, double similarity) {
    /** Copies the list. */
    public Assignment {
      bands = List.copyOf(bands);
    }

    /** Adds the band terms and the group to an article's document. */
    public void addTo(Document article) {
      for (String band : bands) {
        article.add(new StringField(Fields.COPY_BAND, band, Field.Store.NO));
      }
      article.add(new StringField(Fields.COPY_GROUP, group, Field.Store.YES));
      if (similarity == 0) {
        article.add(new StoredField(Fields.COPY_FOUNDER, 1));
      }
      article.add(new SortedDocValuesField(Fields.COPY_GROUP, new BytesRef(group)));
      article.add(new NumericDocValuesField(Fields.COPY_SHARED, similarity == 0 ? 0 : 1));
    }

    /**
     * When this article joined a group: marks every member of the group shared, in place. Call once
     * the article and the members written before it are in {@code writer}.
     */
    public void markShared(IndexWriter writer) throws IOException {
      if (similarity > 0) {
        writer.updateNumericDocValue(new Term(Fields.COPY_GROUP, group), Fields.COPY_SHARED, 1);
      }
    }
  }

  /**
   * A detector grouping articles whose word 5-shingle sets have Jaccard similarity at least {@code
   * threshold}.
   */
  public CopyDetector(double threshold) {
    this.minHash = MinHash.forThreshold(threshold);
    this.threshold = threshold;
  }

  /** The Jaccard similarity at or above which two articles are copies. */
  public double threshold() {
    return threshold;
  }

  /**
   * What the group decision needs of a text, computed apart from it (on any thread, before the
   * write lock's sequential part): its shingles, its band keys, and the articles of the last
   * snapshot it copies.
   *
   * @param shingles the text's shingles
   * @param bands its band keys
   * @param seen the snapshot's articles at or above the threshold, most similar first
   */
  @SuppressWarnings("ArrayRecordComponent") // read, never compared
  public record Look(int[] shingles, List<String> bands, List<Match> seen) {}

  /**
   * An article an arriving one copies.
   *
   * @param id its id
   * @param group its group
   * @param similarity the Jaccard similarity of the two texts' shingles
   */
  public record Match(String id, String group, double similarity) {}

  /**
   * Looks for the articles of {@code snapshot} that the text of article {@code id} copies (its own
   * earlier version aside). Reads only: runs on any thread, beside other looks at one snapshot.
   */
  public Look look(IndexSearcher snapshot, String id, String text) throws IOException {
    int[] shingles = Shingles.of(text);
    List<String> bands = minHash.bandKeys(shingles);
    if (bands.isEmpty()) {
      return new Look(shingles, bands, List.of());
    }
    List<Match> seen = new ArrayList<>();
    var stored = snapshot.storedFields();
    for (int hit : sharingBands(snapshot.getIndexReader(), bands)) {
      Document doc = stored.document(hit, CANDIDATE_FIELDS);
      String other = doc.get(Fields.ID);
      String body = doc.get(Fields.BODY);
      String group = doc.get(Fields.COPY_GROUP);
      if (other == null || other.equals(id) || body == null || group == null) {
        continue;
      }
      double similarity = Shingles.jaccard(shingles, Shingles.of(body));
      if (similarity >= threshold) {
        seen.add(new Match(other, group, similarity));
      }
    }
    seen.sort(Comparator.comparingDouble(Match::similarity).reversed());
    return new Look(shingles, bands, seen);
  }

  /**
   * The group of an arriving article, from its {@link #look} at the last snapshot and the articles
   * assigned since (which that snapshot cannot see), remembered until {@link #clearPending()}.
   * Called in arrival order, under the write lock.
   *
   * @param id the article's id; its own earlier version is never its copy
   * @param look its look at the last snapshot
   * @param newGroup the label of the group it starts when it copies nothing
   * @param rewritten whether an id was written since the snapshot (its snapshot version is stale)
   */
  public Assignment assign(String id, Look look, String newGroup, Predicate<String> rewritten) {
    int[] shingles = look.shingles();
    List<String> bands = look.bands();
    String group = newGroup;
    double best = 0;
    for (Match match : look.seen()) {
      if (!rewritten.test(match.id())) {
        group = match.group();
        best = match.similarity();
        break;
      }
    }
    Set<String> compared = new HashSet<>();
    for (String band : bands) {
      for (Pending p : pendingByBand.getOrDefault(band, List.of())) {
        if (!p.id().equals(id) && compared.add(p.id())) {
          double similarity = Shingles.jaccard(shingles, p.shingles());
          if (similarity >= threshold && similarity > best) {
            best = similarity;
            group = p.group();
          }
        }
      }
    }
    remember(new Pending(id, group, shingles, bands));
    return new Assignment(group, bands, best);
  }

  /**
   * The live articles sharing the most of {@code bands}, at most {@value #CANDIDATES}: each band's
   * postings read straight from each segment's terms (a few seeks, no query to plan).
   */
  private static int[] sharingBands(IndexReader reader, List<String> bands) throws IOException {
    Map<Integer, Integer> shared = new HashMap<>();
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Fields.COPY_BAND);
      if (terms == null) {
        continue;
      }
      TermsEnum termsEnum = terms.iterator();
      Bits live = leaf.reader().getLiveDocs();
      for (String band : bands) {
        if (!termsEnum.seekExact(new BytesRef(band))) {
          continue;
        }
        postings = termsEnum.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            shared.merge(leaf.docBase + doc, 1, Integer::sum);
          }
        }
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed())
        .limit(CANDIDATES)
        .mapToInt(Map.Entry::getKey)
        .toArray();
  }

  private void remember(Pending pending) {
    forget(pending.id());
    pendingById.put(pending.id(), pending);
    for (String band : pending.bands()) {
      pendingByBand.computeIfAbsent(band, b -> new ArrayList<>(1)).add(pending);
    }
  }

  /** Forgets an article deleted since the last refresh. */
  public void forget(String id) {
    Pending old = pendingById.remove(id);
    if (old != null) {
      for (String band : old.bands()) {
        List<Pending> list = pendingByBand.get(band);
        if (list != null) {
          list.remove(old);
          if (list.isEmpty()) {
            pendingByBand.remove(band);
          }
        }
      }
    }
  }

  /** Forgets every pending article: a refresh has made them visible, or a rollback dropped them. */
  public void clearPending() {
    pendingByBand.clear();
    pendingById.clear();
  }
}
