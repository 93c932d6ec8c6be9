/**
 * The index schema and document building: which fields an article becomes and how. Not API.
 *
 * <p>All field names live in {@link dev.verbatim.internal.index.Fields}.
 */
package dev.verbatim.internal.index;
