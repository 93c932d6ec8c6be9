package dev.verbatim.internal.watch;

import dev.verbatim.Article;
import dev.verbatim.QuerySyntaxException;
import dev.verbatim.Scope;
import dev.verbatim.SearchRequest;
import dev.verbatim.Snippet;
import dev.verbatim.Watch;
import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.index.QuoteFields;
import dev.verbatim.internal.index.QuoteVectors;
import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.internal.query.QueryParser;
import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.SearchSnapshot;
import dev.verbatim.quote.Quote;
import dev.verbatim.verify.Candidate;
import dev.verbatim.verify.ReportedSpeech;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.Verifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watches of an index, compiled once, and the matching of one arriving article against them:
 * the article's documents (the article, then its quotes) are analysed into a {@link MemoryIndex}
 * each, exactly as the index analyses them; a {@link Presearcher} picks the searches that share a
 * term with the document, and each of those runs its compiled query with its filters on it, as
 * {@code /api/search} would. Claims are picked by the words or meaning of the article's quotes and
 * compared later, on the snapshot that holds the article ({@link #claimCandidates}). Immutable:
 * adding or removing a watch makes a new set.
 */
public final class WatchSet {
  private static final Logger LOG = LoggerFactory.getLogger(WatchSet.class);

  /** A set without watches. */
  public static final WatchSet EMPTY = new WatchSet(List.of(), List.of(), List.of());

  private final Map<String, Watch> byId = new HashMap<>();
  private final List<Search> ofArticles;
  private final List<Search> ofQuotes;
  private final List<Claim> claims;
  private final Presearcher<Search> articles;
  private final Presearcher<Search> quotes;

  /** The fields the searches of each scope read: the others are not analysed. */
  private final Set<String> articleFields;

  private final Set<String> quoteFields;

  /** The claims by each of their content stems, and those with an embedding. */
  private final Map<String, List<Claim>> claimsByStem = new HashMap<>();

  private final List<Claim> claimsWithVectors = new ArrayList<>();

  private final Map<String, Claim> claimsById = new HashMap<>();

  /**
   * A saved search, compiled: its query, and, when it needs no lookup in the index (no speaker
   * filter), the query with its filters. Identity is the watch's: sets of candidates hash it often.
   */
  private static final class Search {
    private final Watch watch;
    private final Query query;
    private final Query filtered;
    private final QueryTerms.Requirement required;
    private final Set<String> fields;

    Search(
        Watch watch,
        Query query,
        Query filtered,
        QueryTerms.Requirement required,
        Set<String> fields) {
      this.watch = watch;
      this.query = query;
      this.filtered = filtered;
      this.required = required;
      this.fields = fields;
    }

    Watch watch() {
      return watch;
    }

    Set<Term> required() {
      return required == null ? null : required.terms();
    }

    /**
     * Whether the document of {@code leaf} holds one of the search's second required terms (true
     * when it has none): a phrase whose rarer word is there but not its other is not run.
     */
    boolean holdsSecond(LeafReader leaf) throws IOException {
      if (required == null || required.also() == null) {
        return true;
      }
      for (Term t : required.also()) {
        Terms terms = leaf.terms(t.field());
        if (terms != null && terms.iterator().seekExact(t.bytes())) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A claim, read once as verify reads it: its words without the reporting frame, the speaker it is
   * checked against (the one asked, else the frame's), its content stems, its embedding (null
   * without one).
   */
  private static final class Claim {
    private final Watch watch;
    private final String words;
    private final String speaker;
    private final Set<String> stems;
    private final float[] vector;

    Claim(Watch watch, float[] vector) {
      String claim = watch.request().claim();
      ReportedSpeech reported = ReportedSpeech.of(claim);
      this.watch = watch;
      this.words = reported.words().isBlank() ? claim : reported.words();
      this.speaker =
          watch.request().speaker() != null ? watch.request().speaker() : reported.speaker();
      this.stems = Verifier.contentStems(words);
      this.vector = vector;
    }

    Watch watch() {
      return watch;
    }

    Set<String> stems() {
      return stems;
    }

    float[] vector() {
      return vector;
    }
  }

  /** The set of compiled watches; each list is kept as it is. */
  private WatchSet(List<Search> ofArticles, List<Search> ofQuotes, List<Claim> claims) {
    this.ofArticles = ofArticles;
    this.ofQuotes = ofQuotes;
    this.claims = claims;
    for (Search w : ofArticles) {
      byId.put(w.watch().id(), w.watch());
    }
    for (Search w : ofQuotes) {
      byId.put(w.watch().id(), w.watch());
    }
    for (Claim c : claims) {
      byId.put(c.watch().id(), c.watch());
    }
    this.articles = new Presearcher<>(ofArticles, Search::required);
    this.quotes = new Presearcher<>(ofQuotes, Search::required);
    this.articleFields = fields(ofArticles);
    this.quoteFields = fields(ofQuotes);
    for (Claim c : claims) {
      claimsById.put(c.watch().id(), c);
      for (String stem : c.stems()) {
        claimsByStem.computeIfAbsent(stem, k -> new ArrayList<>(1)).add(c);
      }
      if (c.vector() != null) {
        claimsWithVectors.add(c);
      }
    }
  }

  private static Set<String> fields(List<Search> searches) {
    Set<String> fields = new HashSet<>();
    for (Search s : searches) {
      fields.addAll(s.fields);
    }
    return fields;
  }

  /**
   * The query of a search watch as {@code /api/search} compiles it (prefixes are not checked
   * against the index: a watch meets words the index has not seen yet).
   *
   * @throws dev.verbatim.QuerySyntaxException if the query is malformed
   */
  private static Search compile(Watch w, ToLongFunction<Term> docFreq) {
    List<QueryField> fields =
        w.request().scope() == Scope.QUOTES ? QueryField.QUOTES : QueryField.ARTICLE;
    Query query = new QueryCompiler(null, fields).compile(QueryParser.parse(w.request().query()));
    // the filters of a search without speakers read nothing from the index: built once
    Query filtered = null;
    SearchRequest r = w.request().search();
    if (r.speakers().isEmpty()) {
      try {
        filtered =
            r.sources().isEmpty() && r.from() == null && r.to() == null
                ? query
                : ArticleSearch.withFilters(null, query, r, MatchAllDocsQuery.INSTANCE);
      } catch (IOException cannotHappen) {
        // only the speakers filter reads the index
        throw new UncheckedIOException(cannotHappen);
      }
    }
    Set<String> read = new HashSet<>(FILTER_FIELDS);
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            read.add(field);
            return false;
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return new Search(w, query, filtered, QueryTerms.requirement(query, docFreq), read);
  }

  /**
   * Checks that a search watch's query compiles.
   *
   * @throws dev.verbatim.QuerySyntaxException if it does not
   */
  public static void check(Watch watch) {
    if (!watch.request().isClaim()) {
      compile(watch, t -> 0);
    }
  }

  /** The set of {@code watches}; {@code vectors} holds the claims' embeddings by watch id. */
  public static WatchSet of(
      List<Watch> watches, Map<String, float[]> vectors, ToLongFunction<Term> docFreq) {
    return EMPTY.with(watches, vectors, docFreq);
  }

  /**
   * This set and {@code added}, each compiled once (the watches already here are not compiled
   * again).
   *
   * @param vectors the added claims' embeddings by watch id (a claim without one is matched by
   *     words)
   * @param docFreq how many documents of the index hold a term: a search is filed under the terms
   *     the fewest hold ({@link QueryTerms})
   */
  public WatchSet with(
      List<Watch> added, Map<String, float[]> vectors, ToLongFunction<Term> docFreq) {
    if (added.isEmpty()) {
      return this;
    }
    List<Search> a = new ArrayList<>(ofArticles);
    List<Search> q = new ArrayList<>(ofQuotes);
    List<Claim> c = new ArrayList<>(claims);
    for (Watch w : added) {
      if (w.request().isClaim()) {
        c.add(new Claim(w, vectors.get(w.id())));
        continue;
      }
      Search s;
      try {
        s = compile(w, docFreq);
      } catch (QuerySyntaxException e) {
        // a watch stored by an earlier version whose query this one refuses must not keep the
        // index from opening: it is kept, listed and readable, and matches nothing until replaced
        LOG.warn(
            "watch {} is not matched: its query no longer compiles: {}", w.id(), e.getMessage());
        continue;
      }
      (w.request().scope() == Scope.QUOTES ? q : a).add(s);
    }
    return new WatchSet(a, q, c);
  }

  /** This set without the watch {@code id}. */
  public WatchSet without(String id) {
    List<Search> a = new ArrayList<>(ofArticles);
    List<Search> q = new ArrayList<>(ofQuotes);
    List<Claim> c = new ArrayList<>(claims);
    a.removeIf(s -> s.watch().id().equals(id));
    q.removeIf(s -> s.watch().id().equals(id));
    c.removeIf(claim -> claim.watch().id().equals(id));
    return new WatchSet(a, q, c);
  }

  /** The embedding of the claim watch {@code id}, or null. */
  public float[] vector(String id) {
    Claim c = claimsById.get(id);
    return c == null ? null : c.vector();
  }

  /** Whether it holds no watch. */
  public boolean isEmpty() {
    return byId.isEmpty();
  }

  /** How many watches it holds. */
  public int size() {
    return byId.size();
  }

  /**
   * A search watch's match of an arriving article.
   *
   * @param quote the matched quote's number in the article ({@code ARTICLE#N}), or -1 for an
   *     article search
   * @param text the best sentence with the matches marked, or the quote
   * @param speaker the quote's speaker, or null
   */
  public record Found(
      Watch watch,
      int quote,
      Snippet text,
      String speaker,
      Verification.Verdict verdict,
      Double meaning) {
    Found(Watch watch, int quote, Snippet text, String speaker) {
      this(watch, quote, text, speaker, null, null);
    }
  }

  /**
   * The claim watches the article's quotes attest by words ({@code exact}, {@code close}, or a
   * {@code paraphrase} sharing most of the claim's words), compared as verify compares them: a
   * verdict by words depends on the claim and the quote alone, so it is reached here, in the
   * document's thread, without the index. For an index without quote vectors; with them, claims are
   * compared on the index ({@link #claimCandidates}).
   *
   * @param article the article whose documents {@code docs} are
   */
  public List<Found> claimsByWords(List<Document> docs, Article article) {
    if (claims.isEmpty() || docs.size() < 2) {
      return List.of();
    }
    IdentityHashMap<Claim, List<Integer>> picked = claimsByStems(docs);
    if (picked.isEmpty()) {
      return List.of();
    }
    Map<Integer, Candidate> quotes = new HashMap<>();
    Verifier verifier = new Verifier();
    List<Found> found = new ArrayList<>();
    for (Map.Entry<Claim, List<Integer>> e : picked.entrySet()) {
      Claim c = e.getKey();
      // only the quotes sharing half its words: the others cannot match it by words
      List<Candidate> sharing = new ArrayList<>(e.getValue().size());
      for (int i : e.getValue()) {
        sharing.add(quotes.computeIfAbsent(i, k -> candidate(docs.get(k), article)));
      }
      List<Verification.Match> matches =
          verifier.matches(c.words, c.speaker, sharing, id -> article.text(), null);
      if (!matches.isEmpty() && matches.getFirst().verdict() != Verification.Verdict.NOT_FOUND) {
        Verification.Match best = matches.getFirst();
        found.add(
            new Found(
                c.watch(),
                -1,
                best.context() != null ? best.context() : Snippet.plain(best.text()),
                best.speaker(),
                best.verdict(),
                null));
      }
    }
    return found;
  }

  /** A quote document of {@code article} as verify's candidate. */
  private static Candidate candidate(Document doc, Article article) {
    Quote q = QuoteFields.read(doc);
    return new Candidate(
        article.id(),
        q.start(),
        q.end(),
        q.text(),
        q.speaker(),
        q.cue(),
        article.source(),
        article.date(),
        null,
        false);
  }

  /**
   * The search watches that match the article whose documents are {@code docs} (the article's
   * first, then its quotes in order, as {@link ArticleDocuments#toDocuments} builds them), each
   * once; a quote search reports its first matching quote.
   *
   * @param snapshot the index as last refreshed, for the speakers' other spellings
   */
  public List<Found> searches(SearchSnapshot snapshot, List<Document> docs) throws IOException {
    List<Found> found = new ArrayList<>();
    if (!articles.isEmpty()) {
      Document article = docs.getFirst();
      IndexSearcher memory = memory(article, articleFields);
      LeafReader leaf = leaf(memory);
      for (Search s : articles.candidates(leaf)) {
        if (!s.holdsSecond(leaf)) {
          continue;
        }
        Snippet text = match(snapshot, memory, s, article.get(Fields.BODY), Fields.BODY);
        if (text != null) {
          found.add(new Found(s.watch(), -1, text, null));
        }
      }
    }
    if (!quotes.isEmpty()) {
      Set<Search> matched = Collections.newSetFromMap(new IdentityHashMap<>());
      for (int n = 1; n < docs.size(); n++) {
        Document quote = docs.get(n);
        IndexSearcher memory = memory(quote, quoteFields);
        LeafReader leaf = leaf(memory);
        for (Search s : quotes.candidates(leaf)) {
          if (matched.contains(s) || !s.holdsSecond(leaf)) {
            continue;
          }
          Snippet text = match(snapshot, memory, s, quote.get(Fields.QUOTES), Fields.QUOTES);
          if (text != null) {
            matched.add(s);
            found.add(new Found(s.watch(), n - 1, text, quote.get(Fields.SPEAKER_NAME)));
          }
        }
      }
    }
    return found;
  }

  /**
   * The claim watches that one of the article's quotes may attest: it shares at least half of the
   * claim's content stems (no verdict by words can be reached otherwise), or its embedding is at
   * least {@code related} near the claim's. Verify itself decides, on the snapshot that holds the
   * article.
   *
   * @param related how near in meaning a quote must be; NaN without a model
   */
  public List<Watch> claimCandidates(List<Document> docs, double related) {
    List<Watch> watches = new ArrayList<>();
    for (Claim c : candidateClaims(docs, related)) {
      watches.add(c.watch());
    }
    return watches;
  }

  /** {@link #claimCandidates}, as the claims read once. */
  private Set<Claim> candidateClaims(List<Document> docs, double related) {
    if (claims.isEmpty() || docs.size() < 2) {
      return Set.of();
    }
    Set<Claim> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
    candidates.addAll(claimsByStems(docs).keySet());
    for (Document quote : docs.subList(1, docs.size())) {
      float[] v = QuoteVectors.of(quote.getField(Fields.QUOTE_VECTOR));
      if (v != null) {
        for (Claim c : claimsWithVectors) {
          if (!candidates.contains(c) && near(c.vector(), v, related)) {
            candidates.add(c);
          }
        }
      }
    }
    return candidates;
  }

  /**
   * The claims sharing at least half their content stems with a quote of {@code docs} (found from
   * the stems' lists), each with the positions in {@code docs} of the quotes that do.
   */
  private IdentityHashMap<Claim, List<Integer>> claimsByStems(List<Document> docs) {
    IdentityHashMap<Claim, List<Integer>> found = new IdentityHashMap<>();
    for (int i = 1; i < docs.size(); i++) {
      IdentityHashMap<Claim, Integer> shared = new IdentityHashMap<>();
      for (String stem : Verifier.contentStems(docs.get(i).get(Fields.QUOTES))) {
        for (Claim c : claimsByStem.getOrDefault(stem, List.of())) {
          int n = shared.merge(c, 1, Integer::sum);
          if (n * 2 >= c.stems().size() && (n - 1) * 2 < c.stems().size()) {
            found.computeIfAbsent(c, k -> new ArrayList<>()).add(i); // once, as it reaches half
          }
        }
      }
    }
    return found;
  }

  private static boolean near(float[] claim, float[] quote, double related) {
    return claim != null
        && quote != null
        && claim.length == quote.length
        && !Double.isNaN(related)
        && Embedder.cosine(claim, quote) >= related;
  }

  /** The fields no query names that the filters read. */
  private static final Set<String> FILTER_FIELDS =
      Set.of(Fields.SOURCE_KEY, Fields.SPEAKER, Fields.DATE);

  /**
   * The text of {@code field} around the first match of {@code s} with its matches marked, or null
   * when it does not match; one weight gives both (Lucene's {@code Weight.matches}).
   */
  private static Snippet match(
      SearchSnapshot snapshot, IndexSearcher memory, Search s, String text, String field)
      throws IOException {
    Query full =
        s.filtered != null
            ? s.filtered
            : ArticleSearch.withFilters(
                snapshot, s.query, s.watch().request().search(), MatchAllDocsQuery.INSTANCE);
    Weight weight = memory.createWeight(memory.rewrite(full), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches = weight.matches(memory.getIndexReader().leaves().getFirst(), 0);
    if (matches == null) {
      return null;
    }
    MatchesIterator it = matches.getMatches(field);
    List<int[]> spans = new ArrayList<>();
    while (it != null && it.next() && spans.size() < MAX_MARKS) {
      if (it.startOffset() >= 0 && it.endOffset() <= text.length()) {
        spans.add(new int[] {it.startOffset(), it.endOffset()});
      }
    }
    return Passages.around(text, spans);
  }

  private static final int MAX_MARKS = 64;

  /** The document's fields that {@code fields} names, analysed as the index analyses them. */
  private static IndexSearcher memory(Document doc, Set<String> fields) {
    MemoryIndex memory = new MemoryIndex(true, false);
    for (IndexableField field : doc) {
      if (fields.contains(field.name())
          && (field.fieldType().indexOptions() != IndexOptions.NONE
              || field.fieldType().pointDimensionCount() > 0)) {
        memory.addField(field, ArticleDocuments.analyzer());
      }
    }
    memory.freeze();
    return memory.createSearcher();
  }

  private static LeafReader leaf(IndexSearcher memory) {
    return memory.getIndexReader().leaves().getFirst().reader();
  }
}
