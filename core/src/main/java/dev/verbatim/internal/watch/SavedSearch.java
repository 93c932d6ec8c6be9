package dev.verbatim.internal.watch;

import dev.verbatim.Scope;
import dev.verbatim.SearchRequest;
import dev.verbatim.Snippet;
import dev.verbatim.Watch;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.internal.query.QueryParser;
import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.SearchSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A saved search, compiled: its query, and, when it needs no lookup in the index (no speaker
 * filter), the query with its filters. Identity is the watch's: sets of candidates hash it often.
 */
final class SavedSearch {
  private final Watch watch;
  private final Query query;
  private final Query filtered;
  private final QueryTerms.Requirement required;
  private final Set<String> fields;

  SavedSearch(
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
   * Whether the document of {@code leaf} holds one of the search's second required terms (true when
   * it has none): a phrase whose rarer word is there but not its other is not run.
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

  /** The fields no query names that the filters read. */
  private static final Set<String> FILTER_FIELDS =
      Set.of(Fields.SOURCE_KEY, Fields.SPEAKER, Fields.DATE);

  /**
   * The query of a search watch as {@code /api/search} compiles it (prefixes are not checked
   * against the index: a watch meets words the index has not seen yet).
   *
   * @throws dev.verbatim.QuerySyntaxException if the query is malformed
   */
  static SavedSearch compile(Watch w, ToLongFunction<Term> docFreq) {
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
    return new SavedSearch(w, query, filtered, QueryTerms.requirement(query, docFreq), read);
  }

  /** The fields the searches read, together. */
  static Set<String> fields(List<SavedSearch> searches) {
    Set<String> fields = new HashSet<>();
    for (SavedSearch s : searches) {
      fields.addAll(s.fields);
    }
    return fields;
  }

  /**
   * The text of {@code field} around the first match of the search with its matches marked, or null
   * when it does not match; one weight gives both (Lucene's {@code Weight.matches}).
   */
  Snippet match(SearchSnapshot snapshot, IndexSearcher memory, String text, String field)
      throws IOException {
    Query full =
        filtered != null
            ? filtered
            : ArticleSearch.withFilters(
                snapshot, query, watch.request().search(), MatchAllDocsQuery.INSTANCE);
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
}
