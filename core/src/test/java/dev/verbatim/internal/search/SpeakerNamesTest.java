package dev.verbatim.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.FacetValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
  @Test
  void spellingsOfOnePersonMergeUnderTheMostFrequentFullName() {
    List<FacetValue> merged =
        SpeakerNames.merge(
            List.of(
                new FacetValue("Volodymyr Zelensky", 3),
                new FacetValue("Volodymyr Zelenskyy", 5),
                new FacetValue("Zelensky", 2),
                new FacetValue("Elon Musk", 4),
                new FacetValue("Kremlin", 1)),
            10);
    assertThat(merged)
        .containsExactly(
            new FacetValue("Volodymyr Zelenskyy", 10),
            new FacetValue("Elon Musk", 4),
            new FacetValue("Kremlin", 1));
  }

  @Test
  void surnameSharedByTwoPeopleStaysApart() {
    List<FacetValue> merged =
        SpeakerNames.merge(
            List.of(
                new FacetValue("Hillary Clinton", 3),
                new FacetValue("Bill Clinton", 2),
                new FacetValue("Clinton", 4)),
            2);
    assertThat(merged)
        .containsExactly(new FacetValue("Clinton", 4), new FacetValue("Hillary Clinton", 3));
  }

  @Test
  void filterOnAFullNameAlsoAcceptsItsSurnameAlone() {
    assertThat(SpeakerNames.filterKeys("Volodymyr Zelenskyy"))
        .containsExactly("volodymyr zelensky", "zelensky");
    assertThat(SpeakerNames.filterKeys("Kremlin")).containsExactly("kremlin");
  }
}
