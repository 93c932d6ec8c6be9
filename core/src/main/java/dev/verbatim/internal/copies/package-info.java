/**
 * Copies of one story: word shingles, MinHash signatures and the locality-sensitive bands that let
 * an arriving article find the articles it copies with a handful of term lookups, then the exact
 * similarity that confirms them. Not API.
 */
package dev.verbatim.internal.copies;
