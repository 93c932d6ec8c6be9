package dev.verbatim.internal.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * An {@link IndexSearcher} over one point-in-time reader, with the facet ordinals of that reader
 * computed once when the snapshot opens rather than per search.
 */
public final class SearchSnapshot extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;

  SearchSnapshot(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.facetState =
        hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
  }

  private volatile SpeakerFacet speakerFacet;

  /** The speaker facet table of this snapshot, built on first use. */
  SpeakerFacet speakerFacet() throws IOException {
    SpeakerFacet table = speakerFacet;
    if (table == null) {
      synchronized (this) {
        table = speakerFacet;
        if (table == null) {
          table = SpeakerFacet.of(facetState);
          speakerFacet = table;
        }
      }
    }
    return table;
  }

  /** The facet ordinals of this snapshot, or null if no document has a facet yet. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream()
        .anyMatch(
            leaf ->
                leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                    != null);
  }

  /** Makes snapshots for a {@link org.apache.lucene.search.SearcherManager}. */
  public static SearcherFactory factory(FacetsConfig config) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        return new SearchSnapshot(reader, config);
      }
    };
  }
}
