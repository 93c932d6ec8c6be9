/**
 * Direct quotes and who said them: finding quoted spans in text and attributing each to a speaker.
 * Knows nothing of Lucene: text in, {@link dev.verbatim.quote.Quote}s out.
 */
package dev.verbatim.quote;
