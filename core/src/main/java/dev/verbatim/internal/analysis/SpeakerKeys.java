package dev.verbatim.internal.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The match key of a speaker's name, so that spellings of one person meet: case and accents
 * dropped, and doubled letters collapsed, since transliterations differ mostly there ("Zelenskyy"
 * and "Zelensky", "Bremmer" and "Bremer").
 */
public final class SpeakerKeys {
  private SpeakerKeys() {}

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

  /**
   * The key of a whole name or of one word of it. Runs for every speaker value of a facet, so ASCII
   * names skip the Unicode decomposition and the work is one pass.
   */
  public static String key(String name) {
    String folded = name.strip();
    if (!isAscii(folded)) {
      folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
    }
    folded = folded.toLowerCase(Locale.ROOT);
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

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The characters of {@code \\s} in a Java regular expression. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
