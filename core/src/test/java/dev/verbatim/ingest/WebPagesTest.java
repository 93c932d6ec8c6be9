package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.ingest.IngestRecord.Accepted;
import dev.verbatim.ingest.IngestRecord.Rejected;
import dev.verbatim.ingest.IngestRecord.Skipped;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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

class WebPagesTest {
  @TempDir Path dir;

  private static List<IngestRecord> read(Path path) throws IOException {
    try (Stream<IngestRecord> records = ArticleReader.read(path)) {
      return records.toList();
    }
  }

  private static void response(WarcWriter warc, String url, int status, String type, String body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    warc.write(
        new WarcResponse.Builder(url)
            .date(Instant.parse("2022-10-12T08:00:00Z"))
            .body(http)
            .build());
  }

  private static WarcWriter writer(Path file, WarcCompression compression) throws IOException {
    return new WarcWriter(
        Files.newByteChannel(
            file, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        compression);
  }

  @Test
  void aWarcGivesOneArticlePerHtmlPageAndSkipsTheRest() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    try (WarcWriter warc = writer(file, WarcCompression.GZIP)) {
      response(
          warc,
          "https://example.org/kirby",
          200,
          "text/html; charset=utf-8",
          HtmlExtractorTest.PAGE);
      response(warc, "https://example.org/logo.png", 200, "image/png", "PNG");
      response(warc, "https://example.org/gone", 404, "text/html", "<p>Not found</p>");
      response(warc, "https://example.org/kirby", 200, "text/html", HtmlExtractorTest.PAGE);
      response(
          warc,
          "https://example.org/undated",
          200,
          "text/html",
          "<html><body><article><p>An undated story, long enough to be one, with commas, and"
              + " more words after them.</p></article></body></html>");
    }
    List<IngestRecord> records = read(file);
    assertThat(records).hasSize(5);
    Accepted kirby = (Accepted) records.get(0);
    // the page's canonical URL names it; its own date wins over the capture's
    assertThat(kirby.article().id()).isEqualTo("https://example.org/world/kirby-rejects-claim");
    assertThat(kirby.article().date()).isEqualTo(LocalDate.of(2022, 10, 11));
    assertThat(kirby.article().text())
        .contains("“We have no indication that those talks took place,”");
    assertThat(kirby.origin()).startsWith(file.toString() + " @");
    assertThat(records.get(1))
        .isInstanceOfSatisfying(
            Skipped.class, s -> assertThat(s.reason()).isEqualTo("not HTML: image/png"));
    assertThat(records.get(2))
        .isInstanceOfSatisfying(Skipped.class, s -> assertThat(s.reason()).startsWith("HTTP 404"));
    assertThat(records.get(3))
        .isInstanceOfSatisfying(
            Skipped.class, s -> assertThat(s.reason()).startsWith("duplicate URL"));
    Accepted undated = (Accepted) records.get(4);
    // no date in the page: the capture's day
    assertThat(undated.article().date()).isEqualTo(LocalDate.of(2022, 10, 12));
    assertThat(undated.article().id()).isEqualTo("https://example.org/undated");
  }

  @Test
  void aGzipEncodedResponseIsDecodedBeforeItsPageIsRead() throws IOException {
    Path file = dir.resolve("encoded.warc.gz");
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(zipped)) {
      out.write(HtmlExtractorTest.PAGE.getBytes(StandardCharsets.UTF_8));
    }
    try (WarcWriter warc = writer(file, WarcCompression.GZIP)) {
      warc.write(
          new WarcResponse.Builder("https://example.org/kirby")
              .date(Instant.parse("2022-10-12T08:00:00Z"))
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .addHeader("Content-Encoding", "gzip")
                      .body(MediaType.parse("text/html; charset=utf-8"), zipped.toByteArray())
                      .build())
              .build());
    }
    List<IngestRecord> records = read(file);
    assertThat(records).hasSize(1);
    assertThat(((Accepted) records.getFirst()).article().text())
        .contains("“We have no indication that those talks took place,”");
  }

  @Test
  void aTruncatedWarcKeepsWhatWasReadAndRejectsTheRest() throws IOException {
    Path whole = dir.resolve("whole.warc");
    try (WarcWriter warc = writer(whole, WarcCompression.NONE)) {
      response(warc, "https://example.org/kirby", 200, "text/html", HtmlExtractorTest.PAGE);
      response(
          warc,
          "https://example.org/second",
          200,
          "text/html",
          HtmlExtractorTest.PAGE.replace("Kirby", "Price"));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 400));
    List<IngestRecord> records = read(cut);
    assertThat(records.getFirst()).isInstanceOf(Accepted.class);
    assertThat(records.getLast()).isInstanceOf(Rejected.class);
  }

  @Test
  void htmlFilesGzipdOrNotAreArticlesAndAPageWithoutBodyIsRejected() throws IOException {
    Path page = dir.resolve("kirby.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
      out.write(HtmlExtractorTest.PAGE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("empty.htm"), "<html><body><nav>Home</nav></body></html>");
    Files.write(dir.resolve("broken.html.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
    List<IngestRecord> records = read(dir);
    assertThat(records).hasSize(3);
    assertThat(records)
        .filteredOn(r -> r instanceof Accepted)
        .singleElement()
        .satisfies(
            r ->
                assertThat(((Accepted) r).article().title())
                    .isEqualTo("Kirby rejects claim about talks"));
    assertThat(records)
        .filteredOn(r -> r instanceof Rejected)
        .extracting(r -> ((Rejected) r).message())
        .containsExactlyInAnyOrder("not a complete gzip file", "no article body found in the page");
  }
}
