package dev.verbatim;

/** The granularity of the publication-date facet. */
public enum DateFacet {
  /** Counts per month, {@code 2022-10}. */
  MONTH,
  /** Counts per day, {@code 2022-10-12}. */
  DAY
}
