/**
 * Running queries: the one page skeleton both scopes share (filters, sorting, facets, cursors,
 * highlighting, hits), snapshots, and verify's candidates from the index. Not API.
 */
package dev.verbatim.internal.search;
