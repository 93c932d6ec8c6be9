package dev.verbatim.quote;

/**
 * One construction that attributes a quote to its speaker from the quote's own sentence: a cue
 * after it, a cue before it, a colon lead-in, a possessive, the sentence's subject. Each reports
 * the {@link AttributionRule} it decided by; {@link Attributor#IN_SENTENCE} tries them in order and
 * the first that names someone wins. Implementations keep no state: one instance serves every
 * article.
 */
interface Construction {
  /**
   * The attribution this construction reads at {@code quote}; null when it does not apply (the next
   * is tried); {@link Attribution#NOBODY} when it applies and names nobody (none is).
   */
  Attribution attribute(QuoteSite quote);
}
