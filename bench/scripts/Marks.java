// Hits and marks of every query (articles and quotes scope, 20 hits), for comparing two builds;
// run three rounds and print each round's time. Usage (from the repository):
// (Java 21 or newer, as the jar is built for it)
//   java -cp server/target/verbatim.jar bench/scripts/Marks.java INDEX QUERIES OUT.tsv
// then bench/scripts/marks-compare.py OLD.tsv NEW.tsv
import dev.verbatim.*;
import java.nio.file.*;
import java.util.*;

public class Marks {
  public static void main(String[] a) throws Exception {
    List<String> qs = Files.readAllLines(Path.of(a[1]));
    try (Verbatim v = Verbatim.open(Path.of(a[0]));
        var out = new java.io.PrintStream(a[2], "UTF-8")) {
      for (int round = 0; round < 3; round++) {
        long t0 = System.nanoTime();
        for (String q : qs) {
          if (q.isBlank()) continue;
          for (String scope : new String[] {"articles", "quotes"}) {
            StringBuilder sb = new StringBuilder(scope + "\t" + q + "\t");
            try {
              var req = SearchRequest.builder(q).size(20).build();
              if (scope.equals("quotes")) {
                var r = v.quotes().search(req);
                sb.append(r.total()).append('\t');
                for (QuoteHit h : r.hits()) {
                  Snippet s = h.text();
                  sb.append(h.id()).append('{');
                  for (Snippet.Mark m : s.marks())
                    sb.append(
                            s.text()
                                .substring(m.start(), m.end())
                                .replace('\n', ' ')
                                .replace('\t', ' '))
                        .append('|')
                        .append(m.kind())
                        .append(';');
                  sb.append('}');
                }
              } else {
                SearchResult r = v.search(req);
                sb.append(r.total()).append('\t');
                for (Hit h : r.hits()) {
                  sb.append(h.id()).append('{');
                  for (Snippet s : h.snippets()) {
                    for (Snippet.Mark m : s.marks())
                      sb.append(
                              s.text()
                                  .substring(m.start(), m.end())
                                  .replace('\n', ' ')
                                  .replace('\t', ' '))
                          .append('|')
                          .append(m.kind())
                          .append(';');
                    sb.append('/');
                  }
                  sb.append('}');
                }
              }
            } catch (Exception e) {
              sb.append("ERR ").append(e.getMessage());
            }
            if (round == 0) out.println(sb);
          }
        }
        System.err.println("round " + round + " ms " + (System.nanoTime() - t0) / 1e6);
      }
    }
  }
}
