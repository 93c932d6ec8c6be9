/**
 * Verbatim's library: index news articles with their quotes and speakers, search them with the
 * journalist's query language, verify a claim against what was attested.
 *
 * <p>The API is {@code dev.verbatim} (the façade and its records), {@code dev.verbatim.ingest}
 * (reading files), {@code dev.verbatim.quote} (quote extraction and attribution, no Lucene) and
 * {@code dev.verbatim.verify}. {@code dev.verbatim.internal.*} is not exported: code on the module
 * path cannot reach it. (The benchmarks read a few internals; they run on the class path, where a
 * module's boundaries do not apply, and name no module a qualified export could go to.)
 */
// ICU4J ships no module descriptor, only an Automatic-Module-Name (com.ibm.icu); jwarc has neither
// (its module name comes from its jar's name)
@SuppressWarnings("requires-automatic")
module dev.verbatim.core {
  requires com.fasterxml.jackson.databind;
  requires com.ibm.icu;
  requires org.apache.lucene.analysis.common;
  requires org.apache.lucene.analysis.icu;
  // transitive: dev.verbatim.lucene hands out and takes Lucene's Analyzer, Query and IndexReader
  requires transitive org.apache.lucene.core;
  requires org.apache.lucene.facet;
  requires org.apache.lucene.highlighter;
  requires org.apache.lucene.memory;
  requires org.apache.lucene.queries;
  requires org.jsoup;
  requires org.slf4j;
  requires jwarc;
  requires com.google.common;
  // the embedding interface; the models (dev.verbatim.embeddings) are found on the path, or absent
  requires transitive dev.verbatim.embed;

  exports dev.verbatim;
  exports dev.verbatim.ingest;
  exports dev.verbatim.quote;
  exports dev.verbatim.verify;
  exports dev.verbatim.lucene;
}
