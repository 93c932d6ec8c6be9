package dev.verbatim.internal.copies;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The copy threshold of an index, kept in every commit's user data: the band terms written for one
 * threshold do not find copies at another, so an index keeps the one it was made with.
 */
public final class CopyThreshold {
  /** The commit user-data key. */
  public static final String KEY = "verbatim.copy_threshold";

  /** Nexis's "at least 80 % identical": the threshold of an index made without one. */
  public static final double DEFAULT = 0.8;

  private CopyThreshold() {}

  /**
   * The threshold to use on {@code directory}: the one its last commit records; else {@code
   * requested}, or {@link #DEFAULT} when that is NaN.
   *
   * @throws IllegalArgumentException if {@code requested} is out of range, or differs from the
   *     recorded one
   */
  public static double of(Directory directory, double requested) throws IOException {
    if (!Double.isNaN(requested)) {
      MinHash.forThreshold(requested); // validates
    }
    String recorded =
        DirectoryReader.indexExists(directory)
            ? SegmentInfos.readLatestCommit(directory).getUserData().get(KEY)
            : null;
    if (recorded == null) {
      return Double.isNaN(requested) ? DEFAULT : requested;
    }
    double kept;
    try {
      kept = Double.parseDouble(recorded);
      MinHash.forThreshold(kept);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "this index records an unreadable copy threshold (" + recorded + ")", e);
    }
    if (!Double.isNaN(requested) && requested != kept) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "this index groups copies at %s, not %s: index into a new folder to use another"
                  + " threshold; nothing was changed",
              kept,
              requested));
    }
    return kept;
  }
}
