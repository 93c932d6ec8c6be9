package dev.verbatim.bench.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.SearchRequest;
import dev.verbatim.SearchResult;
import dev.verbatim.Verbatim;
import dev.verbatim.http.Json;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Writing a search result as the HTTP API's JSON body. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonWriting {
  private final ObjectMapper mapper = Json.mapper();
  private SearchResult result;

  @Setup(Level.Trial)
  public void search() throws IOException {
    try (Verbatim verbatim = Verbatim.inMemory()) {
      for (var article : SeedIndex.articles()) {
        verbatim.add(article);
      }
      verbatim.commit();
      result = verbatim.search(SearchRequest.of("putin"));
    }
  }

  @Benchmark
  public byte[] write() throws JsonProcessingException {
    return mapper.writeValueAsBytes(result);
  }
}
