package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteTest {
  private static Quote quote(String speaker, List<String> via) {
    return new Quote(0, 5, "Hello", speaker, via, Quote.Kind.SPEECH, "said", 0.9, null, null);
  }

  @Test
  void aSpeakerIsNeverReportedViaThemselves() {
    assertThat(quote("Ian Bremmer", List.of("Ian Bremmer")).via()).isEmpty();
    assertThat(quote("Ian Bremmer", List.of("Bremmer")).via()).isEmpty();
    assertThat(quote("Vladimir Putin", List.of("Ian Bremmer", "Putin", "Elon Musk")).via())
        .containsExactly("Ian Bremmer", "Elon Musk");
  }

  @Test
  void otherReportersStay() {
    assertThat(quote("Vladimir Putin", List.of("Ian Bremmer", "Elon Musk")).via())
        .containsExactly("Ian Bremmer", "Elon Musk");
    assertThat(quote(null, List.of("CNSNews.com")).via()).containsExactly("CNSNews.com");
  }

  @Test
  void aSurnameMadeFullAcrossTheCorpusLeavesTheChainToo() {
    SpeakerDirectory directory = new SpeakerDirectory();
    directory.addName("Barack Obama", 3);
    Quote q = quote("Barack Obama", List.of("Obama"));
    assertThat(q.via()).isEmpty();
    Quote viaWhiteHouse = quote("Obama", List.of("White House"));
    assertThat(directory.canonicalise(List.of(viaWhiteHouse)))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.speaker()).isEqualTo("Barack Obama");
              assertThat(c.via()).containsExactly("White House");
            });
  }
}
