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

  /**
   * The article exactly as given, every field, and the version of what indexing makes of it: an
   * article whose fingerprint the index holds needs no writing.
   */
  public static final String FINGERPRINT = "fingerprint";

  /**
   * On an article: one exact term per MinHash band of its word shingles ({@link
   * dev.verbatim.internal.copies.MinHash}), how an arriving copy finds it. Not stored.
   */
  public static final String COPY_BAND = "copy_band";

  /**
   * On an article: the label of its copy group (the articles at or above the copy threshold of each
   * other), exact term and sorted doc values, stored.
   */
  public static final String COPY_GROUP = "copy_group";

  /**
   * Stored on an article that started its copy group (it copied no article already indexed): among
   * members of one date, the one seen first is the original.
   */
  public static final String COPY_FOUNDER = "copy_founder";

  /**
   * On an article: numeric doc values, 1 when its copy group has more than one member, else 0. Set
   * to 1 on every member, in place ({@code IndexWriter.updateNumericDocValue}), when a copy joins
   * the group: a search tells a group of one from a shared one by reading one value.
   */
  public static final String COPY_SHARED = "copy_shared";

  /**
   * What a document is: {@link #KIND_ARTICLE}, {@link #KIND_QUOTE}, {@link #KIND_WATCH} or {@link
   * #KIND_MATCH}.
   */
  public static final String DOC_KIND = "doc_kind";

  /** {@link #DOC_KIND} of an article. */
  public static final String KIND_ARTICLE = "article";

  /** {@link #DOC_KIND} of a quote. */
  public static final String KIND_QUOTE = "quote";

  /** {@link #DOC_KIND} of a watch: a saved search or claim ({@code WatchFields}). */
  public static final String KIND_WATCH = "watch";

  /** {@link #DOC_KIND} of a watch's match of one article ({@code WatchFields}). */
  public static final String KIND_MATCH = "match";

  /** On a watch and its matches: the watch's id (deleting the watch deletes its matches). */
  public static final String WATCH_ID = "watch_id";

  /** On a watch: the secret of its feed URL, to find the watch by it. */
  public static final String WATCH_FEED = "watch_feed";

  /** Stored on a watch or a match: what it is, as JSON ({@code WatchFields}). */
  public static final String WATCH_JSON = "watch_json";

  /** Stored on a claim watch: the claim's embedding, so opening an index embeds nothing. */
  public static final String WATCH_VECTOR = "watch_vector";

  /** On a match: its watch and article, one match per pair. */
  public static final String MATCH_KEY = "match_key";

  /** On a match: its sequence number (doc values, for newest-first pages). */
  public static final String MATCH_SEQ = "match_seq";

  /** The article a document belongs to (the article itself, or one of its quotes). */
  public static final String ARTICLE_ID = "article_id";

  /**
   * Quoted text, positions without offsets, never stored: on an article, every quote
   * (multi-valued), for {@code quote:}; on a quote, its text. A quote's words are read from its
   * article's body ({@link #QUOTE_START}, {@link #QUOTE_END}; see {@code QuoteTexts}).
   */
  public static final String QUOTES = "quotes";

  /** Speaker match key (see {@code dev.verbatim.quote.Speakers}); multi-valued on articles. */
  public static final String SPEAKER = "speaker";

  /** Speaker name words, normalised like the key, for {@code speaker:} queries. */
  public static final String SPEAKER_TEXT = "speaker_text";

  /** Speaker names as written, stored. */
  public static final String SPEAKER_NAME = "speaker_name";

  /**
   * A quote's offsets in the article body, its reporting chain, cue, confidence and kind, stored.
   */
  public static final String QUOTE_START = "quote_start";

  public static final String QUOTE_END = "quote_end";
  public static final String QUOTE_VIA = "quote_via";
  public static final String QUOTE_CUE = "quote_cue";
  public static final String QUOTE_CONFIDENCE = "quote_confidence";

  /**
   * A speech quote's sentence embedding (HNSW, dot product of unit vectors), when the index was
   * written with an embedder.
   */
  public static final String QUOTE_VECTOR = "quote_vector";

  /** Stored: the attribution rule that decided a quote's speaker. */
  public static final String QUOTE_RULE = "quote_rule";

  /** Stored: the description of an unnamed speaker ("a White House spokeswoman"). */
  public static final String QUOTE_SPEAKER_DESCRIPTION = "quote_speaker_description";

  public static final String QUOTE_KIND = "quote_kind";

  /** On a quote: its id, {@code ARTICLE#N}, stored (the {@link #ID} term indexes it). */
  public static final String QUOTE_ID = "quote_id";

  /**
   * A quote's article's outlet and headline: not in the index (the article stores them), added to a
   * quote's stored fields when it is read (see {@code QuoteTexts}).
   */
  public static final String ARTICLE_SOURCE = "article_source";

  public static final String ARTICLE_TITLE = "article_title";

  /** Facet dimension: speaker. */
  public static final String FACET_SPEAKER = "speaker";

  /**
   * The doc-values field that holds the speaker facet (the other facets share Lucene's default).
   */
  public static final String SPEAKER_FACET_FIELD = "$speakers";

  /** Facet dimension: outlet. */
  public static final String FACET_SOURCE = "source";

  /** Facet dimension: publication month, {@code yyyy-MM}. */
  public static final String FACET_MONTH = "month";

  /** Facet dimension: publication day, {@code yyyy-MM-dd}. */
  public static final String FACET_DAY = "day";

  private Fields() {}
}
