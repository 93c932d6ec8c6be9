package dev.verbatim.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case and accent folding, defined once for speaker keys, the quote scorer's name comparisons and
 * verify's word diff: "Erdoğan" is "erdogan", "İstanbul" is "istanbul", "José" is "jose". Each user
 * adds its own step after it (a speaker key also collapses doubled letters; a full-name comparison
 * also drops punctuation). Thread-safe: static functions only.
 */
public final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Folding() {}

  /**
   * {@code s} in lower case (root locale) with its accents and other combining marks dropped. ASCII
   * text skips the Unicode decomposition.
   */
  public static String caseAndAccents(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 0x80) {
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return lower;
  }
}
