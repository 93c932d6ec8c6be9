package dev.verbatim.follow;

import dev.verbatim.AddResult;
import dev.verbatim.Article;
import dev.verbatim.Verbatim;
import dev.verbatim.follow.FeedItems.Item;
import dev.verbatim.follow.FeedItems.Parsed;
import dev.verbatim.follow.FollowState.FeedRecord;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import dev.verbatim.ingest.PageIdentity;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Follows news feeds into an index: each feed (RSS 2.0, Atom or a news sitemap) is polled with a
 * conditional GET, each new item's page is fetched, read by the HTML extractor and indexed, and the
 * feed's articles are committed together (so that watches match them in that commit) before their
 * addresses are remembered as done. A page is skipped when its address, or the canonical address it
 * names, is already indexed or was passed over before.
 *
 * <p>Intervals adapt: a feed that brought new items is polled again after half its interval (not
 * less than the minimum), one that did not after twice it (not more than the maximum). Feeds are
 * polled on a pool of threads, so a slow or broken feed holds up only itself; requests to one host
 * are spaced by {@link PoliteClient}.
 */
public final class Follower implements Closeable {
  /**
   * How to follow.
   *
   * @param hostDelay least time between two requests to one host (a longer Crawl-delay wins)
   * @param minInterval shortest interval between two polls of a feed
   * @param maxInterval longest interval between two polls of a feed
   * @param timeout longest wait to connect, and for a whole answer
   * @param maxBytes largest feed or page read, in bytes
   * @param warcDir where to write everything fetched as WARC, or null
   * @param threads feeds polled at once
   */
  public record Options(
      Duration hostDelay,
      Duration minInterval,
      Duration maxInterval,
      Duration timeout,
      int maxBytes,
      Path warcDir,
      int threads) {
    /** One request a second per host, polls between 5 minutes and 2 hours, 30 s, 10 MB, 4. */
    public static Options defaults() {
      return new Options(
          Duration.ofSeconds(1),
          Duration.ofMinutes(5),
          Duration.ofHours(2),
          Duration.ofSeconds(30),
          10 << 20,
          null,
          4);
    }
  }

  /** Pages a feed's poll commits at a time. */
  private static final int COMMIT_EVERY = 20;

  /** Fetches of one page that may fail before its address is given up on. */
  private static final int PAGE_ATTEMPTS = 3;

  private final Verbatim verbatim;
  private final List<URI> feeds;
  private final Options options;
  private final PrintWriter log;
  private final FollowState state;
  private final WarcLog warc;
  private final PoliteClient client;
  private final Map<String, FeedStatus> statuses = new LinkedHashMap<>();
  private final Map<String, Integer> pageFailures = new ConcurrentHashMap<>();
  private final ExecutorService pool;
  private volatile ScheduledExecutorService scheduler;

  /**
   * A follower of {@code feeds} into {@code verbatim}, remembering what it has done in {@code
   * stateDir}.
   *
   * @param log where each poll's line goes
   */
  public Follower(
      Verbatim verbatim, List<URI> feeds, Path stateDir, Options options, PrintWriter log)
      throws IOException {
    this.verbatim = verbatim;
    this.feeds = List.copyOf(feeds);
    this.options = options;
    this.log = log;
    this.state = new FollowState(stateDir);
    this.warc = options.warcDir() == null ? null : new WarcLog(options.warcDir());
    this.client =
        new PoliteClient(options.hostDelay(), options.timeout(), options.maxBytes(), warc);
    for (URI feed : this.feeds) {
      FeedRecord stored = state.feed(feed.toString());
      Duration interval =
          stored == null ? options.minInterval() : Duration.ofSeconds(stored.intervalSeconds());
      statuses.put(feed.toString(), new FeedStatus(feed.toString(), clamp(interval)));
    }
    this.pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
  }

  /** Each feed's progress, in the order of the feeds file. */
  public List<FeedStatus> statuses() {
    return List.copyOf(statuses.values());
  }

  /** The WARC file being written, or null without {@code warcDir}. */
  public Path warcFile() {
    return warc == null ? null : warc.file();
  }

  /** Polls every feed once, at once on the pool, and returns when all are done. */
  public void pollAll() throws InterruptedException {
    List<Future<?>> running = new ArrayList<>();
    for (URI feed : feeds) {
      running.add(pool.submit(() -> poll(feed)));
    }
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (ExecutionException e) {
        // poll reports its own failures; nothing else is thrown
      }
    }
  }

  /** Polls every feed now and then again at its own interval, until {@link #close}. */
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor();
    for (URI feed : feeds) {
      schedule(feed, Duration.ZERO);
    }
  }

  private void schedule(URI feed, Duration after) {
    ScheduledExecutorService s = scheduler;
    if (s == null || s.isShutdown()) {
      return;
    }
    try {
      ScheduledFuture<?> unused =
          s.schedule(
              () ->
                  pool.execute(
                      () -> {
                        poll(feed);
                        schedule(feed, statuses.get(feed.toString()).interval);
                      }),
              after.toMillis(),
              TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closing: no more polls
    }
  }

  /** One poll of one feed: never throws; what fails is counted and logged. */
  void poll(URI feed) {
    FeedStatus status = statuses.get(feed.toString());
    status.polls.incrementAndGet();
    status.lastPoll = Instant.now();
    FeedRecord stored = state.feed(feed.toString());
    int indexed = 0;
    try {
      PoliteClient.Response r =
          client.get(
              feed,
              stored == null ? null : stored.etag(),
              stored == null ? null : stored.lastModified());
      if (r.status() == 304) {
        status.notModified.incrementAndGet();
        line(status, "not modified");
      } else if (!r.ok()) {
        fail(status, "HTTP " + r.status());
      } else {
        Parsed parsed = FeedItems.parse(r.body(), r.uri());
        if (parsed.title() != null) {
          status.title = parsed.title();
        }
        indexed = items(status, parsed);
        boolean retry =
            parsed.items().stream().anyMatch(i -> pageFailures.containsKey(i.link().toString()));
        if (!retry) {
          // a page to fetch again keeps the old validators, so that the next poll reads the feed
          // again instead of a 304 that would hide it until the feed changes
          stored = new FeedRecord(r.etag(), r.lastModified(), status.interval.toSeconds());
        }
      }
    } catch (IOException e) {
      fail(status, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (RuntimeException e) {
      fail(status, "unexpected: " + e);
    }
    status.interval =
        clamp(indexed > 0 ? status.interval.dividedBy(2) : status.interval.multipliedBy(2));
    try {
      state.saveFeed(
          feed.toString(),
          new FeedRecord(
              stored == null ? null : stored.etag(),
              stored == null ? null : stored.lastModified(),
              status.interval.toSeconds()));
    } catch (IOException e) {
      fail(status, "cannot save the feed's state: " + e.getMessage());
    }
  }

  /**
   * Fetches and indexes a feed's new items, commits them, then remembers them; returns how many.
   */
  private int items(FeedStatus status, Parsed parsed) throws IOException, InterruptedException {
    List<Article> batch = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    Set<String> batchIds = new LinkedHashSet<>();
    int fresh = 0;
    int committed = 0;
    for (Item item : parsed.items()) {
      status.items.incrementAndGet();
      String link = item.link().toString();
      if (state.seen(link) || done.contains(link)) {
        continue;
      }
      fresh++;
      if (verbatim.articles().get(link).isPresent()) {
        status.skipped.incrementAndGet(); // indexed before, by this follower or otherwise
        done.add(link);
        continue;
      }
      IngestRecord record = page(status, item, done);
      if (record == null) {
        continue;
      }
      if (record instanceof IngestRecord.Accepted accepted) {
        Article article = accepted.article();
        String id = article.id();
        if (batchIds.contains(id)
            || state.seen(id)
            || (!id.equals(link) && verbatim.articles().get(id).isPresent())) {
          status.skipped.incrementAndGet(); // another address of a page already read
          done.add(link);
          continue;
        }
        article = FeedArticles.withDefaults(article, status.title, item.date());
        batch.add(article);
        batchIds.add(id);
        done.add(link);
        done.add(id);
        if (batch.size() >= COMMIT_EVERY) {
          committed += commit(status, batch, done); // a long feed's pages are not all at risk
        }
      } else {
        status.skipped.incrementAndGet();
        line(status, link + ": passed over: " + FeedArticles.whyNot(record));
        done.add(link);
      }
    }
    int indexed = committed + commit(status, batch, done);
    line(status, fresh + " new of " + parsed.items().size() + " items, " + indexed + " indexed");
    return indexed;
  }

  /**
   * The item's page fetched and read; null when it could not be (counted, and remembered as done
   * where fetching it again would not help).
   */
  private IngestRecord page(FeedStatus status, Item item, Set<String> done)
      throws InterruptedException {
    String link = item.link().toString();
    try {
      PoliteClient.Response page = client.get(item.link(), null, null);
      if (!page.ok()) {
        pageFailed(status, link, "HTTP " + page.status(), done);
        return null;
      }
      pageFailures.remove(link); // owed no longer, whatever the page holds
      return ArticleReader.parseHtml(
          page.body(), page.charset(), page.uri().toString(), link, PageIdentity.SAME_SITE);
    } catch (PoliteClient.Disallowed e) {
      status.skipped.incrementAndGet();
      line(status, e.getMessage());
      done.add(link);
      return null;
    } catch (IOException e) {
      pageFailed(status, link, e.getMessage(), done);
      return null;
    }
  }

  /**
   * Commits {@code batch} (watches match it in that commit), then remembers {@code done} as seen,
   * durably; empties both and returns how many articles were added.
   */
  private int commit(FeedStatus status, List<Article> batch, Set<String> done) throws IOException {
    int added = 0;
    if (!batch.isEmpty()) {
      List<AddResult> results = verbatim.addAndCommit(batch);
      added = results.size();
      status.indexed.addAndGet(added);
    }
    state.markSeen(done); // only now: what they name is committed
    batch.clear();
    done.clear();
    return added;
  }

  private void pageFailed(FeedStatus status, String link, String why, Set<String> done) {
    status.errors.incrementAndGet();
    status.lastError = link + ": " + why;
    line(status, link + ": " + why);
    if (pageFailures.merge(link, 1, Integer::sum) >= PAGE_ATTEMPTS) {
      done.add(link); // given up on after a few polls
      pageFailures.remove(link);
    }
  }

  private void fail(FeedStatus status, String why) {
    status.errors.incrementAndGet();
    status.lastError = why;
    line(status, "failed: " + why);
  }

  private void line(FeedStatus status, String what) {
    synchronized (log) {
      log.println(status.url + ": " + what);
      log.flush();
    }
  }

  private Duration clamp(Duration d) {
    if (d.compareTo(options.minInterval()) < 0) {
      return options.minInterval();
    }
    return d.compareTo(options.maxInterval()) > 0 ? options.maxInterval() : d;
  }

  /** Stops polling, waits for polls under way, and closes the WARC file; the index stays open. */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (scheduler != null) {
        scheduler.shutdownNow();
      }
    }
    pool.shutdown();
    try {
      if (!pool.awaitTermination(options.timeout().toSeconds() * 2 + 5, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
    if (warc != null) {
      warc.close();
    }
  }
}
