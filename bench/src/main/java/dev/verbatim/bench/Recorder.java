package dev.verbatim.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Latencies (nanoseconds, in HdrHistograms with three significant digits) and bytes allocated, per
 * query set and measurement.
 */
final class Recorder {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Map<String, Histogram> latencies = new LinkedHashMap<>();
  private final Map<String, long[]> allocations = new LinkedHashMap<>();

  /** Bytes this thread has allocated so far. */
  static long allocated() {
    return THREADS.getCurrentThreadAllocatedBytes();
  }

  static Histogram newHistogram() {
    return new Histogram(3_600_000_000_000L, 3);
  }

  void record(String set, String metric, long nanos, long bytes) {
    String key = set + "/" + metric;
    latencies.computeIfAbsent(key, k -> newHistogram()).recordValue(Math.max(0, nanos));
    long[] sum = allocations.computeIfAbsent(key, k -> new long[2]);
    sum[0] += bytes;
    sum[1]++;
  }

  Histogram histogram(String set, String metric) {
    Histogram h = latencies.get(set + "/" + metric);
    return h == null ? newHistogram() : h;
  }

  /** Milliseconds at a percentile. */
  double ms(String set, String metric, double percentile) {
    return ms(histogram(set, metric), percentile);
  }

  static double ms(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1e6;
  }

  /** Mean bytes allocated per measurement. */
  long bytesPerQuery(String set, String metric) {
    long[] sum = allocations.get(set + "/" + metric);
    return sum == null || sum[1] == 0 ? 0 : sum[0] / sum[1];
  }
}
