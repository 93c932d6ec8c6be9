package dev.verbatim.http;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load shedding for the requests that search the index (search, verify, variants, names): at most
 * {@code running} run at once and at most {@code queued} wait for a turn, none longer than the
 * longest wait; a request that finds the queue full, or that waits that long or past its time
 * limit, is refused with 503 and {@code Retry-After} instead of piling up. The time a request
 * waited counts against its search time limit: the limit runs from its arrival at the gate, not
 * from the start of its search.
 *
 * <p>Fair shares: one client address may have at most half the running slots' worth of requests in
 * progress (running or waiting; at least one); a request past its share is refused at once with
 * 429, so that one client sending expensive queries from many threads, within its rate limit,
 * cannot take every slot from the others. A request known to be expensive before it runs (by the
 * positions its query will read) spends several units of its client's share: a client sending
 * queries of a few seconds each has one of them in progress at a time.
 */
final class SearchGate {
  private final Semaphore running;
  private final int maxQueued;
  private final long maxWaitNanos;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicInteger shed = new AtomicInteger();
  private final int perClient;
  private final ConcurrentHashMap<String, Integer> inProgress = new ConcurrentHashMap<>();

  SearchGate(int running, int queued) {
    this(running, queued, ServerSettings.DEFAULT_MAX_QUEUE_WAIT);
  }

  /**
   * A gate for {@code running} requests at once, {@code queued} waiting, none waiting longer than
   * {@code maxWait}: past that a request is refused, so that the ones admitted are answered while
   * their client still waits (a queue bounded by count alone grows slow when searches do).
   */
  SearchGate(int running, int queued, Duration maxWait) {
    this(running, queued, maxWait, ServerSettings.defaultShare(running));
  }

  /** A gate that lets one client have at most {@code perClient} requests in progress. */
  SearchGate(int running, int queued, Duration maxWait, int perClient) {
    this.running = new Semaphore(running, true);
    this.perClient = perClient;
    this.maxQueued = queued;
    this.maxWaitNanos = maxWait.toNanos();
  }

  /** A turn through the gate; closing it lets the next request in. */
  interface Turn extends AutoCloseable {
    /** What is left of the time limit, counted from arrival; zero when it has run out. */
    Duration remaining();

    @Override
    void close();
  }

  /**
   * Waits for a turn, for at most {@code limit}.
   *
   * @throws HttpException 503 {@code overloaded} when the queue is full or the limit ran out
   */
  Turn enter(Duration limit) {
    return enter(null, limit);
  }

  /**
   * Waits for a turn for {@code client} (its address), for at most {@code limit}.
   *
   * @param client the client's address; null: not held to a share
   * @throws HttpException 429 {@code too_many_requests} when the client already has its share in
   *     progress; 503 {@code overloaded} when the queue is full or the limit ran out
   */
  Turn enter(String client, Duration limit) {
    return enter(client, limit, 1);
  }

  /**
   * Waits for a turn for {@code client}, for a request worth {@code units} of its share.
   *
   * @param units what the request spends of its client's share: 1 for an ordinary search, more for
   *     one known to be expensive; at most the share, so that any request can run alone
   * @throws HttpException 429 {@code too_many_requests} when the client's share would be exceeded;
   *     503 {@code overloaded} when the queue is full or the limit ran out
   */
  Turn enter(String client, Duration limit, int units) {
    if (client == null) {
      return admitted(limit);
    }
    int spent = Math.clamp(units, 1, perClient);
    if (inProgress.merge(client, spent, Integer::sum) > perClient) {
      leave(client, spent);
      shed.incrementAndGet();
      throw new HttpException(
          429,
          "too_many_requests",
          spent > 1
              ? "this address already has searches in progress, and this query is expensive (it"
                  + " counts as "
                  + spent
                  + " of the "
                  + perClient
                  + " searches an address may have in progress); wait for one to finish"
              : "this address already has "
                  + perClient
                  + " searches in progress, its share of the server; wait for one to finish");
    }
    Turn turn;
    try {
      turn = admitted(limit);
    } catch (RuntimeException e) {
      leave(client, spent);
      throw e;
    }
    return new Turn() {
      private boolean closed;

      @Override
      public Duration remaining() {
        return turn.remaining();
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          turn.close();
          leave(client, spent);
        }
      }
    };
  }

  private void leave(String client, int units) {
    inProgress.computeIfPresent(client, (k, n) -> n <= units ? null : n - units);
  }

  private Turn admitted(Duration limit) {
    long arrived = System.nanoTime();
    if (!running.tryAcquire()) {
      if (waiting.incrementAndGet() > maxQueued) {
        waiting.decrementAndGet();
        throw refused("too many searches are waiting");
      }
      try {
        if (!running.tryAcquire(Math.min(limit.toNanos(), maxWaitNanos), TimeUnit.NANOSECONDS)) {
          throw refused("no search slot came free in time");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw refused("interrupted while waiting for a search slot");
      } finally {
        waiting.decrementAndGet();
      }
    }
    return new Turn() {
      private boolean closed;

      @Override
      public Duration remaining() {
        Duration left = limit.minusNanos(System.nanoTime() - arrived);
        return left.isNegative() ? Duration.ZERO : left;
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          running.release();
        }
      }
    };
  }

  private HttpException refused(String why) {
    shed.incrementAndGet();
    return new HttpException(503, "overloaded", "the server is busy (" + why + "); retry shortly");
  }

  /** Requests refused so far. */
  int shed() {
    return shed.get();
  }

  /** Requests waiting for a turn now. */
  int waiting() {
    return waiting.get();
  }

  /** Searches running now. */
  int running(int capacity) {
    return capacity - running.availablePermits();
  }
}
