package dev.verbatim.quote;

import dev.verbatim.quote.Clauses.Subject;
import dev.verbatim.quote.Mention.Kind;
import java.util.List;
import java.util.Set;

/**
 * Words an outlet printed, named as its piece's: "This was labeled “panic” in The New York Times
 * story", "A story in The New York Times used the phrase “panicked overreactions”" ({@link
 * AttributionRule#OUTLET_STORY}): a newspaper's own words are the newspaper's. The outlet must be
 * named as an organisation or an unexplained name, never a person or a place; a word for a piece
 * the outlet publishes must stand beside it ("in Politico's report", "an editorial in the
 * Journal"); nobody else may be named between it and the quote.
 */
final class OutletStory implements Construction {
  /**
   * Words for what an outlet itself publishes; not "op-ed", "column" or "piece", which a named
   * author writes ("Collins published an op-ed in The Washington Post hammering his “…”": hers).
   */
  private static final Set<String> PIECES =
      Set.of("story", "article", "report", "editorial", "headline");

  /** Most words between the quote and "in" the outlet: "labeled “panic” in the Times story". */
  private static final int MAX_WORDS_AFTER = 2;

  @Override
  public Attribution attribute(QuoteSite q) {
    Clauses c = q.clauses;
    // after the quote: "… in [the|a] Outlet['s] story"
    for (int k = q.afterFrom; k + 2 < q.afterTo && k <= q.afterFrom + MAX_WORDS_AFTER; k++) {
      if (c.tok(k).lower().equals("in")) {
        Mention outlet = outletAt(c, k + 1, q.afterTo);
        if (outlet != null
            && outlet.last() + 1 < q.afterTo
            && PIECES.contains(c.tok(outlet.last() + 1).lower())) {
          return attribution(q, outlet, true);
        }
      }
    }
    // before the quote: "a story in [the] Outlet used …"
    for (int k = q.beforeFrom; k + 2 < q.beforeTo; k++) {
      if (PIECES.contains(c.tok(k).lower()) && c.tok(k + 1).lower().equals("in")) {
        Mention outlet = outletAt(c, k + 2, q.beforeTo);
        if (outlet != null && nobodyBetween(c, outlet.last() + 1, q.beforeTo)) {
          return attribution(q, outlet, false);
        }
      }
    }
    return null;
  }

  private static Attribution attribution(QuoteSite q, Mention outlet, boolean afterQuote) {
    return q.attribution(
        new Subject(outlet, null, outlet.first(), outlet.last()),
        List.of(),
        null,
        AttributionRule.OUTLET_STORY,
        afterQuote);
  }

  /**
   * Whether tokens {@code [from, to)} name nobody who could have said the words instead: "Since a
   * story in the Times revealed it, the ACLU, which has called it “…”" is the ACLU's.
   */
  private static boolean nobodyBetween(Clauses c, int from, int to) {
    for (int k = from; k < to; k++) {
      Mention m = c.mentions.at(k);
      if (m != null && m.kind() != Kind.PLACE) {
        return false;
      }
    }
    return true;
  }

  /** The outlet named at token {@code k}, after "the" or "a"; null when none is. */
  private static Mention outletAt(Clauses c, int k, int to) {
    int at = k;
    if (at < to && (c.tok(at).lower().equals("the") || c.tok(at).lower().equals("a"))) {
      at++;
    }
    Mention m = at < to ? c.mentions.at(at) : null;
    boolean outlet =
        m != null
            && m.first() == at
            && m.entity() != null
            && (m.kind() == Kind.ORGANISATION || m.kind() == Kind.NAME);
    return outlet ? m : null;
  }
}
