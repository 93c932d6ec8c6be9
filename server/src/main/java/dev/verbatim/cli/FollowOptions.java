package dev.verbatim.cli;

import dev.verbatim.follow.Follower;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How feeds are followed: the options {@code follow} and {@code serve --follow} share. */
final class FollowOptions {
  @Option(
      names = "--host-delay-ms",
      defaultValue = "1000",
      paramLabel = "MS",
      description =
          "least time between two requests to one host; a longer Crawl-delay in its robots.txt"
              + " wins (default ${DEFAULT-VALUE})")
  long hostDelayMs;

  @Option(
      names = "--min-interval",
      defaultValue = "300",
      paramLabel = "S",
      description =
          "shortest time between two polls of a feed, in seconds; a feed that brings new items"
              + " is polled twice as often, down to this (default ${DEFAULT-VALUE})")
  long minIntervalSeconds;

  @Option(
      names = "--max-interval",
      defaultValue = "7200",
      paramLabel = "S",
      description =
          "longest time between two polls of a feed, in seconds; a feed that brings nothing is"
              + " polled half as often, up to this (default ${DEFAULT-VALUE})")
  long maxIntervalSeconds;

  @Option(
      names = "--fetch-timeout",
      defaultValue = "30",
      paramLabel = "S",
      description = "longest wait for a feed or a page, in seconds (default ${DEFAULT-VALUE})")
  long timeoutSeconds;

  @Option(
      names = "--warc",
      paramLabel = "DIR",
      description = "write every request and response to a gzip'd WARC file in DIR, as evidence")
  Path warc;

  /** The options as the follower takes them. */
  Follower.Options options() {
    if (minIntervalSeconds < 1 || maxIntervalSeconds < minIntervalSeconds) {
      throw new IllegalArgumentException(
          "--min-interval must be at least 1 and --max-interval at least --min-interval");
    }
    if (hostDelayMs < 0 || timeoutSeconds < 1) {
      throw new IllegalArgumentException(
          "--host-delay-ms must be 0 or more and --fetch-timeout at least 1");
    }
    Follower.Options d = Follower.Options.defaults();
    return new Follower.Options(
        Duration.ofMillis(hostDelayMs),
        Duration.ofSeconds(minIntervalSeconds),
        Duration.ofSeconds(maxIntervalSeconds),
        Duration.ofSeconds(timeoutSeconds),
        d.maxBytes(),
        warc,
        d.threads());
  }
}
