package dev.verbatim.quote;

/**
 * {@link AttributionRule#CONTINUATION}: a quote with no cue of its own goes on from the last one
 * attributed, in its paragraph ("“…,” she said. “…”"), or in the paragraph before when it opens its
 * own (a speech quoted paragraph after paragraph).
 */
enum Continuation implements Construction {
  /** Continues the last attribution of the quote's own paragraph. */
  IN_PARAGRAPH {
    @Override
    public Attribution attribute(QuoteSite q) {
      Attribution last = q.discourse.inParagraph;
      return last == null ? null : last.continued();
    }
  },

  /** Continues the previous paragraph's last attribution, for a quote opening its paragraph. */
  FROM_PARAGRAPH_BEFORE {
    @Override
    public Attribution attribute(QuoteSite q) {
      Discourse d = q.discourse;
      boolean follows =
          d.previous != null && d.previousParagraph == d.paragraph - 1 && q.opensParagraph;
      return follows ? d.previous.continued() : null;
    }
  }
}
