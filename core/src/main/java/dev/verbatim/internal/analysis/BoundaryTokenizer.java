package dev.verbatim.internal.analysis;

import dev.verbatim.text.TextBoundaries;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Words as {@link StandardTokenizer} (Unicode UAX#29) finds them, with marker terms on the first
 * and last word of every sentence and paragraph.
 *
 * <p>Markers share the position of their word, so positions count words only: phrases and distances
 * do not change at sentence breaks. A sentence is the interval from a {@link #SENTENCE_START} to
 * the next {@link #SENTENCE_END}; "same sentence" is "contained by such an interval" (likewise for
 * paragraphs). Start markers have zero-length offsets at the start of their word, end markers at
 * its end, and all have the token type {@link #BOUNDARY_TYPE}; the filters after this tokenizer
 * pass them through untouched.
 */
public final class BoundaryTokenizer extends Tokenizer {
  // Markers start with a control character, which no word contains, and are lower case because the
  // case folding after the tokenizer would fold them

  /** Marks the first word of a sentence. No word analyses to it. */
  public static final String SENTENCE_START = "\u0001ss";

  /** Marks the last word of a sentence. */
  public static final String SENTENCE_END = "\u0001se";

  /** Marks the first word of a paragraph. */
  public static final String PARAGRAPH_START = "\u0001ps";

  /** Marks the last word of a paragraph. */
  public static final String PARAGRAPH_END = "\u0001pe";

  /** The token type of the markers. */
  public static final String BOUNDARY_TYPE = "<BOUNDARY>";

  private static final int SENTENCE_START_FLAG = 1;
  private static final int PARAGRAPH_START_FLAG = 2;
  private static final int SENTENCE_END_FLAG = 4;
  private static final int PARAGRAPH_END_FLAG = 8;

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

  // the words of the current text, read ahead so that a word knows whether it ends a sentence
  private char[][] terms = new char[64][];
  private int[] termLengths = new int[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] increments = new int[64];
  private String[] types = new String[64];
  private int[] flags = new int[64];
  private int count;

  private int word;
  private int step;
  private boolean firstOfWord;
  private int finalOffset;

  @Override
  public void reset() throws IOException {
    super.reset();
    String text = readAll(input);
    finalOffset = correctOffset(text.length());
    TextBoundaries boundaries = TextBoundaries.of(text);
    words.close();
    words.setReader(new StringReader(text));
    words.reset();
    count = 0;
    int previousEnd = 0;
    while (words.incrementToken()) {
      grow();
      int start = wordOffset.startOffset();
      terms[count] = ensure(terms[count], wordTerm.length());
      System.arraycopy(wordTerm.buffer(), 0, terms[count], 0, wordTerm.length());
      termLengths[count] = wordTerm.length();
      starts[count] = start;
      ends[count] = wordOffset.endOffset();
      increments[count] = wordPosInc.getPositionIncrement();
      types[count] = wordType.type();
      boolean first = count == 0;
      int f = 0;
      if (first || boundaries.sentenceStartsIn(previousEnd, start)) {
        f |= SENTENCE_START_FLAG;
        if (!first) {
          flags[count - 1] |= SENTENCE_END_FLAG;
        }
      }
      if (first || boundaries.paragraphStartsIn(previousEnd, start)) {
        f |= PARAGRAPH_START_FLAG | SENTENCE_START_FLAG;
        if (!first) {
          flags[count - 1] |= PARAGRAPH_END_FLAG | SENTENCE_END_FLAG;
        }
      }
      flags[count] = f;
      previousEnd = ends[count];
      count++;
    }
    words.end();
    if (count > 0) {
      flags[count - 1] |= SENTENCE_END_FLAG | PARAGRAPH_END_FLAG;
    }
    // A one-word sentence or paragraph gets no markers: "from a start to the next end" must never
    // pair its start with the end of the next sentence. It cannot hold two operands anyway.
    for (int i = 0; i < count; i++) {
      if ((flags[i] & (SENTENCE_START_FLAG | SENTENCE_END_FLAG))
          == (SENTENCE_START_FLAG | SENTENCE_END_FLAG)) {
        flags[i] &= ~(SENTENCE_START_FLAG | SENTENCE_END_FLAG);
      }
      if ((flags[i] & (PARAGRAPH_START_FLAG | PARAGRAPH_END_FLAG))
          == (PARAGRAPH_START_FLAG | PARAGRAPH_END_FLAG)) {
        flags[i] &= ~(PARAGRAPH_START_FLAG | PARAGRAPH_END_FLAG);
      }
    }
    word = 0;
    step = 0;
    firstOfWord = true;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (word < count) {
      int f = flags[word];
      switch (step++) {
        case 0 -> {
          if ((f & SENTENCE_START_FLAG) != 0) {
            emitMarker(SENTENCE_START, starts[word]);
            return true;
          }
        }
        case 1 -> {
          if ((f & PARAGRAPH_START_FLAG) != 0) {
            emitMarker(PARAGRAPH_START, starts[word]);
            return true;
          }
        }
        case 2 -> {
          term.copyBuffer(terms[word], 0, termLengths[word]);
          offset.setOffset(correctOffset(starts[word]), correctOffset(ends[word]));
          posInc.setPositionIncrement(increment());
          type.setType(types[word]);
          return true;
        }
        case 3 -> {
          if ((f & SENTENCE_END_FLAG) != 0) {
            emitMarker(SENTENCE_END, ends[word]);
            return true;
          }
        }
        case 4 -> {
          if ((f & PARAGRAPH_END_FLAG) != 0) {
            emitMarker(PARAGRAPH_END, ends[word]);
            return true;
          }
        }
        default -> {
          word++;
          step = 0;
          firstOfWord = true;
        }
      }
    }
    return false;
  }

  /** The word's own increment on the first token at its position, 0 on the others. */
  private int increment() {
    int inc = firstOfWord ? increments[word] : 0;
    firstOfWord = false;
    return inc;
  }

  private void emitMarker(String marker, int at) {
    int corrected = correctOffset(at);
    term.setEmpty().append(marker);
    offset.setOffset(corrected, corrected);
    posInc.setPositionIncrement(increment());
    type.setType(BOUNDARY_TYPE);
  }

  private void grow() {
    if (count == starts.length) {
      int size = count * 2;
      terms = Arrays.copyOf(terms, size);
      termLengths = Arrays.copyOf(termLengths, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      increments = Arrays.copyOf(increments, size);
      types = Arrays.copyOf(types, size);
      flags = Arrays.copyOf(flags, size);
    }
  }

  private static char[] ensure(char[] buffer, int length) {
    return buffer != null && buffer.length >= length ? buffer : new char[Math.max(16, length)];
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
