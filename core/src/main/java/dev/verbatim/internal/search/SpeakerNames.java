package dev.verbatim.internal.search;

import dev.verbatim.quote.Speakers;
import java.util.List;

/**
 * Speaker filters that accept every spelling of one person. Articles name speakers as they write
 * them ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelensky"); spellings with the same {@link
 * Speakers key} are one person, and a surname alone may stand for the full name. The speaker facet
 * merges spellings the same way: see {@link SpeakerFacet}.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /** The keys a filter on {@code name} must accept: its own, and its surname's alone. */
  static List<String> filterKeys(String name) {
    String key = Speakers.key(name);
    String surname = Speakers.surnameKey(name);
    return surname.equals(key) ? List.of(key) : List.of(key, surname);
  }
}
