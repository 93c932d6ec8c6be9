package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.Seeds;
import dev.verbatim.Verbatim;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest commits as it goes, so that a crash keeps what was read before it. */
class IngestTest {
  @TempDir Path dir;

  @Test
  void aLongRunCommitsAsItGoesByTime() throws IOException {
    Path index = dir.resolve("index");
    List<Long> committedSeen = new ArrayList<>();
    try (Verbatim writer = Verbatim.open(index)) {
      writer.commit(); // an empty index, so a reader can open beside the writer
      try (Verbatim reader = Verbatim.openReadOnly(index)) {
        // a commit interval of zero commits after every article, however many articles a batch has
        Ingest.run(
            writer,
            List.of(Seeds.folder()),
            1_000_000,
            Duration.ZERO,
            (record, result) -> {
              try {
                reader.refresh();
                committedSeen.add(reader.count());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
    }
    // what a crash after each record would have kept: 1, 2, 3, 4, 5 articles
    assertThat(committedSeen).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void aReRunAfterALostTailEndsWithTheArticlesOfACleanRun() throws IOException {
    Path index = dir.resolve("index");
    List<String> ids = new java.util.ArrayList<>();
    try (Verbatim v = Verbatim.open(index)) {
      Ingest.run(
          v,
          List.of(Seeds.folder()),
          1_000,
          (r, a) -> ids.add(((dev.verbatim.ingest.IngestRecord.Accepted) r).article().id()));
      // the tail a crash would have lost: the last two articles were never committed
      v.delete(ids.get(3));
      v.delete(ids.get(4));
      v.commit();
      assertThat(v.count()).isEqualTo(3);
      IngestSummary again = Ingest.run(v, List.of(Seeds.folder()), 1_000, (r, a) -> {});
      assertThat(again.added()).isEqualTo(2);
      assertThat(again.unchanged()).isEqualTo(3);
      assertThat(again.updated()).isZero();
      assertThat(v.count()).isEqualTo(5);
    }
  }

  @Test
  void aNegativeIntervalIsRefused() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      assertThatThrownBy(() -> Ingest.run(v, List.of(), 1, Duration.ofSeconds(-1), (r, a) -> {}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("commitInterval");
    }
  }
}
