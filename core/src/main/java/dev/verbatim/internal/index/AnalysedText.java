package dev.verbatim.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once whose tokens several fields index: a quote's words are indexed on its
 * article (every quote, for {@code quote:}) and on the quote's own document, and were analysed for
 * each. Keeps what the writer reads of a token (its term, position increment and offsets); {@link
 * #tokens()} replays them as a fresh token stream for each field.
 */
final class AnalysedText {
  private final char[] chars;
  private final int[] ends; // end of each term in chars
  private final int[] increments;
  private final int[] starts;
  private final int[] stops;
  private final int count;
  private final int finalOffset;
  private final int finalIncrement;

  private AnalysedText(
      char[] chars,
      int[] ends,
      int[] increments,
      int[] starts,
      int[] stops,
      int count,
      int finalOffset,
      int finalIncrement) {
    this.chars = chars;
    this.ends = ends;
    this.increments = increments;
    this.starts = starts;
    this.stops = stops;
    this.count = count;
    this.finalOffset = finalOffset;
    this.finalIncrement = finalIncrement;
  }

  /** {@code text} analysed by {@code analyzer} as field {@code field}. */
  static AnalysedText of(Analyzer analyzer, String field, String text) {
    char[] chars = new char[Math.max(16, text.length() * 2)];
    int[] ends = new int[16];
    int[] increments = new int[16];
    int[] starts = new int[16];
    int[] stops = new int[16];
    int count = 0;
    int length = 0;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (count == ends.length) {
          ends = Arrays.copyOf(ends, count * 2);
          increments = Arrays.copyOf(increments, count * 2);
          starts = Arrays.copyOf(starts, count * 2);
          stops = Arrays.copyOf(stops, count * 2);
        }
        if (length + term.length() > chars.length) {
          chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + term.length()));
        }
        System.arraycopy(term.buffer(), 0, chars, length, term.length());
        length += term.length();
        ends[count] = length;
        increments[count] = posInc.getPositionIncrement();
        starts[count] = offset.startOffset();
        stops[count] = offset.endOffset();
        count++;
      }
      ts.end();
      return new AnalysedText(
          chars,
          ends,
          increments,
          starts,
          stops,
          count,
          offset.endOffset(),
          posInc.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
  }

  /** The tokens, from the first, as a new token stream (one per field that indexes them). */
  TokenStream tokens() {
    return new Replay();
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next == count) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : ends[next - 1];
      term.copyBuffer(chars, from, ends[next] - from);
      posInc.setPositionIncrement(increments[next]);
      offset.setOffset(starts[next], stops[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
      posInc.setPositionIncrement(finalIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
