package dev.verbatim.bench.jmh;

import dev.verbatim.Article;
import dev.verbatim.internal.highlight.SnippetHighlighter;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryParser;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Building the highlighted sentence snippets of every matching seed article. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Snippets {
  @Param({"\"spoken to Putin only once\"", "musk w/5 putin", "ukraine"})
  public String query;

  private DirectoryReader reader;
  private IndexSearcher searcher;
  private Query compiled;
  private int[] docs;

  @Setup(Level.Trial)
  public void index() throws IOException {
    List<Article> articles = SeedIndex.articles();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    ArticleDocuments documents = new ArticleDocuments();
    try (IndexWriter writer =
        new IndexWriter(dir, new IndexWriterConfig(ArticleDocuments.analyzer()))) {
      for (Article a : articles) {
        writer.addDocuments(documents.toDocuments(a));
      }
    }
    reader = DirectoryReader.open(dir);
    searcher = new IndexSearcher(reader);
    compiled =
        new QueryCompiler(reader, dev.verbatim.internal.query.QueryField.ARTICLE)
            .compile(QueryParser.parse(query));
    ScoreDoc[] hits = searcher.search(compiled, 10).scoreDocs;
    docs = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docs[i] = hits[i].doc;
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    reader.close();
  }

  @Benchmark
  public List<List<dev.verbatim.Snippet>> snippets() throws IOException {
    return SnippetHighlighter.articles(searcher).snippets(compiled, docs);
  }
}
