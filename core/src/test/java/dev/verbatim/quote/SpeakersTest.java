package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakersTest {
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
    assertThat(Speakers.key(name)).isEqualTo(definition(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Volodymyr Zelenskyy", "volodymyr zelensky", "VOLODYMYR  ZELENSKY"})
  void spellingsOfOnePersonShareAKey(String name) {
    assertThat(Speakers.key(name)).isEqualTo("volodymyr zelensky");
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

  @org.junit.jupiter.api.Test
  void surnameSkipsSuffixes() {
    assertThat(Speakers.surnameKey("Brent Bozell III")).isEqualTo("bozel");
    assertThat(Speakers.surnameKey("Donald Trump Jr.")).isEqualTo("trump");
    assertThat(Speakers.surnameKey("Kirby")).isEqualTo("kirby");
  }

  @org.junit.jupiter.api.Test
  void aSurnameAloneIsTheSamePersonAsTheFullName() {
    assertThat(Speakers.samePerson("Zelensky", "Volodymyr Zelenskyy")).isTrue();
    assertThat(Speakers.samePerson("Volodymyr Zelenskyy", "zelensky")).isTrue();
    assertThat(Speakers.samePerson("Vladimir Putin", "President Vladimir Putin")).isTrue();
    assertThat(Speakers.samePerson("Hillary Clinton", "Bill Clinton")).isFalse();
    assertThat(Speakers.samePerson("Musk", null)).isFalse();
    assertThat(Speakers.sameSurname("Hillary Clinton", "Bill Clinton")).isTrue();
  }
}
