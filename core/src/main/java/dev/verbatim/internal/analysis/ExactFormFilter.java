package dev.verbatim.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Emits each word twice at one position: first its exact form, prefixed with {@link #EXACT_PREFIX},
 * then (unless it is a stopword) its stem.
 *
 * <p>Input words must already be case-folded and normalised. The exact form keeps possessives and
 * stopwords; the stemmed form drops a possessive {@code 's} and is stemmed by Snowball's English
 * (Porter2) stemmer. A bigram ({@link VerbatimAnalyzer#GRAM_TYPE}) gets its exact form only.
 * Boundary markers pass through unchanged.
 */
final class ExactFormFilter extends TokenFilter {
  /** Prefix of exact-form terms. The tokenizer never emits it inside a word. */
  static final char EXACT_PREFIX = '=';

  private final CharArraySet stopwords;
  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  /**
   * The stems this filter has made, by word: the stemmer was 8 % of the indexing threads in a
   * profile, and a few thousand words make most of any text. Emptied when it reaches {@link
   * #MAX_CACHED_STEMS}.
   */
  private final CharArrayMap<char[]> stems = new CharArrayMap<>(1024, false);

  /** The most words whose stems one filter keeps (a few megabytes per indexing thread). */
  static final int MAX_CACHED_STEMS = 50_000;

  private AttributeSource.State exactState;
  private char[] stem = new char[32];
  private int stemLength = -1;

  ExactFormFilter(TokenStream in, CharArraySet stopwords) {
    super(in);
    this.stopwords = stopwords;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (stemLength >= 0) {
      restoreState(exactState);
      term.copyBuffer(stem, 0, stemLength);
      posInc.setPositionIncrement(0);
      stemLength = -1;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (BoundaryTokenizer.BOUNDARY_TYPE.equals(type.type())) {
      return true;
    }
    if (VerbatimAnalyzer.GRAM_TYPE.equals(type.type())) {
      stemLength = -1; // a bigram has an exact form only
    } else {
      prepareStem();
    }
    int length = term.length();
    char[] buffer = term.resizeBuffer(length + 1);
    System.arraycopy(buffer, 0, buffer, 1, length);
    buffer[0] = EXACT_PREFIX;
    term.setLength(length + 1);
    if (stemLength >= 0) {
      exactState = captureState();
    }
    return true;
  }

  private void prepareStem() {
    int length = term.length();
    char[] buffer = term.buffer();
    if (length > 2 && buffer[length - 2] == '\'' && buffer[length - 1] == 's') {
      length -= 2;
    } else if (length > 1 && buffer[length - 1] == '\'') {
      length -= 1;
    }
    if (length == 0 || stopwords.contains(buffer, 0, length)) {
      stemLength = -1;
      return;
    }
    char[] cached = stems.get(buffer, 0, length);
    if (cached == null) {
      cached = stemOf(buffer, length);
      if (stems.size() >= MAX_CACHED_STEMS) {
        stems.clear();
      }
      stems.put(java.util.Arrays.copyOf(buffer, length), cached);
    }
    stemLength = cached.length;
    if (stem.length < stemLength) {
      stem = new char[stemLength];
    }
    System.arraycopy(cached, 0, stem, 0, stemLength);
  }

  /** Snowball's stem of the first {@code length} characters of {@code word}, a new array. */
  private char[] stemOf(char[] word, int length) {
    // Snowball stems in place: give it a copy, never the term buffer
    if (stem.length < length) {
      stem = new char[length];
    }
    System.arraycopy(word, 0, stem, 0, length);
    stemmer.setCurrent(stem, length);
    stemmer.stem();
    return java.util.Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    stemLength = -1;
    exactState = null;
  }
}
