package dev.verbatim.cli;

import dev.verbatim.verify.Verification;
import java.util.Locale;

/**
 * One probe's outcome, as {@code eval-paraphrase --each} lists it: right or wrong, the reworded
 * article's candidate rank (null for a probe that rewords none), the verdict, and the first match's
 * article, word and meaning scores and text, or nulls when there is none.
 */
record ProbeOutcome(
    String kind,
    String claim,
    String speaker,
    boolean right,
    Integer rank,
    String verdict,
    String article,
    Double words,
    Double meaning,
    String text) {
  static ProbeOutcome of(
      String kind, String claim, String speaker, Integer rank, Verification v, boolean right) {
    var first = v.matches().isEmpty() ? null : v.matches().getFirst();
    return new ProbeOutcome(
        kind,
        claim,
        speaker,
        right,
        rank,
        v.verdict().toString(),
        first == null ? null : first.article(),
        first == null ? null : first.similarity(),
        first == null ? null : first.meaning(),
        first == null ? null : first.text());
  }

  String line() {
    return (right ? "right " : "wrong ")
        + kind
        + (rank == null ? "" : " (candidate rank " + rank + ")")
        + ": "
        + claim
        + " → "
        + verdict
        + (article == null
            ? ""
            : String.format(
                Locale.ROOT, " %s words %.2f meaning %s: %.80s", article, words, meaning, text));
  }
}
