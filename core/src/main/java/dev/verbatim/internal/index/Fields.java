package dev.verbatim.internal.index;

/** The names of index fields and facet dimensions, in one place. */
public final class Fields {
  /** Article id: exact term, stored, sorted doc values for tie-breaking and cursors. */
  public static final String ID = "id";

  /** Outlet name, tokenised for {@code source:} queries, stored as given. */
  public static final String SOURCE = "source";

  /** Outlet name case-folded as one term, for exact source filters. */
  public static final String SOURCE_KEY = "source_key";

  /** Address, stored only. */
  public static final String URL = "url";

  /** Headline: exact and stemmed terms with offsets, stored. */
  public static final String TITLE = "title";

  /** Byline names, stored only. */
  public static final String AUTHORS = "authors";

  /** Publication day as days since 1970-01-01: points, doc values, stored. */
  public static final String DATE = "date";

  /** Language tag, exact term, stored. */
  public static final String LANGUAGE = "language";

  /** Body text: exact and stemmed terms with offsets and boundary markers, stored. */
  public static final String BODY = "body";

  /** Hash of the source and the normalised body, to find re-ingested copies under other ids. */
  public static final String TEXT_HASH = "text_hash";

  /** Facet dimension: outlet. */
  public static final String FACET_SOURCE = "source";

  /** Facet dimension: publication month, {@code yyyy-MM}. */
  public static final String FACET_MONTH = "month";

  /** Facet dimension: publication day, {@code yyyy-MM-dd}. */
  public static final String FACET_DAY = "day";

  private Fields() {}
}
