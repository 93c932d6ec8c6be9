package dev.verbatim.internal.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of outlet names for {@code source:} queries: Unicode words, NFKC case-folded, no
 * stemming and no stopwords, so {@code source:cnn} finds "CNN (Web News)".
 */
public final class SourceAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new ICUNormalizer2Filter(tokenizer);
    return new TokenStreamComponents(tokenizer, stream);
  }
}
