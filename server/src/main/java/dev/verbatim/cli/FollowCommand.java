package dev.verbatim.cli;

import dev.verbatim.Verbatim;
import dev.verbatim.follow.FeedStatus;
import dev.verbatim.follow.FeedsFile;
import dev.verbatim.follow.Follower;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim follow FEEDS.txt --index DIR}: news feeds into an index, as they publish. */
@Command(
    name = "follow",
    mixinStandardHelpOptions = true,
    description = {
      "Follow news feeds (RSS 2.0, Atom, news sitemaps; one address a line in FEEDS) into an"
          + " index: each new item's page is fetched, read by the HTML extractor and indexed once,"
          + " politely (conditional GET, one request a second per host, robots.txt). Runs until"
          + " stopped; what it has done is kept in the index folder's follow/ and resumed."
    })
final class FollowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin FollowOptions follow;

  @Parameters(
      paramLabel = "FEEDS",
      description = "a text file: one feed address a line, # comments")
  Path feedsFile;

  @Option(names = "--once", description = "poll every feed once, then stop")
  boolean once;

  @Override
  public Integer call() throws Exception {
    List<URI> feeds = FeedsFile.read(feedsFile);
    Follower.Options options = follow.options();
    PrintWriter err = spec.commandLine().getErr();
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    if (!once) {
      // Ctrl-C: stop polling, let the polls under way commit, close the index, then exit
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    stopped.countDown();
                    try {
                      closed.await(2 * options.timeout().toSeconds() + 30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
    }
    try (Verbatim verbatim = index.open();
        Follower follower =
            new Follower(verbatim, feeds, index.dir.resolve("follow"), options, err)) {
      if (once) {
        follower.pollAll();
      } else {
        follower.start();
        err.println("following " + feeds.size() + " feeds into " + index.dir + " (Ctrl-C stops)");
        err.flush();
        stopped.await();
      }
      summary(follower, spec.commandLine().getOut());
    } finally {
      closed.countDown();
    }
    return 0;
  }

  private static void summary(Follower follower, PrintWriter out) {
    for (FeedStatus s : follower.statuses()) {
      out.printf(
          Locale.ROOT,
          "%s: %d polls (%d not modified), %d indexed, %d skipped, %d errors%s%n",
          s.url(),
          s.polls(),
          s.notModified(),
          s.indexed(),
          s.skipped(),
          s.errors(),
          s.lastError() == null ? "" : " (last: " + s.lastError() + ")");
    }
    out.flush();
  }
}
