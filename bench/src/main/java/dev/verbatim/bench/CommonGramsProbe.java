package dev.verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Issue 16's common-grams lever, measured before it is built into the schema: the same article
 * bodies indexed twice with one plain analyzer (standard tokenizer, lower case, positions), once as
 * is and once with Lucene's {@link CommonGramsFilter} over the 100 words in most articles; the
 * bench's phrase sets run as phrase queries on both ({@link CommonGramsQueryFilter} on the second),
 * with equal hit counts checked. Prints index size, indexing time and per-set p50/p99.
 *
 * <p>{@code java -cp bench/target/verbatim-bench.jar dev.verbatim.bench.CommonGramsProbe CORPUS
 * DOCS QUERIES.json ROUNDS [N, default 100]}
 */
public final class CommonGramsProbe {
  private static final String FIELD = "body";

  private CommonGramsProbe() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    int docs = Integer.parseInt(args[1]);
    JsonNode sets = new ObjectMapper().readTree(Path.of(args[2]).toFile());
    int rounds = Integer.parseInt(args[3]);
    int commonCount = args.length > 4 ? Integer.parseInt(args[4]) : 100;
    List<String> bodies = new ArrayList<>();
    long raw = 0;
    for (Article a : Corpus.load(corpus, docs, 42)) {
      bodies.add(a.text());
      raw += a.text().length();
    }
    Path work = Files.createTempDirectory("commongrams");
    Analyzer plain = analyzer(null, false);
    Path plainDir = work.resolve("plain");
    double plainSeconds = index(plainDir, plain, bodies);
    CharArraySet common = commonWords(plainDir, commonCount);
    Analyzer grams = analyzer(common, false);
    Analyzer gramsQuery = analyzer(common, true);
    Path gramsDir = work.resolve("grams");
    double gramsSeconds = index(gramsDir, grams, bodies);
    System.out.printf(
        Locale.ROOT,
        "%,d articles, %.1f M chars; common words: %s%n",
        bodies.size(),
        raw / 1e6,
        common);
    System.out.printf(
        Locale.ROOT,
        "plain: %.1f s, %.1f MB   common grams: %.1f s, %.1f MB%n",
        plainSeconds,
        size(plainDir) / 1e6,
        gramsSeconds,
        size(gramsDir) / 1e6);
    try (DirectoryReader a = DirectoryReader.open(FSDirectory.open(plainDir));
        DirectoryReader b = DirectoryReader.open(FSDirectory.open(gramsDir))) {
      IndexSearcher plainSearcher = new IndexSearcher(a);
      IndexSearcher gramsSearcher = new IndexSearcher(b);
      for (String set : List.of("exact_quote", "phrase_high_df", "phrase_medium_df", "mixed")) {
        List<Query> plainQueries = new ArrayList<>();
        List<Query> gramQueries = new ArrayList<>();
        for (JsonNode q : sets.path(set)) {
          String text = q.asText();
          if (!text.startsWith("\"") || text.contains("\"~")) {
            continue; // phrases only
          }
          String words = text.substring(1, text.length() - 1);
          plainQueries.add(phrase(plain, words));
          gramQueries.add(phrase(gramsQuery, words));
        }
        int mismatches = 0;
        for (int i = 0; i < plainQueries.size(); i++) {
          if (plainSearcher.count(plainQueries.get(i)) != gramsSearcher.count(gramQueries.get(i))) {
            mismatches++;
          }
        }
        Histogram plainTimes = time(plainSearcher, plainQueries, rounds);
        Histogram gramTimes = time(gramsSearcher, gramQueries, rounds);
        System.out.printf(
            Locale.ROOT,
            "%-16s %2d phrases  plain p50 %.2f p99 %.2f ms   common grams p50 %.2f p99 %.2f ms"
                + "   hit-count mismatches %d%n",
            set,
            plainQueries.size(),
            Recorder.ms(plainTimes, 50),
            Recorder.ms(plainTimes, 99),
            Recorder.ms(gramTimes, 50),
            Recorder.ms(gramTimes, 99),
            mismatches);
      }
    }
  }

  private static Analyzer analyzer(CharArraySet common, boolean query) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        if (common != null) {
          stream = new CommonGramsFilter(stream, common);
          if (query) {
            stream = new CommonGramsQueryFilter((CommonGramsFilter) stream);
          }
        }
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  private static double index(Path dir, Analyzer analyzer, List<String> bodies) throws IOException {
    long start = System.nanoTime();
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer))) {
      for (String body : bodies) {
        Document doc = new Document();
        doc.add(new TextField(FIELD, body, Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** The {@code n} terms in most documents of the plain index. */
  private static CharArraySet commonWords(Path dir, int n) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
      // one segment (force-merged): its terms with their document counts
      java.util.PriorityQueue<java.util.Map.Entry<String, Integer>> top =
          new java.util.PriorityQueue<>(java.util.Map.Entry.comparingByValue());
      TermsEnum terms = reader.leaves().getFirst().reader().terms(FIELD).iterator();
      for (var t = terms.next(); t != null; t = terms.next()) {
        top.add(java.util.Map.entry(t.utf8ToString(), terms.docFreq()));
        if (top.size() > n) {
          top.poll();
        }
      }
      Set<String> words = new TreeSet<>();
      top.forEach(e -> words.add(e.getKey()));
      return new CharArraySet(words, false);
    }
  }

  /** A phrase query of the analyzer's terms at their positions. */
  private static Query phrase(Analyzer analyzer, String text) {
    PhraseQuery.Builder builder = new PhraseQuery.Builder();
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        builder.add(new Term(FIELD, term.toString()), position);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return builder.build();
  }

  private static Histogram time(IndexSearcher searcher, List<Query> queries, int rounds)
      throws IOException {
    Histogram took = new Histogram(3);
    for (int round = -2; round < rounds; round++) {
      for (Query q : queries) {
        long start = System.nanoTime();
        // top 10 with an exact total, as the library counts
        searcher.search(q, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
        long t = System.nanoTime() - start;
        if (round >= 0) {
          took.recordValue(t);
        }
      }
    }
    return took;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
