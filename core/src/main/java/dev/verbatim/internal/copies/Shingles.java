package dev.verbatim.internal.copies;

import java.util.Arrays;

/**
 * The word 5-shingles of a text as sorted, distinct 32-bit hashes: the set whose Jaccard similarity
 * says how much of one article another repeats. Words are the runs of letters and digits, case
 * folded; everything else (punctuation, spacing, markup left in the text) separates them.
 */
public final class Shingles {
  /** Words per shingle: five, the size near-duplicate studies of news use. */
  public static final int WORDS = 5;

  private Shingles() {}

  /** The shingles of {@code text}; empty when it has fewer than {@value #WORDS} words. */
  public static int[] of(String text) {
    int[] words = wordHashes(text);
    if (words.length < WORDS) {
      return new int[0];
    }
    int[] shingles = new int[words.length - WORDS + 1];
    for (int i = 0; i < shingles.length; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int k = 0; k < WORDS; k++) {
        h = mix(h ^ words[i + k]) + k;
      }
      shingles[i] = (int) (h ^ (h >>> 32));
    }
    Arrays.sort(shingles);
    int n = 0;
    for (int i = 0; i < shingles.length; i++) {
      if (i == 0 || shingles[i] != shingles[i - 1]) {
        shingles[n++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, n);
  }

  /** |a ∩ b| / |a ∪ b| of two sorted, distinct sets; 0 when both are empty. */
  public static double jaccard(int[] a, int[] b) {
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  private static int[] wordHashes(String text) {
    int[] words = new int[Math.max(16, text.length() / 5)];
    int n = 0;
    int h = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        h = 31 * h + Character.toLowerCase(cp);
        inWord = true;
      } else if (inWord) {
        if (n == words.length) {
          words = Arrays.copyOf(words, n * 2);
        }
        words[n++] = h;
        h = 0;
        inWord = false;
      }
    }
    if (inWord) {
      if (n == words.length) {
        words = Arrays.copyOf(words, n + 1);
      }
      words[n++] = h;
    }
    return Arrays.copyOf(words, n);
  }

  /** A 64-bit finaliser (MurmurHash3's fmix64): every input bit moves every output bit. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
