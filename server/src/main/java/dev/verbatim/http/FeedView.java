package dev.verbatim.http;

import dev.verbatim.follow.FeedStatus;
import java.time.Instant;
import java.util.List;

/**
 * A followed feed as {@code GET /api/feeds} shows it: its address without the query (which may hold
 * a key), its title and its counts.
 */
record FeedView(
    String url,
    String title,
    long polls,
    long notModified,
    long indexed,
    long skipped,
    long errors,
    String lastError,
    Instant lastPoll,
    long intervalSeconds) {

  static FeedView of(FeedStatus f) {
    return new FeedView(
        f.url().replaceFirst("[?#].*$", ""),
        f.title(),
        f.polls(),
        f.notModified(),
        f.indexed(),
        f.skipped(),
        f.errors(),
        f.lastError(),
        f.lastPoll(),
        f.interval().toSeconds());
  }

  /** The body of {@code GET /api/feeds}. */
  record Feeds(List<FeedView> feeds) {
    static Feeds of(List<FeedStatus> statuses) {
      return new Feeds(statuses.stream().map(FeedView::of).toList());
    }
  }
}
