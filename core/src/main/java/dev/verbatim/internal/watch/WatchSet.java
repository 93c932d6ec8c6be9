package dev.verbatim.internal.watch;

import dev.verbatim.Article;
import dev.verbatim.QuerySyntaxException;
import dev.verbatim.Scope;
import dev.verbatim.Snippet;
import dev.verbatim.Watch;
import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.index.QuoteFields;
import dev.verbatim.internal.index.QuoteVectors;
import dev.verbatim.internal.search.SearchSnapshot;
import dev.verbatim.quote.Quote;
import dev.verbatim.verify.Candidate;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.Verifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
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
  private final List<SavedSearch> ofArticles;
  private final List<SavedSearch> ofQuotes;
  private final List<ClaimWatch> claims;
  private final Presearcher<SavedSearch> articles;
  private final Presearcher<SavedSearch> quotes;

  /** The fields the searches of each scope read: the others are not analysed. */
  private final Set<String> articleFields;

  private final Set<String> quoteFields;

  /** The claims by each of their content stems, and those with an embedding. */
  private final Map<String, List<ClaimWatch>> claimsByStem = new HashMap<>();

  private final List<ClaimWatch> claimsWithVectors = new ArrayList<>();

  private final Map<String, ClaimWatch> claimsById = new HashMap<>();

  /** The set of compiled watches; each list is kept as it is. */
  private WatchSet(
      List<SavedSearch> ofArticles, List<SavedSearch> ofQuotes, List<ClaimWatch> claims) {
    this.ofArticles = ofArticles;
    this.ofQuotes = ofQuotes;
    this.claims = claims;
    for (SavedSearch w : ofArticles) {
      byId.put(w.watch().id(), w.watch());
    }
    for (SavedSearch w : ofQuotes) {
      byId.put(w.watch().id(), w.watch());
    }
    for (ClaimWatch c : claims) {
      byId.put(c.watch().id(), c.watch());
    }
    this.articles = new Presearcher<>(ofArticles, SavedSearch::required);
    this.quotes = new Presearcher<>(ofQuotes, SavedSearch::required);
    this.articleFields = SavedSearch.fields(ofArticles);
    this.quoteFields = SavedSearch.fields(ofQuotes);
    for (ClaimWatch c : claims) {
      claimsById.put(c.watch().id(), c);
      for (String stem : c.stems()) {
        claimsByStem.computeIfAbsent(stem, k -> new ArrayList<>(1)).add(c);
      }
      if (c.vector() != null) {
        claimsWithVectors.add(c);
      }
    }
  }

  /**
   * Checks that a search watch's query compiles.
   *
   * @throws dev.verbatim.QuerySyntaxException if it does not
   */
  public static void check(Watch watch) {
    if (!watch.request().isClaim()) {
      SavedSearch.compile(watch, t -> 0);
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
    List<SavedSearch> a = new ArrayList<>(ofArticles);
    List<SavedSearch> q = new ArrayList<>(ofQuotes);
    List<ClaimWatch> c = new ArrayList<>(claims);
    for (Watch w : added) {
      if (w.request().isClaim()) {
        c.add(new ClaimWatch(w, vectors.get(w.id())));
        continue;
      }
      SavedSearch s;
      try {
        s = SavedSearch.compile(w, docFreq);
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
    List<SavedSearch> a = new ArrayList<>(ofArticles);
    List<SavedSearch> q = new ArrayList<>(ofQuotes);
    List<ClaimWatch> c = new ArrayList<>(claims);
    a.removeIf(s -> s.watch().id().equals(id));
    q.removeIf(s -> s.watch().id().equals(id));
    c.removeIf(claim -> claim.watch().id().equals(id));
    return new WatchSet(a, q, c);
  }

  /** The embedding of the claim watch {@code id}, or null. */
  public float[] vector(String id) {
    ClaimWatch c = claimsById.get(id);
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
    IdentityHashMap<ClaimWatch, List<Integer>> picked = claimsByStems(docs);
    if (picked.isEmpty()) {
      return List.of();
    }
    Map<Integer, Candidate> quotes = new HashMap<>();
    Verifier verifier = new Verifier();
    List<Found> found = new ArrayList<>();
    for (Map.Entry<ClaimWatch, List<Integer>> e : picked.entrySet()) {
      ClaimWatch c = e.getKey();
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
      for (SavedSearch s : articles.candidates(leaf)) {
        if (!s.holdsSecond(leaf)) {
          continue;
        }
        Snippet text = s.match(snapshot, memory, article.get(Fields.BODY), Fields.BODY);
        if (text != null) {
          found.add(new Found(s.watch(), -1, text, null));
        }
      }
    }
    if (!quotes.isEmpty()) {
      Set<SavedSearch> matched = Collections.newSetFromMap(new IdentityHashMap<>());
      for (int n = 1; n < docs.size(); n++) {
        Document quote = docs.get(n);
        IndexSearcher memory = memory(quote, quoteFields);
        LeafReader leaf = leaf(memory);
        for (SavedSearch s : quotes.candidates(leaf)) {
          if (matched.contains(s) || !s.holdsSecond(leaf)) {
            continue;
          }
          Snippet text = s.match(snapshot, memory, quote.get(Fields.QUOTES), Fields.QUOTES);
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
    for (ClaimWatch c : candidateClaims(docs, related)) {
      watches.add(c.watch());
    }
    return watches;
  }

  /** {@link #claimCandidates}, as the claims read once. */
  private Set<ClaimWatch> candidateClaims(List<Document> docs, double related) {
    if (claims.isEmpty() || docs.size() < 2) {
      return Set.of();
    }
    Set<ClaimWatch> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
    candidates.addAll(claimsByStems(docs).keySet());
    for (Document quote : docs.subList(1, docs.size())) {
      float[] v = QuoteVectors.of(quote.getField(Fields.QUOTE_VECTOR));
      if (v != null) {
        for (ClaimWatch c : claimsWithVectors) {
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
  private IdentityHashMap<ClaimWatch, List<Integer>> claimsByStems(List<Document> docs) {
    IdentityHashMap<ClaimWatch, List<Integer>> found = new IdentityHashMap<>();
    for (int i = 1; i < docs.size(); i++) {
      IdentityHashMap<ClaimWatch, Integer> shared = new IdentityHashMap<>();
      for (String stem : Verifier.contentStems(docs.get(i).get(Fields.QUOTES))) {
        for (ClaimWatch c : claimsByStem.getOrDefault(stem, List.of())) {
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
