/**
 * Verbatim's embedding models on ONNX Runtime and DJL's tokenizers: e5-small-v2 (the default) and
 * all-MiniLM-L6-v2, their files read from the class path. Optional: the core finds them through
 * {@link dev.verbatim.embed.ModelProvider} and runs without vectors when this module is absent.
 */
// the models' jars have no module names of their own: theirs come from the jars' file names
@SuppressWarnings("requires-automatic")
module dev.verbatim.embeddings {
  requires transitive dev.verbatim.embed;
  requires com.microsoft.onnxruntime;
  requires ai.djl.tokenizers;
  requires langchain4j.embeddings.all.minilm.l6.v2.q;
  requires langchain4j.embeddings.e5.small.v2.q;

  exports dev.verbatim.embeddings;

  provides dev.verbatim.embed.ModelProvider with
      dev.verbatim.embeddings.ShippedModels;
}
