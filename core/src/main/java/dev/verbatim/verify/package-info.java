/**
 * Verifying a claimed quote: word-level diffs between a claim and attested wordings, verdicts, and
 * variants of one utterance across outlets. Knows nothing of Lucene: the façade finds the
 * candidates in the index and hands them here.
 */
package dev.verbatim.verify;
