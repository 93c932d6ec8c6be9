package dev.verbatim.bench;

import dev.verbatim.embed.Embedder;
import dev.verbatim.embed.Models;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import dev.verbatim.internal.index.QuoteVectors;
import dev.verbatim.quote.Quote;
import dev.verbatim.quote.QuoteExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verbatim bench meaning}: the cost and quality of quote embeddings — embedding throughput
 * at one and two threads on real quotes, and the recall of the HNSW search verify uses against an
 * exact search over every quote vector of an index.
 */
@Command(
    name = "bench meaning",
    mixinStandardHelpOptions = true,
    description = {
      "Embedding throughput (quotes/s at 1 and 2 threads) on speech quotes of the corpus, and the"
          + " recall@k of the HNSW quote-vector search against exact search over an index."
    })
public final class MeaningBench implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "PATH", description = "articles to take quotes from")
  Path corpus;

  @Option(
      names = "--quotes",
      defaultValue = "2000",
      paramLabel = "N",
      description = "quotes to embed (default ${DEFAULT-VALUE})")
  int quotes;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      defaultValue = "e5-small-v2",
      description =
          "the embedding model: e5-small-v2 or all-minilm-l6-v2 (default ${DEFAULT-VALUE})")
  String model;

  @Option(names = "--index", paramLabel = "DIR", description = "an index with quote vectors")
  Path index;

  @Option(
      names = "--queries",
      defaultValue = "200",
      paramLabel = "N",
      description = "quotes of the corpus used as kNN queries (default ${DEFAULT-VALUE})")
  int queries;

  @Option(names = "--k", defaultValue = "10", description = "neighbours compared (default 10)")
  int k;

  public static void main(String[] args) {
    System.exit(new CommandLine(new MeaningBench()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    List<String> texts = speechQuotes(corpus, Math.max(quotes, queries));
    out.printf(Locale.ROOT, "%d speech quotes of 4+ words from %s%n", texts.size(), corpus);
    try (Embedder embedder = Models.byName(model)) {
      embedder.embed(texts.subList(0, Math.min(50, texts.size()))); // warm-up
      List<String> sample = texts.subList(0, Math.min(quotes, texts.size()));
      for (int threads : new int[] {1, 2}) {
        long t0 = System.nanoTime();
        embed(embedder, sample, threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(
            Locale.ROOT,
            "embedding: %d quotes at %d thread(s): %.0f quotes/s%n",
            sample.size(),
            threads,
            sample.size() / seconds);
      }
      if (index != null) {
        recall(out, embedder, texts.subList(0, Math.min(queries, texts.size())));
      }
    }
    return 0;
  }

  private static void embed(Embedder embedder, List<String> texts, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      int chunk = (texts.size() + threads - 1) / threads;
      for (int from = 0; from < texts.size(); from += chunk) {
        List<String> part = texts.subList(from, Math.min(texts.size(), from + chunk));
        parts.add(pool.submit(() -> embedder.embed(part)));
      }
      for (Future<?> f : parts) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Recall@k of HNSW against exact search, the queries embedded as verify embeds a claim. */
  private void recall(PrintWriter out, Embedder embedder, List<String> queryTexts)
      throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      long vectors = 0;
      for (LeafReaderContext leaf : reader.leaves()) {
        ByteVectorValues values = QuoteVectors.vectors(leaf.reader());
        vectors += values == null ? 0 : values.size();
      }
      double found = 0;
      long hnswNanos = 0;
      long exactNanos = 0;
      for (String text : queryTexts) {
        float[] q = embedder.embed(text);
        long t0 = System.nanoTime();
        ScoreDoc[] approx = searcher.search(QuoteVectors.nearest(q, k, null), k).scoreDocs;
        hnswNanos += System.nanoTime() - t0;
        t0 = System.nanoTime();
        Set<Integer> exact = exact(reader, q, k);
        exactNanos += System.nanoTime() - t0;
        int hit = 0;
        for (ScoreDoc d : approx) {
          if (exact.contains(d.doc)) {
            hit++;
          }
        }
        found += (double) hit / Math.max(1, exact.size());
      }
      out.printf(
          Locale.ROOT,
          "kNN over %,d quote vectors: recall@%d %.3f against exact search over %d queries;"
              + " HNSW %.2f ms/query, exact %.2f ms/query%n",
          vectors,
          k,
          found / queryTexts.size(),
          queryTexts.size(),
          hnswNanos / 1e6 / queryTexts.size(),
          exactNanos / 1e6 / queryTexts.size());
    }
  }

  /** The k documents whose quote vectors have the highest dot product with q, by brute force. */
  private static Set<Integer> exact(DirectoryReader reader, float[] q, int k) throws IOException {
    PriorityQueue<float[]> best = new PriorityQueue<>((a, b) -> Float.compare(a[0], b[0]));
    for (LeafReaderContext leaf : reader.leaves()) {
      ByteVectorValues values = QuoteVectors.vectors(leaf.reader());
      if (values == null) {
        continue;
      }
      var live = leaf.reader().getLiveDocs();
      KnnVectorValues.DocIndexIterator it = values.iterator();
      for (int doc = it.nextDoc();
          doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS;
          doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        float score = (float) QuoteVectors.cosine(q, values.vectorValue(it.index()));
        if (best.size() < k) {
          best.add(new float[] {score, leaf.docBase + doc});
        } else if (score > best.peek()[0]) {
          best.poll();
          best.add(new float[] {score, leaf.docBase + doc});
        }
      }
    }
    Set<Integer> docs = new HashSet<>();
    for (float[] b : best) {
      docs.add((int) b[1]);
    }
    return docs;
  }

  private static List<String> speechQuotes(Path corpus, int max) throws IOException {
    List<String> texts = new ArrayList<>();
    QuoteExtractor extractor = new QuoteExtractor();
    try (Stream<IngestRecord> records = ArticleReader.read(corpus)) {
      for (Iterator<IngestRecord> it = records.iterator(); it.hasNext() && texts.size() < max; ) {
        if (it.next() instanceof IngestRecord.Accepted a) {
          for (Quote q : extractor.extract(a.article().text())) {
            if (q.kind() == Quote.Kind.SPEECH && q.text().strip().split("\\s+").length >= 4) {
              texts.add(q.text());
            }
          }
        }
      }
    }
    return texts.size() > max ? texts.subList(0, max) : texts;
  }
}
