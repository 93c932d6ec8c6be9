package dev.verbatim.internal.search;

import dev.verbatim.Article;
import dev.verbatim.Copies;
import dev.verbatim.CopyGroup;
import dev.verbatim.DateFacet;
import dev.verbatim.FacetValue;
import dev.verbatim.Hit;
import dev.verbatim.Limits;
import dev.verbatim.SearchRequest;
import dev.verbatim.SearchResult;
import dev.verbatim.Snippet;
import dev.verbatim.SortOrder;
import dev.verbatim.internal.facet.Facets;
import dev.verbatim.internal.highlight.SnippetHighlighter;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryCost;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.internal.query.QueryParser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
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
    List<Hit> hits = new ArrayList<>(request.size());
    Page page = Page.run(searcher, request, SCOPE, hits);
    withCopies(searcher, hits);
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    return new SearchResult(
        page.total(),
        tookMs,
        hits,
        Facets.asMap(page.facets()),
        Facets.areEstimated(page.facets()),
        page.groups(),
        page.nextCursor());
  }

  /** Each hit with what its copy group says of it (the page's groups read in one search). */
  private static void withCopies(SearchSnapshot searcher, List<Hit> hits) throws IOException {
    Set<String> labels = new HashSet<>();
    for (Hit hit : hits) {
      if (hit.copies() != null) {
        labels.add(hit.copies().group());
      }
    }
    Map<String, CopyGroup> groups = CopyGroups.groups(searcher, labels);
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      if (hit.copies() != null) {
        CopyGroup group = groups.get(hit.copies().group());
        hits.set(i, hit.withCopies(group == null ? null : group.copiesFor(hit.id())));
      }
    }
  }

  /**
   * The word positions {@code query} would read in the body and title of the snapshot's articles
   * ({@link dev.verbatim.internal.query.QueryCost}).
   */
  public static long positionsRead(SearchSnapshot searcher, String query) throws IOException {
    if (query == null || query.isBlank()) {
      return 0;
    }
    return QueryCost.positions(
        searcher.getIndexReader(),
        new QueryCompiler(searcher.getIndexReader(), QueryField.ARTICLE)
            .compile(QueryParser.parse(query)));
  }

  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID,
          Fields.SOURCE,
          Fields.DATE,
          Fields.TITLE,
          Fields.URL,
          Fields.AUTHORS,
          Fields.SPEAKER_NAME,
          Fields.COPY_GROUP);

  /** Articles: bare words search body and title; a hit is the article's metadata and snippets. */
  private static final Page.Scope<Hit> SCOPE =
      new Page.Scope<>(
          QueryField.ARTICLE,
          ArticleDocuments.articlesOnly(),
          Page.storedFields(
              HIT_FIELDS, Fields.BODY, SnippetHighlighter::articles, ArticleSearch::hit));

  private static Hit hit(Document doc, float score, List<Snippet> snippets) {
    return new Hit(
        doc.get(Fields.ID),
        doc.get(Fields.SOURCE),
        date(doc),
        doc.get(Fields.TITLE),
        doc.get(Fields.URL),
        List.of(doc.getValues(Fields.AUTHORS)),
        List.of(doc.getValues(Fields.SPEAKER_NAME)),
        score,
        snippets,
        label(doc.get(Fields.COPY_GROUP)));
  }

  /** A stand-in holding only the group's label, until {@link #withCopies} reads the group. */
  private static Copies label(String group) {
    return group == null ? null : new Copies(group, false, 0, 0, null);
  }

  static LocalDate date(Document doc) {
    var field = doc.getField(Fields.DATE);
    return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
  }

  /**
   * {@code query} restricted to one kind of document and to the request's filters; {@code searcher}
   * is read for the speakers' other spellings only (null is fine without speakers).
   */
  public static Query withFilters(
      SearchSnapshot searcher, Query query, SearchRequest request, Query kind) throws IOException {
    BooleanQuery.Builder builder =
        new BooleanQuery.Builder().add(query, Occur.MUST).add(kind, Occur.FILTER);
    if (!request.speakers().isEmpty()) {
      BooleanQuery.Builder speakers = new BooleanQuery.Builder();
      for (String speaker : request.speakers()) {
        for (String key : searcher.speakerFacet().filterKeys(speaker)) {
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

  /**
   * The names of one facet over every article of {@code searcher}'s snapshot, largest count first:
   * the sources, or the speakers (one canonical name per person).
   *
   * @param prefix keep only names with a word starting with this (case-insensitive); null or empty
   *     for all
   * @param limit most names to return, 1 to {@link Limits#MAX_FACET_SIZE}
   * @throws IllegalArgumentException if the limit is out of range
   */
  public static List<FacetValue> names(
      SearchSnapshot searcher, NameFacet facet, String prefix, int limit) throws IOException {
    if (limit < 1 || limit > Limits.MAX_FACET_SIZE) {
      throw new IllegalArgumentException(
          "limit must be 1.." + Limits.MAX_FACET_SIZE + ", was " + limit);
    }
    FacetsCollector all =
        searcher.search(ArticleDocuments.articlesOnly(), new FacetsCollectorManager());
    Facets facets = searcher.facets(all, 1, Limits.MAX_FACET_SIZE, DateFacet.MONTH);
    List<FacetValue> values = facet == NameFacet.SOURCE ? facets.source() : facets.speaker();
    String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    return values.stream()
        .filter(v -> p.isEmpty() || startsWord(v.value().toLowerCase(Locale.ROOT), p))
        .limit(limit)
        .toList();
  }

  /** The facets whose values are names. */
  public enum NameFacet {
    SOURCE,
    SPEAKER
  }

  private static boolean startsWord(String name, String prefix) {
    return name.startsWith(prefix) || name.contains(" " + prefix);
  }

  /** The article with this id in {@code searcher}'s snapshot, or empty. */
  public static Optional<Article> get(SearchSnapshot searcher, String id) throws IOException {
    var top = searcher.search(new TermQuery(ArticleDocuments.idTerm(id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    var doc = searcher.storedFields().document(top.scoreDocs[0].doc);
    return Optional.of(ArticleDocuments.fromDocument(doc));
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
