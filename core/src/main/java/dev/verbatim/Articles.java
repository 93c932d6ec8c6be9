package dev.verbatim;

import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.ArticleSearch.NameFacet;
import dev.verbatim.internal.search.CopyGroups;
import dev.verbatim.internal.search.Snapshots;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The articles of an index ({@link Verbatim#articles()}), read back: one by id, its copies, the
 * outlets, and what a query would cost. Reads see the last refreshed snapshot, as {@link
 * Verbatim}'s do.
 *
 * <p>NOTE: thread-safe, as {@link Verbatim} is.
 */
public final class Articles {
  private final Snapshots snapshots;
  private final double copyThreshold;

  Articles(Snapshots snapshots, double copyThreshold) {
    this.snapshots = snapshots;
    this.copyThreshold = copyThreshold;
  }

  /** The Jaccard similarity at or above which this index groups two articles as copies. */
  public double copyThreshold() {
    return copyThreshold;
  }

  /**
   * The article with this id.
   *
   * @throws IOException if the index cannot be read
   */
  public Optional<Article> get(String id) throws IOException {
    return snapshots.with(snapshot -> ArticleSearch.get(snapshot, id));
  }

  /**
   * The copy group of the article with this id: every article printing the same story (this one
   * included), the original first; empty when there is no such article, or it was indexed before
   * copies were grouped.
   *
   * @throws IOException if the index cannot be read
   */
  public Optional<CopyGroup> copiesOf(String id) throws IOException {
    return snapshots.with(snapshot -> CopyGroups.groupOf(snapshot, id));
  }

  /**
   * The outlets of the indexed articles with their article counts, largest first.
   *
   * @param prefix keep only names starting with this (case-insensitive); empty for all
   * @param limit most names to return
   * @throws IOException if the index cannot be read
   */
  public List<FacetValue> sources(String prefix, int limit) throws IOException {
    return snapshots.with(s -> ArticleSearch.names(s, NameFacet.SOURCE, prefix, limit));
  }

  /**
   * How many word positions the query's phrases and proximity operators would read in the articles,
   * from the index's statistics, without running it; 0 for a query of plain words. A server can
   * weigh a request by it before letting it search; a search past {@link
   * Limits#MAX_QUERY_POSITIONS} is refused with a {@link QuerySyntaxException}.
   *
   * @throws QuerySyntaxException if the query is malformed or over a limit
   * @throws IOException if the index cannot be read
   */
  public long positionsRead(String query) throws IOException {
    return snapshots.with(snapshot -> ArticleSearch.positionsRead(snapshot, query));
  }
}
