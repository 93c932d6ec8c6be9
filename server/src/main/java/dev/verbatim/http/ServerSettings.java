package dev.verbatim.http;

import dev.verbatim.ingest.PageIdentity;
import java.time.Duration;

/**
 * How the server is configured.
 *
 * @param token the bearer token that {@code POST /api/articles} requires; null refuses all writes
 * @param maxBodyBytes largest request body, in bytes; larger ones get 413
 * @param searchTimeout longest a search may run before the answer is 503
 * @param requestsPerMinute most API requests one client address may make per minute; then 429
 * @param maxConcurrentSearches most requests that search the index running at once
 * @param maxQueuedSearches most such requests waiting for a turn; more are refused with 503
 * @param maxQueueWait longest such a request waits for a turn before it is refused with 503, so
 *     that an answer, or a refusal, comes within about this plus one search
 * @param publisher the organisation that publishes this server's fact-checks, named as the author
 *     of every ClaimReview; null: the reviews name no author
 * @param maxSearchesPerClient most requests that search the index one client address may have in
 *     progress (running or waiting); more are refused at once with 429; 0: {@link #defaultShare}
 * @param pageIdentity which addresses a posted web page may claim as its own; null: {@link
 *     PageIdentity#SAME_SITE}
 */
public record ServerSettings(
    String token,
    long maxBodyBytes,
    Duration searchTimeout,
    int requestsPerMinute,
    int maxConcurrentSearches,
    int maxQueuedSearches,
    Duration maxQueueWait,
    Publisher publisher,
    int maxSearchesPerClient,
    PageIdentity pageIdentity) {

  /**
   * One client's default share of {@code running} search slots: half of them, but at least 3 (the
   * web page asks for a search and both name lists at once), and never all of them while there are
   * two or more, so that another client always finds one.
   */
  public static int defaultShare(int running) {
    return running < 2 ? 1 : Math.min(running - 1, Math.max(3, running / 2));
  }

  /** The share per client this resolves to: the setting, or {@link #defaultShare}. */
  public int searchesPerClient() {
    return maxSearchesPerClient > 0 ? maxSearchesPerClient : defaultShare(maxConcurrentSearches);
  }

  /**
   * The organisation behind the fact-checks, as schema.org's {@code Organization}.
   *
   * @param name its name, as readers know it
   * @param url its home page, or null
   */
  public record Publisher(String name, String url) {
    /** Checks the name. */
    public Publisher {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a publisher needs a name");
      }
    }
  }

  /** Default API requests per client address and minute. */
  public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;

  /** Default search time limit: 10 seconds. */
  public static final Duration DEFAULT_SEARCH_TIMEOUT = Duration.ofSeconds(10);

  /** Default searches running at once: two per processor, at least four. */
  public static final int DEFAULT_MAX_CONCURRENT_SEARCHES =
      Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

  /** Default searches waiting for a turn: 64. */
  public static final int DEFAULT_MAX_QUEUED_SEARCHES = 64;

  /** Default longest wait for a turn: 500 ms. */
  public static final Duration DEFAULT_MAX_QUEUE_WAIT = Duration.ofMillis(500);

  /** Settings with the default search time limit, request rate and search concurrency. */
  public ServerSettings(String token, long maxBodyBytes) {
    this(token, maxBodyBytes, DEFAULT_SEARCH_TIMEOUT, DEFAULT_REQUESTS_PER_MINUTE);
  }

  /** Settings with the default search concurrency, queue and share per client, and no publisher. */
  public ServerSettings(
      String token, long maxBodyBytes, Duration searchTimeout, int requestsPerMinute) {
    this(
        token,
        maxBodyBytes,
        searchTimeout,
        requestsPerMinute,
        DEFAULT_MAX_CONCURRENT_SEARCHES,
        DEFAULT_MAX_QUEUED_SEARCHES,
        DEFAULT_MAX_QUEUE_WAIT,
        null,
        0,
        PageIdentity.SAME_SITE);
  }

  /** These settings with fact-checks published by {@code publisher} (null: none named). */
  public ServerSettings withPublisher(Publisher publisher) {
    return new ServerSettings(
        token,
        maxBodyBytes,
        searchTimeout,
        requestsPerMinute,
        maxConcurrentSearches,
        maxQueuedSearches,
        maxQueueWait,
        publisher,
        maxSearchesPerClient,
        pageIdentity);
  }

  /** These settings with posted pages' names trusted as {@code identity} says. */
  public ServerSettings withPageIdentity(PageIdentity identity) {
    return new ServerSettings(
        token,
        maxBodyBytes,
        searchTimeout,
        requestsPerMinute,
        maxConcurrentSearches,
        maxQueuedSearches,
        maxQueueWait,
        publisher,
        maxSearchesPerClient,
        identity);
  }

  /** Default largest request body: 16 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

  /** Checks the values. */
  public ServerSettings {
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (pageIdentity == null) {
      pageIdentity = PageIdentity.SAME_SITE;
    }
    if (searchTimeout == null || searchTimeout.isNegative()) {
      throw new IllegalArgumentException(
          "searchTimeout must be zero or more, was " + searchTimeout);
    }
    if (requestsPerMinute < 1) {
      throw new IllegalArgumentException(
          "requestsPerMinute must be positive, was " + requestsPerMinute);
    }
    if (maxConcurrentSearches < 1 || maxQueuedSearches < 0) {
      throw new IllegalArgumentException(
          "maxConcurrentSearches must be positive and maxQueuedSearches zero or more, were "
              + maxConcurrentSearches
              + " and "
              + maxQueuedSearches);
    }
    if (maxQueueWait == null || maxQueueWait.isNegative()) {
      throw new IllegalArgumentException("maxQueueWait must be zero or more, was " + maxQueueWait);
    }
    if (maxSearchesPerClient < 0) {
      throw new IllegalArgumentException(
          "maxSearchesPerClient must be zero (the default) or more, was " + maxSearchesPerClient);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
  }

  /**
   * Settings from the environment: the token from {@code VERBATIM_TOKEN}, default limits.
   *
   * @param token a token given on the command line, which wins over the environment; or null
   */
  public static ServerSettings fromEnvironment(String token) {
    String t = token != null ? token : System.getenv("VERBATIM_TOKEN");
    return new ServerSettings(t, DEFAULT_MAX_BODY_BYTES);
  }

  @Override
  public String toString() {
    // the token never reaches a log line
    return "ServerSettings[token="
        + (token == null ? "none" : "set")
        + ", maxBodyBytes="
        + maxBodyBytes
        + "]";
  }
}
