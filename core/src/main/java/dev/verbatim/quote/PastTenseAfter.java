package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import java.util.List;

/**
 * A verb of saying the word lists do not know, in the shape only speech takes right after a quote:
 * "“…” Trump barked" ({@link AttributionRule#CUE_AFTER}), "“…,” remembered Roy Verley" ({@link
 * AttributionRule#CUE_AFTER_INVERTED}): a past-tense word next to a name. {@link CueAfter} asks it
 * when the words after the quote hold no verb of saying it knows.
 */
final class PastTenseAfter implements Construction {
  /** A past-tense form: lower case, more than four letters, ending in "ed". */
  private static final int MIN_PAST_TENSE_LENGTH = 5;

  @Override
  public Attribution attribute(QuoteSite q) {
    int a = q.afterFrom;
    int b = q.afterTo;
    if (q.dashAfter || b - a < 2) {
      return null;
    }
    Clauses c = q.clauses;
    Token first = c.tok(a);
    if (isPastTense(first)) {
      Mention m = c.mentions.at(a + 1);
      return m != null && m.first() == a + 1 && Clauses.rank(m) >= 3
          ? q.attribution(
              Clauses.subject(m),
              List.of(),
              first.lower(),
              AttributionRule.CUE_AFTER_INVERTED,
              true)
          : null;
    }
    Mention m = c.mentions.at(a);
    if (m == null || m.first() != a || Clauses.rank(m) < 1 || m.last() + 1 >= b) {
      return null;
    }
    Token verb = c.tok(m.last() + 1);
    return isPastTense(verb)
        ? q.attribution(
            Clauses.subject(m), List.of(), verb.lower(), AttributionRule.CUE_AFTER, true)
        : null;
  }

  private static boolean isPastTense(Token t) {
    return !t.capitalised()
        && t.lower().length() >= MIN_PAST_TENSE_LENGTH
        && t.lower().endsWith("ed");
  }
}
