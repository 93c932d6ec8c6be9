/** Facet counts of a search: outlets, speakers (spellings merged), months or days. Not API. */
package dev.verbatim.internal.facet;
