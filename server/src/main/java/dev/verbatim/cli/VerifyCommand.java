package dev.verbatim.cli;

import dev.verbatim.Verbatim;
import dev.verbatim.http.Json;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.WordDiff;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim verify}: did they say it, who reported it, how did the wording drift. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check a claimed quote against the quotes in an index: verdict (exact, close, paraphrase,"
          + " not_found), the attested wordings with a word diff, whether the speaker agrees, and"
          + " the variants across outlets. See docs/verify.md."
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--speaker", paramLabel = "NAME", description = "who the quote is attributed to")
  String speaker;

  @Option(names = "--json", description = "print the body of POST /api/verify")
  boolean json;

  @Parameters(index = "0", paramLabel = "QUOTE", description = "the claimed quote")
  String claim;

  @Override
  public Integer call() throws Exception {
    Verification v;
    try (Verbatim verbatim = index.openForReading()) {
      v = verbatim.verify(claim, speaker);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writeValueAsString(v));
    } else {
      out.println(v.verdict() + speakerState(v));
      out.println(v.why());
      if (!v.byMeaning()) {
        out.println("(words only: this index has no quote vectors)");
      }
      for (Verification.Match m : v.matches()) {
        out.printf(
            Locale.ROOT,
            "%n%s %.2f%s · %s · %s · %s%n  “%s”%n  %s%n  diff ({+quote only+} [-claim only-]): %s%n",
            m.verdict(),
            m.similarity(),
            m.meaning() == null ? "" : String.format(Locale.ROOT, " · meaning %.2f", m.meaning()),
            m.speaker() == null ? "speaker unknown" : m.speaker(),
            m.source() == null ? "unknown source" : m.source(),
            m.date() == null ? "undated" : m.date(),
            m.text(),
            m.why(),
            diff(m));
      }
      for (Verification.VariantGroup g : v.variants()) {
        out.printf(
            Locale.ROOT,
            "%nfirst reported by %s on %s; %s%n",
            g.earliest().source(),
            g.earliest().date(),
            reports(g));
        for (Verification.Wording w : g.wordings()) {
          out.printf(
              Locale.ROOT,
              "  %d× “%s” (%s)%n",
              w.count(),
              w.text(),
              String.join(", ", w.sources()));
        }
      }
    }
    out.flush();
    return 0;
  }

  /** The speaker's state after the verdict: " (attributed to X)", "(… no speaker named)", "". */
  private static String speakerState(Verification v) {
    if (v.speakerEvidence() == null) {
      return "";
    }
    return switch (v.speakerEvidence()) {
      case SAME_SPEAKER -> " (attributed to " + v.speaker() + ")";
      case OTHER_SPEAKER ->
          " (attributed to "
              + String.join(", ", v.speakersOnRecord())
              + ", NOT to "
              + v.speaker()
              + ")";
      case NO_SPEAKER_NAMED ->
          " (no speaker named in the evidence: " + v.speaker() + " unconfirmed)";
    };
  }

  private static String diff(Verification.Match m) {
    StringBuilder sb = new StringBuilder();
    for (WordDiff.Run r : m.diff()) {
      sb.append(
          switch (r.op()) {
            case EQUAL -> r.text();
            case INSERT -> "{+" + r.text() + "+}";
            case DELETE -> "[-" + r.text() + "-]";
          });
      sb.append(' ');
    }
    return sb.toString().strip();
  }

  /** "3 outlets, 2 independent reports: AP, Reuters": a wire story and its reprints are one. */
  static String reports(Verification.VariantGroup g) {
    int n = g.independentReports().size();
    return String.format(
        Locale.ROOT,
        "%d %s, %d independent %s: %s",
        g.outlets(),
        g.outlets() == 1 ? "outlet" : "outlets",
        n,
        n == 1 ? "report" : "reports",
        String.join(", ", g.independentReports()));
  }
}
