package dev.verbatim.quote;

/**
 * A source the rest of the sentence is according to: "a legislative auditor found the systems
 * “lacked controls,” and that bureaucrats had “failed to document it,” according to EAGnews" — both
 * quotes are EAGnews's ({@link AttributionRule#ACCORDING_TO}). Read after the constructions of the
 * words before the quote, so that "Dhiab said “…,” and “…,” according to court documents" stays
 * Dhiab's: a few words with no verb of saying join the quote to the next, and "according to"
 * follows that one; and not when the sentence's subject is a named person, whom the source only
 * reports ("Bevin alleged that voters were “…” and that machines “…,” according to Politico").
 */
final class SharedAccordingTo implements Construction {
  private static final Construction AFTER = new CueAfter();

  /** Most words joining the two quotes. */
  private static final int MAX_JOINING_WORDS = 6;

  @Override
  public Attribution attribute(QuoteSite q) {
    if (!q.runsIntoQuote
        || q.endsWithFullStop() // "“… hemorrhage.” Abortion …": the sentence ended in the quote
        || q.afterTo - q.afterFrom > MAX_JOINING_WORDS) {
      return null;
    }
    Clauses.Subject subject = q.sentenceSubject();
    if (subject != null && subject.mention() != null && Clauses.isPerson(subject.mention())) {
      // "Bevin pointed to “…,” alleged that voters were “…” …, according to Politico": a person
      // the sentence is about speaks; the source only reports it
      return null;
    }
    for (int k = q.afterFrom; k < q.afterTo; k++) {
      if (Cues.isVerb(q.clauses.tok(k).lower())) {
        return null;
      }
    }
    QuoteSite next = q.following(); // the words after this quote run into its opening mark
    if (next == null || next.runsIntoQuote) {
      return null;
    }
    Attribution shared = AFTER.attribute(next);
    return shared != null && shared.rule() == AttributionRule.ACCORDING_TO ? shared : null;
  }
}
