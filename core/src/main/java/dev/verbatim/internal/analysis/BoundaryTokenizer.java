package dev.verbatim.internal.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Words as {@link StandardTokenizer} (Unicode UAX#29) finds them, with a marker term in the
 * position gap before the first word of every sentence ({@link #SENTENCE}) and paragraph ({@link
 * #PARAGRAPH}, at the same position as the sentence marker).
 *
 * <p>The markers cost one position per sentence: two words on either side of a sentence break are
 * one position further apart than their word distance. Markers have zero-length offsets at the
 * start of the word that follows them and the token type {@link #BOUNDARY_TYPE}; the filters after
 * this tokenizer pass them through untouched.
 */
public final class BoundaryTokenizer extends Tokenizer {
  /** The term that marks the start of a sentence. No word analyses to it. */
  public static final String SENTENCE = "\u0001s";

  /** The term that marks the start of a paragraph. No word analyses to it. */
  public static final String PARAGRAPH = "\u0001p";

  /** The token type of the markers. */
  public static final String BOUNDARY_TYPE = "<BOUNDARY>";

  private final StandardTokenizer words = new StandardTokenizer();
  private final CharTermAttribute wordTerm = words.getAttribute(CharTermAttribute.class);
  private final OffsetAttribute wordOffset = words.getAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute wordPosInc =
      words.getAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute wordType = words.getAttribute(TypeAttribute.class);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private TextBoundaries boundaries;
  private int previousWordEnd;
  private boolean firstWord;
  private boolean pendingParagraph;
  private boolean pendingWord;
  private int finalOffset;

  @Override
  public void reset() throws IOException {
    super.reset();
    String text = readAll(input);
    boundaries = TextBoundaries.of(text);
    finalOffset = correctOffset(text.length());
    words.close();
    words.setReader(new StringReader(text));
    words.reset();
    previousWordEnd = 0;
    firstWord = true;
    pendingParagraph = false;
    pendingWord = false;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (pendingParagraph) {
      pendingParagraph = false;
      emitMarker(PARAGRAPH, 0);
      return true;
    }
    if (pendingWord) {
      pendingWord = false;
      emitWord();
      return true;
    }
    if (!words.incrementToken()) {
      return false;
    }
    int start = wordOffset.startOffset();
    boolean newSentence = !firstWord && boundaries.sentenceStartsIn(previousWordEnd, start);
    boolean newParagraph = !firstWord && boundaries.paragraphStartsIn(previousWordEnd, start);
    firstWord = false;
    previousWordEnd = wordOffset.endOffset();
    if (newSentence || newParagraph) {
      emitMarker(SENTENCE, 1);
      pendingParagraph = newParagraph;
      pendingWord = true;
      return true;
    }
    emitWord();
    return true;
  }

  private void emitMarker(String marker, int increment) {
    int at = correctOffset(wordOffset.startOffset());
    term.setEmpty().append(marker);
    offset.setOffset(at, at);
    posInc.setPositionIncrement(increment);
    type.setType(BOUNDARY_TYPE);
  }

  private void emitWord() {
    term.copyBuffer(wordTerm.buffer(), 0, wordTerm.length());
    offset.setOffset(
        correctOffset(wordOffset.startOffset()), correctOffset(wordOffset.endOffset()));
    posInc.setPositionIncrement(wordPosInc.getPositionIncrement());
    type.setType(wordType.type());
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void close() throws IOException {
    super.close();
    words.close();
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
      sb.append(buffer, 0, n);
    }
    return sb.toString();
  }
}
