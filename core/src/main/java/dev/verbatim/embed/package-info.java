/**
 * Sentence embeddings: {@link dev.verbatim.embed.Embedder} turns a quote or a claim into a vector
 * whose cosine with another says how close they are in meaning; {@link
 * dev.verbatim.embed.MiniLmEmbedder} is the model Verbatim ships with.
 */
package dev.verbatim.embed;
