/**
 * The query language and its execution: parsing a user's query into a tree, compiling the tree into
 * Lucene queries, running them with filters, facets, sorting and cursors. Not API.
 */
package dev.verbatim.internal.search;
