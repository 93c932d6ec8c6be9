package dev.verbatim;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What to search for. Build one with {@link #of(String)} or {@link #builder(String)}.
 *
 * @param query the query in Verbatim's query language (see docs/query-syntax.md)
 * @param sources keep only articles from these outlets (exact names, case-insensitive); empty for
 *     all
 * @param speakers keep only articles (or quotes) with one of these speakers: any spelling of a
 *     person (case, accents and doubled letters ignored) finds every spelling the speaker facet
 *     counts as that person, and the surname alone that joins them; empty for all
 * @param from keep only articles published on or after this day; null for no lower bound
 * @param to keep only articles published on or before this day; null for no upper bound
 * @param sort the order of hits
 * @param size hits per page, 1..{@link Limits#MAX_PAGE_SIZE}
 * @param cursor the {@link SearchResult#nextCursor()} of the previous page, or null for the first
 * @param dateFacet the granularity of the date facet
 * @param facetSize most values per facet, 0..{@link Limits#MAX_FACET_SIZE}; 0 skips facets
 * @param timeout stop a search that runs longer and throw {@link SearchTimeoutException}; null for
 *     no limit
 * @param snippets whether hits carry highlighted snippets (article scope) or marked quote text
 *     (quote scope); false skips the highlighter, for callers that need only ids and counts
 * @param like quote search only: a text whose meaning the quotes should be near; the hits are then
 *     the {@value Limits#MAX_LIKE_HITS} quotes nearest in meaning that pass the query (which may be
 *     blank) and the filters, nearest first. Null for none
 * @param collapse article search only: {@link Collapse#COPIES} for one hit per copy group
 */
public record SearchRequest(
    String query,
    List<String> sources,
    List<String> speakers,
    LocalDate from,
    LocalDate to,
    SortOrder sort,
    int size,
    String cursor,
    DateFacet dateFacet,
    int facetSize,
    Duration timeout,
    boolean snippets,
    String like,
    Collapse collapse) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException naming the argument and the rule it breaks
   */
  public SearchRequest {
    if (query == null) {
      throw new IllegalArgumentException("query must not be null");
    }
    if (like != null && like.isBlank()) {
      like = null;
    }
    if (like != null && like.length() > Limits.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "like must be at most " + Limits.MAX_QUERY_LENGTH + " characters, was " + like.length());
    }
    if (query.length() > Limits.MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException(
          "query must be at most "
              + Limits.MAX_QUERY_LENGTH
              + " characters, was "
              + query.length());
    }
    sources = sources == null ? List.of() : List.copyOf(sources);
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
    }
    if (sort == null) {
      sort = SortOrder.RELEVANCE;
    }
    if (collapse == null) {
      collapse = Collapse.NONE;
    }
    if (collapse != Collapse.NONE && like != null) {
      throw new IllegalArgumentException("collapse applies to articles; like searches quotes");
    }
    if (size < 1 || size > Limits.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "size must be 1.." + Limits.MAX_PAGE_SIZE + ", was " + size);
    }
    if (dateFacet == null) {
      dateFacet = DateFacet.MONTH;
    }
    if (facetSize < 0 || facetSize > Limits.MAX_FACET_SIZE) {
      throw new IllegalArgumentException(
          "facetSize must be 0.." + Limits.MAX_FACET_SIZE + ", was " + facetSize);
    }
    if (cursor != null && cursor.isBlank()) {
      cursor = null;
    }
    if (timeout != null && timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
    }
  }

  /** A request for the first page of {@code query} with every default. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /** A builder for a request for {@code query}. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A builder starting from this request, e.g. to ask for the next page. */
  public Builder toBuilder() {
    return new Builder(query)
        .sources(sources)
        .speakers(speakers)
        .from(from)
        .to(to)
        .sort(sort)
        .size(size)
        .cursor(cursor)
        .dateFacet(dateFacet)
        .facetSize(facetSize)
        .timeout(timeout)
        .snippets(snippets)
        .like(like)
        .collapse(collapse);
  }

  /** Builds a {@link SearchRequest}; not thread-safe. */
  public static final class Builder {
    private final String query;
    private List<String> sources = List.of();
    private List<String> speakers = List.of();
    private LocalDate from;
    private LocalDate to;
    private SortOrder sort = SortOrder.RELEVANCE;
    private int size = Limits.DEFAULT_PAGE_SIZE;
    private String cursor;
    private DateFacet dateFacet = DateFacet.MONTH;
    private int facetSize = Limits.DEFAULT_FACET_SIZE;
    private Duration timeout;
    private boolean snippets = true;
    private String like;
    private Collapse collapse = Collapse.NONE;

    private Builder(String query) {
      this.query = query;
    }

    /** Keep only these outlets. */
    public Builder sources(List<String> sources) {
      this.sources = sources;
      return this;
    }

    /** Keep only articles or quotes with one of these speakers. */
    public Builder speakers(List<String> speakers) {
      this.speakers = speakers;
      return this;
    }

    /** Keep only articles published on or after this day. */
    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    /** Keep only articles published on or before this day. */
    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    /** The order of hits. */
    public Builder sort(SortOrder sort) {
      this.sort = sort;
      return this;
    }

    /** Hits per page. */
    public Builder size(int size) {
      this.size = size;
      return this;
    }

    /** Continue after the page that returned this cursor. */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /** The granularity of the date facet. */
    public Builder dateFacet(DateFacet dateFacet) {
      this.dateFacet = dateFacet;
      return this;
    }

    /** Most values per facet; 0 skips facets. */
    public Builder facetSize(int facetSize) {
      this.facetSize = facetSize;
      return this;
    }

    /** Give up, with {@link SearchTimeoutException}, after this long; null for no limit. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Whether hits carry snippets (the default) or not. */
    public Builder snippets(boolean snippets) {
      this.snippets = snippets;
      return this;
    }

    /** Quote search: the quotes nearest in meaning to {@code like}; null or blank for none. */
    public Builder like(String like) {
      this.like = like;
      return this;
    }

    /**
     * Articles: one hit per copy group ({@link Collapse#COPIES}) or every article (the default).
     */
    public Builder collapse(Collapse collapse) {
      this.collapse = collapse;
      return this;
    }

    /** The request; throws {@link IllegalArgumentException} if a value breaks a rule. */
    public SearchRequest build() {
      return new SearchRequest(
          query, sources, speakers, from, to, sort, size, cursor, dateFacet, facetSize, timeout,
          snippets, like, collapse);
    }
  }
}
