package dev.verbatim.quote;

import java.util.List;

/**
 * The subject of the sentence the quote sits in, with no verb of saying: "Trump is promising to
 * “bomb the hell”" ({@link AttributionRule#SENTENCE_SUBJECT}), or before a colon that opens the
 * quote ({@link AttributionRule#COLON}).
 */
final class SentenceSubject implements Construction {
  @Override
  public Attribution attribute(QuoteSite q) {
    boolean colon = q.wordsBefore() && q.colonBefore;
    return q.attribution(
        q.sentenceSubject(),
        List.of(),
        colon ? ":" : null,
        colon ? AttributionRule.COLON : AttributionRule.SENTENCE_SUBJECT,
        false);
  }
}
