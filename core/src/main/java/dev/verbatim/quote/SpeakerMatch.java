package dev.verbatim.quote;

import dev.verbatim.text.Folding;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a predicted speaker is compared with a gold one when quotes are scored: the rules of {@code
 * eval-quotes --speaker-match}, shared by the tests and the command.
 */
public enum SpeakerMatch {
  /** The same full name, case and accents aside ({@link QuoteScorer#sameName}). */
  EXACT,
  /**
   * The same canonical full name with case, accents and punctuation folded: "Richard J. Durbin" is
   * "richard j durbin" ({@link #fullNameKey}); the definition of allsides-quotes-dev's reference
   * scorer.
   */
  FULL,
  /**
   * Surname-compatible: the same last word, and one name's words a subset of the other's ("Trump"
   * for "Donald Trump", not "Bill Clinton" for "Hillary Clinton"); the reference scorer's lenient
   * rule.
   */
  COMPATIBLE,
  /**
   * Our speaker's surname is the surname the gold mention names: its head name, before an
   * appositive, a parenthesis or a prepositional phrase ({@link #headSurname}). Mentions whose head
   * is a pronoun or a description name nobody and are not scored.
   */
  SURNAME,
  /**
   * The older rule: our last word is the gold mention's last capitalised word wherever it stands
   * ({@link #lastCapitalised}).
   */
  LAST_WORD;

  /**
   * The rule named {@code exact}, {@code full}, {@code compatible}, {@code surname} or {@code
   * last-word}.
   */
  public static SpeakerMatch fromName(String name) {
    for (SpeakerMatch m : values()) {
      if (m.toString().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "speaker match must be exact, full, compatible, surname or last-word, was " + name);
  }

  /** Whether {@code predicted} (possibly null) agrees with the gold mention. */
  public boolean matches(String predicted, String goldMention) {
    return switch (this) {
      case EXACT -> QuoteScorer.sameName(predicted, goldMention);
      case FULL -> predicted != null && fullNameKey(predicted).equals(fullNameKey(goldMention));
      case COMPATIBLE -> compatible(predicted, goldMention);
      case SURNAME -> sameSurname(predicted, goldMention);
      case LAST_WORD -> sameLastWord(predicted, goldMention);
    };
  }

  /** Whether a gold mention names someone under this rule, so that its quote is scored. */
  public boolean names(String goldMention) {
    return switch (this) {
      case EXACT, FULL, COMPATIBLE -> true;
      case SURNAME -> headSurname(goldMention) != null;
      case LAST_WORD -> lastCapitalised(goldMention) != null;
    };
  }

  /** The lower-case name with a hyphen: {@code last-word}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * A name folded for comparison: decomposed, accents dropped, lower case, every character that is
   * not a letter a-z or a space removed, surrounding space stripped.
   */
  public static String fullNameKey(String name) {
    String folded = Folding.caseAndAccents(name);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || c == ' ') {
        sb.append(c);
      }
    }
    return sb.toString().strip();
  }

  private static boolean compatible(String predicted, String gold) {
    if (predicted == null || gold == null) {
      return false;
    }
    String a = fullNameKey(predicted);
    String b = fullNameKey(gold);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    List<String> wa = List.of(a.split(" +"));
    List<String> wb = List.of(b.split(" +"));
    return a.equals(b)
        || (wa.getLast().equals(wb.getLast())
            && (Set.copyOf(wb).containsAll(wa) || Set.copyOf(wa).containsAll(wb)));
  }

  /** Our speaker's last word is the surname the gold mention names. */
  private static boolean sameSurname(String predicted, String goldMention) {
    return sameWord(predicted, headSurname(goldMention));
  }

  /** Our speaker's last word is the gold mention's last capitalised word (the older rule). */
  private static boolean sameLastWord(String predicted, String goldMention) {
    return sameWord(predicted, lastCapitalised(goldMention));
  }

  private static boolean sameWord(String predicted, String word) {
    if (predicted == null || word == null) {
      return false;
    }
    // one notion of identity: "Brent Bozell III" is Bozell, "Bremer" is "Bremmer"
    return Speakers.surnameKey(predicted).equals(Speakers.key(word));
  }

  /** Titles whose "of" belongs to the head: "Secretary of State John Kerry". */
  private static final Set<String> TITLES =
      Set.of(
          "secretary",
          "state",
          "minister",
          "director",
          "chairman",
          "chairwoman",
          "president",
          "attorney",
          "general",
          "chief",
          "head",
          "speaker",
          "governor",
          "mayor",
          "leader");

  /** Where a mention's head name ends: an appositive, a parenthesis, a prepositional phrase. */
  private static final Pattern HEAD_END =
      Pattern.compile("\\s(?:of|at|from|in|for|who|whose|which|that|on|with)\\s.*$");

  /**
   * The surname of the person or organisation a gold mention names: the last word of its head name
   * ("Donna Brazile, the interim chairwoman of the DNC" is Brazile, "Representative Charles B.
   * Rangel of New York" Rangel, "Another critic, Laurence H. Tribe," Tribe), or null when the head
   * is a pronoun or a description ("he", "the Indiana governor", "Clinton's campaign").
   */
  public static String headSurname(String mention) {
    for (String segment : mention.split("[,()\\[\\]]")) {
      String head = segment.strip();
      Matcher end = HEAD_END.matcher(head);
      // "Secretary of State John F. Kerry": a title's "of" is part of the head
      while (end.find()) {
        String[] before = head.substring(0, end.start()).strip().split("\\s+");
        if (!TITLES.contains(before[before.length - 1].toLowerCase(Locale.ROOT))) {
          head = head.substring(0, end.start());
          break;
        }
      }
      String[] words = head.replaceAll("[’']s\\b", "").split("[^\\p{L}\\p{N}'’.-]+");
      String last = null;
      boolean anyName = false;
      for (String w : words) {
        String word = w.replaceAll("^[.'’-]+|[.'’-]+$", "");
        if (word.isEmpty()
            || (last != null && NameWords.SUFFIXES.contains(word.toLowerCase(Locale.ROOT)))) {
          continue;
        }
        last = word;
        anyName |=
            Character.isUpperCase(word.codePointAt(0))
                && !NOT_A_HEAD_NAME.contains(word.toLowerCase(Locale.ROOT));
      }
      if (!anyName) {
        continue; // "Another critic", a party label
      }
      boolean named =
          Character.isUpperCase(last.codePointAt(0))
              && !NOT_A_HEAD_NAME.contains(last.toLowerCase(Locale.ROOT));
      return named ? last : null;
    }
    return null;
  }

  /** Capitalised words that name nobody: a sentence-initial pronoun or determiner ("He", "The"). */
  private static final Set<String> NOT_A_NAME =
      Set.of(
          "he", "she", "it", "they", "we", "i", "you", "the", "this", "that", "his", "her", "their",
          "its", "a", "an");

  /** Those and quantifiers, which open a description in a head name ("Another critic, …"). */
  private static final Set<String> NOT_A_HEAD_NAME =
      Set.of(
          "he", "she", "it", "they", "we", "i", "you", "the", "this", "that", "his", "her", "their",
          "its", "a", "an", "another", "one", "some", "many", "most", "other", "others", "both",
          "all", "each", "every", "several", "few");

  /** The last capitalised word of a mention that names someone, or null ("He", "officials"). */
  public static String lastCapitalised(String mention) {
    String last = null;
    for (String w : mention.replaceAll("[’']s\\b", "").split("[^\\p{L}\\p{N}'’-]+")) {
      if (!w.isEmpty()
          && Character.isUpperCase(w.codePointAt(0))
          && !NOT_A_NAME.contains(w.toLowerCase(Locale.ROOT))) {
        last = w;
      }
    }
    return last;
  }
}
