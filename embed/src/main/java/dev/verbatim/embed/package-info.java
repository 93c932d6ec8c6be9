/**
 * Sentence embeddings, the interface only: {@link dev.verbatim.embed.Embedder} turns a quote or a
 * claim into a vector whose cosine with another says how close they are in meaning; {@link
 * dev.verbatim.embed.Models} finds the models on the path ({@code verbatim-embeddings} has
 * Verbatim's, on ONNX Runtime). No dependency beyond SLF4J's API.
 */
package dev.verbatim.embed;
