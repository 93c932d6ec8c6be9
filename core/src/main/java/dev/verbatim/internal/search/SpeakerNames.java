package dev.verbatim.internal.search;

import dev.verbatim.internal.analysis.SpeakerKeys;
import java.util.List;

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
}
