package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Limits;
import dev.verbatim.ingest.IngestRecord.Accepted;
import dev.verbatim.ingest.IngestRecord.Rejected;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Records that inflate past {@link Limits#MAX_RECORD_BYTES} — compression bombs, a runaway JSON
 * line, a huge WARC record — are one rejection each, refused while they stream, and the records
 * around them are all read. The bombs are made on the fly: a few dozen KB that inflate to 64 MiB.
 */
class BombTest {
  private static final int BOMB = 64 << 20;

  @TempDir Path dir;

  private static List<IngestRecord> read(Path path) throws IOException {
    try (Stream<IngestRecord> records = ArticleReader.read(path)) {
      return records.toList();
    }
  }

  private static String page(String words) {
    return "<html><head><title>"
        + words
        + "</title></head><body><article><p>"
        + words
        + ", said the minister, who spoke at length, with commas, and more words after them.</p>"
        + "</article></body></html>";
  }

  /** {@code size} bytes of one repeated byte, gzip'd as it is written: never held whole. */
  private static void bomb(OutputStream out, int size, byte fill) throws IOException {
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, fill);
    for (int written = 0; written < size; written += chunk.length) {
      out.write(chunk);
    }
  }

  private static String rejection(IngestRecord record) {
    assertThat(record).isInstanceOf(Rejected.class);
    return ((Rejected) record).describe();
  }

  @Test
  void anHtmlBombIsOneRejectionAndTheFolderGoesOn() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(folder.resolve("a-first.html"), page("The first story"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(folder.resolve("b-bomb.html.gz")))) {
      out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
      bomb(out, BOMB, (byte) 'a');
    }
    assertThat(Files.size(folder.resolve("b-bomb.html.gz"))).isLessThan(1 << 20);
    Files.writeString(folder.resolve("c-last.html"), page("The last story"));
    List<IngestRecord> records = read(folder);
    assertThat(records).hasSize(3);
    assertThat(records.get(0)).isInstanceOf(Accepted.class);
    assertThat(rejection(records.get(1)))
        .contains("b-bomb.html.gz")
        .contains("larger than 16 MiB (Limits.MAX_RECORD_BYTES), after decompression");
    assertThat(records.get(2)).isInstanceOf(Accepted.class);
  }

  @Test
  void aRunawayJsonLineIsOneRejectionAndTheLinesAfterItAreRead() throws IOException {
    Path file = dir.resolve("articles.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          "{\"id\": \"one\", \"source\": \"Wire\", \"text\": \"First words.\"}\n{\"id\": \"big\", \"text\": \""
              .getBytes(StandardCharsets.UTF_8));
      bomb(out, BOMB, (byte) 'a');
      out.write(
          "\"}\n{\"id\": \"two\", \"source\": \"Wire\", \"text\": \"Last words.\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    List<IngestRecord> records = read(file);
    assertThat(records).hasSize(3);
    assertThat(((Accepted) records.get(0)).article().id()).isEqualTo("one");
    assertThat(rejection(records.get(1))).contains("articles.jsonl.gz line 2").contains("16 MiB");
    assertThat(((Accepted) records.get(2)).article().id()).isEqualTo("two");
  }

  @Test
  void aHugeWarcRecordIsOneRejectionAndTheCrawlGoesOn() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    try (WarcWriter warc =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      response(
          warc,
          "https://example.org/first",
          page("The first story").getBytes(StandardCharsets.UTF_8));
      byte[] huge = new byte[Limits.MAX_RECORD_BYTES + 1];
      java.util.Arrays.fill(huge, (byte) 'a');
      response(warc, "https://example.org/huge", huge);
      response(
          warc,
          "https://example.org/last",
          page("The last story").getBytes(StandardCharsets.UTF_8));
    }
    List<IngestRecord> records = read(file);
    assertThat(records).hasSize(3);
    assertThat(((Accepted) records.get(0)).article().id()).isEqualTo("https://example.org/first");
    assertThat(rejection(records.get(1))).contains("crawl.warc.gz @").contains("16 MiB");
    assertThat(((Accepted) records.get(2)).article().id()).isEqualTo("https://example.org/last");
  }

  private static void response(WarcWriter warc, String url, byte[] body) throws IOException {
    warc.write(
        new WarcResponse.Builder(url)
            .date(Instant.parse("2022-10-12T08:00:00Z"))
            .body(
                new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), body)
                    .build())
            .build());
  }

  @Test
  void boundedReadingStopsJustPastTheCap() throws IOException {
    byte[] exact = new byte[1000];
    assertThat(BoundedInput.readAtMost(new java.io.ByteArrayInputStream(exact), 1000))
        .hasSize(1000);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> BoundedInput.readAtMost(new java.io.ByteArrayInputStream(new byte[1001]), 1000))
        .isInstanceOf(BoundedInput.TooLarge.class);
    BoundedInput.Lines lines =
        new BoundedInput.Lines(
            new java.io.StringReader("short\r\n" + "x".repeat(50) + "\nend"), 10);
    assertThat(lines.next()).isEqualTo("short");
    org.assertj.core.api.Assertions.assertThatThrownBy(lines::next)
        .isInstanceOf(BoundedInput.TooLarge.class);
    assertThat(lines.next()).isEqualTo("end");
    assertThat(lines.next()).isNull();
  }
}
