package dev.verbatim.quote;

import java.util.List;
import java.util.Set;

/**
 * {@link AttributionRule#COLON} without a verb of saying: the name right before the colon that
 * opens the quote speaks. "Clinton: “…”", "… doesn't surprise Republican pollster Daron Shaw: “…”",
 * a caption's "Donald Trump: “…”" after other words; not the addressee of "delivered a blunt
 * message to Trump: “…”". A roundup's label names the person first and their outlet or role after a
 * comma: in "Howard Kurtz, Fox News: “…”" and "Windsor Mann, editor of The Quotable Hitchens: “…”"
 * Kurtz and Mann speak, not the outlet the label ends with.
 */
final class ColonLeadIn implements Construction {
  private static final Set<String> ADDRESSEE_MARKERS =
      Set.of("to", "with", "at", "against", "about", "on", "for", "toward", "towards");

  /** The most tokens a label's outlet or role after the comma runs to. */
  private static final int MAX_LABEL_TAIL = 16;

  @Override
  public Attribution attribute(QuoteSite q) {
    if (!q.wordsBefore() || !q.colonBefore) {
      return null;
    }
    Clauses c = q.clauses;
    int to = q.beforeTo;
    Mention labelled = labelledPerson(q);
    if (labelled != null) {
      return q.attribution(Clauses.subject(labelled), List.of(), ":", AttributionRule.COLON, false);
    }
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

  /**
   * The person a label opening the quote's paragraph names before a comma, "Gerald F. Seib, The
   * Wall Street Journal:", when no verb of saying stands between the comma and the colon; or null.
   */
  private static Mention labelledPerson(QuoteSite q) {
    Clauses c = q.clauses;
    Mention first = c.mentions.at(q.beforeFrom);
    boolean opensParagraph = c.article.tokenAt(q.discourse.bounds[0]) == q.beforeFrom;
    if (!opensParagraph
        || first == null
        || !Clauses.isPerson(first)
        || first.first() != q.beforeFrom
        || Cues.FUNCTION_WORDS.contains(c.tok(q.beforeFrom).lower()) // "In Las Vegas, …"
        || first.last() + 1 >= q.beforeTo
        || q.beforeTo - first.last() > MAX_LABEL_TAIL
        || !c.article.gap(first.last(), first.last() + 1).strip().equals(",")) {
      return null;
    }
    for (int k = first.last() + 1; k < q.beforeTo; k++) {
      if (Cues.isVerb(c.tok(k).lower())) {
        return null;
      }
    }
    return first;
  }
}
