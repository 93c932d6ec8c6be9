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

  /** The key of a whole name or of one word of it. */
  public static String key(String name) {
    String folded =
        Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (sb.isEmpty() || c != sb.charAt(sb.length() - 1) || !Character.isLetter(c)) {
        sb.append(c);
      }
    }
    return sb.toString().replaceAll("\\s+", " ");
  }
}
