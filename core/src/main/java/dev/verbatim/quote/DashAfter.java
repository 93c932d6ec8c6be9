package dev.verbatim.quote;

import java.util.List;

/**
 * {@link AttributionRule#DASH}: a dash and a name after the quote, as under an epigraph or a
 * reader's answer: "“…” ― Krystal Correa".
 */
final class DashAfter implements Construction {
  @Override
  public Attribution attribute(QuoteSite q) {
    if (!q.dashAfter) {
      return null;
    }
    Mention m = q.clauses.mentions.at(q.afterFrom);
    return m != null && m.first() == q.afterFrom && Clauses.rank(m) >= 2
        ? q.attribution(Clauses.subject(m), List.of(), "—", AttributionRule.DASH, true)
        : null;
  }
}
