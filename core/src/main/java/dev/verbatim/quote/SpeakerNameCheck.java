package dev.verbatim.quote;

import dev.verbatim.text.WordList;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a speaker name is malformed: a name no reader would write for a person or an organisation
 * that speaks. The check reports the first problem it sees, by name:
 *
 * <ul>
 *   <li>{@code furniture}: a caption, credit or video word run into the name ("WATCHED Obama",
 *       "Photos", "Previous Next AFP");
 *   <li>{@code title}: a title or role word left in front ("Senator Warren", "Veteran RNC"), or a
 *       title alone;
 *   <li>{@code repeated}: a name written twice ("Bernie Sanders Bernie Sanders");
 *   <li>{@code capitals}: a headline's capitals beside a name's ("WATCH Obama", "Obama ISIS"),
 *       unless the name is an organisation's ("NBC News");
 *   <li>{@code common word}: a sentence word, verb of saying or determiner inside the name
 *       ("Several IRS", "Says Obama");
 *   <li>{@code lower case}: a name starting with a lower-case word that is no particle ("the
 *       group");
 *   <li>{@code place} or {@code party label}: a place or a party label alone ("Ohio",
 *       "Republican");
 *   <li>{@code long}: more than four words for one person (joint authors are split at "and");
 *   <li>{@code characters}: digits or signs no name carries.
 * </ul>
 *
 * <p>It measures the extractor's speakers over a whole index ({@code verbatim speakers --check});
 * the extractor never consults it, so the figure is not circular. Thread-safe: static functions.
 */
public final class SpeakerNameCheck {
  private SpeakerNameCheck() {}

  /** The most words one person's name has here ("Martin Luther King Jr."). */
  public static final int MAX_WORDS = 4;

  /** The problem with {@code name}, or null when it looks like a name. */
  public static String problem(String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      return "empty";
    }
    if (!nameCharacters(trimmed)) {
      return "characters";
    }
    String[] words = trimmed.split(" +");
    boolean organisation = false;
    for (String w : words) {
      organisation |=
          NameWords.isOrganisationWord(lower(w)) || NameWords.ORGANISATION_NOUNS.contains(lower(w));
    }
    String problem = shape(words, organisation);
    if (problem == null) {
      problem = wording(words);
    }
    return problem == null ? whole(trimmed, organisation) : problem;
  }

  /** Whether every character is one a name is written with: letters, marks, ". ' ’ - &". */
  private static boolean nameCharacters(String trimmed) {
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (!(Character.isLetter(c)
          || Character.getType(c) == Character.NON_SPACING_MARK
          || c == ' '
          || c == '.'
          || c == '\''
          || c == '\u2019'
          || c == '-'
          || c == '&')) {
        return false;
      }
    }
    return true;
  }

  /**
   * What is wrong with the words' shape: furniture, a title alone or first, capitals beside a name,
   * a repetition, words run together, a party label.
   */
  private static String shape(String[] words, boolean organisation) {
    for (String w : words) {
      if (NameWords.FURNITURE.contains(lower(w))) {
        return "furniture";
      }
    }
    String first = lower(words[0]);
    String last = lower(words[words.length - 1]);
    if (words.length == 1 && (isTitle(first) || NameWords.SUFFIXES.contains(first))) {
      return "title";
    }
    boolean body = NameWords.ORGANISATION_NOUNS.contains(last); // "Justice Department"
    if (words.length > 1 && isTitle(first) && !body) {
      return "title";
    }
    if (!organisation && hasCapitalsBesideAName(words)) {
      return "capitals";
    }
    if (repeats(words)) {
      return "repeated";
    }
    for (String w : words) {
      if (ArticleText.RUN_TOGETHER.matcher(w).find()) {
        return "run together"; // "MuellerSpeier", "TrumpGOP"
      }
    }
    if (words.length > 1 && NameWords.PARTY_MEMBERS.contains(last) && !organisation) {
      return "party label"; // "Ohio Republican": a description of a person, not a name
    }
    return null;
  }

  /** Which of the words is no name's: a contraction, a common word, a verb, lower case. */
  private static String wording(String[] words) {
    String first = lower(words[0]);
    for (String w : words) {
      if (CONTRACTION.matcher(w).matches()) {
        return "common word"; // "I’ve", "We'll"
      }
    }
    if (words.length == 1
        && !words[0].equals(words[0].toUpperCase(Locale.ROOT))
        && (WordList.COMMON_WORDS.contains(first)
            || NameWords.TIME_WORDS.contains(first)
            || NameWords.MONTH_ABBREVIATIONS.contains(first))) {
      return "common word"; // "Sure", "Critics", "Along"
    }
    for (int i = 0; i < words.length; i++) {
      String w = lower(words[i]);
      boolean leadingThe = i == 0 && w.equals("the") && words.length > 1;
      boolean glue = i > 0 && (w.equals("of") || w.equals("and") || w.equals("for"));
      boolean initial = words[i].length() <= 2 && Character.isUpperCase(words[i].charAt(0));
      if (leadingThe || glue || initial || NameWords.PARTICLES.contains(w)) {
        continue;
      }
      if (Cues.NOT_NAMES.contains(w) || Cues.isVerb(w) || Cues.DETERMINERS.contains(w)) {
        return "common word";
      }
    }
    if (Character.isLowerCase(words[0].charAt(0)) && !NameWords.PARTICLES.contains(first)) {
      return "lower case";
    }
    return null;
  }

  /** What the whole name is if it is no person's: a place, a party label, too long. */
  private static String whole(String trimmed, boolean organisation) {
    String key = lower(trimmed);
    if (NameWords.PLACES.contains(key)) {
      return "place";
    }
    if (NameWords.LABELS.contains(key) && !trimmed.equals(trimmed.toUpperCase(Locale.ROOT))) {
      return "party label";
    }
    if (!organisation) {
      for (String person : trimmed.split(" and ")) {
        if (person.strip().split(" +").length > MAX_WORDS) {
          return "long";
        }
      }
    }
    return null;
  }

  private static final Pattern CONTRACTION =
      Pattern.compile("(?i)\\p{L}+['\u2019](ve|m|ll|d|re)|\\p{L}+n['\u2019]t");

  /** Whether the words are one sequence written twice ("Bernie Sanders Bernie Sanders"). */
  private static boolean repeats(String[] words) {
    if (words.length < 2 || words.length % 2 != 0) {
      return false;
    }
    int half = words.length / 2;
    for (int i = 0; i < half; i++) {
      if (!words[i].equalsIgnoreCase(words[i + half])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitle(String lower) {
    return Cues.HONORIFICS.contains(lower) || Cues.ROLE_NOUNS.contains(lower);
  }

  /** A word of three or more capitals beside a word written in mixed case. */
  private static boolean hasCapitalsBesideAName(String[] words) {
    boolean capitals = false;
    boolean mixed = false;
    for (String w : words) {
      String letters = w.replaceAll("[^\\p{L}]", "");
      if (NameWords.SUFFIXES.contains(letters.toLowerCase(Locale.ROOT))) {
        continue; // "Joe Manchin III"
      }
      if (letters.length() >= 3 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
        capitals = true;
      } else if (!letters.equals(letters.toUpperCase(Locale.ROOT))) {
        mixed = true;
      }
    }
    return capitals && mixed;
  }

  private static String lower(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    while (w.endsWith(".") || w.endsWith("'") || w.endsWith("\u2019")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
