package dev.verbatim.internal.index;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * The version of the index layout, kept in every commit's user data: what fields exist and how they
 * are indexed. Bump {@link #CURRENT} whenever a change makes an index written before it read
 * wrongly (a field's index options, a field that moved or is no longer stored), and say in the docs
 * what changed.
 *
 * <ul>
 *   <li>1: every index written before the format was recorded (no key in the commit).
 *   <li>2: quote text indexed with positions only (no offsets); quote documents store no text of
 *       their own (their words, outlet and headline are read from the article).
 *   <li>3: article body and title indexed with positions only (no offsets in the postings):
 *       snippets re-analyse the stored text of the hits they show.
 *   <li>4: a word's stem indexed only where it differs from the word (a word that is its own stem
 *       is found by its exact form, asked for with the stem as one term).
 *   <li>5: quote vectors as bytes compared by cosine ({@link QuoteVectors}), not floats.
 * </ul>
 */
public final class IndexFormat {
  /** The commit user-data key. */
  public static final String KEY = "verbatim.index_format";

  /** The format this version writes and reads. */
  public static final int CURRENT = 5;

  /** The format of an index with documents and no recorded format. */
  public static final int UNRECORDED = 1;

  private IndexFormat() {}

  /** The user data that every commit of this version carries. */
  public static Map<String, String> commitData() {
    return Map.of(KEY, Integer.toString(CURRENT));
  }

  /**
   * The format of the last commit in {@code directory}; empty when there is no commit yet or the
   * last one holds no documents (an empty index reads the same in every format).
   */
  public static OptionalInt of(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return OptionalInt.empty();
    }
    SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
    String recorded = commit.getUserData().get(KEY);
    if (recorded != null) {
      try {
        return OptionalInt.of(Integer.parseInt(recorded));
      } catch (NumberFormatException e) {
        return OptionalInt.of(Integer.MAX_VALUE); // not ours to read
      }
    }
    return commit.totalMaxDoc() == 0 ? OptionalInt.empty() : OptionalInt.of(UNRECORDED);
  }
}
