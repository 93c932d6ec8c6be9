/**
 * The HTTP API: routes, error mapping and the JSON shapes that the server and the CLI share.
 * Handlers parse the request, call the {@link dev.verbatim.Verbatim} façade and return its records;
 * nothing here imports Lucene.
 */
package dev.verbatim.http;
