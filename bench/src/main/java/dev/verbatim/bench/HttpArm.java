package dev.verbatim.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Arm C: HTTP end to end. An open-loop client sends requests at a fixed rate whatever the server
 * does, and records each latency from the moment the request was due (not from when it was sent),
 * so that a slow server shows in the tail instead of slowing the client down (coordinated
 * omission).
 */
final class HttpArm implements AutoCloseable {
  private final String base;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final HttpClient client;

  /** One load step's outcome. */
  record Step(
      int targetRps,
      double achievedRps,
      long sent,
      long errors,
      long shed,
      double p50Ms,
      double p99Ms,
      double maxMs,
      double serverMeanMs,
      double healthP99Ms,
      double healthMaxMs) {}

  HttpArm(String base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** The search URL of a query, as the web page asks it: default facets, snippets. */
  URI uri(BenchQuery q) {
    StringBuilder url =
        new StringBuilder(base).append("/api/search?size=").append(BenchCommand.PAGE);
    url.append("&q=").append(encode(q.text()));
    if (q.speaker() != null) {
      url.append("&speaker=").append(encode(q.speaker()));
    }
    if (q.from() != null) {
      url.append("&from=").append(q.from()).append("&to=").append(q.to());
    }
    return URI.create(url.toString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Sends {@code rps} requests a second for {@code seconds}, cycling through {@code queries}. */
  Step run(List<BenchQuery> queries, int rps, double seconds) throws InterruptedException {
    List<HttpRequest> requests = new ArrayList<>();
    for (BenchQuery q : queries) {
      requests.add(HttpRequest.newBuilder(uri(q)).timeout(Duration.ofSeconds(30)).GET().build());
    }
    double[] before = serverTime();
    Recorder recorder = new Recorder(3);
    AtomicLong errors = new AtomicLong();
    AtomicLong shed = new AtomicLong();
    long total = Math.round(rps * seconds);
    long period = 1_000_000_000L / rps;
    List<CompletableFuture<?>> pending = new ArrayList<>();
    // /health probed every 50 ms from a client of its own while the load runs, as a monitor would
    Histogram health = new Histogram(3);
    java.util.concurrent.atomic.AtomicBoolean loading =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread prober =
        Thread.ofPlatform()
            .name("health-prober")
            .start(
                () -> {
                  try (HttpClient monitor =
                      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
                    HttpRequest probe =
                        HttpRequest.newBuilder(URI.create(base + "/health"))
                            .timeout(Duration.ofSeconds(10))
                            .build();
                    while (loading.get()) {
                      long t0 = System.nanoTime();
                      try {
                        monitor.send(probe, HttpResponse.BodyHandlers.discarding());
                      } catch (java.io.IOException e) {
                        // a failed probe counts at its full wait
                      }
                      health.recordValue(System.nanoTime() - t0);
                      LockSupport.parkNanos(50_000_000L);
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
    long start = System.nanoTime();
    for (long i = 0; i < total; i++) {
      long due = start + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      HttpRequest request = requests.get((int) (i % requests.size()));
      pending.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
              .handle(
                  (response, failure) -> {
                    recorder.recordValue(Math.max(0, System.nanoTime() - due));
                    if (failure == null && response.statusCode() == 503) {
                      shed.incrementAndGet(); // refused at once by the server's search gate
                    } else if (failure != null || response.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                    return null;
                  }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .orTimeout(120, TimeUnit.SECONDS)
        .exceptionally(t -> null)
        .join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    loading.set(false);
    prober.join();
    Histogram h = recorder.getIntervalHistogram();
    double[] after = serverTime();
    double serverMeanMs =
        after[1] > before[1] ? (after[0] - before[0]) * 1000 / (after[1] - before[1]) : Double.NaN;
    return new Step(
        rps,
        h.getTotalCount() / elapsed,
        total,
        errors.get(),
        shed.get(),
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(99) / 1e6,
        h.getMaxValue() / 1e6,
        serverMeanMs,
        health.getValueAtPercentile(99) / 1e6,
        health.getMaxValue() / 1e6);
  }

  /**
   * Seconds spent in, and count of, successful searches as the server's own timer has them (from
   * request start to response written, as Javalin's request logger sees it): the server's share of
   * the latency, without the client and the loopback.
   */
  private double[] serverTime() {
    double[] sumAndCount = new double[2];
    try {
      String metrics =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "/metrics")).GET().build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      for (String line : metrics.split("\n")) {
        if (!line.contains("route=\"/api/search\"") || !line.contains("status=\"200\"")) {
          continue;
        }
        double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        if (line.startsWith("http_server_requests_seconds_sum")) {
          sumAndCount[0] += value;
        } else if (line.startsWith("http_server_requests_seconds_count")) {
          sumAndCount[1] += value;
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return sumAndCount;
  }

  @Override
  public void close() {
    client.close();
    executor.shutdownNow();
  }
}
