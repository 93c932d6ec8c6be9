package dev.verbatim.internal.index;

import dev.verbatim.Article;
import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.analysis.SourceAnalyzer;
import dev.verbatim.internal.analysis.SpeakerAnalyzer;
import dev.verbatim.internal.analysis.VerbatimAnalyzer;
import dev.verbatim.quote.Quote;
import dev.verbatim.quote.QuoteExtractor;
import dev.verbatim.quote.Speakers;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns an {@link Article} into a Lucene document and back. Thread-safe. */
public final class ArticleDocuments {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleDocuments.class);

  /**
   * Text with positions, stored; no offsets in the postings and no term vectors: the highlighter
   * re-analyses the stored text of the hits it shows (see {@link
   * dev.verbatim.internal.highlight.SnippetHighlighter}), so no article pays for offsets.
   */
  private static final FieldType STORED_TEXT = new FieldType();

  static {
    STORED_TEXT.setTokenized(true);
    STORED_TEXT.setStored(true);
    STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    STORED_TEXT.freeze();
  }

  /**
   * Quote text, on an article (every quote) and on a quote: positions, no offsets (a quote's
   * matches are marked by analysing its few words), not stored (the article's body holds the text).
   */
  private static final FieldType QUOTE_TEXT = new FieldType();

  /** Speaker name words: positions, not stored. */
  private static final FieldType SPEAKER_WORDS = new FieldType();

  static {
    QUOTE_TEXT.setTokenized(true);
    QUOTE_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    QUOTE_TEXT.freeze();
    SPEAKER_WORDS.setTokenized(true);
    SPEAKER_WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    SPEAKER_WORDS.freeze();
  }

  /**
   * The text fields that carry norms, each with the shape of an empty stand-in: every document gets
   * every one of them ({@link #addEmptyTextFields}).
   */
  private static final Map<String, FieldType> NORMED_TEXT = normedText();

  private static Map<String, FieldType> normedText() {
    FieldType positions = new FieldType(STORED_TEXT);
    positions.setStored(false);
    positions.freeze();
    return Map.of(
        Fields.BODY, positions,
        Fields.TITLE, positions,
        Fields.SOURCE, positions,
        Fields.QUOTES, QUOTE_TEXT,
        Fields.SPEAKER_TEXT, SPEAKER_WORDS);
  }

  private static final QuoteExtractor QUOTES = new QuoteExtractor();

  private final FacetsConfig facetsConfig = newFacetsConfig();

  /** The model that embeds speech quotes, or null: no vectors. */
  private final Embedder embedder;

  /** The speech quotes' embeddings, each quote text embedded once while it is remembered. */
  private final QuoteEmbeddings embeddings;

  /** Documents without quote vectors. */
  public ArticleDocuments() {
    this(null);
  }

  /**
   * Documents whose speech quotes carry {@code embedder}'s vectors ({@link Fields#QUOTE_VECTOR});
   * null for none.
   */
  public ArticleDocuments(Embedder embedder) {
    this(embedder, null);
  }

  /** Editors' speaker corrections applied to every article's quotes; null for none. */
  private final SpeakerCorrections corrections;

  /** Documents with quote vectors of {@code embedder} and the editors' {@code corrections}. */
  public ArticleDocuments(Embedder embedder, SpeakerCorrections corrections) {
    this.embedder = embedder;
    this.corrections = corrections;
    this.embeddings = new QuoteEmbeddings(embedder);
  }

  /** The embedder of quote vectors, or null. */
  public Embedder embedder() {
    return embedder;
  }

  private static FacetsConfig newFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    // an article has several speakers; they have doc values of their own, so that counting the
    // other facets does not walk them and the speaker facet walks nothing else
    config.setMultiValued(Fields.FACET_SPEAKER, true);
    config.setIndexFieldName(Fields.FACET_SPEAKER, Fields.SPEAKER_FACET_FIELD);
    return config;
  }

  /** The analyzer of the text fields (body, title, quotes), for the index and for queries. */
  public static final VerbatimAnalyzer TEXT_ANALYZER = new VerbatimAnalyzer();

  /** The analyzer of {@link Fields#SOURCE}, for the index and for queries. */
  public static final Analyzer SOURCE_ANALYZER = new SourceAnalyzer();

  /** The analyzer of {@link Fields#SPEAKER_TEXT}, for the index and for queries. */
  public static final Analyzer SPEAKER_ANALYZER = new SpeakerAnalyzer();

  /**
   * One analyzer for every field, shared: Lucene analyzers are thread-safe and reuse their token
   * streams per thread, so the writer, the query compiler and the highlighter use these instances
   * rather than building new components per request.
   */
  private static final Analyzer ANALYZER =
      new PerFieldAnalyzerWrapper(
          TEXT_ANALYZER,
          Map.of(Fields.SOURCE, SOURCE_ANALYZER, Fields.SPEAKER_TEXT, SPEAKER_ANALYZER));

  /** The analyzer for every field (shared, thread-safe). */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /** The facet configuration that documents are built with. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The term that identifies an article by id. */
  public static Term idTerm(String id) {
    return new Term(Fields.ID, id);
  }

  /** The term that every document of an article (the article and its quotes) carries. */
  public static Term articleTerm(String id) {
    return new Term(Fields.ARTICLE_ID, id);
  }

  /** A filter that keeps article documents and drops quote documents. */
  public static Query articlesOnly() {
    return new TermQuery(new Term(Fields.DOC_KIND, Fields.KIND_ARTICLE));
  }

  /** A filter that keeps quote documents. */
  public static Query quotesOnly() {
    return new TermQuery(new Term(Fields.DOC_KIND, Fields.KIND_QUOTE));
  }

  /**
   * What indexing makes of an article: bump it whenever analysis, quote extraction or attribution
   * changes what is indexed, so that re-ingesting the same articles rewrites them.
   */
  static final String INDEXING_VERSION = "2026-12-07";

  /**
   * The terms that identify an article in the index, hashed once per add.
   *
   * @param textHash its source and normalised headline and text ({@link Fields#TEXT_HASH}): the
   *     same story under another id
   * @param fingerprint every field as given, with this version and this embedder ({@link
   *     Fields#FINGERPRINT}): the same article, indexed as this version would index it
   */
  public record Identity(Term textHash, Term fingerprint) {}

  /** The identity of {@code article} (two SHA-256 hashes of its text). */
  public Identity identity(Article article) {
    return new Identity(
        new Term(Fields.TEXT_HASH, ArticleHashes.textHash(article)),
        new Term(
            Fields.FINGERPRINT,
            ArticleHashes.fingerprint(
                article,
                INDEXING_VERSION,
                embedder == null ? "no vectors" : embedder.name(),
                corrections == null ? "" : corrections.fingerprint(article.id()))));
  }

  /** The source filter key: the outlet's name case-folded. */
  public static String sourceKey(String source) {
    return source.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Builds the documents of {@code article}: the article, then one per quote in its body. All carry
   * {@link Fields#ARTICLE_ID} and {@link Fields#TEXT_HASH}, so that one update or delete replaces
   * them together.
   */
  public List<Document> toDocuments(Article article) throws IOException {
    return toDocuments(article, identity(article));
  }

  /** {@link #toDocuments(Article)} with the article's identity already computed. */
  public List<Document> toDocuments(Article article, Identity identity) throws IOException {
    List<Quote> quotes;
    try {
      quotes = QUOTES.extract(article.text());
      if (corrections != null) {
        quotes = corrections.apply(article.id(), quotes);
      }
    } catch (RuntimeException bug) {
      // a fault in quote finding must not cost the article: it is indexed without quotes, and said
      LOG.warn("quotes of article {} could not be found; indexed without them", article.id(), bug);
      quotes = List.of();
    }
    List<Document> docs = new ArrayList<>(1 + quotes.size());
    Document doc = toDocument(article, identity);
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote q : quotes) {
      doc.add(new Field(Fields.QUOTES, q.text(), QUOTE_TEXT));
      if (q.speaker() != null) {
        speakers.add(q.speaker());
      }
    }
    for (String speaker : speakers) {
      addSpeaker(doc, speaker);
    }
    addEmptyTextFields(doc);
    docs.add(facetsConfig.build(doc));
    String hash = identity.textHash().text();
    List<float[]> vectors = embeddings.of(article, quotes);
    for (int i = 0; i < quotes.size(); i++) {
      Document quote = quoteDocument(article, hash, i, quotes.get(i));
      if (vectors.get(i) != null) {
        quote.add(QuoteVectors.field(vectors.get(i)));
      }
      addEmptyTextFields(quote);
      docs.add(facetsConfig.build(quote));
    }
    return docs;
  }

  /**
   * Adds, without a token, each text field with norms that {@code doc} lacks (a quote has no body,
   * an article without quotes no quote text). Its norm is then written for every document: Lucene
   * keeps the norms of a field that only some documents have as a sparse list, which it scans from
   * the start of a block for every document of every term when it writes postings at flush and
   * merge (27 % of the indexing threads, 60 % of merging, in a profile at 38,566 articles); a dense
   * list is read by position. A field without tokens has no terms and changes no statistic a score
   * reads (document count, total term frequency): every search and score stay the same.
   */
  static void addEmptyTextFields(Document doc) {
    NORMED_TEXT.forEach(
        (name, type) -> {
          if (doc.getField(name) == null) {
            doc.add(new Field(name, new EmptyTokenStream(), type));
          }
        });
  }

  private Document quoteDocument(Article article, String hash, int n, Quote q) {
    Document doc = new Document();
    doc.add(new StringField(Fields.DOC_KIND, Fields.KIND_QUOTE, Field.Store.NO));
    doc.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.YES));
    // every document has every field it shares with others in the same shape (Lucene checks)
    doc.add(new StringField(Fields.ID, article.id() + "#" + n, Field.Store.NO));
    doc.add(new StoredField(Fields.QUOTE_ID, article.id() + "#" + n));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(article.id() + "#" + n)));
    doc.add(new StringField(Fields.TEXT_HASH, hash, Field.Store.NO));
    doc.add(new Field(Fields.QUOTES, q.text(), QUOTE_TEXT));
    QuoteFields.store(doc, q);
    if (q.speaker() != null) {
      addSpeaker(doc, q.speaker());
    }
    if (article.source() != null) {
      addSourceFilters(doc, article.source());
    }
    if (article.date() != null) {
      addDate(doc, article.date());
    }
    return doc;
  }

  /** Publication day: range queries, sorting, stored, and the month and day facets. */
  private static void addDate(Document doc, LocalDate date) {
    long day = date.toEpochDay();
    doc.add(new LongPoint(Fields.DATE, day));
    doc.add(new NumericDocValuesField(Fields.DATE, day));
    doc.add(new StoredField(Fields.DATE, day));
    String iso = date.toString();
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_MONTH, iso.substring(0, 7)));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_DAY, iso));
  }

  /** Outlet: the exact filter key and the facet. */
  private static void addSourceFilters(Document doc, String source) {
    doc.add(new StringField(Fields.SOURCE_KEY, sourceKey(source), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SOURCE, source));
  }

  private static void addSpeaker(Document doc, String speaker) {
    doc.add(new StringField(Fields.SPEAKER, Speakers.key(speaker), Field.Store.NO));
    doc.add(new Field(Fields.SPEAKER_TEXT, speaker, SPEAKER_WORDS));
    doc.add(new StoredField(Fields.SPEAKER_NAME, speaker));
    doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SPEAKER, speaker));
  }

  /** Builds the article's own document, without its quotes. */
  private Document toDocument(Article article, Identity identity) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.DOC_KIND, Fields.KIND_ARTICLE, Field.Store.NO));
    doc.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.NO));
    doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(article.id())));
    if (article.source() != null) {
      doc.add(new Field(Fields.SOURCE, article.source(), STORED_TEXT));
      addSourceFilters(doc, article.source());
    }
    if (article.url() != null) {
      doc.add(new StoredField(Fields.URL, article.url()));
    }
    if (article.title() != null) {
      doc.add(new Field(Fields.TITLE, article.title(), STORED_TEXT));
    }
    for (String author : article.authors()) {
      doc.add(new StoredField(Fields.AUTHORS, author));
    }
    if (article.date() != null) {
      addDate(doc, article.date());
    }
    if (article.language() != null) {
      doc.add(new StringField(Fields.LANGUAGE, article.language(), Field.Store.YES));
    }
    doc.add(new Field(Fields.BODY, article.text(), STORED_TEXT));
    doc.add(
        new StringField(identity.textHash().field(), identity.textHash().bytes(), Field.Store.NO));
    doc.add(
        new StringField(
            identity.fingerprint().field(), identity.fingerprint().bytes(), Field.Store.NO));
    return doc;
  }

  /** Reads an article back from its stored fields. */
  public static Article fromDocument(Document doc) {
    var date = doc.getField(Fields.DATE);
    return new Article(
        doc.get(Fields.ID),
        doc.get(Fields.SOURCE),
        doc.get(Fields.URL),
        doc.get(Fields.TITLE),
        List.of(doc.getValues(Fields.AUTHORS)),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        doc.get(Fields.LANGUAGE),
        doc.get(Fields.BODY));
  }
}
