package dev.verbatim.internal.facet;

import dev.verbatim.DateFacet;
import dev.verbatim.FacetValue;
import dev.verbatim.Limits;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * The facet counts of one search: outlets and speakers by count, months or days in calendar order.
 *
 * @param source the outlets, most matches first
 * @param speaker the speakers (spellings of one person merged), most matches first
 * @param date the months or days, in calendar order, the most recent {@link Limits#MAX_FACET_SIZE}
 * @param estimated whether the counts were scaled up from a sample of the matches
 */
public record Facets(
    List<FacetValue> source, List<FacetValue> speaker, List<FacetValue> date, boolean estimated) {
  /** Copies the lists. */
  public Facets {
    source = List.copyOf(source);
    speaker = List.copyOf(speaker);
    date = List.copyOf(date);
  }

  /**
   * Counts the facets of {@code matches}.
   *
   * @param state the snapshot's facet state, or null when its index has no facet fields yet
   * @param speakers the snapshot's speaker table
   * @param matches the matches counted: all of them, or a sample
   * @param scale what one counted match stands for (1 when all are counted, the inverse of the
   *     sampling rate when a sample is); counts are multiplied by it and rounded
   */
  public static Facets count(
      SortedSetDocValuesReaderState state,
      SpeakerFacet speakers,
      FacetsCollector matches,
      double scale,
      int facetSize,
      DateFacet dateFacet)
      throws IOException {
    boolean estimated = scale != 1;
    List<FacetValue> speaker = scaled(speakers.top(matches, facetSize), scale);
    if (state == null) {
      return new Facets(List.of(), speaker, List.of(), estimated);
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, matches);
    String dateDim = dateFacet == DateFacet.DAY ? Fields.FACET_DAY : Fields.FACET_MONTH;
    List<FacetValue> dates = new ArrayList<>(values(all(counts, dateDim)));
    dates.sort(Comparator.comparing(FacetValue::value));
    // every month or day in calendar order, the most recent ones if there are too many
    int from = Math.max(0, dates.size() - Limits.MAX_FACET_SIZE);
    return new Facets(
        scaled(values(top(counts, Fields.FACET_SOURCE, facetSize)), scale),
        speaker,
        scaled(dates.subList(from, dates.size()), scale),
        estimated);
  }

  /** Whether the counts are estimates; false when there are none. */
  public static boolean areEstimated(Facets facets) {
    return facets != null && facets.estimated;
  }

  private static List<FacetValue> scaled(List<FacetValue> values, double scale) {
    if (scale == 1) {
      return values;
    }
    List<FacetValue> scaled = new ArrayList<>(values.size());
    for (FacetValue v : values) {
      scaled.add(new FacetValue(v.value(), Math.round(v.count() * scale), v.aliases()));
    }
    return scaled;
  }

  /**
   * Facets as the public results carry them: {@code source}, {@code speaker}, {@code date}, in that
   * order; an empty map for null (none were asked for).
   */
  public static Map<String, List<FacetValue>> asMap(Facets facets) {
    return facets == null ? Map.of() : facets.asMap();
  }

  private Map<String, List<FacetValue>> asMap() {
    Map<String, List<FacetValue>> map = new LinkedHashMap<>();
    map.put("source", source);
    map.put("speaker", speaker);
    map.put("date", date);
    return map;
  }

  private static FacetResult top(SortedSetDocValuesFacetCounts counts, String dim, int n)
      throws IOException {
    try {
      return counts.getTopChildren(n, dim);
    } catch (IllegalArgumentException noSuchDimension) {
      return null;
    }
  }

  private static FacetResult all(SortedSetDocValuesFacetCounts counts, String dim)
      throws IOException {
    try {
      return counts.getAllChildren(dim);
    } catch (IllegalArgumentException noSuchDimension) {
      return null;
    }
  }

  private static List<FacetValue> values(FacetResult result) {
    if (result == null) {
      return List.of();
    }
    List<FacetValue> values = new ArrayList<>(result.labelValues.length);
    for (LabelAndValue lv : result.labelValues) {
      values.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    return values;
  }
}
