/**
 * The query language: the node tree, its parser, the fields it names ({@link
 * dev.verbatim.internal.query.QueryField}) and the compiler into Lucene queries. Not API.
 */
package dev.verbatim.internal.query;
