package dev.verbatim.quote;

import java.util.List;

/**
 * {@link AttributionRule#POSSESSIVE}: a person's possessive in the few lower-case words before the
 * opening mark: "Romney’s “47 percent” comment", "Trump's controversial pledge to be “neutral”".
 * Not before a colon, which {@link ColonLeadIn} and {@link SentenceSubject} read.
 */
final class PossessiveBefore implements Construction {
  @Override
  public Attribution attribute(QuoteSite q) {
    if (!q.wordsBefore() || q.colonBefore) {
      return null;
    }
    return q.attribution(
        q.clauses.possessiveBefore(q.beforeFrom, q.beforeTo),
        List.of(),
        null,
        AttributionRule.POSSESSIVE,
        false);
  }
}
