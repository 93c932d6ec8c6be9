package dev.verbatim.internal.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After each word that has a next word one position on, when one of the two is common, emits their
 * bigram ({@code the_end}) at the first word's position, typed {@link #GRAM_TYPE}, its offsets
 * spanning both words: what Lucene's {@code CommonGramsFilter} does, except that boundary markers
 * (which share their word's position) are stepped over rather than taken for words, so that a
 * bigram exists exactly where its two words stand one position apart.
 *
 * <p>Each token is copied once, into a reused buffer holding the few attributes the analyzer's
 * tokenizer and filters set (term, offsets, position increment and length, type), rather than
 * capturing every attribute's state.
 */
final class CommonBigramFilter extends TokenFilter {
  /** The token type of a bigram. */
  static final String GRAM_TYPE = "gram";

  /** Joins a bigram's words. No word holds one: the analyzer reads underscores as spaces. */
  static final char SEPARATOR = '_';

  private final CharArraySet common;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLength = addAttribute(PositionLengthAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  /** A token read from the input, emitted when its bigram, if any, is known. */
  private static final class Token {
    final StringBuilder text = new StringBuilder();
    int start;
    int end;
    int increment;
    int length;
    String type;

    boolean isMarker() {
      return BoundaryTokenizer.BOUNDARY_TYPE.equals(type);
    }
  }

  /** Tokens read ahead of the one last returned, in order. */
  private final ArrayDeque<Token> ahead = new ArrayDeque<>();

  /** Spent tokens, reused. */
  private final ArrayDeque<Token> spare = new ArrayDeque<>();

  private boolean exhausted;

  CommonBigramFilter(TokenStream in, CharArraySet common) {
    super(in);
    this.common = common;
  }

  @Override
  public boolean incrementToken() throws IOException {
    Token current;
    if (!ahead.isEmpty()) {
      current = ahead.poll();
    } else if (input.incrementToken()) {
      current = token();
      read(current);
    } else {
      return false;
    }
    if (!current.isMarker() && !GRAM_TYPE.equals(current.type)) {
      Token next = nextWord();
      if (next != null && (common.contains(current.text) || common.contains(next.text))) {
        Token gram = token();
        gram.text.append(current.text).append(SEPARATOR).append(next.text);
        gram.start = current.start;
        gram.end = next.end;
        gram.increment = 0;
        gram.length = 2;
        gram.type = GRAM_TYPE;
        ahead.addFirst(gram);
      }
    }
    write(current);
    spare.push(current);
    return true;
  }

  /**
   * The next word when it stands one position after the current one, reading ahead as far as it
   * (markers kept in order); null when there is none.
   */
  private Token nextWord() throws IOException {
    int gap = 0;
    for (Token t : ahead) {
      gap += t.increment;
      if (!t.isMarker()) {
        return gap == 1 ? t : null;
      }
    }
    while (!exhausted) {
      if (!input.incrementToken()) {
        exhausted = true;
        return null;
      }
      Token t = token();
      read(t);
      ahead.add(t);
      gap += t.increment;
      if (!t.isMarker()) {
        return gap == 1 ? t : null;
      }
    }
    return null;
  }

  private Token token() {
    Token t = spare.isEmpty() ? new Token() : spare.pop();
    t.text.setLength(0);
    return t;
  }

  private void read(Token t) {
    t.text.setLength(0);
    t.text.append(term);
    t.start = offset.startOffset();
    t.end = offset.endOffset();
    t.increment = posInc.getPositionIncrement();
    t.length = posLength.getPositionLength();
    t.type = type.type();
  }

  private void write(Token t) {
    clearAttributes();
    term.setEmpty().append(t.text);
    offset.setOffset(t.start, t.end);
    posInc.setPositionIncrement(t.increment);
    posLength.setPositionLength(t.length);
    type.setType(t.type);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    while (!ahead.isEmpty()) {
      spare.push(ahead.poll());
    }
    exhausted = false;
  }
}
