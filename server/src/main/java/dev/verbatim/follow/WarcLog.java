package dev.verbatim.follow;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Everything a follower fetched, as evidence: each request and its response (status, headers and
 * the body as received) written to a gzip'd WARC file, one per run, that {@code verbatim index}
 * reads back. Thread-safe.
 */
final class WarcLog implements Closeable {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final WarcWriter writer;
  private final Path file;

  WarcLog(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.file = dir.resolve("verbatim-follow-" + STAMP.format(Instant.now()) + ".warc.gz");
    this.writer =
        new WarcWriter(
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            WarcCompression.GZIP);
  }

  Path file() {
    return file;
  }

  /** Writes one exchange: the request as sent and the response with its body. */
  void write(HttpRequest request, HttpResponse<?> response, byte[] body) throws IOException {
    Instant now = Instant.now();
    StringBuilder head = new StringBuilder();
    head.append("GET ")
        .append(request.uri().getRawPath().isEmpty() ? "/" : request.uri().getRawPath())
        .append(request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery())
        .append(" HTTP/1.1\r\nHost: ")
        .append(request.uri().getRawAuthority())
        .append("\r\n");
    headers(head, request.headers().map());
    head.append("\r\n");
    WarcRequest warcRequest =
        new WarcRequest.Builder(request.uri())
            .date(now)
            .body(MediaType.HTTP_REQUEST, head.toString().getBytes(StandardCharsets.ISO_8859_1))
            .build();
    StringBuilder status = new StringBuilder();
    status.append("HTTP/1.1 ").append(response.statusCode()).append(" \r\n");
    headers(status, response.headers().map());
    status.append("\r\n");
    ByteArrayOutputStream http = new ByteArrayOutputStream(status.length() + body.length);
    http.writeBytes(status.toString().getBytes(StandardCharsets.ISO_8859_1));
    http.writeBytes(body);
    WarcResponse warcResponse =
        new WarcResponse.Builder(response.uri())
            .date(now)
            .concurrentTo(warcRequest.id())
            .body(MediaType.HTTP_RESPONSE, http.toByteArray())
            .build();
    synchronized (writer) {
      writer.write(warcRequest);
      writer.write(warcResponse);
    }
  }

  private static void headers(StringBuilder out, Map<String, List<String>> headers) {
    headers.forEach(
        (name, values) -> {
          // the body is stored as received; a length or encoding header would describe another
          if (name.startsWith(":") || name.equalsIgnoreCase("transfer-encoding")) {
            return;
          }
          for (String v : values) {
            out.append(name).append(": ").append(v).append("\r\n");
          }
        });
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
