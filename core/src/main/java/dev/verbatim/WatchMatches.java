package dev.verbatim;

import java.util.List;

/**
 * A page of a watch's matches, newest first.
 *
 * @param matches the page
 * @param nextCursor pass it back for the next (older) page; null on the last page
 */
public record WatchMatches(List<WatchMatch> matches, String nextCursor) {
  /** Copies the list. */
  public WatchMatches {
    matches = List.copyOf(matches);
  }
}
