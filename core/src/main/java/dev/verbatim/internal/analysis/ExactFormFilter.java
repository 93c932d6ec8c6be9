package dev.verbatim.internal.analysis;

import java.io.IOException;
import java.util.Arrays;
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
 * Emits each word's exact form, prefixed with {@link #EXACT_PREFIX}, and at the same position its
 * stem where the stem differs from the word: "talks" gives {@code =talks} and {@code talk}, "talk"
 * gives {@code =talk} only, a stopword its exact form only. A stemmed query for {@code talk} asks
 * for both terms as one ({@link VerbatimAnalyzer#stemQuery}), so most words are indexed once, not
 * twice.
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
      if (stemLength == term.length()
          && Arrays.equals(stem, 0, stemLength, term.buffer(), 0, stemLength)) {
        stemLength = -1; // the word is its own stem: its exact form stands for both
      }
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
      stems.put(Arrays.copyOf(buffer, length), cached);
    }
    stemLength = cached.length;
    if (stem.length < stemLength) {
      stem = new char[stemLength];
    }
    System.arraycopy(cached, 0, stem, 0, stemLength);
  }

  /**
   * The stem a word's exact form stands for when the filter emitted none: the word itself, unless
   * it is a stopword (or only a possessive), which has no stem; null then.
   *
   * @param word an exact-form term without its prefix
   */
  static String impliedStem(String word, CharArraySet stopwords) {
    String bare = word;
    if (bare.length() > 2 && bare.endsWith("'s")) {
      bare = bare.substring(0, bare.length() - 2);
    } else if (bare.length() > 1 && bare.endsWith("'")) {
      bare = bare.substring(0, bare.length() - 1);
    }
    return bare.isEmpty() || stopwords.contains(bare) ? null : word;
  }

  /**
   * Whether {@code stem} is its own stem, so that the word {@code stem}, indexed by its exact form
   * alone, belongs to the words with that stem.
   */
  static boolean isOwnStem(String stem) {
    EnglishStemmer stemmer = new EnglishStemmer();
    stemmer.setCurrent(stem);
    stemmer.stem();
    return stemmer.getCurrent().equals(stem);
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
    return Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    stemLength = -1;
    exactState = null;
  }
}
