/**
 * Verbatim's sentence-embedding models, run in process with ONNX Runtime: {@link
 * dev.verbatim.embeddings.E5SmallEmbedder} (the default) and {@link
 * dev.verbatim.embeddings.MiniLmEmbedder}, found by {@link dev.verbatim.embed.Models} through
 * {@link dev.verbatim.embeddings.ShippedModels}.
 */
package dev.verbatim.embeddings;
