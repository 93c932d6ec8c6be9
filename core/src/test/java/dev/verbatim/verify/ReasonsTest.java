package dev.verbatim.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A close match's differences in words, one row per kind of change. */
class ReasonsTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I have spoken to Putin only once | I have only spoken to Putin once | The same words except"
            + " 'only' moved.",
        "I only talked to Putin once | I only spoke to Putin once | The same words except 'talked' →"
            + " 'spoke'.",
        "I have really spoken to Putin once | I have spoken to Putin once | The same words except"
            + " 'really' not in the quote.",
        "I have spoken to Putin once | I have spoken to Putin just once | The same words except"
            + " 'just' left out.",
        "a b c d e f g h i j | a x c y e z g w i v | The same words except 'b' → 'x'; 'd' → 'y';"
            + " 'f' → 'z'; 'h' → 'w'; and 1 more."
      })
  void closeSaysWhatDiffers(String claim, String quote, String why) {
    assertThat(Reasons.close(WordDiff.aligned(WordDiff.diff(claim, quote)))).isEqualTo(why);
  }
}
