package dev.verbatim.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
  @Test
  void filterOnAFullNameAlsoAcceptsItsSurnameAlone() {
    assertThat(SpeakerNames.filterKeys("Volodymyr Zelenskyy"))
        .containsExactly("volodymyr zelensky", "zelensky");
    assertThat(SpeakerNames.filterKeys("Kremlin")).containsExactly("kremlin");
  }
}
