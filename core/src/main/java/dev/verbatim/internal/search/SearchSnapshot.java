package dev.verbatim.internal.search;

import dev.verbatim.DateFacet;
import dev.verbatim.internal.facet.Facets;
import dev.verbatim.internal.facet.SpeakerFacet;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
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
  private final SortedSetDocValuesReaderState speakerState;

  private final byte[] cursorKey;

  SearchSnapshot(IndexReader reader, FacetsConfig config, byte[] cursorKey) throws IOException {
    super(reader);
    this.cursorKey = cursorKey;
    this.facetState =
        hasField(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
            ? new DefaultSortedSetDocValuesReaderState(reader, config)
            : null;
    this.speakerState =
        hasField(reader, Fields.SPEAKER_FACET_FIELD)
            ? new DefaultSortedSetDocValuesReaderState(reader, Fields.SPEAKER_FACET_FIELD, config)
            : null;
  }

  private volatile SpeakerFacet speakerFacet;

  /** The speaker facet table of this snapshot, built on first use. */
  SpeakerFacet speakerFacet() throws IOException {
    SpeakerFacet table = speakerFacet;
    if (table == null) {
      synchronized (this) {
        table = speakerFacet;
        if (table == null) {
          table = SpeakerFacet.of(speakerState, this);
          speakerFacet = table;
        }
      }
    }
    return table;
  }

  /**
   * The facet counts of {@code matches} in this snapshot.
   *
   * @param scale what one counted match stands for: 1 when every match is counted, the inverse of
   *     the sampling rate when a sample is
   */
  Facets facets(FacetsCollector matches, double scale, int facetSize, DateFacet dateFacet)
      throws IOException {
    return Facets.count(facetState, speakerFacet(), matches, scale, facetSize, dateFacet);
  }

  private static boolean hasField(IndexReader reader, String field) {
    return reader.leaves().stream()
        .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(field) != null);
  }

  /** The key this index signs its cursors with. */
  byte[] cursorKey() {
    return cursorKey;
  }

  /**
   * Makes snapshots for a {@link org.apache.lucene.search.SearcherManager}.
   *
   * @param cursorKey the key the index signs its cursors with
   */
  public static SearcherFactory factory(FacetsConfig config, byte[] cursorKey) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
          throws IOException {
        return new SearchSnapshot(reader, config, cursorKey);
      }
    };
  }
}
