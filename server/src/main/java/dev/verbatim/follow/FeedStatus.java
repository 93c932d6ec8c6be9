package dev.verbatim.follow;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One feed's progress since this follower started, for the log, /metrics and the page. */
public final class FeedStatus {
  final String url;
  volatile String title;
  final AtomicLong polls = new AtomicLong();
  final AtomicLong notModified = new AtomicLong();
  final AtomicLong items = new AtomicLong();
  final AtomicLong indexed = new AtomicLong();
  final AtomicLong skipped = new AtomicLong();
  final AtomicLong errors = new AtomicLong();
  volatile String lastError;
  volatile Instant lastPoll;
  volatile Duration interval;

  FeedStatus(String url, Duration interval) {
    this.url = url;
    this.interval = interval;
  }

  public String url() {
    return url;
  }

  /** The feed's own title, once read; null before. */
  public String title() {
    return title;
  }

  public long polls() {
    return polls.get();
  }

  /** Polls answered 304 Not Modified (nothing was downloaded). */
  public long notModified() {
    return notModified.get();
  }

  /** Articles indexed from this feed's items. */
  public long indexed() {
    return indexed.get();
  }

  /** Items passed over: already indexed, disallowed by robots.txt, or with no article. */
  public long skipped() {
    return skipped.get();
  }

  /** Failed polls and page fetches. */
  public long errors() {
    return errors.get();
  }

  /** What went wrong last, or null. */
  public String lastError() {
    return lastError;
  }

  /** When the feed was last polled, or null. */
  public Instant lastPoll() {
    return lastPoll;
  }

  /** The interval until the next poll. */
  public Duration interval() {
    return interval;
  }
}
