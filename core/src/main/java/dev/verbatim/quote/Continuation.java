package dev.verbatim.quote;

/**
 * {@link AttributionRule#CONTINUATION}: a quote with no cue of its own goes on from the last one
 * attributed, in its paragraph ("“…,” she said. “…”"), or in the paragraph before when it opens its
 * own (a speech quoted paragraph after paragraph).
 */
final class Continuation implements Construction {
  /** Whether to continue the paragraph's last quote, or the previous paragraph's. */
  private final boolean sameParagraph;

  private Continuation(boolean sameParagraph) {
    this.sameParagraph = sameParagraph;
  }

  /** Continues the last attribution of the quote's own paragraph. */
  static final Continuation IN_PARAGRAPH = new Continuation(true);

  /** Continues the previous paragraph's last attribution, for a quote opening its paragraph. */
  static final Continuation FROM_PARAGRAPH_BEFORE = new Continuation(false);

  @Override
  public Attribution attribute(QuoteSite q) {
    Discourse d = q.discourse;
    if (sameParagraph) {
      return d.inParagraph == null ? null : d.inParagraph.continued();
    }
    boolean follows =
        d.previous != null
            && d.previousParagraph == d.paragraph - 1
            && d.opensParagraph(q.clauses.article);
    return follows ? d.previous.continued() : null;
  }
}
