package dev.verbatim.quote;

import dev.verbatim.text.Folding;
import java.util.Set;

/**
 * Speaker identity, defined once for facets, filters, completion, verify and the scorer: the match
 * key of a name, its surname, and whether two names are one person.
 *
 * <p>The key drops case and accents and collapses doubled letters, since transliterations differ
 * mostly there ("Zelenskyy" and "Zelensky", "Bremmer" and "Bremer"). A surname alone stands for a
 * full name that ends with it ("Zelensky" for "Volodymyr Zelensky"); a suffix is not a surname
 * ("Brent Bozell III" is Bozell). Thread-safe: static functions only.
 */
public final class Speakers {
  private Speakers() {}

  /** Keys of name suffixes, after doubled letters collapse ("III" is "i"). */
  private static final Set<String> SUFFIX_KEYS = Set.of("jr", "jr.", "sr", "sr.", "i", "iv");

  /**
   * The key of a whole name or of one word of it. Runs for every speaker value of a facet, so ASCII
   * names skip the Unicode decomposition and the work is one pass.
   */
  public static String key(String name) {
    String folded = Folding.caseAndAccents(name.strip());
    StringBuilder sb = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isRegexSpace(c)) {
        // a run of whitespace becomes one space
        if (!space) {
          sb.append(' ');
        }
        space = true;
        continue;
      }
      space = false;
      // a doubled letter becomes one
      if (sb.isEmpty() || c != sb.charAt(sb.length() - 1) || !Character.isLetter(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The characters of {@code \\s} in a Java regular expression. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The key of a name's surname: its last word that is not a suffix ("Bozell" for "Brent Bozell
   * III").
   */
  public static String surnameKey(String name) {
    String[] words = key(name).split(" ");
    int last = words.length - 1;
    while (last > 0 && SUFFIX_KEYS.contains(words[last])) {
      last--;
    }
    return words[last];
  }

  /**
   * Whether two names are one person: the same key, or one is the other's surname alone ("Zelensky"
   * and "Volodymyr Zelenskyy"). Null is nobody.
   */
  public static boolean samePerson(String a, String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return false;
    }
    String ka = key(a);
    String kb = key(b);
    if (ka.equals(kb)) {
      return true;
    }
    boolean aAlone = ka.indexOf(' ') < 0;
    boolean bAlone = kb.indexOf(' ') < 0;
    return (aAlone && ka.equals(surnameKey(b)))
        || (bAlone && kb.equals(surnameKey(a)))
        || ka.endsWith(" " + kb)
        || kb.endsWith(" " + ka);
  }

  /** Whether two names share a surname: "Hillary Clinton" and "Bill Clinton" do. */
  public static boolean sameSurname(String a, String b) {
    return a != null
        && b != null
        && !a.isBlank()
        && !b.isBlank()
        && surnameKey(a).equals(surnameKey(b));
  }
}
