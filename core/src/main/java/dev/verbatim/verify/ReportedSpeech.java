package dev.verbatim.verify;

import dev.verbatim.text.QuoteMarks;
import dev.verbatim.text.WordList;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim as fact-checkers paste it — "Musk said he only talked to Putin one time", "According to
 * Kirby, the talks failed", "We will win, Zelensky said" — split into who is said to have spoken
 * and the words, turned back into the speaker's own person ("he had" → "I have"), so that they
 * compare with the quote as it was spoken.
 *
 * @param speaker the name in the frame, or null when the claim has none
 * @param words the claim without its frame, in the first person where the frame named a speaker
 */
public record ReportedSpeech(String speaker, String words) {
  private static final String NAME =
      "((?:[A-Z][\\p{L}.'’-]*\\s+){0,4}[A-Z][\\p{L}'’-]*|[Hh]e|[Ss]he|[Tt]hey)";
  private static final String VERB =
      "(?:has |had |once |also |reportedly |allegedly )?(?:told (?:\\w+)|tells (?:\\w+)|"
          + String.join("|", WordList.load("claim-frame-verbs.txt").stream().sorted().toList())
          + ")";
  private static final Pattern LEADING =
      Pattern.compile("^" + NAME + "\\s+" + VERB + "(?:\\s+that)?[:,]?\\s+(.+)$");
  private static final Pattern ACCORDING =
      Pattern.compile("^[Aa]ccording to " + NAME + ",\\s*(.+)$");
  private static final Pattern TRAILING =
      Pattern.compile("^(.+?)[,.]?\\s+" + NAME + "\\s+" + VERB + "\\.?$");
  private static final Pattern TRAILING_INVERTED =
      Pattern.compile(
          "^(.+?)[,.]?\\s+(?:said|says|claimed|claims|wrote|writes)\\s+" + NAME + "\\.?$");

  /** Third-person words of a report and their first-person forms, as the speaker said them. */
  private static final Map<String, String> FIRST_PERSON =
      Map.ofEntries(
          Map.entry("he had", "I have"),
          Map.entry("she had", "I have"),
          Map.entry("he has", "I have"),
          Map.entry("she has", "I have"),
          Map.entry("he is", "I am"),
          Map.entry("she is", "I am"),
          Map.entry("he was", "I was"),
          Map.entry("she was", "I was"),
          Map.entry("he does", "I do"),
          Map.entry("she does", "I do"),
          Map.entry("he would", "I will"),
          Map.entry("she would", "I will"),
          Map.entry("he will", "I will"),
          Map.entry("she will", "I will"),
          Map.entry("he", "I"),
          Map.entry("she", "I"),
          Map.entry("him", "me"),
          Map.entry("his", "my"),
          Map.entry("himself", "myself"),
          Map.entry("herself", "myself"));

  private static final Pattern PERSON =
      Pattern.compile(
          "\\b(?:(?:he|she) (?:had|has|is|was|does|would|will)|he|she|him|his|himself|herself)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Reads {@code claim}; a claim without a frame comes back as it is, with no speaker. */
  public static ReportedSpeech of(String claim) {
    String text = claim.strip();
    for (Pattern p : new Pattern[] {ACCORDING, LEADING}) {
      Matcher m = p.matcher(text);
      if (m.matches() && !isFirstPerson(m.group(1))) {
        return new ReportedSpeech(name(m.group(1)), speakersWords(m.group(2)));
      }
    }
    for (Pattern p : new Pattern[] {TRAILING, TRAILING_INVERTED}) {
      Matcher m = p.matcher(text);
      if (m.matches() && !isFirstPerson(m.group(2))) {
        return new ReportedSpeech(name(m.group(2)), speakersWords(m.group(1)));
      }
    }
    return new ReportedSpeech(null, text);
  }

  /** "I said …", "We said …": the claim's own words, no frame to strip. */
  private static boolean isFirstPerson(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.equals("i") || n.equals("we") || n.equals("you") || n.startsWith("i ");
  }

  /** The speaker a frame names; none for "He said …" or "She said …", which name nobody. */
  private static String name(String frame) {
    String n = frame.strip();
    return switch (n.toLowerCase(Locale.ROOT)) {
      case "he", "she", "they", "it" -> null;
      default -> n;
    };
  }

  /**
   * The reported words as the speaker said them: inside quotation marks they are already, else the
   * reporter's third person becomes the speaker's first.
   */
  private static String speakersWords(String words) {
    String w = words.strip();
    if (w.length() > 2
        && QuoteMarks.opens(w.charAt(0))
        && QuoteMarks.closes(w.charAt(w.length() - 1))) {
      return w.substring(1, w.length() - 1).strip();
    }
    return firstPerson(w);
  }

  /**
   * A quoted claim is already in the speaker's words; an unquoted one is in the reporter's, and its
   * third-person pronouns are the speaker's "I".
   */
  private static String firstPerson(String words) {
    Matcher m = PERSON.matcher(words);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = FIRST_PERSON.get(m.group().toLowerCase(Locale.ROOT));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
