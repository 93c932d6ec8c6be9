/**
 * Text facts shared by quote finding, attribution and the analyzers, free of Lucene: word lists
 * kept as resource files ({@link dev.verbatim.text.WordList}).
 */
package dev.verbatim.text;
