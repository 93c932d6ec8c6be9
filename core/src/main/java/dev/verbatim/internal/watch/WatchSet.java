package dev.verbatim.internal.watch;

import dev.verbatim.Scope;
import dev.verbatim.Snippet;
import dev.verbatim.Watch;
import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.highlight.SnippetHighlighter;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.internal.query.QueryParser;
import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.SearchSnapshot;
import dev.verbatim.verify.ReportedSpeech;
import dev.verbatim.verify.Verifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

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
  /** A set without watches. */
  public static final WatchSet EMPTY = new WatchSet(List.of(), Map.of());

  private final Map<String, Watch> byId = new HashMap<>();
  private final Map<String, float[]> vectors;
  private final Presearcher<Search> articles;
  private final Presearcher<Search> quotes;
  private final List<Claim> claims = new ArrayList<>();

  /** A saved search, compiled. */
  private record Search(Watch watch, Query query, Set<Term> required) {}

  /**
   * A claim, read as verify reads it: without its frame, its content stems, its embedding (null
   * without one).
   */
  private static final class Claim {
    private final Watch watch;
    private final Set<String> stems;
    private final float[] vector;

    Claim(Watch watch, Set<String> stems, float[] vector) {
      this.watch = watch;
      this.stems = stems;
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

  /**
   * @param vectors the claims' embeddings by watch id (a claim without one is matched by words)
   */
  private WatchSet(List<Watch> watches, Map<String, float[]> vectors) {
    this.vectors = Map.copyOf(vectors);
    List<Search> ofArticles = new ArrayList<>();
    List<Search> ofQuotes = new ArrayList<>();
    for (Watch w : watches) {
      byId.put(w.id(), w);
      if (w.request().isClaim()) {
        String words = ReportedSpeech.of(w.request().claim()).words();
        claims.add(
            new Claim(
                w,
                Verifier.contentStems(words.isBlank() ? w.request().claim() : words),
                vectors.get(w.id())));
      } else {
        Search s = compile(w);
        (w.request().scope() == Scope.QUOTES ? ofQuotes : ofArticles).add(s);
      }
    }
    this.articles = new Presearcher<>(ofArticles, Search::required);
    this.quotes = new Presearcher<>(ofQuotes, Search::required);
  }

  /**
   * The query of a search watch as {@code /api/search} compiles it (prefixes are not checked
   * against the index: a watch meets words the index has not seen yet).
   *
   * @throws dev.verbatim.QuerySyntaxException if the query is malformed
   */
  private static Search compile(Watch w) {
    List<QueryField> fields =
        w.request().scope() == Scope.QUOTES ? QueryField.QUOTES : QueryField.ARTICLE;
    Query query = new QueryCompiler(null, fields).compile(QueryParser.parse(w.request().query()));
    return new Search(w, query, QueryTerms.required(query));
  }

  /**
   * Checks that a search watch's query compiles.
   *
   * @throws dev.verbatim.QuerySyntaxException if it does not
   */
  public static void check(Watch watch) {
    if (!watch.request().isClaim()) {
      compile(watch);
    }
  }

  /** The set of {@code watches}. */
  public static WatchSet of(List<Watch> watches, Map<String, float[]> vectors) {
    return watches.isEmpty() ? EMPTY : new WatchSet(watches, vectors);
  }

  /** This set and {@code watch}. */
  public WatchSet with(Watch watch, float[] vector) {
    List<Watch> all = new ArrayList<>(byId.values());
    all.add(watch);
    Map<String, float[]> v = new HashMap<>(vectors);
    if (vector != null) {
      v.put(watch.id(), vector);
    }
    return new WatchSet(all, v);
  }

  /** This set without the watch {@code id}. */
  public WatchSet without(String id) {
    List<Watch> all = new ArrayList<>(byId.values());
    all.removeIf(w -> w.id().equals(id));
    Map<String, float[]> v = new HashMap<>(vectors);
    v.remove(id);
    return of(all, v);
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
  public record Found(Watch watch, int quote, Snippet text, String speaker) {}

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
      MemoryIndex memory = memory(article);
      for (Search s : articles.candidates(leaf(memory))) {
        if (matches(snapshot, memory, s, ArticleDocuments.articlesOnly())) {
          found.add(new Found(s.watch(), -1, snippet(memory, s, article), null));
        }
      }
    }
    if (!quotes.isEmpty()) {
      Set<String> matched = new HashSet<>();
      for (int n = 1; n < docs.size(); n++) {
        Document quote = docs.get(n);
        MemoryIndex memory = memory(quote);
        for (Search s : quotes.candidates(leaf(memory))) {
          if (!matched.contains(s.watch().id())
              && matches(snapshot, memory, s, ArticleDocuments.quotesOnly())) {
            matched.add(s.watch().id());
            found.add(
                new Found(
                    s.watch(), n - 1, snippet(memory, s, quote), quote.get(Fields.SPEAKER_NAME)));
          }
        }
      }
    }
    return found;
  }

  /**
   * The claim watches that one of the article's quotes may attest: it shares at least half of the
   * claim's content stems, or its embedding is at least the model's related threshold near the
   * claim's (no verdict of verify can be reached otherwise). Verify itself decides, on the snapshot
   * that holds the article.
   *
   * @param related the model's related threshold; NaN without a model
   */
  public List<Watch> claimCandidates(List<Document> docs, double related) {
    if (claims.isEmpty() || docs.size() < 2) {
      return List.of();
    }
    List<Set<String>> stems = new ArrayList<>();
    List<float[]> quoteVectors = new ArrayList<>();
    for (Document quote : docs.subList(1, docs.size())) {
      stems.add(Verifier.contentStems(quote.get(Fields.QUOTES)));
      IndexableField v = quote.getField(Fields.QUOTE_VECTOR);
      quoteVectors.add(v instanceof KnnFloatVectorField f ? f.vectorValue() : null);
    }
    List<Watch> candidates = new ArrayList<>();
    for (Claim c : claims) {
      for (int i = 0; i < stems.size(); i++) {
        if (sharesHalf(c.stems(), stems.get(i)) || near(c.vector(), quoteVectors.get(i), related)) {
          candidates.add(c.watch());
          break;
        }
      }
    }
    return candidates;
  }

  private static boolean sharesHalf(Set<String> claim, Set<String> quote) {
    if (claim.isEmpty()) {
      return false;
    }
    long shared = claim.stream().filter(quote::contains).count();
    return shared * 2 >= claim.size();
  }

  private static boolean near(float[] claim, float[] quote, double related) {
    return claim != null
        && quote != null
        && claim.length == quote.length
        && !Double.isNaN(related)
        && Embedder.cosine(claim, quote) >= related;
  }

  private static boolean matches(SearchSnapshot snapshot, MemoryIndex memory, Search s, Query kind)
      throws IOException {
    Query full = ArticleSearch.withFilters(snapshot, s.query(), s.watch().request().search(), kind);
    return memory.createSearcher().count(full) > 0;
  }

  /** The document's searchable fields analysed as the index analyses them. */
  private static MemoryIndex memory(Document doc) {
    MemoryIndex memory = new MemoryIndex(true, false);
    for (IndexableField field : doc) {
      if (field.fieldType().indexOptions() != IndexOptions.NONE
          || field.fieldType().pointDimensionCount() > 0) {
        memory.addField(field, ArticleDocuments.analyzer());
      }
    }
    memory.freeze();
    return memory;
  }

  private static LeafReader leaf(MemoryIndex memory) {
    return memory.createSearcher().getIndexReader().leaves().getFirst().reader();
  }

  /** The best sentence of the article's body, or the whole quote, with the matches marked. */
  private static Snippet snippet(MemoryIndex memory, Search s, Document doc) throws IOException {
    boolean quote = s.watch().request().scope() == Scope.QUOTES;
    String text = doc.get(quote ? Fields.QUOTES : Fields.BODY);
    IndexSearcher searcher = memory.createSearcher();
    SnippetHighlighter highlighter =
        quote
            ? SnippetHighlighter.quotes(searcher, d -> text)
            : SnippetHighlighter.of(searcher, Fields.BODY, true, 1, d -> text);
    List<Snippet> snippets = highlighter.snippets(s.query(), new int[] {0}).getFirst();
    if (!snippets.isEmpty()) {
      return snippets.getFirst();
    }
    return Snippet.plain(text.length() > 300 ? text.substring(0, 300) + "…" : text);
  }
}
