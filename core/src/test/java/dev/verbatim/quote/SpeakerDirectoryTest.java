package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One person, one speaker across a corpus, decided by the corpus's own evidence. */
class SpeakerDirectoryTest {

  @Test
  void surnameAloneJoinsTheFullNameOtherArticlesGive() {
    SpeakerDirectory d = new SpeakerDirectory();
    d.addArticle(List.of("Barack Obama", "John Boehner"));
    d.addArticle(List.of("Barack Obama"));
    d.addArticle(List.of("Michelle Obama", "Barack Obama", "Barack Obama"));
    d.addArticle(List.of("Barack Obama"));
    assertThat(d.canonical("Obama")).isEqualTo("Barack Obama");
    assertThat(d.canonical("OBAMA")).isEqualTo("Barack Obama");
    // one article is not evidence enough
    assertThat(d.canonical("Boehner")).isEqualTo("Boehner");
    // a full name is never changed, null stays null
    assertThat(d.canonical("Michelle Obama")).isEqualTo("Michelle Obama");
    assertThat(d.canonical(null)).isNull();
  }

  @Test
  void anAmbiguousSurnameStaysApart() {
    SpeakerDirectory d = new SpeakerDirectory();
    for (int i = 0; i < 3; i++) {
      d.addArticle(List.of("Hillary Clinton"));
      d.addArticle(List.of("Bill Clinton"));
    }
    assertThat(d.canonical("Clinton")).isEqualTo("Clinton");
    d.addName("Hillary Clinton", 20);
    assertThat(d.canonical("Clinton")).isEqualTo("Hillary Clinton");
  }

  @Test
  void quotesAndTheirChainsAreCanonicalised() {
    SpeakerDirectory d = new SpeakerDirectory();
    d.addName("Ian Bremmer", 5);
    d.addName("Vladimir Putin", 5);
    Quote q =
        new Quote(
            0, 5, "hello", "Putin", List.of("Bremmer"), Quote.Kind.SPEECH, "said", 0.9, null, null);
    Quote c = d.canonicalise(List.of(q)).getFirst();
    assertThat(c.speaker()).isEqualTo("Vladimir Putin");
    assertThat(c.via()).containsExactly("Ian Bremmer");
    assertThat(c.text()).isEqualTo("hello");
  }

  @Test
  void anOrganisationIsNoFullNameASurnameJoins() {
    SpeakerDirectory directory = new SpeakerDirectory();
    directory.addName("White House", 50);
    directory.addName("Justice Department", 9);
    assertThat(directory.canonical("House")).isEqualTo("House");
    assertThat(directory.canonical("Department")).isEqualTo("Department");
  }
}
