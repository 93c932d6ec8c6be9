package dev.verbatim.internal.search;

import dev.verbatim.DateFacet;
import dev.verbatim.FacetValue;
import dev.verbatim.Hit;
import dev.verbatim.Limits;
import dev.verbatim.SearchRequest;
import dev.verbatim.SearchResult;
import dev.verbatim.SortOrder;
import dev.verbatim.internal.highlight.SnippetHighlighter;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** Runs one {@link SearchRequest} on one {@link SearchSnapshot}. */
public final class ArticleSearch {
  private static final Sort BY_RELEVANCE =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
  private static final Sort BY_DATE = byDate();

  private ArticleSearch() {}

  /**
   * Searches.
   *
   * @throws dev.verbatim.QuerySyntaxException if the query is malformed
   * @throws IllegalArgumentException if the cursor is malformed
   */
  public static SearchResult search(SearchSnapshot searcher, SearchRequest request)
      throws IOException {
    long started = System.nanoTime();
    Page page =
        Page.search(
            searcher, request, QueryCompiler.ARTICLE_FIELDS, ArticleDocuments.articlesOnly());
    int[] docIds = page.docIds();
    List<List<dev.verbatim.Snippet>> snippets =
        request.snippets()
            ? SnippetHighlighter.articles(searcher).snippets(page.query(), docIds)
            : java.util.Collections.nCopies(docIds.length, List.of());
    List<Hit> hits = new ArrayList<>(docIds.length);
    var storedFields = searcher.storedFields();
    for (int i = 0; i < docIds.length; i++) {
      Document doc = storedFields.document(docIds[i], HIT_FIELDS);
      ScoreDoc scoreDoc = page.hits()[i];
      hits.add(
          new Hit(
              doc.get(Fields.ID),
              doc.get(Fields.SOURCE),
              date(doc),
              doc.get(Fields.TITLE),
              doc.get(Fields.URL),
              List.of(doc.getValues(Fields.AUTHORS)),
              List.of(doc.getValues(Fields.SPEAKER_NAME)),
              scoreDoc.score,
              snippets.get(i)));
    }

    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    return new SearchResult(page.total(), tookMs, hits, page.facets(), page.nextCursor());
  }

  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID,
          Fields.SOURCE,
          Fields.DATE,
          Fields.TITLE,
          Fields.URL,
          Fields.AUTHORS,
          Fields.SPEAKER_NAME);

  static LocalDate date(Document doc) {
    var field = doc.getField(Fields.DATE);
    return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
  }

  /** {@code query} restricted to one kind of document and to the request's filters. */
  static Query withFilters(Query query, SearchRequest request, Query kind) {
    BooleanQuery.Builder builder =
        new BooleanQuery.Builder().add(query, Occur.MUST).add(kind, Occur.FILTER);
    if (!request.speakers().isEmpty()) {
      BooleanQuery.Builder speakers = new BooleanQuery.Builder();
      for (String speaker : request.speakers()) {
        for (String key : SpeakerNames.filterKeys(speaker)) {
          speakers.add(new TermQuery(new Term(Fields.SPEAKER, key)), Occur.SHOULD);
        }
      }
      builder.add(speakers.build(), Occur.FILTER);
    }
    if (!request.sources().isEmpty()) {
      BooleanQuery.Builder sources = new BooleanQuery.Builder();
      for (String source : request.sources()) {
        sources.add(
            new TermQuery(new Term(Fields.SOURCE_KEY, ArticleDocuments.sourceKey(source))),
            Occur.SHOULD);
      }
      builder.add(sources.build(), Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      builder.add(
          LongPoint.newRangeQuery(
              Fields.DATE,
              request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay(),
              request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay()),
          Occur.FILTER);
    }
    return builder.build();
  }

  /** Facet counts over every article in the snapshot. */
  public static Map<String, List<FacetValue>> facetsOfAll(SearchSnapshot searcher, int facetSize)
      throws IOException {
    FacetsCollector all =
        searcher.search(ArticleDocuments.articlesOnly(), new FacetsCollectorManager());
    return facets(searcher, all, facetSize, DateFacet.MONTH);
  }

  /** Facet counts over every match: source and speaker by count, date in calendar order. */
  static Map<String, List<FacetValue>> facets(
      SearchSnapshot searcher, FacetsCollector matches, int facetSize, DateFacet dateFacet)
      throws IOException {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    if (searcher.facetState() == null) {
      facets.put("source", List.of());
      facets.put("speaker", searcher.speakerFacet().top(matches, facetSize));
      facets.put("date", List.of());
      return facets;
    }
    SortedSetDocValuesFacetCounts counts =
        new SortedSetDocValuesFacetCounts(searcher.facetState(), matches);
    facets.put("source", values(top(counts, Fields.FACET_SOURCE, facetSize)));
    facets.put("speaker", searcher.speakerFacet().top(matches, facetSize));
    String dateDim = dateFacet == DateFacet.DAY ? Fields.FACET_DAY : Fields.FACET_MONTH;
    List<FacetValue> dates = new ArrayList<>(values(all(counts, dateDim)));
    dates.sort(Comparator.comparing(FacetValue::value));
    // every month or day in calendar order, the most recent ones if there are too many
    int from = Math.max(0, dates.size() - Limits.MAX_FACET_SIZE);
    facets.put("date", dates.subList(from, dates.size()));
    return facets;
  }

  private static FacetResult top(SortedSetDocValuesFacetCounts counts, String dim, int n)
      throws IOException {
    try {
      return counts.getTopChildren(n, dim);
    } catch (IllegalArgumentException noSuchDimension) {
      return null;
    }
  }

  private static FacetResult all(SortedSetDocValuesFacetCounts counts, String dim)
      throws IOException {
    try {
      return counts.getAllChildren(dim);
    } catch (IllegalArgumentException noSuchDimension) {
      return null;
    }
  }

  private static List<FacetValue> values(FacetResult result) {
    if (result == null) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue lv : result.labelValues) {
      values.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    return values;
  }

  /** The article with this id in {@code searcher}'s snapshot, or empty. */
  public static java.util.Optional<dev.verbatim.Article> get(SearchSnapshot searcher, String id)
      throws IOException {
    var top =
        searcher.search(new org.apache.lucene.search.TermQuery(ArticleDocuments.idTerm(id)), 1);
    if (top.scoreDocs.length == 0) {
      return java.util.Optional.empty();
    }
    var doc = searcher.storedFields().document(top.scoreDocs[0].doc);
    return java.util.Optional.of(ArticleDocuments.fromDocument(doc));
  }

  /** Relevance or date order, ties broken by id. */
  static Sort sort(SortOrder order) {
    return order == SortOrder.DATE ? BY_DATE : BY_RELEVANCE;
  }

  private static Sort byDate() {
    SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true, Long.MIN_VALUE);
    return new Sort(date, new SortField(Fields.ID, SortField.Type.STRING));
  }
}
