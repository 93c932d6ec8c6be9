package dev.verbatim.bench;

import dev.verbatim.Article;
import dev.verbatim.Verbatim;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.quote.QuoteExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.CompoundDirectory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/** The indexing arms: Verbatim, a bare IndexWriter, and the floors (analysis, quote finding). */
final class Indexing {
  private static final FieldType TEXT = new FieldType();

  static {
    TEXT.setTokenized(true);
    TEXT.setStored(true);
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT.freeze();
  }

  private Indexing() {}

  /** Articles added together, as {@code Ingest} does. */
  private static final int BATCH = 32;

  /** Nanoseconds to add and commit every article with the library, embedding with {@code e}. */
  static long verbatim(Iterable<Article> articles, Path dir, dev.verbatim.embed.Embedder e)
      throws IOException {
    long start = System.nanoTime();
    try (Verbatim verbatim = Verbatim.open(dir, e)) {
      // in batches, as `verbatim index` adds them: documents built on every processor
      java.util.List<Article> batch = new java.util.ArrayList<>(BATCH);
      for (Article a : articles) {
        batch.add(a);
        if (batch.size() == BATCH) {
          verbatim.add(batch);
          batch.clear();
        }
      }
      verbatim.add(batch);
      verbatim.commit();
    }
    return System.nanoTime() - start;
  }

  /** Warms the library's indexing path up on {@code articles}, in memory. */
  static void warmVerbatim(Iterable<Article> articles, dev.verbatim.embed.Embedder e)
      throws IOException {
    Path dir = java.nio.file.Files.createTempDirectory("verbatim-warm");
    try (Verbatim verbatim = Verbatim.open(dir, e)) {
      for (Article a : articles) {
        verbatim.add(a);
      }
      verbatim.commit();
    } finally {
      try (var files = java.nio.file.Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(p);
        }
      }
    }
  }

  /**
   * Nanoseconds for a bare IndexWriter to index the article's own fields the way a Lucene user
   * would: Lucene's EnglishAnalyzer, body and headline with offsets and stored, the same id, date,
   * outlet and facet fields, the same RAM buffer; no quote documents, no exact forms, no sentence
   * markers, no duplicate checks.
   */
  static long bareLucene(Iterable<Article> articles, Directory dir) throws IOException {
    long start = System.nanoTime();
    FacetsConfig facets = new FacetsConfig();
    IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer()).setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (Article a : articles) {
        writer.addDocument(facets.build(bareDocument(a)));
      }
      writer.commit();
    }
    return System.nanoTime() - start;
  }

  static long bareLucene(Iterable<Article> articles, Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      return bareLucene(articles, d);
    }
  }

  /**
   * Nanoseconds for a bare IndexWriter to index exactly the documents Verbatim indexes (the article
   * and its quote documents, built by the same code, quotes found by the same extractor, the same
   * analyzer and writer settings), added with {@code addDocuments}: what Verbatim's façade adds on
   * top (duplicate checks by id and text hash, replacing by term, the write lock) is the
   * difference.
   */
  static long sameDocuments(Iterable<Article> articles, Directory dir) throws IOException {
    long start = System.nanoTime();
    ArticleDocuments documents = new ArticleDocuments();
    IndexWriterConfig config =
        new IndexWriterConfig(ArticleDocuments.analyzer()).setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (Article a : articles) {
        writer.addDocuments(documents.toDocuments(a));
      }
      writer.commit();
    }
    return System.nanoTime() - start;
  }

  static long sameDocuments(Iterable<Article> articles, Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      return sameDocuments(articles, d);
    }
  }

  static void warmSameDocuments(Iterable<Article> articles) throws IOException {
    try (Directory d = new ByteBuffersDirectory()) {
      sameDocuments(articles, d);
    }
  }

  static void warmBareLucene(Iterable<Article> articles) throws IOException {
    try (Directory d = new ByteBuffersDirectory()) {
      bareLucene(articles, d);
    }
  }

  private static Document bareDocument(Article a) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(a.id())));
    if (a.source() != null) {
      doc.add(new TextField(Fields.SOURCE, a.source(), Field.Store.YES));
      doc.add(
          new StringField(
              Fields.SOURCE_KEY, ArticleDocuments.sourceKey(a.source()), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_SOURCE, a.source()));
    }
    if (a.url() != null) {
      doc.add(new StoredField(Fields.URL, a.url()));
    }
    if (a.title() != null) {
      doc.add(new Field(Fields.TITLE, a.title(), TEXT));
    }
    for (String author : a.authors()) {
      doc.add(new StoredField(Fields.AUTHORS, author));
    }
    if (a.date() != null) {
      long day = a.date().toEpochDay();
      doc.add(new LongPoint(Fields.DATE, day));
      doc.add(new NumericDocValuesField(Fields.DATE, day));
      doc.add(new StoredField(Fields.DATE, day));
      String iso = a.date().toString();
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_MONTH, iso.substring(0, 7)));
      doc.add(new SortedSetDocValuesFacetField(Fields.FACET_DAY, iso));
    }
    doc.add(new Field(Fields.BODY, a.text(), TEXT));
    return doc;
  }

  /** Nanoseconds to run Verbatim's analyzer over every headline and body: the indexing floor. */
  static long analyzerOnly(Iterable<Article> articles) throws IOException {
    Analyzer analyzer = ArticleDocuments.analyzer();
    long start = System.nanoTime();
    long tokens = 0;
    for (Article a : articles) {
      tokens += consume(analyzer, Fields.BODY, a.text());
      if (a.title() != null) {
        tokens += consume(analyzer, Fields.TITLE, a.title());
      }
    }
    if (tokens < 0) {
      throw new AssertionError("unreachable: keeps the loop from being optimised away");
    }
    return System.nanoTime() - start;
  }

  /** Nanoseconds to iterate the corpus: nothing for real articles, their making for generated. */
  static long iterationOnly(Iterable<Article> articles) {
    long start = System.nanoTime();
    long chars = 0;
    for (Article a : articles) {
      chars += a.text().length();
    }
    if (chars < 0) {
      throw new AssertionError("unreachable");
    }
    return System.nanoTime() - start;
  }

  /**
   * HTML extraction alone, on one thread: every page of {@code folder} (read and decompressed
   * first, so only extraction is timed) through {@link dev.verbatim.ingest.HtmlExtractor}, repeated
   * for at least two seconds after one warm-up pass.
   */
  static Map<String, Object> htmlExtraction(java.nio.file.Path folder) throws IOException {
    java.util.List<String> pages = new java.util.ArrayList<>();
    long bytes = 0;
    try (var files = java.nio.file.Files.list(folder)) {
      for (java.nio.file.Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        byte[] raw = java.nio.file.Files.readAllBytes(f);
        if (name.endsWith(".gz")) {
          try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            raw = in.readAllBytes();
          }
        } else if (!name.endsWith(".html") && !name.endsWith(".htm")) {
          continue;
        }
        bytes += raw.length;
        pages.add(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    long chars = 0;
    for (String p : pages) {
      chars += dev.verbatim.ingest.HtmlExtractor.extract(p, null).text().length(); // warm-up
    }
    int passes = 0;
    long start = System.nanoTime();
    do {
      for (String p : pages) {
        chars += dev.verbatim.ingest.HtmlExtractor.extract(p, null).text().length();
      }
      passes++;
    } while (System.nanoTime() - start < 2_000_000_000L);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (chars < 0) {
      throw new AssertionError("unreachable");
    }
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("pages", pages.size());
    m.put("pages_per_s", Math.round(pages.size() * passes / seconds * 10) / 10.0);
    m.put("mb_per_s", Math.round(bytes * passes / 1e6 / seconds * 100) / 100.0);
    return m;
  }

  /** Nanoseconds to find and attribute the quotes of every body. */
  static long quoteFinding(Iterable<Article> articles) {
    QuoteExtractor extractor = new QuoteExtractor();
    long start = System.nanoTime();
    long quotes = 0;
    for (Article a : articles) {
      quotes += extractor.extract(a.text()).size();
    }
    if (quotes < 0) {
      throw new AssertionError("unreachable");
    }
    return System.nanoTime() - start;
  }

  private static long consume(Analyzer analyzer, String field, String text) throws IOException {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    }
    return n;
  }

  /**
   * Bytes of an index by file type (extension), looking inside compound files, so that postings,
   * positions, offsets ({@code pay}), stored fields ({@code fdt}) and doc values show apart.
   */
  static Map<String, Long> bytesByType(Path dir) throws IOException {
    Map<String, Long> bytes = new TreeMap<>();
    try (Directory d = FSDirectory.open(dir)) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(d);
      java.util.Set<String> inCompound = new java.util.HashSet<>();
      for (SegmentCommitInfo info : infos) {
        if (!info.info.getUseCompoundFile()) {
          continue;
        }
        try (CompoundDirectory cfs =
            info.info.getCodec().compoundFormat().getCompoundReader(d, info.info)) {
          for (String file : cfs.listAll()) {
            bytes.merge(type(file), cfs.fileLength(file), Long::sum);
          }
        }
        inCompound.addAll(
            info.info.files().stream()
                .filter(f -> f.endsWith(".cfs") || f.endsWith(".cfe"))
                .toList());
      }
      for (String file : d.listAll()) {
        if (file.equals("write.lock") || inCompound.contains(file)) {
          continue;
        }
        bytes.merge(type(file), d.fileLength(file), Long::sum);
      }
    }
    return bytes;
  }

  private static String type(String file) {
    int dot = file.lastIndexOf('.');
    return dot < 0 ? file.replaceAll("_\\w+$", "") : file.substring(dot + 1);
  }
}
