package dev.verbatim;

import java.util.List;

/**
 * One value of a facet and how many matching articles have it.
 *
 * @param value the value, e.g. "CNN" or "2022-10"; for a speaker, the person's canonical name
 * @param count matching articles with that value
 * @param aliases for a speaker, the other spellings counted as the same person ("Obama" beside
 *     "Barack Obama"), sorted; empty for every other facet
 */
public record FacetValue(String value, long count, List<String> aliases) {
  /** Copies the aliases; null is none. */
  public FacetValue {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** A value without aliases. */
  public FacetValue(String value, long count) {
    this(value, count, List.of());
  }
}
