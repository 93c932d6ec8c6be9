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
 * @param nextCursor for the next page; null on the last
 */
public record QuoteSearchResult(
    long total,
    long tookMs,
    List<QuoteHit> hits,
    Map<String, List<FacetValue>> facets,
    String nextCursor) {

  /** Copies the collections. */
  public QuoteSearchResult {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
