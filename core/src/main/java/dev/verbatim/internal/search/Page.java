package dev.verbatim.internal.search;

import dev.verbatim.Collapse;
import dev.verbatim.Limits;
import dev.verbatim.SearchRequest;
import dev.verbatim.SearchTimeoutException;
import dev.verbatim.Snippet;
import dev.verbatim.SortOrder;
import dev.verbatim.internal.facet.Facets;
import dev.verbatim.internal.highlight.SnippetHighlighter;
import dev.verbatim.internal.index.QuoteVectors;
import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryCost;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.internal.query.QueryParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * One page of a sorted search, collected in one pass with the facets of its matches (of a sample of
 * them from twice {@link dev.verbatim.Limits#FACET_SAMPLE} matches), whichever the scope.
 *
 * @param query the user's query, without filters, for highlighting
 * @param hits the page's hits, in order
 * @param total how many documents match
 * @param groups how many copy groups match, when the request collapses copies; else null
 * @param facets the facet counts, or null when the request asks for none
 * @param nextCursor the cursor after the page, or null on the last page
 */
@SuppressWarnings(
    "ArrayRecordComponent") // Lucene hands out ScoreDoc[]; a page is read, never compared
record Page(
    Query query, ScoreDoc[] hits, long total, Long groups, Facets facets, String nextCursor) {
  /** The sample of a search with many matches is the same on every run of it. */
  private static final long FACET_SAMPLE_SEED = 0x5EED_FACE7L;

  /**
   * What one scope is: the fields bare words search, its documents, and how one page's hits are
   * read (a {@link PageReader} per page).
   */
  record Scope<H>(List<QueryField> fields, Query kind, PageReaders<H> reader) {}

  /** Opens the reader of one page on a snapshot. */
  @FunctionalInterface
  interface PageReaders<H> {
    PageReader<H> open(SearchSnapshot searcher) throws IOException;
  }

  /** Reads the hits of one page: their snippets and each hit from its document. */
  interface PageReader<H> {
    /** The page's highlighter. */
    SnippetHighlighter highlighter();

    /** The hit of document {@code doc}, its score and its snippets (empty when none were asked). */
    H read(int doc, float score, List<Snippet> snippets) throws IOException;
  }

  /** Makes a hit from a document, its score and its snippets. */
  @FunctionalInterface
  interface HitReader<H> {
    H read(Document doc, float score, List<Snippet> snippets);
  }

  /**
   * A reader of hits whose documents store what they show: {@code fields} of each read by {@code
   * hit}, and for the highlighter {@code text} with them in one visit of the document (each hit's
   * stored fields are decompressed once, not once for the snippets and once for the hit).
   */
  static <H> PageReaders<H> storedFields(
      Set<String> fields,
      String text,
      BiFunction<SearchSnapshot, SnippetHighlighter.DocumentText, SnippetHighlighter> highlighter,
      HitReader<H> hit) {
    Set<String> withText = new HashSet<>(fields);
    withText.add(text);
    return searcher -> {
      StoredFields stored = searcher.storedFields();
      // documents the highlighter has read, with the hit's fields, until the hit is read
      Map<Integer, Document> read = new HashMap<>();
      return new PageReader<>() {
        @Override
        public SnippetHighlighter highlighter() {
          return highlighter.apply(
              searcher,
              doc -> {
                Document document = stored.document(doc, withText);
                read.put(doc, document);
                return document.get(text);
              });
        }

        @Override
        public H read(int doc, float score, List<Snippet> snippets) throws IOException {
          Document document = read.remove(doc);
          return hit.read(
              document != null ? document : stored.document(doc, fields), score, snippets);
        }
      };
    };
  }

  /**
   * The one search skeleton of both scopes: compile and filter the query, collect the page with its
   * facets ({@link #search}), highlight it when asked, read each hit.
   */
  static <H> Page run(SearchSnapshot searcher, SearchRequest request, Scope<H> scope, List<H> hits)
      throws IOException {
    return run(searcher, request, scope, hits, null);
  }

  /**
   * {@link #run(SearchSnapshot, SearchRequest, Scope, List)} ranked by meaning: the documents of
   * the scope that pass the query and the filters, nearest to {@code like} (a vector of {@link
   * dev.verbatim.internal.index.Fields#QUOTE_VECTOR}'s model) first; null for a plain search.
   */
  static <H> Page run(
      SearchSnapshot searcher, SearchRequest request, Scope<H> scope, List<H> hits, float[] like)
      throws IOException {
    Page page = search(searcher, request, scope.fields(), scope.kind(), like);
    int[] docIds = page.docIds();
    PageReader<H> reader = scope.reader().open(searcher);
    List<List<Snippet>> snippets =
        request.snippets() && page.query() != null
            ? reader.highlighter().snippets(page.query(), docIds)
            : Collections.nCopies(docIds.length, List.of());
    for (int i = 0; i < docIds.length; i++) {
      hits.add(reader.read(docIds[i], page.hits()[i].score, snippets.get(i)));
    }
    return page;
  }

  /** The document numbers of the page's hits, in order. */
  int[] docIds() {
    int[] ids = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      ids[i] = hits[i].doc;
    }
    return ids;
  }

  /**
   * Parses and compiles the request's query for {@code fields}, keeps the documents of {@code kind}
   * that pass the request's filters, and collects the page the request asks for.
   *
   * @throws dev.verbatim.QuerySyntaxException if the query is malformed
   * @throws IllegalArgumentException if the cursor is malformed
   */
  static Page search(
      SearchSnapshot searcher, SearchRequest request, List<QueryField> fields, Query kind)
      throws IOException {
    return search(searcher, request, fields, kind, null);
  }

  private static Page search(
      SearchSnapshot searcher,
      SearchRequest request,
      List<QueryField> fields,
      Query kind,
      float[] like)
      throws IOException {
    // by meaning the query may be blank: the filters alone choose among the nearest
    Query user =
        like != null && request.query().isBlank()
            ? null
            : new QueryCompiler(searcher.getIndexReader(), fields)
                .compile(QueryParser.parse(request.query()));
    if (user != null) {
      // refused before it runs, not after it has held a search slot until its time limit
      QueryCost.check(searcher.getIndexReader(), user, Limits.MAX_QUERY_POSITIONS);
    }
    Query query =
        ArticleSearch.withFilters(
            searcher, user == null ? MatchAllDocsQuery.INSTANCE : user, request, kind);
    if (like != null) {
      query = QuoteVectors.nearest(like, Limits.MAX_LIKE_HITS, query);
    }
    Cursor.Position position = position(searcher, request);
    IndexSearcher timed = timed(searcher, request);
    // one hit more than the page tells whether there is a next page; totals are exact either way
    int wanted = request.size() + 1;
    Collected collected = collect(timed, query, request, position.after(), wanted);
    ScoreDoc[] found =
        request.collapse() == Collapse.COPIES
            ? CopyGroups.heads(
                timed,
                query,
                ArticleSearch.sort(request.sort()),
                position.after(),
                wanted,
                collected.top())
            : collected.top().scoreDocs;
    scores(found, timed, query, request.sort());
    if (timed.timedOut()) {
      throw new SearchTimeoutException(
          "the search took longer than " + request.timeout().toMillis() + " ms");
    }
    boolean more = found.length > request.size();
    ScoreDoc[] hits = more ? Arrays.copyOf(found, request.size()) : found;
    String next =
        more
            ? Cursor.encode(
                searcher.cursorKey(),
                request.sort(),
                (FieldDoc) hits[hits.length - 1],
                position.depth() + hits.length)
            : null;
    Facets facets =
        collected.matches() == null ? null : facets(searcher, collected.matches(), request);
    return new Page(
        user, hits, collected.top().totalHits.value(), collected.groups(), facets, next);
  }

  /** Where the request's cursor resumes, refused past {@link Limits#MAX_CURSOR_DEPTH} hits. */
  private static Cursor.Position position(SearchSnapshot searcher, SearchRequest request) {
    Cursor.Position position =
        request.cursor() == null
            ? new Cursor.Position(null, 0)
            : Cursor.decode(
                searcher.cursorKey(),
                request.cursor(),
                request.sort(),
                searcher.getIndexReader().maxDoc());
    if (position.depth() + request.size() > Limits.MAX_CURSOR_DEPTH) {
      throw new IllegalArgumentException(
          "results past hit "
              + Limits.MAX_CURSOR_DEPTH
              + " are not served; narrow the query, or sort by date within a date range");
    }
    return position;
  }

  /**
   * The searcher a request runs on: with a timeout, its own over the same snapshot (the timeout is
   * per searcher).
   */
  private static IndexSearcher timed(SearchSnapshot searcher, SearchRequest request) {
    if (request.timeout() == null) {
      return searcher;
    }
    IndexSearcher timed = new IndexSearcher(searcher.getIndexReader());
    timed.setTimeout(new QueryTimeoutImpl(request.timeout().toMillis()));
    return timed;
  }

  /**
   * What one pass over the matches collects: the top hits, the matches the facets count (null
   * without facets), and the number of copy groups (null when not collapsed).
   */
  private record Collected(TopDocs top, RandomSamplingFacetsCollector matches, Long groups) {}

  private static Collected collect(
      IndexSearcher timed, Query query, SearchRequest request, FieldDoc after, int wanted)
      throws IOException {
    // collapsed, the first pass's hits are the first batch; a group's other members that take
    // places in it are replaced by further, larger batches only when that happens (copies are rare)
    TopFieldCollectorManager topManager =
        new TopFieldCollectorManager(
            ArticleSearch.sort(request.sort()), wanted, after, Integer.MAX_VALUE);
    boolean collapse = request.collapse() == Collapse.COPIES;
    if (request.facetSize() == 0 && !collapse) {
      // no facets: a plain top-N collector, without recording every match for facet counting
      return new Collected(timed.search(query, topManager), null, null);
    }
    // every match is recorded; past FACET_SAMPLE matches the facets count a seeded sample of them
    List<CollectorManager<?, ?>> managers = new ArrayList<>(List.of(topManager));
    if (request.facetSize() > 0) {
      managers.add(
          RandomSamplingFacetsCollector.createManager(Limits.FACET_SAMPLE, FACET_SAMPLE_SEED));
    }
    if (collapse) {
      managers.add(CopyGroups.counter());
    }
    Object[] all =
        timed.search(
            query, new MultiCollectorManager(managers.toArray(CollectorManager<?, ?>[]::new)));
    return new Collected(
        (TopDocs) all[0],
        request.facetSize() > 0 ? (RandomSamplingFacetsCollector) all[1] : null,
        collapse ? (Long) all[all.length - 1] : null);
  }

  /** Gives every hit its relevance score, whatever the sort. */
  private static void scores(ScoreDoc[] found, IndexSearcher timed, Query query, SortOrder sort)
      throws IOException {
    if (sort != SortOrder.RELEVANCE) {
      // a date sort does not score; hits still carry their relevance score
      TopFieldCollector.populateScores(found, timed, query);
    } else {
      // beside the facet collector the sort leaves ScoreDoc.score unset; the relevance sort's
      // first value is the score
      for (ScoreDoc hit : found) {
        hit.score = (Float) ((FieldDoc) hit).fields[0];
      }
    }
  }

  private static Facets facets(
      SearchSnapshot searcher, RandomSamplingFacetsCollector matches, SearchRequest request)
      throws IOException {
    // the sample is drawn, and its rate set, when the matching documents are first asked for; the
    // rate stays unset (0) when there are too few matches to sample. Lucene samples one match in
    // each run of floor(1 / rate) matches, so that is what one counted match stands for (every
    // match
    // is counted, exactly, while the rate is above one half)
    matches.getMatchingDocs();
    double rate = matches.getSamplingRate();
    double scale = rate > 0 ? Math.floor(1 / rate) : 1;
    return searcher.facets(matches, scale, request.facetSize(), request.dateFacet());
  }
}
