package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.ingest.IngestRecord.Accepted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ahead keeps the order, the batches and the failures of reading in turn. */
class ReadAheadTest {
  @TempDir Path dir;

  private Path articles(String name, int first, int count) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = first; i < first + count; i++) {
      lines
          .append("{\"id\":\"a")
          .append(i)
          .append("\",\"source\":\"Outlet\",\"title\":\"Title ")
          .append(i)
          .append("\",\"date\":\"2024-01-02\",\"text\":\"Article number ")
          .append(i)
          .append(" says something of its own.\"}\n");
    }
    Path file = dir.resolve(name);
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> ids(List<IngestRecord> batch) {
    return batch.stream().map(r -> ((Accepted) r).article().id()).toList();
  }

  @Test
  void batchesComeInInputOrderAndNeverSpanTwoInputs() throws IOException {
    Path one = articles("one.jsonl", 0, 7);
    Path two = articles("two.jsonl", 7, 4);
    AtomicLong read = new AtomicLong();
    List<List<String>> batches = new ArrayList<>();
    try (ReadAhead ahead =
        new ReadAhead(List.of(one, two), 3, read::addAndGet, PageIdentity.SAME_SITE)) {
      for (List<IngestRecord> batch; (batch = ahead.next()) != null; ) {
        batches.add(ids(batch));
      }
      assertThat(ahead.next()).isNull();
    }
    assertThat(batches)
        .containsExactly(
            List.of("a0", "a1", "a2"),
            List.of("a3", "a4", "a5"),
            List.of("a6"),
            List.of("a7", "a8", "a9"),
            List.of("a10"));
    assertThat(read.get()).isEqualTo(Files.size(one) + Files.size(two));
  }

  @Test
  void anInputThatCannotBeOpenedFailsAfterTheBatchesBeforeIt() throws IOException {
    Path one = articles("one.jsonl", 0, 4);
    Path missing = dir.resolve("missing.jsonl");
    List<List<String>> batches = new ArrayList<>();
    try (ReadAhead ahead =
        new ReadAhead(List.of(one, missing), 2, n -> {}, PageIdentity.SAME_SITE)) {
      assertThatThrownBy(
              () -> {
                for (List<IngestRecord> batch; (batch = ahead.next()) != null; ) {
                  batches.add(ids(batch));
                }
              })
          .isInstanceOf(IOException.class)
          .hasMessageContaining("missing.jsonl");
      assertThat(ahead.next()).isNull();
    }
    assertThat(batches).containsExactly(List.of("a0", "a1"), List.of("a2", "a3"));
  }

  @Test
  void closingBeforeTheEndStopsTheReader() throws IOException, InterruptedException {
    // far more batches than the queue holds: the reader waits to hand them over until closed
    Path many = articles("many.jsonl", 0, 200);
    Thread readerThread;
    try (ReadAhead ahead = new ReadAhead(List.of(many), 1, n -> {}, PageIdentity.SAME_SITE)) {
      assertThat(ids(ahead.next())).containsExactly("a0");
      readerThread =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.getName().equals("verbatim-reader"))
              .findFirst()
              .orElseThrow();
    }
    assertThat(readerThread.isAlive()).isFalse();
  }
}
