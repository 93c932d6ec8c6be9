package dev.verbatim.internal.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the apostrophe-like marks that Unicode word segmentation keeps inside words ({@code ’ ‘ ‛ ′
 * ＇}) to the ASCII apostrophe, and dashes inside a token to {@code -}, so that "Kremlin’s" and
 * "Kremlin's" are one term. Quotation marks and free-standing dashes never reach a token: the
 * tokenizer drops them.
 */
final class ApostropheFoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  ApostropheFoldingFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    for (int i = 0, n = term.length(); i < n; i++) {
      buffer[i] = fold(buffer[i]);
    }
    return true;
  }

  static char fold(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u201B', '\u2032', '\uFF07', '\u02BC' -> '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      default -> c;
    };
  }
}
