package dev.verbatim.quote;

import dev.verbatim.text.WordList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists that tell what a capitalised phrase names: organisations, places, party and
 * nationality labels, name suffixes and particles, and the nouns of role that describe a person or
 * an organisation ("the senator", "the ministry").
 *
 * <p>Provenance: written for Verbatim. Countries are the JDK's English display names of the ISO
 * 3166 codes; the rest are common English words of news writing, checked against the people and
 * organisations named in PolNeAR's training articles. No list was copied from another project.
 */
final class NameWords {
  private NameWords() {}

  /** Words that make a capitalised phrase an organisation, an outlet or a document. */
  static final Set<String> ORGANISATION = WordList.load("organisation-words.txt");

  /** Party and nationality labels that stand before a name: "Republican Donald Trump". */
  static final Set<String> LABELS = WordList.load("labels.txt");

  /**
   * Words of page furniture that scraping runs into the next name: captions, credits and video
   * labels ("AP Photos Paul", "WATCHED Obama", "Previous Next AFP"). A name starts after them and
   * none of them is a name.
   */
  static final Set<String> FURNITURE = WordList.load("furniture.txt");

  /** Suffixes that follow a surname: "Vann R. Newkirk II". */
  static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** Lower-case particles inside a name: "Ursula von der Leyen". */
  static final Set<String> PARTICLES = WordList.load("particles.txt");

  /** Nouns of an organisation or a document that can speak: "the ministry said". */
  static final Set<String> ORGANISATION_NOUNS = WordList.load("organisation-nouns.txt");

  /** Months as dates abbreviate them: "Sept", "Feb" ("Jan" and "Jun" are first names too). */
  static final Set<String> MONTH_ABBREVIATIONS = WordList.load("month-abbreviations.txt");

  /** Nouns of documents that speak for whoever wrote them: "the letter states". */
  static final Set<String> DOCUMENT_NOUNS = WordList.load("document-nouns.txt");

  /** Days, months and relative days: "told MSNBC Monday" ends the name before "Monday". */
  static final Set<String> TIME_WORDS = WordList.load("time-words.txt");

  /** Number words: "Seventy-seven", "Seventeen-year-old" are no names. */
  static final Set<String> NUMBERS = WordList.load("numbers.txt");

  /**
   * Last words of buildings and laws that are no surnames: "Trump Tower Plaza", "Second Amendment".
   */
  static final Set<String> NEVER_SPEAK = WordList.load("never-speak.txt");

  /**
   * Last words of places, buildings, events and laws after "the", which never speak: "the Grand
   * Hotel", "the Affordable Care Act" (without "the", "Bill Hall" and "Pete Day" are people).
   */
  static final Set<String> NEVER_SPEAK_AFTER_THE = WordList.load("never-speak-after-the.txt");

  /**
   * Words for a member of a party that end a description of a person, never a name: "the Ohio
   * Republican", "Sen. Richard J. Durbin, Illinois Democrat".
   */
  static final Set<String> PARTY_MEMBERS =
      Set.of("republican", "democrat", "libertarian", "independent");

  /** Places that are never speakers. */
  static final Set<String> PLACES = places();

  private static Set<String> places() {
    Set<String> places = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      places.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    places.addAll(WordList.load("places.txt"));
    return Set.copyOf(places);
  }

  static boolean isOrganisationWord(String lower) {
    return ORGANISATION.contains(lower);
  }
}
