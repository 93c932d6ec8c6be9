package dev.verbatim.internal.facet;

import dev.verbatim.FacetValue;
import dev.verbatim.quote.SpeakerDirectory;
import dev.verbatim.quote.Speakers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.LongValues;

/**
 * The speaker facet, one entry per person, counted on facet ordinals; and the keys a speaker filter
 * accepts for a person.
 *
 * <p>Built once per snapshot: every speaker spelling in the index, its person (spellings with the
 * same {@link Speakers key}), how many articles quote each, and which person a surname written
 * alone joins. That join is decided by the index's own evidence with the rule of {@link
 * SpeakerDirectory}: "Obama" joins "Barack Obama" when most articles that write an Obama in full
 * write Barack Obama; an ambiguous surname ("Clinton" beside Hillary and Bill) stays apart. A
 * person's name is their spelling quoted by the most articles in the whole index, so a facet, a
 * filter and completion show one value per person, whatever the search. The table is rebuilt with
 * each snapshot, so a join appears, or dissolves, as the articles that decide it arrive.
 *
 * <p>A search then counts the speaker ordinals of its matches and adds them up per person with
 * integer work only; strings are touched for the top persons alone. Counting every spelling's label
 * and merging by name instead took three times as long as the whole bare-Lucene facet search (see
 * docs/benchmarks.md).
 */
public final class SpeakerFacet {
  private final SortedSetDocValuesReaderState state;
  private final int start;
  private final String[] spelling;
  private final int[] personOf;
  private final int[][] ordsOf;

  /**
   * The keys of each person's spellings (what the speaker filter field holds), and the person of
   * each key.
   */
  private final String[][] keyOf;

  private final Map<String, Integer> personByKey;

  /** The ordinal of each person's name: their spelling in the most articles. */
  private final int[] nameOf;

  /** The person a surname alone joins, or -1; and the surnames that join each person. */
  private final int[] joinTo;

  private final int[][] joinedFrom;

  private final SpeakerDirectory directory;

  /**
   * Arrays over every person, kept between searches and cleared through the list of what a search
   * touched: a search costs its matches, not the number of speakers in the index (77,565 spellings
   * at 200,000 generated articles).
   */
  private final Queue<Scratch> scratches = new ConcurrentLinkedQueue<>();

  SpeakerFacet(
      SortedSetDocValuesReaderState state,
      int start,
      String[] spelling,
      int[] personOf,
      int[][] ordsOf,
      String[][] keyOf,
      Map<String, Integer> personByKey,
      int[] nameOf,
      int[] joinTo,
      int[][] joinedFrom,
      SpeakerDirectory directory) {
    this.state = state;
    this.start = start;
    this.spelling = spelling;
    this.personOf = personOf;
    this.ordsOf = ordsOf;
    this.keyOf = keyOf;
    this.personByKey = personByKey;
    this.nameOf = nameOf;
    this.joinTo = joinTo;
    this.joinedFrom = joinedFrom;
    this.directory = directory;
  }

  /**
   * The table of one snapshot's facet state; {@code searcher} is that snapshot, whose article
   * documents are counted once for the evidence.
   */
  public static SpeakerFacet of(SortedSetDocValuesReaderState state, IndexSearcher searcher)
      throws IOException {
    return SpeakerFacetReader.read(state, searcher);
  }

  /**
   * The {@link Speakers keys} a filter on {@code name} accepts: every spelling of the person the
   * name stands for in this snapshot, and the surname that joins them; for a name the index has
   * never quoted, its own key, or the full name its surname would join.
   */
  public List<String> filterKeys(String name) {
    String key = Speakers.key(name);
    Integer person = personByKey.get(key);
    if (person == null) {
      String full = key.indexOf(' ') < 0 ? directory.leadingFullName(key) : null;
      return full == null ? List.of(key) : List.of(key, full);
    }
    int p = joinTo[person] >= 0 ? joinTo[person] : person;
    List<String> accepted = new ArrayList<>(Arrays.asList(keyOf[p]));
    for (int surname : joinedFrom[p]) {
      accepted.addAll(Arrays.asList(keyOf[surname]));
    }
    return accepted;
  }

  /**
   * The {@code n} persons most often quoted among {@code matches}, by count, then name, each with
   * the other spellings counted as them. A surname alone counts for the full name it joins.
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
      count(state, start, spelling.length, matches, scratch::add);
      return top(scratch, n);
    } finally {
      scratch.clear();
      scratches.offer(scratch);
    }
  }

  private List<FacetValue> top(Scratch s, int n) {
    long[] persons = s.persons;
    int people = s.people;
    for (int i = 0; i < people; i++) {
      int p = s.touchedPersons[i];
      if (joinTo[p] >= 0) {
        s.touch(joinTo[p]);
      }
    }
    long[] total = s.total;
    for (int i = 0; i < s.people; i++) {
      int p = s.touchedPersons[i];
      total[joinTo[p] >= 0 ? joinTo[p] : p] += persons[p];
    }
    PriorityQueue<Integer> top = new PriorityQueue<>(n + 1, (a, b) -> worseFirst(total, a, b));
    for (int i = 0; i < s.people; i++) {
      int p = s.touchedPersons[i];
      if (total[p] == 0 || (top.size() == n && total[p] < total[top.peek()])) {
        continue; // below the n-th count: cannot enter, whatever its name
      }
      if (top.size() < n) {
        top.add(p);
      } else if (worseFirst(total, top.peek(), p) < 0) {
        top.poll();
        top.add(p);
      }
    }
    List<FacetValue> result = new ArrayList<>(top.size());
    while (!top.isEmpty()) {
      int p = top.poll();
      result.add(new FacetValue(spelling[nameOf[p]], total[p], aliases(p)));
    }
    return result.reversed();
  }

  /** The spellings of person {@code p} other than their name, and of the surnames joining them. */
  private List<String> aliases(int p) {
    TreeSet<String> aliases = new TreeSet<>();
    for (int ord : ordsOf[p]) {
      aliases.add(spelling[ord]);
    }
    for (int surname : joinedFrom[p]) {
      for (int ord : ordsOf[surname]) {
        aliases.add(spelling[ord]);
      }
    }
    aliases.remove(spelling[nameOf[p]]);
    return List.copyOf(aliases);
  }

  private final class Scratch {
    final long[] persons = new long[ordsOf.length];
    final long[] total = new long[ordsOf.length];
    final boolean[] touched = new boolean[ordsOf.length];
    int[] touchedPersons = new int[64];
    int people;

    /** Adds {@code n} (at least 1) to the person of spelling {@code i}. */
    void add(int i, int n) {
      int p = personOf[i];
      touch(p);
      persons[p] += n;
    }

    void touch(int p) {
      if (!touched[p]) {
        touched[p] = true;
        if (people == touchedPersons.length) {
          touchedPersons = Arrays.copyOf(touchedPersons, people * 2);
        }
        touchedPersons[people++] = p;
      }
    }

    void clear() {
      for (int i = 0; i < people; i++) {
        int p = touchedPersons[i];
        persons[p] = 0;
        total[p] = 0;
        touched[p] = false;
      }
      people = 0;
    }
  }

  /** Heap order: the smaller count first, then the name listed later. */
  private int worseFirst(long[] total, int a, int b) {
    int byCount = Long.compare(total[a], total[b]);
    return byCount != 0 ? byCount : spelling[nameOf[b]].compareTo(spelling[nameOf[a]]);
  }

  /**
   * Matching documents per speaker ordinal, counted segment by segment on the segment's own
   * ordinals (as Lucene's {@code SortedSetDocValuesFacetCounts} does): a segment with many matches
   * is counted into an array of its ordinals first and mapped to index-wide ordinals once per
   * ordinal, a segment with few maps each value; the index-wide doc values would look up each
   * document's segment and map every value.
   */
  static void count(
      SortedSetDocValuesReaderState state,
      int start,
      int size,
      FacetsCollector matches,
      Counter counter)
      throws IOException {
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
              add(counter, start, size, toGlobal.get(dv.nextOrd()), 1);
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
            add(counter, start, size, toGlobal.get(ord), segmentCounts[ord]);
          }
        }
      }
    }
  }

  /** Adds {@code n} to the count of index-wide ordinal {@code ord} when it is a speaker's. */
  private static void add(Counter counter, int start, int size, long ord, int n) {
    long i = ord - start;
    if (i >= 0 && i < size) {
      counter.add((int) i, n);
    }
  }

  /** What counting does with {@code n} matches of speaker spelling {@code i}. */
  interface Counter {
    void add(int i, int n);
  }
}
