package dev.verbatim;

/** The limits Verbatim enforces, in one place. Requests beyond them fail with a clear message. */
public final class Limits {
  /** Most hits on one page. */
  public static final int MAX_PAGE_SIZE = 100;

  /** Hits on a page when the request does not say. */
  public static final int DEFAULT_PAGE_SIZE = 10;

  /**
   * How deep a cursor may page: hits past this many are not served. Each page costs the same at any
   * depth (search after the last hit's sort values); the limit keeps scrapers from walking a whole
   * corpus through one query.
   */
  public static final int MAX_CURSOR_DEPTH = 10_000;

  /** Longest query string, in characters. */
  public static final int MAX_QUERY_LENGTH = 2_000;

  /** Deepest nesting of parentheses in one query. */
  public static final int MAX_NESTING = 32;

  /** Most terms, phrases and groups in one query. */
  public static final int MAX_CLAUSES = 256;

  /** Most index terms one prefix ({@code negotiat*}) may expand to. */
  public static final int MAX_PREFIX_EXPANSIONS = 1_024;

  /**
   * Most words all the prefixes of one query may stand for together: the query's cost is bounded
   * before it runs, however many prefixes it chains.
   */
  public static final int MAX_QUERY_EXPANSIONS = 4_096;

  /**
   * Most word positions one query's phrases and proximity operators may read ({@code
   * dev.verbatim.internal.query.QueryCost}): the total term frequency of each word under a phrase
   * or proximity operator, counted once for every place it stands in the query, from the index's
   * statistics before the query runs. 250 million is about 8 s of proximity matching on a 2-core
   * machine (measured at about 30 million positions a second, docs/operations.md), under the
   * default 10 s search limit: a query past it is refused at once instead of holding a search slot
   * until it times out. Common words chained by proximity reach it ({@code (the w/p of)} thirty
   * times joined by {@code w/s} reads 60 million positions in 10,000 articles); a phrase of common
   * words does not (the index holds their pairs as terms of their own).
   */
  public static final long MAX_QUERY_POSITIONS = 250_000_000L;

  /** Largest slop of a sloppy phrase ({@code "..."~N}). */
  public static final int MAX_SLOP = 50;

  /** Largest N of the proximity connectors {@code w/N}, {@code pre/N} and {@code not w/N}. */
  public static final int MAX_DISTANCE = 255;

  /** Snippets per hit. */
  public static final int MAX_SNIPPETS = 3;

  /**
   * The largest record ingest reads, in bytes after decompression (characters for a JSON line): an
   * HTML page, a WARC response's payload, a WET record's text, a JSON line, a text file. A record
   * over it is refused while it streams, before its bytes are held, as one rejection; the rest of
   * the input goes on. 16 MiB: news pages run to a few MB.
   */
  public static final int MAX_RECORD_BYTES = 16 << 20;

  /** Longest article id, in characters. */
  public static final int MAX_ID_LENGTH = 512;

  /** Most facet values returned per facet when the request does not say. */
  public static final int DEFAULT_FACET_SIZE = 10;

  /** Most facet values one request may ask for per facet. */
  public static final int MAX_FACET_SIZE = 1_000;

  /**
   * The sample facets are counted on when a search has many matches. With at least twice this many
   * matches, facets count one match in each run of {@code floor(matches / FACET_SAMPLE)} (Lucene's
   * {@code RandomSamplingFacetsCollector}, seeded, so about this many) and scale the counts up, and
   * the result says so ({@link SearchResult#facetsEstimated()}); with fewer every match is counted.
   * Counting is what a search with many matches spends most of its time on.
   */
  public static final int FACET_SAMPLE = 10_000;

  /** How many characters of an article the highlighter looks at for snippets. */
  public static final int MAX_HIGHLIGHT_CHARS = 1_000_000;

  private Limits() {}

  /** How many quotes a search by meaning ({@link SearchRequest#like()}) returns at most. */
  public static final int MAX_LIKE_HITS = 100;
}
