package dev.verbatim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits.
 *
 * @param total how many articles match, exactly
 * @param tookMs how long the search took, in milliseconds
 * @param hits this page, best or newest first
 * @param facets facet name ({@code source}, {@code date}) to its values with counts over all
 *     matches; sources by count, dates in calendar order
 * @param facetsEstimated true when at least twice {@link Limits#FACET_SAMPLE} articles match: the
 *     facet counts are then counted on a seeded sample of about {@link Limits#FACET_SAMPLE} of them
 *     and scaled up (the same on every run of the search), not exact; {@code total} stays exact
 * @param groups with {@link Collapse#COPIES}: how many copy groups match (the hits are one per
 *     group; {@code total} and the facets still count articles); null otherwise
 * @param nextCursor pass it as {@link SearchRequest#cursor()} for the next page; null on the last
 */
public record SearchResult(
    long total,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    boolean facetsEstimated,
    Long groups,
    String nextCursor) {

  /** Copies the collections. */
  public SearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
