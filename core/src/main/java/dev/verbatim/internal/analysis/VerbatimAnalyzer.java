package dev.verbatim.internal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analyzer of article text (body and title): {@link BoundaryTokenizer} → ICU NFKC case folding
 * → apostrophe folding → {@link ExactFormFilter}.
 *
 * <p>Every word yields an exact term ({@code =kremlin's}) and, unless it is an English stopword, a
 * stemmed term ({@code kremlin}) at the same position. Bare query words search stems; quoted
 * phrases search exact terms. Keeping both in one field lets proximity operators mix them, and lets
 * the highlighter read offsets from one postings list.
 *
 * <p>NOTE: thread-safe, as every Lucene {@link Analyzer}.
 */
public final class VerbatimAnalyzer extends Analyzer {
  /** Lucene's English stopword list (33 words), dropped from the stemmed form only. */
  public static final CharArraySet STOPWORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    BoundaryTokenizer tokenizer = new BoundaryTokenizer();
    TokenStream stream = new ICUNormalizer2Filter(tokenizer);
    stream = new ApostropheFoldingFilter(stream);
    stream = new ExactFormFilter(stream, STOPWORDS);
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** Values of a multi-valued field (an article's quotes) never meet in a phrase or proximity. */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 1_000;
  }

  /** The exact-form term of an already analysed word, e.g. {@code =putin}. */
  public static String exact(String normalisedWord) {
    return ExactFormFilter.EXACT_PREFIX + normalisedWord;
  }

  /** Whether {@code term} is an exact-form term. */
  public static boolean isExact(String term) {
    return !term.isEmpty() && term.charAt(0) == ExactFormFilter.EXACT_PREFIX;
  }

  /**
   * Analyses query text into words, each with its exact term, its stemmed term (null for a
   * stopword) and its position. Boundary markers are skipped.
   */
  public List<Word> words(String field, String text) {
    List<Word> words = new ArrayList<>();
    try (TokenStream ts = tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        if (BoundaryTokenizer.BOUNDARY_TYPE.equals(type.type())) {
          continue;
        }
        String t = term.toString();
        if (isExact(t)) {
          words.add(new Word(t, null, position, offset.startOffset(), offset.endOffset()));
        } else {
          Word last = words.removeLast();
          words.add(new Word(last.exact(), t, last.position(), last.start(), last.end()));
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return words;
  }

  /**
   * One analysed word.
   *
   * @param exact the exact-form term
   * @param stem the stemmed term, or null for a stopword
   * @param position the word's position, counting boundary markers
   * @param start start offset in the analysed text
   * @param end end offset in the analysed text
   */
  public record Word(String exact, String stem, int position, int start, int end) {
    /** The stem, or the exact form for a stopword. */
    public String stemOrExact() {
      return stem != null ? stem : exact;
    }
  }
}
