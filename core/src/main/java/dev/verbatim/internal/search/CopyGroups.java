package dev.verbatim.internal.search;

import dev.verbatim.CopyGroup;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.verify.Candidate;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/** Reading copy groups back: their members, the group of a hit, one hit per group, and counts. */
public final class CopyGroups {
  /** Most members read for one group (a story reprinted more often is cut at this many). */
  public static final int MAX_MEMBERS = 1000;

  private static final Set<String> MEMBER_FIELDS =
      Set.of(
          Fields.ID,
          Fields.SOURCE,
          Fields.DATE,
          Fields.TITLE,
          Fields.URL,
          Fields.COPY_FOUNDER,
          Fields.COPY_GROUP);

  private CopyGroups() {}

  /** The members of group {@code label}, the original first; empty when no article has it. */
  public static Optional<CopyGroup> group(IndexSearcher searcher, String label) throws IOException {
    return label == null
        ? Optional.empty()
        : Optional.ofNullable(groups(searcher, Set.of(label)).get(label));
  }

  /**
   * The groups of {@code labels}, each with its members, the original first, in one search (a label
   * no article has is left out). At most {@value #MAX_MEMBERS} members are read per label asked
   * for.
   */
  public static Map<String, CopyGroup> groups(IndexSearcher searcher, Collection<String> labels)
      throws IOException {
    if (labels.isEmpty()) {
      return Map.of();
    }
    TopDocs top =
        searcher.search(
            new TermInSetQuery(Fields.COPY_GROUP, labels.stream().map(BytesRef::new).toList()),
            MAX_MEMBERS * labels.size());
    Map<String, List<CopyGroup.Member>> members = new HashMap<>();
    Set<String> founders = new HashSet<>();
    var stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = stored.document(hit.doc, MEMBER_FIELDS);
      members
          .computeIfAbsent(doc.get(Fields.COPY_GROUP), g -> new ArrayList<>())
          .add(
              new CopyGroup.Member(
                  doc.get(Fields.ID),
                  doc.get(Fields.SOURCE),
                  ArticleSearch.date(doc),
                  doc.get(Fields.TITLE),
                  doc.get(Fields.URL)));
      if (doc.getField(Fields.COPY_FOUNDER) != null) {
        founders.add(doc.get(Fields.ID));
      }
    }
    // the earliest date first; on one date the article that started the group (seen first), then id
    Comparator<CopyGroup.Member> originalFirst =
        Comparator.comparing(
                CopyGroup.Member::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(m -> !founders.contains(m.article()))
            .thenComparing(CopyGroup.Member::article);
    Map<String, CopyGroup> groups = new HashMap<>();
    members.forEach(
        (label, list) -> {
          list.sort(originalFirst);
          groups.put(label, new CopyGroup(label, list));
        });
    return groups;
  }

  /** The group of the article with id {@code id}; empty when there is no such article or group. */
  public static Optional<CopyGroup> groupOf(IndexSearcher searcher, String id) throws IOException {
    return Optional.ofNullable(groupsOf(searcher, Set.of(id)).get(id));
  }

  /**
   * The groups of the articles with these ids, by id, in two searches; an id without one is left
   * out.
   */
  private static Map<String, CopyGroup> groupsOf(IndexSearcher searcher, Collection<String> ids)
      throws IOException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Query articles =
        new BooleanQuery.Builder()
            .add(
                new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList()), Occur.MUST)
            .add(ArticleDocuments.articlesOnly(), Occur.FILTER)
            .build();
    Map<String, String> labels = new HashMap<>();
    var stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(articles, ids.size()).scoreDocs) {
      Document doc = stored.document(hit.doc, Set.of(Fields.ID, Fields.COPY_GROUP));
      if (doc.get(Fields.COPY_GROUP) != null) {
        labels.put(doc.get(Fields.ID), doc.get(Fields.COPY_GROUP));
      }
    }
    Map<String, CopyGroup> groups = groups(searcher, new HashSet<>(labels.values()));
    Map<String, CopyGroup> byId = new HashMap<>();
    labels.forEach(
        (id, label) -> {
          if (groups.containsKey(label)) {
            byId.put(id, groups.get(label));
          }
        });
    return byId;
  }

  /**
   * Each candidate with its article's copy group (the groups of all candidates' articles read at
   * once), so that verify prefers original reporting and counts a wire story and its reprints as
   * one report.
   */
  public static List<Candidate> withCopies(IndexSearcher searcher, List<Candidate> candidates)
      throws IOException {
    Map<String, CopyGroup> groups =
        groupsOf(searcher, candidates.stream().map(Candidate::article).distinct().toList());
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      CopyGroup group = groups.get(c.article());
      out.add(group == null ? c : c.withCopies(group.copiesFor(c.article())));
    }
    return out;
  }

  /** The group label of a document, or null when it has none. */
  static String labelOf(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues labels = DocValues.getSorted(leaf.reader(), Fields.COPY_GROUP);
    return labels.advanceExact(doc - leaf.docBase)
        ? labels.lookupOrd(labels.ordValue()).utf8ToString()
        : null;
  }

  /**
   * The first {@code n} hits of {@code query} after {@code after} in {@code sort} order that are
   * their group's best-ranked match (an article without a group is its own): one per group, in
   * order. {@code first} is the first batch of ranked hits after {@code after}, already collected
   * with {@code n} hits asked for; further batches, twice as large each time, are searched only
   * while groups fill the page. A group whose best match ranks at or before {@code after} is
   * skipped, so that pages after a cursor never repeat a group.
   */
  static ScoreDoc[] heads(
      IndexSearcher searcher, Query query, Sort sort, FieldDoc after, int n, TopDocs first)
      throws IOException {
    List<ScoreDoc> heads = new ArrayList<>(n);
    Set<String> seen = new HashSet<>();
    int batch = n; // what the first pass asked for: fewer hits means there are no more
    FieldDoc from = after;
    TopDocs top = first;
    while (true) {
      for (ScoreDoc hit : top.scoreDocs) {
        String label = labelOf(searcher, hit.doc);
        if (label != null
            && (!seen.add(label)
                // a group of one (most are) is its own best match, without a search to say so
                || (shared(searcher, hit.doc) && !isHead(searcher, query, sort, label, hit.doc)))) {
          continue;
        }
        heads.add(hit);
        if (heads.size() == n) {
          break;
        }
      }
      if (heads.size() == n || top.scoreDocs.length < batch) {
        break;
      }
      from = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
      batch = Math.min(batch * 2, 4096);
      top = searcher.search(query, new TopFieldCollectorManager(sort, batch, from, batch));
    }
    return heads.toArray(ScoreDoc[]::new);
  }

  /** Whether document {@code doc}'s copy group has more than one member. */
  static boolean shared(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    var shared = DocValues.getNumeric(leaf.reader(), Fields.COPY_SHARED);
    return shared.advanceExact(doc - leaf.docBase) && shared.longValue() != 0;
  }

  /** Whether {@code doc} is the best-ranked match of {@code query} in group {@code label}. */
  private static boolean isHead(
      IndexSearcher searcher, Query query, Sort sort, String label, int doc) throws IOException {
    Query inGroup =
        new BooleanQuery.Builder()
            .add(query, Occur.MUST)
            .add(new TermQuery(new Term(Fields.COPY_GROUP, label)), Occur.FILTER)
            .build();
    TopDocs best = searcher.search(inGroup, new TopFieldCollectorManager(sort, 1, null, 1));
    return best.scoreDocs.length == 0 || best.scoreDocs[0].doc == doc;
  }

  /**
   * Counts the distinct groups among a query's matches: each match in a group of one (or without a
   * group) is one, and the shared groups' labels are counted once.
   */
  static CollectorManager<GroupCounter, Long> counter() {
    return new CollectorManager<>() {
      @Override
      public GroupCounter newCollector() {
        return new GroupCounter();
      }

      @Override
      public Long reduce(Collection<GroupCounter> collectors) {
        Set<BytesRef> labels = new HashSet<>();
        long alone = 0;
        for (GroupCounter c : collectors) {
          labels.addAll(c.labels);
          alone += c.alone;
        }
        return labels.size() + alone;
      }
    };
  }

  /** Collects the group labels of the matches of one slice. */
  static final class GroupCounter extends SimpleCollector {
    private final Set<BytesRef> labels = new HashSet<>();
    private long alone;
    private SortedDocValues leafLabels;
    private NumericDocValues leafShared;
    private FixedBitSet leafOrds;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      finishLeaf();
      leafLabels = DocValues.getSorted(context.reader(), Fields.COPY_GROUP);
      leafShared = DocValues.getNumeric(context.reader(), Fields.COPY_SHARED);
      leafOrds = new FixedBitSet(Math.max(1, leafLabels.getValueCount()));
    }

    @Override
    public void collect(int doc) throws IOException {
      // a group of one is one group: only shared groups' labels are read, to count each once
      if (leafShared.advanceExact(doc)
          && leafShared.longValue() != 0
          && leafLabels.advanceExact(doc)) {
        leafOrds.set(leafLabels.ordValue());
      } else {
        alone++;
      }
    }

    @Override
    public void finish() throws IOException {
      finishLeaf();
    }

    private void finishLeaf() throws IOException {
      if (leafOrds == null) {
        return;
      }
      for (int ord = leafOrds.nextSetBit(0);
          ord != DocIdSetIterator.NO_MORE_DOCS;
          ord =
              ord + 1 < leafOrds.length()
                  ? leafOrds.nextSetBit(ord + 1)
                  : DocIdSetIterator.NO_MORE_DOCS) {
        labels.add(BytesRef.deepCopyOf(leafLabels.lookupOrd(ord)));
      }
      leafOrds = null;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
