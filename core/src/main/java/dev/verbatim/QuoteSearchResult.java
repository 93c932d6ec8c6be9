package dev.verbatim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of quotes.
 *
 * @param total how many quotes match, exactly
 * @param tookMs how long the search took, in milliseconds
 * @param hits this page
 * @param facets {@code speaker}, {@code source} and {@code date} counts over all matching quotes
 * @param facetsEstimated true when at least twice {@link Limits#FACET_SAMPLE} quotes match: the
 *     facet counts are then counted on a seeded sample of about {@link Limits#FACET_SAMPLE} of them
 *     and scaled up (the same on every run of the search), not exact; {@code total} stays exact
 * @param nextCursor for the next page; null on the last
 */
public record QuoteSearchResult(
    long total,
    long tookMs,
    List<QuoteHit> hits,
    Map<String, List<FacetValue>> facets,
    boolean facetsEstimated,
    String nextCursor) {

  /** Copies the collections. */
  public QuoteSearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
