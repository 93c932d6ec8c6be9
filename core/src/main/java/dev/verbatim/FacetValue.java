package dev.verbatim;

/**
 * One value of a facet and how many matching articles have it.
 *
 * @param value the value, e.g. "CNN" or "2022-10"
 * @param count matching articles with that value
 */
public record FacetValue(String value, long count) {}
