package dev.verbatim.internal.facet;

import dev.verbatim.FacetValue;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.quote.Speakers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/**
 * The speaker facet, one entry per person (see {@link SpeakerNames}), counted on facet ordinals.
 *
 * <p>Built once per snapshot: every speaker spelling in the index, its person (spellings with the
 * same {@link Speakers key}), and which full names each surname could join. A search then counts
 * the speaker ordinals of its matches and adds them up per person with integer work only; strings
 * are touched for the top persons alone. Counting every spelling's label and merging by name
 * instead took three times as long as the whole bare-Lucene facet search (see docs/benchmarks.md).
 */
public final class SpeakerFacet {
  private final SortedSetDocValuesReaderState state;
  private final int start;
  private final String[] spelling;
  private final int[] personOf;
  private final int[][] ordsOf;
  private final int[][] fullNamesOf;

  /**
   * Arrays over every speaker spelling and person, kept between searches and cleared through the
   * lists of what a search touched: a search costs its matches, not the number of speakers in the
   * index (77,565 spellings at 200,000 generated articles).
   */
  private final java.util.Queue<Scratch> scratches =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private SpeakerFacet(
      SortedSetDocValuesReaderState state,
      int start,
      String[] spelling,
      int[] personOf,
      int[][] ordsOf,
      int[][] fullNamesOf) {
    this.state = state;
    this.start = start;
    this.spelling = spelling;
    this.personOf = personOf;
    this.ordsOf = ordsOf;
    this.fullNamesOf = fullNamesOf;
  }

  /** The table of one snapshot's facet state. */
  public static SpeakerFacet of(SortedSetDocValuesReaderState state) throws IOException {
    SortedSetDocValuesReaderState.OrdRange range =
        state == null ? null : state.getOrdRange(Fields.FACET_SPEAKER);
    if (range == null) {
      return new SpeakerFacet(state, 0, new String[0], new int[0], new int[0][], new int[0][]);
    }
    int size = range.end() - range.start() + 1;
    String[] spelling = new String[size];
    int[] personOf = new int[size];
    Map<String, Integer> personByKey = new HashMap<>();
    List<String> keys = new ArrayList<>();
    List<List<Integer>> ords = new ArrayList<>();
    SortedSetDocValues dv = state.getDocValues();
    for (int i = 0; i < size; i++) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(range.start() + i).utf8ToString());
      spelling[i] = path[path.length - 1];
      String key = Speakers.key(spelling[i]);
      Integer person = personByKey.get(key);
      if (person == null) {
        person = keys.size();
        personByKey.put(key, person);
        keys.add(key);
        ords.add(new ArrayList<>());
      }
      personOf[i] = person;
      ords.get(person).add(i);
    }
    // a surname alone may join a full name that ends with it: which ones
    List<List<Integer>> fullNames = new ArrayList<>();
    for (int p = 0; p < keys.size(); p++) {
      fullNames.add(new ArrayList<>());
    }
    for (int p = 0; p < keys.size(); p++) {
      String key = keys.get(p);
      String surnameKey = Speakers.surnameKey(key);
      if (!surnameKey.equals(key)) {
        Integer surname = personByKey.get(surnameKey);
        if (surname != null) {
          fullNames.get(surname).add(p);
        }
      }
    }
    return new SpeakerFacet(
        state, range.start(), spelling, personOf, toArrays(ords), toArrays(fullNames));
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] arrays = new int[lists.size()][];
    for (int i = 0; i < arrays.length; i++) {
      arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return arrays;
  }

  /**
   * The {@code n} persons most often quoted among {@code matches}, by count, then name. A person's
   * name is their most frequent spelling among the matches (ties: the later in sort order); a
   * surname alone joins the only full name among the matches that ends with it.
   */
  public List<FacetValue> top(FacetsCollector matches, int n) throws IOException {
    if (spelling.length == 0 || n == 0) {
      return List.of();
    }
    Scratch scratch = scratches.poll();
    if (scratch == null) {
      scratch = new Scratch();
    }
    try {
      count(matches, scratch);
      return top(scratch, n);
    } finally {
      scratch.clear();
      scratches.offer(scratch);
    }
  }

  private List<FacetValue> top(Scratch s, int n) {
    long[] persons = s.persons;
    long[] total = s.total;
    for (int i = 0; i < s.people; i++) {
      int p = s.touchedPersons[i];
      total[p] = persons[p];
    }
    for (int i = 0; i < s.people; i++) {
      int p = s.touchedPersons[i];
      if (fullNamesOf[p].length == 0) {
        continue;
      }
      int only = -1;
      int present = 0;
      for (int full : fullNamesOf[p]) {
        if (persons[full] > 0) {
          present++;
          only = full;
        }
      }
      if (present == 1) {
        total[only] += persons[p];
        total[p] = 0;
      }
    }
    int[] name = s.name;
    PriorityQueue<Integer> top =
        new PriorityQueue<>(n + 1, (a, b) -> worseFirst(total, name, a, b));
    for (int i = 0; i < s.people; i++) {
      int p = s.touchedPersons[i];
      if (total[p] == 0 || (top.size() == n && total[p] < total[top.peek()])) {
        continue; // below the n-th count: cannot enter, whatever its name
      }
      name[p] = mostFrequent(p, s.counts);
      if (top.size() < n) {
        top.add(p);
      } else if (worseFirst(total, name, top.peek(), p) < 0) {
        top.poll();
        top.add(p);
      }
    }
    List<FacetValue> result = new ArrayList<>(top.size());
    while (!top.isEmpty()) {
      int p = top.poll();
      result.add(new FacetValue(spelling[name[p]], total[p]));
    }
    return result.reversed();
  }

  private final class Scratch {
    final int[] counts = new int[spelling.length];
    final long[] persons = new long[ordsOf.length];
    final long[] total = new long[ordsOf.length];
    final int[] name = new int[ordsOf.length];
    int[] touchedOrds = new int[64];
    int ords;
    int[] touchedPersons = new int[64];
    int people;

    /** Adds {@code n} (at least 1) to spelling {@code i} and its person. */
    void add(int i, int n) {
      if (counts[i] == 0) {
        if (ords == touchedOrds.length) {
          touchedOrds = java.util.Arrays.copyOf(touchedOrds, ords * 2);
        }
        touchedOrds[ords++] = i;
      }
      counts[i] += n;
      int p = personOf[i];
      if (persons[p] == 0) {
        if (people == touchedPersons.length) {
          touchedPersons = java.util.Arrays.copyOf(touchedPersons, people * 2);
        }
        touchedPersons[people++] = p;
      }
      persons[p] += n;
    }

    void clear() {
      for (int i = 0; i < ords; i++) {
        counts[touchedOrds[i]] = 0;
      }
      for (int i = 0; i < people; i++) {
        persons[touchedPersons[i]] = 0;
        total[touchedPersons[i]] = 0;
      }
      ords = 0;
      people = 0;
    }
  }

  /** Heap order: the smaller count first, then the name listed later. */
  private int worseFirst(long[] total, int[] name, int a, int b) {
    int byCount = Long.compare(total[a], total[b]);
    return byCount != 0 ? byCount : spelling[name[b]].compareTo(spelling[name[a]]);
  }

  private int mostFrequent(int person, int[] counts) {
    int best = -1;
    for (int ord : ordsOf[person]) {
      if (counts[ord] == 0) {
        continue;
      }
      if (best < 0
          || counts[ord] > counts[best]
          || (counts[ord] == counts[best] && spelling[ord].compareTo(spelling[best]) > 0)) {
        best = ord;
      }
    }
    // a person counted only through a joined surname keeps a spelling of their own
    return best >= 0 ? best : ordsOf[person][0];
  }

  /**
   * Matching documents per speaker ordinal, counted segment by segment on the segment's own
   * ordinals (as Lucene's {@code SortedSetDocValuesFacetCounts} does): a segment with many matches
   * is counted into an array of its ordinals first and mapped to index-wide ordinals once per
   * ordinal, a segment with few maps each value; the index-wide doc values would look up each
   * document's segment and map every value.
   */
  private void count(FacetsCollector matches, Scratch scratch) throws IOException {
    SortedSetDocValues global = state.getDocValues();
    OrdinalMap ordinalMap =
        global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    for (FacetsCollector.MatchingDocs docs : matches.getMatchingDocs()) {
      if (docs.bits() == null || docs.totalHits() == 0) {
        continue;
      }
      DocIdSetIterator it = docs.bits().iterator();
      SortedSetDocValues dv = docs.context().reader().getSortedSetDocValues(state.getField());
      if (it == null || dv == null) {
        continue;
      }
      LongValues toGlobal =
          ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(docs.context().ord);
      int segmentOrds = (int) dv.getValueCount();
      if (docs.totalHits() < segmentOrds / 10) {
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (dv.advanceExact(doc)) {
            for (int i = 0, n = dv.docValueCount(); i < n; i++) {
              add(scratch, toGlobal.get(dv.nextOrd()), 1);
            }
          }
        }
      } else {
        int[] segmentCounts = new int[segmentOrds];
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (dv.advanceExact(doc)) {
            for (int i = 0, n = dv.docValueCount(); i < n; i++) {
              segmentCounts[(int) dv.nextOrd()]++;
            }
          }
        }
        for (int ord = 0; ord < segmentOrds; ord++) {
          if (segmentCounts[ord] != 0) {
            add(scratch, toGlobal.get(ord), segmentCounts[ord]);
          }
        }
      }
    }
  }

  /** Adds {@code n} to the count of index-wide ordinal {@code ord} when it is a speaker's. */
  private void add(Scratch scratch, long ord, int n) {
    long i = ord - start;
    if (i >= 0 && i < spelling.length) {
      scratch.add((int) i, n);
    }
  }
}
