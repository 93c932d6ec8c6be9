package dev.verbatim.internal.highlight;

import dev.verbatim.Limits;
import dev.verbatim.Snippet;
import dev.verbatim.internal.analysis.BoundaryTokenizer;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Makes the snippets of a page of hits from the article bodies, as {@link Snippet}s: text with the
 * matches as marks.
 *
 * <p>Weight matches are on, so a phrase is one mark and a query's matches are the positions that
 * made it match. The postings hold positions, not offsets: the highlighter analyses the shown hits'
 * text again with the index's analyzer (Lucene's {@code MemoryIndex}), so the marks are those the
 * same query matches, and no article pays for offsets it is never shown with. Up to {@link
 * Limits#MAX_SNIPPETS} sentences per hit, best first by BM25 passage score, then shown in text
 * order. An article that matched only in its title gets its first sentence.
 *
 * <p>A proximity match ({@code putin w/12 nuclear}) whose ends lie in different sentences is shown
 * in one passage that covers the sentences from one end to the other, both ends marked: for such
 * queries each hit is highlighted with a sentence break iterator that has no boundaries inside the
 * hit's interval matches (their spans read from {@link Weight#matches} on the re-analysed text, up
 * to {@link #MAX_JOINED_CHARS} each; a longer span, as a {@code w/p} match over a long paragraph
 * can be, keeps its ends in separate sentences).
 *
 * <p>NOTE: Lucene's interval matches overflow a fixed cache on long proximity chains whose terms
 * repeat ({@code ArrayIndexOutOfBoundsException} in {@code CachingMatchesIterator}); such a page is
 * highlighted term by term instead (every occurrence of the query's words marked), not failed.
 */
public final class SnippetHighlighter {
  /** The longest match span whose sentences are shown as one passage. */
  static final int MAX_JOINED_CHARS = 1_500;

  private final IndexSearcher searcher;
  private final Highlighter highlighter;

  /** Marks term by term; made only when the interval cache overflows (see the class note). */
  private final Supplier<Highlighter> termByTerm;

  private final String field;
  private final DocumentText text;
  private final int maxPassages;
  private final boolean sentences;

  /** The spans whose sentences the next highlighted document keeps together; see the class note. */
  private int[][] joined = new int[0][];

  private SnippetHighlighter(
      IndexSearcher searcher, String field, boolean sentences, int maxPassages) {
    this(searcher, field, sentences, maxPassages, null);
  }

  /** The text of the highlighted field of a document, by its number in the searcher. */
  @FunctionalInterface
  public interface DocumentText {
    /** The text of document {@code doc}, or null when it has none. */
    String of(int doc) throws IOException;
  }

  /**
   * @param text the field's text of a document (by its id in {@code searcher}), where the index
   *     does not store it (a search cluster keeps it in its source) or the caller has read it
   *     already; null to read stored fields
   */
  private SnippetHighlighter(
      IndexSearcher searcher, String field, boolean sentences, int maxPassages, DocumentText text) {
    this.searcher = searcher;
    this.field = field;
    this.text = text;
    this.sentences = sentences;
    this.maxPassages = maxPassages;
    Supplier<BreakIterator> breaks =
        sentences ? () -> new SentenceBreakIterator(joined) : WholeBreakIterator::new;
    this.highlighter =
        new Highlighter(
            builder(searcher, breaks).withFieldMatcher(field::equals).withWeightMatches(true),
            text);
    this.termByTerm =
        () ->
            new Highlighter(
                builder(searcher, breaks).withFieldMatcher(field::equals).withWeightMatches(false),
                text);
  }

  private static UnifiedHighlighter.Builder builder(
      IndexSearcher searcher, Supplier<BreakIterator> breaks) {
    return UnifiedHighlighter.builder(searcher, ArticleDocuments.analyzer())
        .withHighlightPhrasesStrictly(true)
        .withHandleMultiTermQuery(true)
        .withMaxLength(Limits.MAX_HIGHLIGHT_CHARS)
        .withBreakIterator(breaks)
        .withFormatter(new SnippetFormatter())
        .withMaxNoHighlightPassages(1);
  }

  /** Sentence snippets of article bodies, for one searcher snapshot and one page. */
  public static SnippetHighlighter articles(IndexSearcher searcher) {
    return new SnippetHighlighter(searcher, Fields.BODY, true, Limits.MAX_SNIPPETS);
  }

  /**
   * {@link #articles(IndexSearcher)} with each body read by {@code body}: a page that reads its
   * hits' stored fields reads the body in the same visit (one decompression per hit, not two).
   */
  public static SnippetHighlighter articles(IndexSearcher searcher, DocumentText body) {
    return new SnippetHighlighter(searcher, Fields.BODY, true, Limits.MAX_SNIPPETS, body);
  }

  /**
   * Snippets of {@code field} in an index that is not Verbatim's own, its text read from {@code
   * text}: sentence passages (at most {@code maxPassages}) or, when {@code sentences} is false, the
   * whole text as one.
   */
  public static SnippetHighlighter of(
      IndexSearcher searcher, String field, boolean sentences, int maxPassages, DocumentText text) {
    return new SnippetHighlighter(searcher, field, sentences, maxPassages, text);
  }

  /**
   * Whole quotes with their matches marked, for one searcher snapshot and one page; a quote's words
   * come from {@code text} (a quote document stores none), and its matches from analysing them.
   */
  public static SnippetHighlighter quotes(IndexSearcher searcher, DocumentText text) {
    return new SnippetHighlighter(searcher, Fields.QUOTES, false, 1, text);
  }

  /** The snippets of each of {@code docIds}, in the same order. */
  public List<List<Snippet>> snippets(Query query, int[] docIds) throws IOException {
    if (docIds.length == 0) {
      return List.of();
    }
    Object[] formatted;
    Query intervals = sentences ? intervalsOn(query) : null;
    if (intervals != null) {
      formatted = new Object[docIds.length];
      Weight weight =
          searcher.createWeight(searcher.rewrite(intervals), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (int i = 0; i < docIds.length; i++) {
        joined = crossesSentences(weight, docIds[i]) ? matchSpans(intervals, docIds[i]) : NONE;
        formatted[i] = highlight(query, new int[] {docIds[i]})[0];
      }
      joined = new int[0][];
    } else {
      formatted = highlight(query, docIds);
    }
    List<List<Snippet>> snippets = new ArrayList<>(docIds.length);
    for (Object o : formatted) {
      @SuppressWarnings("unchecked")
      List<Snippet> list = o == null ? List.of() : (List<Snippet>) o;
      snippets.add(list);
    }
    return snippets;
  }

  private Object[] highlight(Query query, int[] docIds) throws IOException {
    int[] passages = new int[] {maxPassages};
    try {
      return highlighter.field(field, query, docIds, passages);
    } catch (ArrayIndexOutOfBoundsException overflow) {
      // the interval matches' cache overflowed (see the class note): mark term by term
      return termByTerm.get().field(field, query, docIds, passages);
    }
  }

  private static final int[][] NONE = new int[0][];

  /**
   * Whether a proximity match of {@code doc} spans a sentence break: its positions (from the index,
   * which holds no offsets) hold a sentence-start marker after their first or a sentence-end marker
   * before their last. Only then does the highlighter need the match's offsets ({@link
   * #matchSpans}), which cost an analysis of the text.
   */
  private boolean crossesSentences(Weight weight, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    Matches matches;
    try {
      matches = weight.matches(leaf, local);
    } catch (ArrayIndexOutOfBoundsException overflow) {
      return false; // the interval cache (see the class note): no spans to keep together
    }
    MatchesIterator it = matches == null ? null : matches.getMatches(field);
    if (it == null) {
      return false;
    }
    int[] starts = markerPositions(leaf, local, BoundaryTokenizer.SENTENCE_START);
    int[] ends = markerPositions(leaf, local, BoundaryTokenizer.SENTENCE_END);
    while (it.next()) {
      if (it.getSubMatches() == null) {
        continue;
      }
      int from = it.startPosition();
      int to = it.endPosition();
      for (int p : starts) {
        if (p > from && p <= to) {
          return true;
        }
      }
      for (int p : ends) {
        if (p >= from && p < to) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The positions of the sentence marker {@code marker} in document {@code local} of {@code leaf}.
   */
  private int[] markerPositions(LeafReaderContext leaf, int local, String marker)
      throws IOException {
    PostingsEnum markers = leaf.reader().postings(new Term(field, marker), PostingsEnum.POSITIONS);
    if (markers == null || markers.advance(local) != local) {
      return new int[0];
    }
    int[] positions = new int[markers.freq()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = markers.nextPosition();
    }
    return positions;
  }

  /**
   * The offsets of the body's matches of {@code doc} that span more than one word: the query's
   * proximity parts on the highlighted field, run against the document's text analysed again (the
   * postings hold no offsets), as the highlighter itself reads them.
   */
  private int[][] matchSpans(Query intervals, int doc) throws IOException {
    String value = text != null ? text.of(doc) : storedText(doc);
    if (value == null || value.isEmpty()) {
      return new int[0][];
    }
    MemoryIndex memory = new MemoryIndex(true, false);
    memory.addField(
        field,
        value.substring(0, Math.min(Limits.MAX_HIGHLIGHT_CHARS, value.length())),
        ArticleDocuments.analyzer());
    IndexSearcher one = memory.createSearcher();
    Matches matches;
    try {
      Weight weight = one.createWeight(one.rewrite(intervals), ScoreMode.COMPLETE_NO_SCORES, 1f);
      matches = weight.matches(one.getIndexReader().leaves().getFirst(), 0);
    } catch (ArrayIndexOutOfBoundsException overflow) {
      return NONE; // the interval cache again: no spans to keep together
    }
    MatchesIterator it = matches == null ? null : matches.getMatches(field);
    if (it == null) {
      return new int[0][];
    }
    List<int[]> spans = new ArrayList<>();
    while (it.next()) {
      int start = it.startOffset();
      int end = it.endOffset();
      if (start >= 0 && end - start <= MAX_JOINED_CHARS && it.getSubMatches() != null) {
        spans.add(new int[] {start, end});
      }
    }
    return spans.toArray(new int[0][]);
  }

  private String storedText(int doc) throws IOException {
    return searcher.storedFields().document(doc, Set.of(field)).get(field);
  }

  /**
   * The proximity (interval) parts of {@code query} on the highlighted field, as one query any of
   * whose parts may match; null when it has none. The parts are the query's boolean clauses (not
   * excluded) that hold an interval query on the field, each whole.
   */
  private Query intervalsOn(Query query) {
    List<Query> found = new ArrayList<>();
    collectIntervals(query, found);
    if (found.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query q : found) {
      any.add(q, BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  private void collectIntervals(Query query, List<Query> found) {
    if (query instanceof BooleanQuery bq) {
      for (BooleanClause clause : bq) {
        if (clause.occur() != BooleanClause.Occur.MUST_NOT) {
          collectIntervals(clause.query(), found);
        }
      }
    } else if (hasIntervals(query)) {
      found.add(query);
    }
  }

  /** Whether {@code query} holds a proximity (interval) query on the highlighted field. */
  private boolean hasIntervals(Query query) {
    boolean[] found = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public void visitLeaf(Query leaf) {
            found[0] |= leaf instanceof IntervalQuery iq && iq.getField().equals(field);
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            // an IntervalQuery hands its sources a sub-visitor rather than visiting itself
            found[0] |= parent instanceof IntervalQuery iq && iq.getField().equals(field);
            return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
          }
        });
    return found[0];
  }

  /** Exposes the highlighter's object-returning entry point. */
  private static final class Highlighter extends UnifiedHighlighter {
    private final DocumentText text;

    Highlighter(Builder builder, DocumentText text) {
      super(builder);
      this.text = text;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      if (text == null) {
        return super.loadFieldValues(fields, docs, cacheCharsThreshold);
      }
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        String value = text.of(doc);
        // cut as the stored-field path cuts (UnifiedHighlighter's LimitedStoredFieldVisitor)
        values.add(
            new CharSequence[] {
              value == null ? "" : value.substring(0, Math.min(getMaxLength(), value.length()))
            });
      }
      return values;
    }

    Object[] field(String field, Query query, int[] docIds, int[] maxPassages) throws IOException {
      Map<String, Object[]> byField =
          highlightFieldsAsObjects(new String[] {field}, query, docIds, maxPassages);
      Object[] result = byField.get(field);
      return result == null ? new Object[docIds.length] : Arrays.copyOf(result, docIds.length);
    }
  }
}
