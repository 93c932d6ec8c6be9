package dev.verbatim;

/** The granularity of the publication-date facet. */
public enum DateFacet {
  /** Counts per month, {@code 2022-10}. */
  MONTH,
  /** Counts per day, {@code 2022-10-12}. */
  DAY;

  /**
   * Parses {@code month} or {@code day}, any case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static DateFacet parse(String value) {
    return EnumNames.parse(DateFacet.class, "date_facet", value);
  }
}
