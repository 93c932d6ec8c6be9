package dev.verbatim.quote;

/**
 * What the quotes before this one established, read by the constructions that look beyond a quote's
 * sentence: the current paragraph's transcript label ("PENCE: …"), the last attribution in this
 * paragraph, and the last attribution before it with its paragraph. {@link Attributor} moves it on,
 * quote by quote, in text order.
 */
final class Discourse {
  /** The paragraph being read, and its bounds. */
  int paragraph = -1;

  int[] bounds;

  /** The transcript label in force: this paragraph's, or one a quote-only paragraph carries on. */
  Attribution label;

  /** The last attribution in this paragraph, or null. */
  Attribution inParagraph;

  /** The last attribution of the article, and the paragraph it was in. */
  Attribution previous;

  int previousParagraph = -1;
}
