package dev.verbatim.internal.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature cut into locality-sensitive bands: two texts whose shingle sets have Jaccard
 * similarity s share at least one band with probability 1 - (1 - s^rows)^bands. {@link
 * #forThreshold} picks the bands and rows so that a pair at the threshold shares one with
 * probability at least {@value #RECALL_AT_THRESHOLD}, with at most {@value #MAX_BANDS} band terms
 * per article where that can be had.
 *
 * @param bands how many bands (index terms per article)
 * @param rows how many minimum hashes each band holds
 */
public record MinHash(int bands, int rows) {
  /** The chance that a pair exactly at the threshold becomes a candidate. */
  static final double RECALL_AT_THRESHOLD = 0.999;

  /** Most band terms per article, when a threshold allows it. */
  static final int MAX_BANDS = 16;

  /** The lowest threshold: below it two stories on one event share that much. */
  public static final double MIN_THRESHOLD = 0.2;

  /** Validates. */
  public MinHash {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be positive");
    }
  }

  /**
   * The bands for a Jaccard threshold in [{@value #MIN_THRESHOLD}, 1]: the most rows per band
   * (fewest chance candidates) that reach {@value #RECALL_AT_THRESHOLD} at the threshold in {@value
   * #MAX_BANDS} bands or fewer; one row per band, in as many bands as it takes, when no such choice
   * exists.
   */
  public static MinHash forThreshold(double threshold) {
    if (!(threshold >= MIN_THRESHOLD && threshold <= 1)) {
      throw new IllegalArgumentException(
          "the copy threshold must be between " + MIN_THRESHOLD + " and 1, was " + threshold);
    }
    MinHash best = new MinHash(bandsFor(threshold, 1), 1);
    for (int rows = 2; rows <= 16; rows++) {
      int bands = bandsFor(threshold, rows);
      if (bands <= MAX_BANDS) {
        best = new MinHash(bands, rows);
      }
    }
    return best;
  }

  private static int bandsFor(double threshold, int rows) {
    double hit = Math.pow(threshold, rows);
    if (hit >= 1) {
      return 1;
    }
    return (int) Math.ceil(Math.log(1 - RECALL_AT_THRESHOLD) / Math.log(1 - hit));
  }

  /** The chance that a pair of this similarity shares a band. */
  public double candidateChance(double similarity) {
    return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
  }

  /**
   * The band keys of a shingle set, one per band ({@code band:hash}); none for an empty set, which
   * copies nothing.
   */
  public List<String> bandKeys(int[] shingles) {
    if (shingles.length == 0) {
      return List.of();
    }
    int hashes = bands * rows;
    long[] min = new long[hashes];
    Arrays.fill(min, Long.MAX_VALUE);
    for (int shingle : shingles) {
      long x = shingle & 0xFFFF_FFFFL;
      // hash function i: multiply-shift, (a_i x + b_i) >>> 32 (a_i odd), one multiply per hash
      for (int i = 0; i < hashes; i++) {
        long h = (MULTIPLIERS[i] * x + ADDENDS[i]) >>> 32;
        if (h < min[i]) {
          min[i] = h;
        }
      }
    }
    List<String> keys = new ArrayList<>(bands);
    for (int b = 0; b < bands; b++) {
      long h = b;
      for (int r = 0; r < rows; r++) {
        h = Shingles.mix(h * 31 + min[b * rows + r]);
      }
      keys.add(b + ":" + Long.toHexString(h));
    }
    return keys;
  }

  /**
   * The hash functions' constants, fixed: band keys must mean the same in every process. Enough for
   * the most hashes a threshold asks for (31 bands of one row at {@link #MIN_THRESHOLD}).
   */
  private static final long[] MULTIPLIERS = seeds(256, 1);

  private static final long[] ADDENDS = seeds(256, 2);

  private static long[] seeds(int n, long stream) {
    long[] seeds = new long[n];
    long x = 0x5DEECE66DL * stream;
    for (int i = 0; i < n; i++) {
      x = Shingles.mix(x + 0x9E3779B97F4A7C15L);
      seeds[i] = x | 1; // odd: a multiplier that loses no bit
    }
    return seeds;
  }
}
