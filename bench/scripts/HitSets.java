// The whole set of hits of every query, in both scopes (every page read through its cursor), as
// "scope TAB query TAB total TAB sorted ids", for comparing two builds' hits regardless of their
// order. Usage (from the repository):
// (Java 21 or newer, as the jar is built for it)
//   java -cp server/target/verbatim.jar bench/scripts/HitSets.java INDEX QUERIES OUT.tsv
// then: diff OLD.tsv NEW.tsv
import dev.verbatim.*;
import java.nio.file.*;
import java.util.*;

public class HitSets {
  public static void main(String[] a) throws Exception {
    List<String> queries = Files.readAllLines(Path.of(a[1]));
    try (Verbatim v = Verbatim.open(Path.of(a[0]));
        var out = new java.io.PrintStream(a[2], "UTF-8")) {
      for (String q : queries) {
        if (q.isBlank()) {
          continue;
        }
        for (String scope : new String[] {"articles", "quotes"}) {
          TreeSet<String> ids = new TreeSet<>();
          long total = -1;
          String cursor = null;
          try {
            do {
              var b = SearchRequest.builder(q).size(100).snippets(false);
              if (cursor != null) {
                b = b.cursor(cursor);
              }
              if (scope.equals("quotes")) {
                var r = v.quotes().search(b.build());
                total = r.total();
                r.hits().forEach(h -> ids.add(h.id()));
                cursor = r.hits().isEmpty() ? null : r.nextCursor();
              } else {
                var r = v.search(b.build());
                total = r.total();
                r.hits().forEach(h -> ids.add(h.id()));
                cursor = r.hits().isEmpty() ? null : r.nextCursor();
              }
            } while (cursor != null);
            out.println(scope + "\t" + q + "\t" + total + "\t" + String.join(" ", ids));
          } catch (Exception e) {
            out.println(scope + "\t" + q + "\tERR " + e.getMessage());
          }
        }
      }
    }
  }
}
