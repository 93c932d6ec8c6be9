package dev.verbatim.internal.analysis;

import dev.verbatim.quote.Speakers;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzer of speaker names for {@code speaker:} queries: Unicode words, each reduced to its
 * {@link Speakers} key, so {@code speaker:zelensky} finds "Volodymyr Zelenskyy".
 */
public final class SpeakerAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    return new TokenStreamComponents(tokenizer, new KeyFilter(tokenizer));
  }

  /**
   * An article's speakers are values of one field; a phrase ({@code speaker:"john kirby"}) must not
   * join the end of one name to the start of the next.
   */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 1_000;
  }

  private static final class KeyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    KeyFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      String key = Speakers.key(term.toString());
      term.setEmpty().append(key);
      return true;
    }
  }
}
