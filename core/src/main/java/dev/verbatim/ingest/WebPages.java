package dev.verbatim.ingest;

import dev.verbatim.Article;
import dev.verbatim.Limits;
import dev.verbatim.ingest.IngestRecord.Accepted;
import dev.verbatim.ingest.IngestRecord.Rejected;
import dev.verbatim.ingest.IngestRecord.Skipped;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The web as ingest reads it: saved HTML pages ({@code .html}, {@code .htm}, gzip'd or not) and
 * crawls as WARC files ({@code .warc}, {@code .warc.gz}; WET's text conversions too), through
 * {@link HtmlExtractor} and jwarc. A crawl is streamed record by record, so a multi-gigabyte file
 * never sits in memory; records that hold no article are {@link Skipped}.
 */
final class WebPages {
  private WebPages() {}

  static boolean isHtml(String lowerName) {
    String name =
        lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
    return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
  }

  static boolean isWarc(String lowerName) {
    return lowerName.endsWith(".warc")
        || lowerName.endsWith(".warc.gz")
        || lowerName.endsWith(".wet")
        || lowerName.endsWith(".wet.gz")
        || lowerName.endsWith(".warc.wet.gz");
  }

  /** One saved page; its id is its canonical URL, else the file's name without extensions. */
  static IngestRecord htmlFile(Path file, LongConsumer onBytes, PageIdentity identity) {
    String name = file.getFileName().toString();
    String id = name.replaceFirst("(?i)\\.(x?html?)(\\.gz)?$", "");
    byte[] bytes;
    try (InputStream raw =
            new ArticleReader.CountingInputStream(Files.newInputStream(file), onBytes);
        InputStream in =
            name.toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(raw, 1 << 16)
                : raw) {
      bytes = BoundedInput.readRecord(in);
    } catch (BoundedInput.TooLarge e) {
      return new Rejected(file.toString(), id, "file", e.getMessage());
    } catch (ZipException | EOFException e) {
      return new Rejected(file.toString(), id, "file", "not a complete gzip file");
    } catch (IOException e) {
      return new Rejected(file.toString(), id, "file", "cannot be read: " + e.getMessage());
    }
    return page(bytes, null, null, id, null, file.toString(), identity);
  }

  /**
   * The article of one page's bytes, or why there is none.
   *
   * @param charset the charset the server declared, or null to detect it from the page
   * @param url the page's address, or null
   * @param fallbackId the id when the page names no canonical URL
   * @param fallbackDate the date when the page gives none (a crawl's capture date), or null
   * @param identity which names the page's origin vouches for
   */
  static IngestRecord page(
      byte[] html,
      String charset,
      String url,
      String fallbackId,
      LocalDate fallbackDate,
      String origin,
      PageIdentity identity) {
    HtmlPage page;
    try {
      page = HtmlExtractor.extract(new ByteArrayInputStream(html), charset, url, identity);
    } catch (IOException | RuntimeException e) {
      return new Rejected(
          origin, fallbackId, "record", "not a readable HTML page: " + e.getMessage());
    }
    return record(page, url, fallbackId, fallbackDate, origin);
  }

  /** The record of an extracted page. */
  static IngestRecord record(
      HtmlPage page, String url, String fallbackId, LocalDate fallbackDate, String origin) {
    String address = page.url() != null ? page.url() : url;
    String id = address != null && address.length() <= Limits.MAX_ID_LENGTH ? address : fallbackId;
    if (id == null || id.isBlank()) {
      return new Rejected(origin, null, "id", "the page has no URL to name it by");
    }
    if (id.length() > Limits.MAX_ID_LENGTH) {
      return new Rejected(
          origin, null, "id", "longer than " + Limits.MAX_ID_LENGTH + " characters");
    }
    if (page.text().isBlank()) {
      return new Rejected(origin, id, "text", "no article body found in the page");
    }
    Article article =
        new Article(
            id,
            page.source(),
            address,
            page.title(),
            page.authors(),
            page.date() != null ? page.date() : fallbackDate,
            page.language(),
            page.text());
    CleanedText asRead =
        new CleanedText(
            page.title(), page.authors(), page.text(), List.of(), List.of(), page.text());
    return new Accepted(article, asRead, origin, page.claimedUrl(), page.origins());
  }

  /** The records of a WARC (or WET) file, read as they are needed. */
  static Stream<IngestRecord> warc(Path file, LongConsumer onBytes, PageIdentity identity)
      throws IOException {
    InputStream counted =
        new ArticleReader.CountingInputStream(Files.newInputStream(file), onBytes);
    WarcReader reader;
    try {
      reader = new WarcReader(counted);
    } catch (IOException | IllegalArgumentException e) {
      counted.close();
      return Stream.of(
          new Rejected(file.toString(), null, "file", "not a WARC file: " + e.getMessage()));
    }
    reader.setLenient(true);
    return ArticleReader.lazily(new WarcRecords(reader, file.toString(), identity), reader);
  }

  /** Turns WARC records into ingest records, one at a time. */
  private static final class WarcRecords extends RecordIterator {
    private final WarcReader reader;
    private final String file;
    private final Set<String> seenTargets = new HashSet<>();
    private final Set<String> seenDigests = new HashSet<>();
    private final PageIdentity identity;

    WarcRecords(WarcReader reader, String file, PageIdentity identity) {
      this.reader = reader;
      this.file = file;
      this.identity = identity;
    }

    @Override
    protected IngestRecord read() {
      long offset = reader.position();
      try {
        Optional<WarcRecord> record = reader.next();
        if (record.isEmpty()) {
          end();
          return null;
        }
        return convert(record.get(), file + " @" + record.get().position());
      } catch (IOException | RuntimeException e) {
        // a truncated or corrupt crawl: what was read stays read; the rest is one rejection
        end();
        return new Rejected(
            file + " @" + offset,
            null,
            "record",
            "the WARC cannot be read past here: " + e.getMessage());
      }
    }

    private IngestRecord convert(WarcRecord record, String origin) throws IOException {
      LocalDate captured =
          record.date() == null ? null : record.date().atZone(ZoneOffset.UTC).toLocalDate();
      if (record instanceof WarcResponse response) {
        return response(response, captured, origin);
      }
      if (record instanceof WarcConversion conversion) {
        return conversion(conversion, captured, origin);
      }
      return new Skipped(origin, "a " + record.type() + " record");
    }

    /** A crawled HTTP response: an HTML page, read as any page is; anything else skipped. */
    private IngestRecord response(WarcResponse response, LocalDate captured, String origin)
        throws IOException {
      String target = response.target();
      int status;
      try {
        status = response.http().status();
      } catch (IOException | RuntimeException notHttp) {
        return new Skipped(origin, "not an HTTP response");
      }
      if (status < 200 || status >= 300) {
        return new Skipped(origin, "HTTP " + status + ": " + target);
      }
      MediaType type = response.http().contentType();
      String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
      if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
        return new Skipped(origin, "not HTML: " + (base.isEmpty() ? "no type" : base));
      }
      Optional<WarcPayload> payload = response.payload();
      if (payload.isEmpty()) {
        return new Skipped(origin, "no payload: " + target);
      }
      String digest = payload.get().digest().map(d -> d.raw()).orElse(null);
      if (!seenTargets.add(target)) {
        return new Skipped(origin, "duplicate URL: " + target);
      }
      if (digest != null && !seenDigests.add(digest)) {
        return new Skipped(origin, "duplicate content: " + target);
      }
      byte[] body;
      // the body as the server meant it: a gzip, deflate (or, where jwarc can, brotli)
      // Content-Encoding undone, so a compressed page is not indexed as binary noise
      try (InputStream in = response.http().bodyDecoded().stream()) {
        body = BoundedInput.readRecord(in);
      } catch (BoundedInput.TooLarge e) {
        return new Rejected(origin, target, "record", e.getMessage());
      } catch (IOException e) {
        return new Rejected(
            origin, target, "record", "the body cannot be decoded: " + e.getMessage());
      }
      String charset = type.parameters().get("charset");
      return page(body, charset, target, target, captured, origin, identity);
    }

    /** A WET conversion: the text a crawler extracted, one conversion per page. */
    private IngestRecord conversion(WarcConversion conversion, LocalDate captured, String origin)
        throws IOException {
      String target = conversion.target();
      if (!seenTargets.add(target)) {
        return new Skipped(origin, "duplicate URL: " + target);
      }
      Optional<WarcPayload> payload = conversion.payload();
      if (payload.isEmpty()) {
        return new Skipped(origin, "no payload: " + target);
      }
      String text;
      try (InputStream in = payload.get().body().stream()) {
        text = new String(BoundedInput.readRecord(in), StandardCharsets.UTF_8);
      } catch (BoundedInput.TooLarge e) {
        return new Rejected(origin, target, "record", e.getMessage());
      }
      HtmlPage page =
          new HtmlPage(target, null, null, null, List.of(), null, text.strip(), null, null);
      return record(page, target, target, captured, origin);
    }
  }
}
