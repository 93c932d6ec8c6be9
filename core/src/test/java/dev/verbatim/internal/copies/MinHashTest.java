package dev.verbatim.internal.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinHashTest {
  @ParameterizedTest
  @CsvSource({
    // threshold, bands, rows
    "0.8, 14, 4",
    "0.5, 10, 1",
    "0.9, 15, 9",
    "1.0, 1, 16",
    "0.2, 31, 1",
  })
  void theBandsReachTheThresholdWithFewChanceCandidates(double threshold, int bands, int rows) {
    MinHash minHash = MinHash.forThreshold(threshold);
    assertThat(minHash).isEqualTo(new MinHash(bands, rows));
    assertThat(minHash.candidateChance(threshold)).isGreaterThanOrEqualTo(0.999);
  }

  @Test
  void aThresholdOutOfRangeIsRefused() {
    assertThatThrownBy(() -> MinHash.forThreshold(0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0.2 and 1");
    assertThatThrownBy(() -> MinHash.forThreshold(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String words(int from, int to) {
    return String.join(" ", IntStream.range(from, to).mapToObj(i -> "w" + i).toList());
  }

  @Test
  void shinglesAreFiveWordRunsWhateverThePunctuationAndCase() {
    assertThat(Shingles.of("one two three four")).isEmpty();
    assertThat(Shingles.of("one two three four five")).hasSize(1);
    assertThat(Shingles.of("One, two; THREE four — five!"))
        .containsExactly(Shingles.of("one two three four five"));
    assertThat(Shingles.jaccard(Shingles.of(words(0, 104)), Shingles.of(words(0, 104))))
        .isEqualTo(1.0);
    // 100 shingles each, 50 shared: 50 / 150
    assertThat(Shingles.jaccard(Shingles.of(words(0, 104)), Shingles.of(words(50, 154))))
        .isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void copiesShareABandAndStrangersDoNot() {
    MinHash minHash = MinHash.forThreshold(0.8);
    int[] text = Shingles.of(words(0, 400));
    int[] copy = Shingles.of(words(0, 380) + " an added closing line of a reprint");
    int[] other = Shingles.of(words(1000, 1400));
    List<String> bands = minHash.bandKeys(text);
    assertThat(bands).hasSize(14).doesNotHaveDuplicates();
    assertThat(minHash.bandKeys(copy)).containsAnyElementsOf(bands);
    assertThat(minHash.bandKeys(other)).doesNotContainAnyElementsOf(bands);
    assertThat(minHash.bandKeys(new int[0])).isEmpty();
  }
}
