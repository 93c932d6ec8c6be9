/**
 * Text analysis: how article text becomes index terms. Not API: the classes here may change in any
 * release.
 *
 * <p>One analyzer ({@link dev.verbatim.internal.analysis.VerbatimAnalyzer}) indexes each word twice
 * at the same position: once in its exact form (case-folded, Unicode-normalised, apostrophes
 * folded, stopwords kept) and once stemmed (English Snowball, stopwords dropped). Sentence and
 * paragraph boundaries are indexed as marker terms in the position gaps between sentences, so that
 * queries can recover them without re-reading the text.
 */
package dev.verbatim.internal.analysis;
