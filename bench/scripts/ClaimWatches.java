// Claim watches on verify's probes: every probe's claim (and speaker) is made a claim watch on a
// new index first, then the articles arrive (Ingest, commits of 1,000); for each probe kind it
// prints how many watches matched the probe's own article, and how many matched anything (for
// claims nobody made, any match is a false alert). Usage (from the repository; Java 21 or newer):
//   java -cp server/target/verbatim.jar bench/scripts/ClaimWatches.java NEW_INDEX PROBES
// ARTICLES...
// e.g. PROBES ../shared/corpus/allsides-quotes-dev/verify-probes.jsonl, ARTICLES its articles.jsonl
// and 2,000 AllSides distractors.
import com.fasterxml.jackson.databind.*;
import dev.verbatim.*;
import dev.verbatim.ingest.Ingest;
import java.nio.file.*;
import java.util.*;

/** Claim watches on the development probes: made first, then the articles arrive. */
public class ClaimWatches {
  public static void main(String[] a) throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> probes = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(a[1]))) {
      probes.add(m.readTree(line));
    }
    try (Verbatim v = Verbatim.open(Path.of(a[0]))) {
      List<WatchRequest> requests = new ArrayList<>();
      for (JsonNode p : probes) {
        requests.add(
            WatchRequest.claim(
                p.get("claim").asText(),
                p.hasNonNull("speaker") ? p.get("speaker").asText() : null));
      }
      List<Watch> watches = v.watches().addAll(requests);
      long t = System.nanoTime();
      List<Path> inputs = new ArrayList<>();
      for (int i = 2; i < a.length; i++) inputs.add(Path.of(a[i]));
      Ingest.run(v, inputs, 1_000, (r, x) -> {});
      System.err.printf(Locale.ROOT, "ingest %.1f s%n", (System.nanoTime() - t) / 1e9);
      Map<String, int[]> byKind = new TreeMap<>();
      for (int i = 0; i < probes.size(); i++) {
        JsonNode p = probes.get(i);
        String kind = p.get("kind").asText();
        String article = p.hasNonNull("article") ? p.get("article").asText() : null;
        var matches = v.watches().matches(watches.get(i).id(), null, 100).orElseThrow().matches();
        boolean right = matches.stream().anyMatch(x -> x.article().equals(article));
        int[] c = byKind.computeIfAbsent(kind, k -> new int[3]);
        c[0]++;
        c[1] += right ? 1 : 0;
        c[2] += matches.isEmpty() ? 0 : 1;
      }
      byKind.forEach(
          (k, c) ->
              System.out.printf(
                  Locale.ROOT,
                  "%s: %d probes, right article matched %d, any match %d%n",
                  k,
                  c[0],
                  c[1],
                  c[2]));
    }
  }
}
