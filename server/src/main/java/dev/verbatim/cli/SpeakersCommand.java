package dev.verbatim.cli;

import dev.verbatim.FacetValue;
import dev.verbatim.Limits;
import dev.verbatim.Verbatim;
import dev.verbatim.http.Json;
import dev.verbatim.quote.SpeakerNameCheck;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim speakers}: the most quoted speakers of an index, one line per person. */
@Command(
    name = "speakers",
    mixinStandardHelpOptions = true,
    description = {
      "List the most quoted speakers of an index: one line per person with the number of articles"
          + " that quote them and the other spellings counted as them; each name is checked and"
          + " the malformed ones are counted at the end. See docs/quality.md."
    })
final class SpeakersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "1000",
      description = "how many speakers, most quoted first (1.." + Limits.MAX_FACET_SIZE + ")")
  int top;

  @Option(
      names = "--prefix",
      paramLabel = "P",
      defaultValue = "",
      description = "only names with a word starting with this")
  String prefix;

  @Option(
      names = "--json",
      description = "one JSON object: speakers [{value, count, aliases, problem}], malformed")
  boolean json;

  @Override
  public Integer call() throws Exception {
    List<FacetValue> speakers;
    try (Verbatim verbatim = index.openForReading()) {
      speakers = verbatim.quotes().speakers(prefix, top);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    for (FacetValue s : speakers) {
      String problem = SpeakerNameCheck.problem(s.value());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("value", s.value());
      row.put("count", s.count());
      row.put("aliases", s.aliases());
      row.put("problem", problem);
      rows.add(row);
      if (problem != null) {
        malformed.add(s.value() + " (" + problem + ")");
      }
    }
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("speakers", rows);
      body.put("malformed", malformed.size());
      out.println(Json.mapper().writeValueAsString(body));
      return 0;
    }
    int rank = 0;
    for (Map<String, Object> row : rows) {
      FacetValue s = speakers.get(rank++);
      Object problem = row.get("problem");
      out.printf(
          Locale.ROOT,
          "%5d %7d  %s%s%s%n",
          rank,
          s.count(),
          s.value(),
          s.aliases().isEmpty() ? "" : "  (also: " + String.join(", ", s.aliases()) + ")",
          problem == null ? "" : "  [MALFORMED: " + problem + "]");
    }
    out.printf(Locale.ROOT, "%nmalformed: %d of %d%n", malformed.size(), speakers.size());
    for (String m : malformed) {
      out.println("  " + m);
    }
    return 0;
  }
}
