package dev.verbatim.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerKeysTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Volodymyr Zelenskyy",
        "Volodymyr  Zelensky",
        "  Ian Bremmer ",
        "Andrij Melnyk",
        "José Martí",
        "Émile\tZola",
        "Recep Tayyip Erdoğan",
        "Ngozi Okonjo-Iweala",
        "O'Connell",
        "AAron  aaron",
        "Σωκράτης",
        "Mrs. Anne-Marie Slaughter"
      })
  void keyIsTheOneOfTheDefinition(String name) {
    assertThat(SpeakerKeys.key(name)).isEqualTo(definition(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Volodymyr Zelenskyy", "volodymyr zelensky", "VOLODYMYR  ZELENSKY"})
  void spellingsOfOnePersonShareAKey(String name) {
    assertThat(SpeakerKeys.key(name)).isEqualTo("volodymyr zelensky");
  }

  /** The key as first written: decompose, drop marks, lower-case, collapse doubles and spaces. */
  private static String definition(String name) {
    String folded =
        Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (sb.isEmpty() || c != sb.charAt(sb.length() - 1) || !Character.isLetter(c)) {
        sb.append(c);
      }
    }
    return sb.toString().replaceAll("\\s+", " ");
  }
}
