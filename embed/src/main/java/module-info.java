/**
 * The embedding interface Verbatim's core writes and reads quote vectors through, and the lookup of
 * the models on the path ({@link dev.verbatim.embed.ModelProvider}); the models themselves are in
 * {@code dev.verbatim.embeddings}, which the core does not require.
 */
module dev.verbatim.embed {
  requires org.slf4j;

  exports dev.verbatim.embed;

  uses dev.verbatim.embed.ModelProvider;
}
