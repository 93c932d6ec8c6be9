package dev.verbatim.quote;

import dev.verbatim.quote.Mentions.Mention;
import java.util.List;
import java.util.Set;

/**
 * {@link AttributionRule#COLON} without a verb of saying: the name right before the colon that
 * opens the quote speaks. "Clinton: “…”", "… doesn't surprise Republican pollster Daron Shaw: “…”",
 * a caption's "Donald Trump: “…”" after other words; not the addressee of "delivered a blunt
 * message to Trump: “…”".
 */
final class ColonLeadIn implements Construction {
  private static final Set<String> ADDRESSEE_MARKERS =
      Set.of("to", "with", "at", "against", "about", "on", "for", "toward", "towards");

  @Override
  public Attribution attribute(QuoteSite q) {
    if (!q.wordsBefore() || !q.colonBefore) {
      return null;
    }
    Clauses c = q.clauses;
    int to = q.beforeTo;
    Mention named = c.mentions.at(to - 1);
    if (named != null
        && named.first() > q.beforeFrom
        && ADDRESSEE_MARKERS.contains(c.tok(named.first() - 1).lower())) {
      return null;
    }
    if (named == null || c.quoted(to - 1)) {
      return null;
    }
    boolean speaks =
        (Clauses.rank(named) >= 3 && !c.mentionIsPossessive(named))
            || (Clauses.rank(named) >= 2 && q.sentenceSubject() == null);
    return speaks
        ? q.attribution(Clauses.subject(named), List.of(), ":", AttributionRule.COLON, false)
        : null;
  }
}
