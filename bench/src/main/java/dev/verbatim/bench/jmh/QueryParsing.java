package dev.verbatim.bench.jmh;

import dev.verbatim.internal.query.QueryNode;
import dev.verbatim.internal.query.QueryParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing the query language into its syntax tree. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueryParsing {
  @Param({
    "\"spoken to Putin only once\"",
    "musk w/5 putin",
    "(musk OR \"elon musk\") pre/10 (putin OR kremlin) AND date:2022-10 -tesla",
    "\"red lines\"~3 w/s kremlin*"
  })
  public String query;

  @Benchmark
  public QueryNode parse() {
    return QueryParser.parse(query);
  }
}
