package dev.verbatim.internal.search;

import dev.verbatim.FacetValue;
import dev.verbatim.internal.analysis.SpeakerKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
   * @param spellings every speaker facet value with its count
   * @param n how many persons to return
   */
  static List<FacetValue> merge(List<FacetValue> spellings, int n) {
    Map<String, List<FacetValue>> byKey = new LinkedHashMap<>();
    for (FacetValue v : spellings) {
      byKey.computeIfAbsent(SpeakerKeys.key(v.value()), k -> new ArrayList<>()).add(v);
    }
    // a surname alone joins the only full name that ends with it
    Map<String, List<String>> fullKeysBySurname = new HashMap<>();
    for (String key : byKey.keySet()) {
      int space = key.lastIndexOf(' ');
      if (space >= 0) {
        fullKeysBySurname
            .computeIfAbsent(key.substring(space + 1), s -> new ArrayList<>())
            .add(key);
      }
    }
    Map<String, List<FacetValue>> persons = new LinkedHashMap<>();
    for (var entry : byKey.entrySet()) {
      List<String> full = fullKeysBySurname.getOrDefault(entry.getKey(), List.of());
      String person =
          entry.getKey().indexOf(' ') < 0 && full.size() == 1 ? full.getFirst() : entry.getKey();
      persons.computeIfAbsent(person, p -> new ArrayList<>()).addAll(entry.getValue());
    }
    List<FacetValue> merged = new ArrayList<>(persons.size());
    for (var entry : persons.entrySet()) {
      long total = entry.getValue().stream().mapToLong(FacetValue::count).sum();
      String canonical =
          entry.getValue().stream()
              .filter(v -> v.value().contains(" ") || entry.getKey().indexOf(' ') < 0)
              .max(Comparator.comparingLong(FacetValue::count).thenComparing(FacetValue::value))
              .map(FacetValue::value)
              .orElse(entry.getValue().getFirst().value());
      merged.add(new FacetValue(canonical, total));
    }
    merged.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return merged.subList(0, Math.min(n, merged.size()));
  }
}
