package dev.verbatim.internal.search;

import dev.verbatim.FacetValue;
import dev.verbatim.internal.analysis.SpeakerKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * One canonical name per person across the corpus. Articles name speakers as they write them
 * ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelensky"); spellings with the same {@link
 * SpeakerKeys key} are one person, and a surname alone joins the one full name that ends in it. The
 * canonical name is the most frequent full spelling.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /** The keys a filter on {@code name} must accept: its own, and its surname's alone. */
  static List<String> filterKeys(String name) {
    String key = SpeakerKeys.key(name);
    int space = key.lastIndexOf(' ');
    return space < 0 ? List.of(key) : List.of(key, key.substring(space + 1));
  }

  /**
   * Merges the counts of one person's spellings under the canonical name, largest first.
   *
   * <p>Runs on every search with facets, over every speaker spelling among the matches (tens of
   * thousands for a common word), so it makes one pass to group, one to join surnames, and keeps
   * only the top {@code n} in a heap instead of sorting every person.
   *
   * @param spellings every speaker facet value with its count
   * @param n how many persons to return
   */
  static List<FacetValue> merge(List<FacetValue> spellings, int n) {
    Map<String, Person> byKey = new HashMap<>(spellings.size() * 2);
    for (FacetValue v : spellings) {
      String key = SpeakerKeys.key(v.value());
      Person person = byKey.get(key);
      if (person == null) {
        person = new Person(key);
        byKey.put(key, person);
      }
      person.add(v);
    }
    // a surname alone joins the only full name that ends with it
    Map<String, Person> fullBySurname = new HashMap<>();
    for (Person person : byKey.values()) {
      int space = person.key.lastIndexOf(' ');
      if (space >= 0) {
        fullBySurname.merge(person.key.substring(space + 1), person, (a, b) -> AMBIGUOUS);
      }
    }
    Comparator<Person> order =
        Comparator.comparingLong((Person p) -> p.count).reversed().thenComparing(p -> p.canonical);
    PriorityQueue<Person> top = new PriorityQueue<>(n + 1, order.reversed());
    List<Person> persons = new ArrayList<>(byKey.values());
    for (Person person : persons) {
      if (person.key.indexOf(' ') < 0) {
        Person full = fullBySurname.get(person.key);
        if (full != null && full != AMBIGUOUS) {
          full.count += person.count;
          person.count = -1;
        }
      }
    }
    for (Person person : persons) {
      if (person.count < 0) {
        continue;
      }
      top.add(person);
      if (top.size() > n) {
        top.poll();
      }
    }
    List<FacetValue> merged = new ArrayList<>(top.size());
    while (!top.isEmpty()) {
      Person p = top.poll();
      merged.add(new FacetValue(p.canonical, p.count));
    }
    return merged.reversed();
  }

  private static final Person AMBIGUOUS = new Person("");

  /** One person's spellings: their total count and the most frequent one (ties: the greater). */
  private static final class Person {
    final String key;
    long count;
    String canonical;
    long canonicalCount = -1;

    Person(String key) {
      this.key = key;
    }

    void add(FacetValue v) {
      count += v.count();
      if (v.count() > canonicalCount
          || (v.count() == canonicalCount && v.value().compareTo(canonical) > 0)) {
        canonical = v.value();
        canonicalCount = v.count();
      }
    }
  }
}
