package dev.verbatim.internal.facet;

import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.quote.SpeakerDirectory;
import dev.verbatim.quote.Speakers;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads a {@link SpeakerFacet}'s table from one snapshot's facet state: each spelling's key, the
 * people the spellings are (a leading "the" and a single middle initial aside), each person's name
 * (the spelling in the most articles), and the surnames alone that join a full name.
 */
final class SpeakerFacetReader {
  private final SortedSetDocValuesReaderState state;
  private final int start;
  private final int size;
  private final String[] spelling;
  private final String[] rawKey;
  private final String[] groupKey;
  private final int[] personOf;
  private final Map<String, Integer> personByKey = new HashMap<>();
  private final List<String> keys = new ArrayList<>();
  private final List<List<Integer>> ords = new ArrayList<>();
  private final Map<String, Set<String>> rawKeys = new HashMap<>();

  private SpeakerFacetReader(
      SortedSetDocValuesReaderState state, SortedSetDocValuesReaderState.OrdRange range) {
    this.state = state;
    this.start = range.start();
    this.size = range.end() - range.start() + 1;
    this.spelling = new String[size];
    this.rawKey = new String[size];
    this.groupKey = new String[size];
    this.personOf = new int[size];
  }

  /** See {@link SpeakerFacet#of}. */
  static SpeakerFacet read(SortedSetDocValuesReaderState state, IndexSearcher searcher)
      throws IOException {
    SortedSetDocValuesReaderState.OrdRange range =
        state == null ? null : state.getOrdRange(Fields.FACET_SPEAKER);
    if (range == null) {
      return new SpeakerFacet(
          state,
          0,
          new String[0],
          new int[0],
          new int[0][],
          new String[0][],
          Map.of(),
          new int[0],
          new int[0],
          new int[0][],
          new SpeakerDirectory());
    }
    SpeakerFacetReader reader = new SpeakerFacetReader(state, range);
    reader.persons(reader.spellings());
    return reader.facet(searcher);
  }

  /**
   * Reads every spelling and its keys; returns, for each first name and surname written with a
   * middle name, the middle names' initials.
   */
  private Map<String, Set<Character>> spellings() throws IOException {
    Map<String, Set<Character>> middles = new HashMap<>();
    SortedSetDocValues dv = state.getDocValues();
    for (int i = 0; i < size; i++) {
      String[] path = FacetsConfig.stringToPath(dv.lookupOrd(start + i).utf8ToString());
      spelling[i] = path[path.length - 1];
      rawKey[i] = Speakers.key(spelling[i]);
      // "The New York Times" and "New York Times" are one outlet: a leading article is no part of
      // a name (the index keeps each spelling's own key, which the filter of the person lists)
      groupKey[i] =
          rawKey[i].startsWith("the ") && rawKey[i].length() > 4
              ? rawKey[i].substring(4)
              : rawKey[i];
      String[] words = groupKey[i].split(" ");
      String firstAndLast = firstAndLast(groupKey[i], words);
      if (firstAndLast != null) {
        middles.computeIfAbsent(firstAndLast, k -> new HashSet<>()).add(words[1].charAt(0));
      }
    }
    return middles;
  }

  /** Groups the spellings into people. */
  private void persons(Map<String, Set<Character>> middles) {
    for (int i = 0; i < size; i++) {
      // middle names of one initial are one person: "Donald J. Trump" is "Donald Trump"
      String firstAndLast = firstAndLast(groupKey[i], groupKey[i].split(" "));
      Set<Character> initials = firstAndLast == null ? null : middles.get(firstAndLast);
      String key = initials != null && initials.size() == 1 ? firstAndLast : groupKey[i];
      rawKeys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(rawKey[i]);
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
  }

  /** The facet: each person's name from the evidence of the whole snapshot, and the joins. */
  private SpeakerFacet facet(IndexSearcher searcher) throws IOException {
    int[][] ordsOf = toArrays(ords);
    // the evidence: how many articles quote each spelling, over the whole snapshot
    int[] articles = new int[size];
    FacetsCollector all =
        searcher.search(ArticleDocuments.articlesOnly(), new FacetsCollectorManager());
    SpeakerFacet.count(state, start, size, all, (i, n) -> articles[i] += n);
    int persons = keys.size();
    int[] nameOf = new int[persons];
    SpeakerDirectory directory = new SpeakerDirectory();
    for (int p = 0; p < persons; p++) {
      int best = ordsOf[p][0];
      int total = 0;
      for (int ord : ordsOf[p]) {
        total += articles[ord];
        if (articles[ord] > articles[best]
            || (articles[ord] == articles[best] && spelling[ord].compareTo(spelling[best]) > 0)) {
          best = ord;
        }
      }
      nameOf[p] = best;
      directory.addName(spelling[best], total);
    }
    String[][] keysOf = new String[persons][];
    for (int p = 0; p < persons; p++) {
      keysOf[p] = rawKeys.get(keys.get(p)).toArray(String[]::new);
      for (String raw : keysOf[p]) {
        personByKey.putIfAbsent(raw, p); // "Donald J. Trump" finds "Donald Trump"
      }
    }
    int[] joinTo = new int[persons];
    int[][] joinedFrom = joins(directory, joinTo);
    return new SpeakerFacet(
        state,
        start,
        spelling,
        personOf,
        ordsOf,
        keysOf,
        personByKey,
        nameOf,
        joinTo,
        joinedFrom,
        directory);
  }

  /**
   * The person each surname alone joins ({@code joinTo}, -1 for none: the full name the directory
   * leads with), and, for each person, the surnames that join them.
   */
  private int[][] joins(SpeakerDirectory directory, int[] joinTo) {
    int persons = keys.size();
    List<List<Integer>> joined = new ArrayList<>();
    for (int p = 0; p < persons; p++) {
      joined.add(new ArrayList<>());
    }
    for (int p = 0; p < persons; p++) {
      String full = keys.get(p).indexOf(' ') < 0 ? directory.leadingFullName(keys.get(p)) : null;
      Integer to = full == null ? null : personByKey.get(full);
      joinTo[p] = to == null ? -1 : to;
      if (to != null) {
        joined.get(to).add(p);
      }
    }
    return toArrays(joined);
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] arrays = new int[lists.size()][];
    for (int i = 0; i < arrays.length; i++) {
      arrays[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return arrays;
  }

  /**
   * The first name and surname of a name key with one or two middle names ("donald trump" for
   * "donald j. trump"), or null: a name with a suffix keeps its middle name ("Martin Luther King
   * Jr."), and a scraped repetition ("Donald Trump Trump") has none. Every middle name the index
   * gives a first name and surname must start with one letter for them to merge ("George W. Bush"
   * and "George H.W. Bush" stay apart).
   */
  private static String firstAndLast(String key, String[] words) {
    int last = words.length - 1;
    boolean middle =
        (words.length == 3 || words.length == 4)
            && Speakers.surnameKey(key).equals(words[last])
            && !words[1].equals(words[0])
            && !words[1].equals(words[last]);
    return middle ? words[0] + " " + words[last] : null;
  }
}
