package dev.verbatim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Article;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles a benchmark run indexes: the first {@code docs} real articles when the corpus has
 * that many, otherwise {@code docs} articles generated from the real ones (see {@link Generator}).
 * Iterable any number of times, always in the same order with the same texts.
 */
final class Corpus implements Iterable<Article> {
  private final List<Article> real;
  private final Generator generator;
  private final int docs;

  private Corpus(List<Article> real, Generator generator, int docs) {
    this.real = real;
    this.generator = generator;
    this.docs = docs;
  }

  /**
   * Reads the real articles under {@code root}: every {@code .jsonl.gz}/{@code .jsonl} file of its
   * {@code allsides} and {@code polnear} folders when they exist, else every article file or folder
   * {@link ArticleReader} reads there. Files are read in place, never copied.
   *
   * @param docs how many articles the run indexes; 0 for every real article
   */
  static Corpus load(Path root, int docs, long seed) throws IOException {
    List<Article> real = new ArrayList<>();
    for (Path input : inputs(root)) {
      try (Stream<IngestRecord> records = ArticleReader.read(input)) {
        records.forEach(
            r -> {
              if (r instanceof IngestRecord.Accepted accepted) {
                real.add(accepted.article());
              }
            });
      }
      if (docs > 0 && real.size() >= docs) {
        break;
      }
    }
    if (real.isEmpty()) {
      throw new IllegalArgumentException("no articles under " + root);
    }
    if (docs == 0 || docs <= real.size()) {
      int n = docs == 0 ? real.size() : docs;
      return new Corpus(List.copyOf(real.subList(0, n)), null, n);
    }
    return new Corpus(List.of(), new Generator(real, seed, docs), docs);
  }

  /**
   * Writes every article as one JSON object per line, in the format {@link ArticleReader} reads.
   *
   * @return the number of articles written
   */
  long export(Path file) throws IOException {
    // the shared JSON mapper writes an Article with the field names and ISO dates the reader takes
    ObjectMapper mapper = dev.verbatim.http.Json.mapper();
    long n = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Article a : this) {
        out.write(mapper.writeValueAsString(a));
        out.newLine();
        n++;
      }
    }
    return n;
  }

  /** The files a corpus folder holds: allsides and polnear parts, or the folder itself. */
  private static List<Path> inputs(Path root) throws IOException {
    List<Path> inputs = new ArrayList<>();
    for (String part : List.of("allsides", "polnear")) {
      Path dir = root.resolve(part);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files
              .filter(f -> f.getFileName().toString().startsWith("articles"))
              .filter(f -> f.toString().endsWith(".jsonl.gz") || f.toString().endsWith(".jsonl"))
              .sorted()
              .forEach(inputs::add);
        }
      }
    }
    if (inputs.isEmpty()) {
      inputs.add(root);
    }
    return inputs;
  }

  /** How many articles the run indexes. */
  int size() {
    return docs;
  }

  /** Whether the articles are generated (and carry needles) rather than real. */
  boolean generated() {
    return generator != null;
  }

  /** The generator, or null for a real corpus. */
  Generator generator() {
    return generator;
  }

  /** UTF-8 bytes of headline and body over every article: the raw text the index is measured by. */
  long rawTextBytes() {
    long bytes = 0;
    for (Article a : this) {
      bytes += rawBytes(a);
    }
    return bytes;
  }

  static long rawBytes(Article a) {
    long title = a.title() == null ? 0 : a.title().getBytes(StandardCharsets.UTF_8).length;
    return title + a.text().getBytes(StandardCharsets.UTF_8).length;
  }

  @Override
  public Iterator<Article> iterator() {
    if (generator == null) {
      return real.iterator();
    }
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < docs;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return generator.article(next++);
      }
    };
  }

  /**
   * The index of the earlier article that article {@code i} copies, or -1 (always for real ones).
   */
  int copyOf(int i) {
    return generator == null ? -1 : generator.copyOf(i);
  }

  /** The first {@code n} articles, for warm-up passes. */
  List<Article> head(int n) {
    List<Article> head = new ArrayList<>(n);
    for (Article a : this) {
      if (head.size() == n) {
        break;
      }
      head.add(a);
    }
    return head;
  }
}
