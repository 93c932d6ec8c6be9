package dev.verbatim.quote;

import dev.verbatim.text.WordList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of attribution: verbs of saying, words that may stand between a speaker and the
 * verb, honorifics, pronouns and the determiners that make a short quote a term.
 *
 * <p>Provenance: written for Verbatim from the reporting verbs of the seed articles and the
 * attribution cues annotated in PolNeAR's training set (the most frequent cue words there), and
 * from common English honorifics and determiners. No list was copied from another project.
 */
final class Cues {
  /** Verbs of saying, every inflection listed, lower case. */
  static final Set<String> VERBS = WordList.load("verbs-of-saying.txt");

  /** The same verbs as a regular-expression alternation. */
  static final String VERB_PATTERN = String.join("|", VERBS);

  /** Words that may stand between a speaker and the verb: "Musk had said", "Bremmer also wrote". */
  static final Set<String> BETWEEN = WordList.load("between.txt");

  /** Words after which a name is the object of the verb, not its subject. */
  static final Set<String> OBJECT_MARKERS = WordList.load("object-markers.txt");

  /** Honorifics to drop before a surname: "Mr. Musk" is Musk. */
  static final Set<String> HONORIFICS = WordList.load("honorifics.txt");

  /** Capitalised words that start sentences or clauses but are not names ("According", "The"). */
  static final Set<String> NOT_NAMES =
      union(WordList.load("not-names.txt"), NameWords.TIME_WORDS, NameWords.NUMBERS);

  /**
   * Nouns of role that make "the Tesla CEO" or "the Kremlin spokesman" a description of a person,
   * where "the Kremlin" or "the White House" is an institution that speaks for itself.
   */
  static final Set<String> ROLE_NOUNS = WordList.load("role-nouns.txt");

  /** Abbreviated titles and the role they stand for: "Sen." is a senator. */
  static final Map<String, String> TITLE_ROLES =
      Map.of(
          "sen", "senator",
          "rep", "representative",
          "gov", "governor",
          "congressman", "representative",
          "congresswoman", "representative",
          "spokeswoman", "spokesman",
          "spokesperson", "spokesman",
          "prof", "professor",
          "gen", "general");

  /** Words that begin a description: "the senator", "a spokeswoman", "one attendee". */
  static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "another", "one", "his", "her", "its", "their", "our", "this");

  /** Words that end a noun phrase going backwards: clause and preposition words. */
  static final Set<String> FUNCTION_WORDS = WordList.load("function-words.txt");

  /** Words before a short quote that make it a name or a scare quote: "a “peace plan”". */
  static final Set<String> TERM_DETERMINERS = WordList.load("term-determiners.txt");

  private Cues() {}

  /**
   * Lower-case words that may stand in a subject before a post-quote verb: "Ambassador to Germany".
   */
  static final Set<String> SUBJECT_GLUE =
      Set.of("the", "to", "of", "for", "a", "an", "and", "former");

  private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    all.addAll(c);
    return Set.copyOf(all);
  }

  static boolean isVerb(String word) {
    return VERBS.contains(word.toLowerCase(Locale.ROOT));
  }
}
