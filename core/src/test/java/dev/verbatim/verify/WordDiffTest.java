package dev.verbatim.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.verify.WordDiff.Op;
import dev.verbatim.verify.WordDiff.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
  @Test
  void movedWordIsOneInsertAndOneDelete() {
    assertThat(
            WordDiff.diff("I have spoken to Putin only once", "I have only spoken to Putin once"))
        .containsExactly(
            new Run(Op.EQUAL, "I have"),
            new Run(Op.INSERT, "only"),
            new Run(Op.EQUAL, "spoken to Putin"),
            new Run(Op.DELETE, "only"),
            new Run(Op.EQUAL, "once"));
  }

  @Test
  void caseQuotesAndPunctuationAreIgnored() {
    assertThat(WordDiff.diff("“The Kremlin’s red lines!”", "the kremlin's red lines,"))
        .containsExactly(new Run(Op.EQUAL, "the kremlin's red lines"));
  }

  @Test
  void alignmentDropsTheLongerQuotesContextOnly() {
    List<Run> runs = WordDiff.diff("spoken to Putin", "I have spoken to Putin only once");
    assertThat(runs).first().isEqualTo(new Run(Op.INSERT, "I have"));
    assertThat(WordDiff.aligned(runs)).containsExactly(new Run(Op.EQUAL, "spoken to Putin"));
  }

  @Test
  void diffIsStable() {
    String a = "everything needed to be done to avoid that outcome";
    String b = "everything possible had to be done to avoid that outcome";
    assertThat(WordDiff.diff(a, b)).isEqualTo(WordDiff.diff(a, b));
    assertThat(WordDiff.diff(a, b))
        .containsExactly(
            new Run(Op.EQUAL, "everything"),
            new Run(Op.INSERT, "possible had"),
            new Run(Op.DELETE, "needed"),
            new Run(Op.EQUAL, "to be done to avoid that outcome"));
  }

  @Test
  void accentsAndDottedCapitalsAreIgnored() {
    assertThat(WordDiff.diff("Erdogan said Istanbul", "Erdoğan said İstanbul"))
        .containsExactly(new WordDiff.Run(WordDiff.Op.EQUAL, "Erdoğan said İstanbul"));
  }
}
