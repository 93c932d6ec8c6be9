package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The speaker rules of eval-quotes: what a gold mention names, and when a prediction agrees. */
class SpeakerMatchTest {
  @Test
  void headSurnameIsTheNameBeforeAppositivesAndPrepositions() {
    assertThat(
            SpeakerMatch.headSurname(
                "Donna Brazile, the interim chairwoman of the Democratic National Committee"))
        .isEqualTo("Brazile");
    assertThat(SpeakerMatch.headSurname("Representative Charles B. Rangel of New York"))
        .isEqualTo("Rangel");
    assertThat(SpeakerMatch.headSurname("Another critic, Laurence H. Tribe,")).isEqualTo("Tribe");
    assertThat(SpeakerMatch.headSurname("Secretary of State John F. Kerry")).isEqualTo("Kerry");
    assertThat(SpeakerMatch.headSurname("Rep. G.K. Butterfield (D-N.C.), head of the caucus"))
        .isEqualTo("Butterfield");
    assertThat(SpeakerMatch.headSurname("Vann R. Newkirk II")).isEqualTo("Newkirk");
  }

  @Test
  void pronounsAndDescriptionsNameNobody() {
    assertThat(SpeakerMatch.headSurname("he")).isNull();
    assertThat(SpeakerMatch.headSurname("The Indiana governor")).isNull();
    assertThat(SpeakerMatch.headSurname("Clinton's campaign")).isNull();
    assertThat(SpeakerMatch.SURNAME.names("the official")).isFalse();
  }

  @Test
  void theOlderRuleTakesTheLastCapitalisedWordWhereverItStands() {
    assertThat(SpeakerMatch.lastCapitalised("Donna Brazile, the chairwoman of the DNC"))
        .isEqualTo("DNC");
    assertThat(SpeakerMatch.LAST_WORD.matches("Donna Brazile", "Donna Brazile, head of the DNC"))
        .isFalse();
    assertThat(SpeakerMatch.SURNAME.matches("Donna Brazile", "Donna Brazile, head of the DNC"))
        .isTrue();
  }

  @Test
  void surnamesMatchThroughSpeakerKeys() {
    assertThat(SpeakerMatch.SURNAME.matches("Brent Bozell III", "Bozell")).isTrue();
    assertThat(SpeakerMatch.SURNAME.matches("Ian Bremmer", "Bremer")).isTrue();
    assertThat(SpeakerMatch.SURNAME.matches(null, "Bremmer")).isFalse();
    assertThat(SpeakerMatch.fromName("last-word")).isEqualTo(SpeakerMatch.LAST_WORD);
  }
}
