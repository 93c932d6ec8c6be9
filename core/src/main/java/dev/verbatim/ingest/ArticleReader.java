package dev.verbatim.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Limits;
import dev.verbatim.ingest.IngestRecord.Rejected;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Reads articles from files and folders, cleaning each with {@link FurnitureFilter}.
 *
 * <ul>
 *   <li>a folder with a {@code manifest.json} ({@code {"articles": [{"file", "source", "url",
 *       "date", "language"}]}}, the format of the seeds): the listed {@code .txt} files, each with
 *       the id of its file name without {@code .txt};
 *   <li>any other folder: its {@code .txt} files (with metadata from a sidecar {@code NAME.json}
 *       when there is one) and its JSON Lines files, in name order;
 *   <li>a {@code .jsonl}, {@code .ndjson} or {@code .json} file, or the same gzip'd ({@code .gz}):
 *       one article per line, {@code {"id", "source", "url", "title", "authors", "date",
 *       "language", "text"}}; {@code authors} may be a list or a comma-separated string;
 *   <li>a {@code .txt} file, with its sidecar {@code NAME.json} if there is one.
 * </ul>
 *
 * <p>A record that cannot be indexed (invalid JSON, no id, no text, a date that is not {@code
 * YYYY-MM-DD}) comes out as a {@link Rejected} naming the file, line, id and field; reading goes
 * on. Thread-safe; each stream is single-use and must be closed.
 */
public final class ArticleReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleReader() {}

  /**
   * The records in {@code path}, lazily.
   *
   * @throws IOException if the path does not exist or cannot be listed
   */
  public static Stream<IngestRecord> read(Path path) throws IOException {
    return read(path, bytes -> {});
  }

  /**
   * The records in {@code path}, lazily, reporting the bytes of input consumed as it goes.
   *
   * @param onBytes called with each increment of input bytes read (compressed bytes for .gz)
   * @throws IOException if the path does not exist or cannot be listed
   */
  public static Stream<IngestRecord> read(Path path, LongConsumer onBytes) throws IOException {
    return read(path, onBytes, PageIdentity.SAME_SITE);
  }

  /**
   * The records in {@code path}, lazily, reporting the bytes of input consumed as it goes, each web
   * page under the name {@code identity} lets it claim.
   *
   * @param onBytes called with each increment of input bytes read (compressed bytes for .gz)
   * @throws IOException if the path does not exist or cannot be listed
   */
  public static Stream<IngestRecord> read(Path path, LongConsumer onBytes, PageIdentity identity)
      throws IOException {
    return open(path, onBytes, identity);
  }

  /**
   * The input files a path stands for, as {@link #read(Path)} would read them, for progress totals.
   *
   * @throws IOException if a folder cannot be listed
   */
  public static long inputBytes(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Files.exists(path) ? Files.size(path) : 0;
    }
    try (Stream<Path> files = Files.list(path)) {
      long total = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }

  private static Stream<IngestRecord> open(Path path, LongConsumer onBytes, PageIdentity identity)
      throws IOException {
    if (Files.isDirectory(path)) {
      Path manifest = path.resolve("manifest.json");
      return Files.isRegularFile(manifest)
          ? manifestFolder(path, manifest, onBytes)
          : plainFolder(path, onBytes, identity);
    }
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString(), null, "no such file or folder");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Stream.of(textFile(path, path.getFileName().toString(), sidecar(path), onBytes));
    }
    if (isJsonLines(name)) {
      return jsonLines(path, onBytes);
    }
    if (WebPages.isHtml(name)) {
      return Stream.of(WebPages.htmlFile(path, onBytes, identity));
    }
    if (WebPages.isWarc(name)) {
      return WebPages.warc(path, onBytes, identity);
    }
    return Stream.of(
        new Rejected(
            path.toString(),
            null,
            "file",
            "not a .txt, .jsonl(.gz), .html(.gz), .warc(.gz) or folder of them"));
  }

  private static boolean isJsonLines(String lowerName) {
    String name =
        lowerName.endsWith(".gz") ? lowerName.substring(0, lowerName.length() - 3) : lowerName;
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
  }

  private static Stream<IngestRecord> manifestFolder(
      Path folder, Path manifest, LongConsumer onBytes) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(manifest, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return Stream.of(
          new Rejected(
              manifest.toString(), null, "record", "invalid JSON: " + e.getOriginalMessage()));
    }
    JsonNode entries = root.path("articles");
    if (!entries.isArray()) {
      return Stream.of(
          new Rejected(manifest.toString(), null, "articles", "must be a list of {\"file\", …}"));
    }
    List<IngestRecord> records = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String origin = manifest + " entry " + (i + 1);
      String file = JsonRecords.text(entry, "file");
      if (file == null || file.contains("..") || file.startsWith("/")) {
        records.add(new Rejected(origin, null, "file", "must name a file in the folder"));
        continue;
      }
      records.add(
          textFile(folder.resolve(file), folder.getFileName() + "/" + file, entry, onBytes));
    }
    return records.stream();
  }

  private static Stream<IngestRecord> plainFolder(
      Path folder, LongConsumer onBytes, PageIdentity identity) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    return files.stream()
        .flatMap(
            file -> {
              String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
              if (name.endsWith(".txt")) {
                return Stream.of(textFile(file, file.toString(), sidecar(file), onBytes));
              }
              if (WebPages.isHtml(name)) {
                return Stream.of(WebPages.htmlFile(file, onBytes, identity));
              }
              if (WebPages.isWarc(name)) {
                try {
                  return WebPages.warc(file, onBytes, identity);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              if (isJsonLines(name) && !name.equals("manifest.json") && !isSidecar(file)) {
                try {
                  return jsonLines(file, onBytes);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
              return Stream.empty();
            });
  }

  private static boolean isSidecar(Path jsonFile) {
    String name = jsonFile.getFileName().toString();
    return name.endsWith(".json")
        && Files.exists(jsonFile.resolveSibling(name.substring(0, name.length() - 5) + ".txt"));
  }

  private static JsonNode sidecar(Path textFile) {
    String name = textFile.getFileName().toString();
    Path json = textFile.resolveSibling(name.substring(0, name.length() - 4) + ".json");
    if (!Files.isRegularFile(json)) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return null;
    }
  }

  private static IngestRecord textFile(
      Path file, String origin, JsonNode metadata, LongConsumer onBytes) {
    String name = file.getFileName().toString();
    String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    if (metadata == null) {
      return new Rejected(origin, id, "metadata", "the sidecar .json file is not valid JSON");
    }
    String raw;
    try {
      raw = readUtf8(file, onBytes);
    } catch (NoSuchFileException e) {
      return new Rejected(origin, id, "file", "no such file");
    } catch (CharacterCodingException e) {
      return new Rejected(origin, id, "text", "the file is not UTF-8");
    } catch (BoundedInput.TooLarge e) {
      return new Rejected(origin, id, "file", e.getMessage());
    } catch (IOException e) {
      return new Rejected(origin, id, "file", "cannot be read: " + e.getMessage());
    }
    return JsonRecords.toRecord(id, metadata, raw, origin);
  }

  private static String readUtf8(Path file, LongConsumer onBytes) throws IOException {
    byte[] bytes;
    try (InputStream in = new CountingInputStream(Files.newInputStream(file), onBytes)) {
      bytes = BoundedInput.readRecord(in);
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static Stream<IngestRecord> jsonLines(Path file, LongConsumer onBytes)
      throws IOException {
    InputStream in = new CountingInputStream(Files.newInputStream(file), onBytes);
    try {
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        in = new GZIPInputStream(in, 1 << 16);
      }
    } catch (IOException e) {
      in.close();
      return Stream.of(new Rejected(file.toString(), null, "file", "not a gzip file"));
    }
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    return lazily(new JsonLinesIterator(reader, file.toString()), reader);
  }

  /** The records of {@code records} as a stream that closes {@code source} when it closes. */
  static Stream<IngestRecord> lazily(Iterator<IngestRecord> records, Closeable source) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                source.close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** Reports every byte read from the underlying stream. */
  static final class CountingInputStream extends FilterInputStream {
    private final LongConsumer onBytes;

    CountingInputStream(InputStream in, LongConsumer onBytes) {
      super(in);
      this.onBytes = onBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        onBytes.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        onBytes.accept(n);
      }
      return n;
    }
  }

  /** Reads JSON Lines one record at a time; a line that fails to parse is a rejection. */
  private static final class JsonLinesIterator extends RecordIterator {
    private final BoundedInput.Lines lines;
    private final String file;
    private int lineNumber;

    JsonLinesIterator(Reader reader, String file) {
      this.lines = new BoundedInput.Lines(reader, Limits.MAX_RECORD_BYTES);
      this.file = file;
    }

    @Override
    protected IngestRecord read() {
      String line;
      try {
        line = lines.next();
      } catch (BoundedInput.TooLarge e) {
        lineNumber++;
        return new Rejected(file + " line " + lineNumber, null, "line", e.getMessage());
      } catch (IOException e) {
        end();
        return new Rejected(
            file + " line " + (lineNumber + 1), null, "file", "cannot be read: " + e.getMessage());
      }
      if (line == null) {
        end();
        return null;
      }
      lineNumber++;
      return line.isBlank() ? null : JsonRecords.parse(line, file + " line " + lineNumber);
    }
  }

  /**
   * One web page's bytes as a record: its article (found by {@link HtmlExtractor}) or why there is
   * none.
   *
   * @param charset the declared charset, or null to detect it from the page
   * @param url the page's address (its id unless the page names a canonical one)
   */
  public static IngestRecord parseHtml(byte[] html, String charset, String url, String origin) {
    return parseHtml(html, charset, url, origin, PageIdentity.SAME_SITE);
  }

  /**
   * One web page's bytes as a record, as {@link #parseHtml(byte[], String, String, String)}, its
   * own name taken as its id only when {@code identity} lets {@code url} vouch for it.
   */
  public static IngestRecord parseHtml(
      byte[] html, String charset, String url, String origin, PageIdentity identity) {
    return WebPages.page(html, charset, url, url, null, origin, identity);
  }

  /**
   * Parses one JSON article, {@code {"id", "source", "url", "title", "authors", "date", "language",
   * "text"}}, cleaning its text as the file readers do.
   *
   * @param origin where it came from, for the rejection message (e.g. "request line 3")
   */
  public static IngestRecord parseJson(String json, String origin) {
    return JsonRecords.parse(json, origin);
  }
}
