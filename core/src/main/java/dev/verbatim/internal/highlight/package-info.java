/**
 * Snippets with the matched words marked: Lucene's UnifiedHighlighter reading offsets from the
 * postings (never re-analysing text), cut at sentence boundaries, HTML-escaped. Not API.
 */
package dev.verbatim.internal.highlight;
