package dev.verbatim.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frames of reported speech, stripped, and the speaker's own person restored. */
class ReportedSpeechTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Musk said he only talked to Putin one time, about space | Musk | I only talked to Putin one time, about space
          Elon Musk claimed that he had spoken to Putin once | Elon Musk | I have spoken to Putin once
          According to John Kirby, the talks failed | John Kirby | the talks failed
          We will win, Zelensky said | Zelensky | We will win
          We will win, said Zelensky. | Zelensky | We will win
          Biden told reporters: "I will not send troops" | Biden | I will not send troops
          He said he was proud of his team | - | I was proud of my team
          I said it before | - | I said it before
          The talks failed | - | The talks failed
          """)
  void framesAreStripped(String claim, String speaker, String words) {
    ReportedSpeech r = ReportedSpeech.of(claim);
    assertThat(r.speaker()).isEqualTo(speaker);
    assertThat(r.words()).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          How are you going to pay for it? Are you going to raise the middle class taxes? | I will raise taxes on the middle class | true
          We will raise taxes on the middle class. Is that fair? | I will raise taxes on the middle class | false
          Are you going to raise the middle class taxes? | Are you going to raise taxes? | false
          """)
  void aQuestionDoesNotStateTheClaim(String quote, String claim, boolean asks) {
    assertThat(
            Comparison.asksWhatTheClaimStates(claim, Verifier.stems(WordDiff.words(claim)), quote))
        .isEqualTo(asks);
  }
}
