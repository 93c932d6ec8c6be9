package dev.verbatim.http;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bound on request bodies being received at once: at most {@link #PER_CLIENT} per client address
 * and {@link #TOTAL} in all. A body arrives at the sender's pace, so a client that opens many
 * requests and trickles their bodies holds a request (and its buffer) per body for as long as it
 * likes, within the minimum data rate; past its bound the next body is refused before a byte of it
 * is read: 429 for one client's excess, 503 when the server as a whole is receiving its limit.
 */
final class BodyGate {
  /** Bodies one client address may be sending at once: the page never sends more than one. */
  static final int PER_CLIENT = 4;

  /** Bodies the server receives at once, from all clients. */
  static final int TOTAL = 256;

  private final int perClient;
  private final int total;
  private final AtomicInteger receiving = new AtomicInteger();
  private final ConcurrentHashMap<String, Integer> byClient = new ConcurrentHashMap<>();

  BodyGate() {
    this(PER_CLIENT, TOTAL);
  }

  BodyGate(int perClient, int total) {
    this.perClient = perClient;
    this.total = total;
  }

  /** A body being received; closing it makes room for the next. */
  interface Receiving extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Room to receive one body from {@code client}.
   *
   * @throws HttpException 429 {@code too_many_requests} when the client is sending its bound of
   *     bodies already; 503 {@code overloaded} when the server is
   */
  Receiving enter(String client) {
    if (byClient.merge(client, 1, Integer::sum) > perClient) {
      leave(client);
      throw new HttpException(
          429,
          "too_many_requests",
          "this address is already sending "
              + perClient
              + " request bodies; finish one before starting another");
    }
    if (receiving.incrementAndGet() > total) {
      receiving.decrementAndGet();
      leave(client);
      throw new HttpException(
          503, "overloaded", "the server is receiving too many request bodies; retry shortly");
    }
    return new Receiving() {
      private boolean closed;

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          receiving.decrementAndGet();
          leave(client);
        }
      }
    };
  }

  private void leave(String client) {
    byClient.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
  }

  /** Reads a body. */
  interface BodyRead<T> {
    T read() throws IOException;
  }

  /**
   * Receives one body from {@code client} with {@code read}, within the bounds.
   *
   * @throws HttpException as {@link #enter}, before {@code read} is called
   */
  <T> T receive(String client, BodyRead<T> read) throws IOException {
    Receiving receiving = enter(client);
    try {
      return read.read();
    } finally {
      receiving.close();
    }
  }

  /** Bodies being received now. */
  int receiving() {
    return receiving.get();
  }
}
