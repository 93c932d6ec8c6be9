/**
 * Verbatim's analysis and query language for Lucene indexes that are not Verbatim's own: a search
 * cluster's (the OpenSearch plugin) or an application's. The library's own index never needs it.
 */
package dev.verbatim.lucene;
