package dev.verbatim.internal.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * The analyzer of article text (body, title, quotes): underscores read as spaces → {@link
 * BoundaryTokenizer} → ICU NFKC case folding → apostrophe folding → common-word bigrams → {@link
 * ExactFormFilter}.
 *
 * <p>Every word yields an exact term ({@code =kremlin's}) and, unless it is an English stopword, a
 * stemmed term ({@code kremlin}) at the same position. Bare query words search stems; quoted
 * phrases search exact terms. Keeping both in one field lets proximity operators mix them, and lets
 * the highlighter read offsets from one postings list.
 *
 * <p>Two neighbouring words of which one is among {@link #COMMON_WORDS} also yield their bigram, an
 * exact term at the first word's position ({@code =the_end}; {@link CommonBigramFilter}). An exact
 * phrase then reads the short postings of its bigrams instead of the positions of "the" in every
 * article ({@link #exactPhrase}); the unigrams stay for proximity, sloppy phrases and single words.
 *
 * <p>NOTE: thread-safe, as every Lucene {@link Analyzer}.
 */
public final class VerbatimAnalyzer extends Analyzer {
  /** Lucene's English stopword list (33 words), dropped from the stemmed form only. */
  public static final CharArraySet STOPWORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  /**
   * The words whose pairs with a neighbour are indexed as bigrams: the stopwords, and the pronouns,
   * auxiliaries and the reporting verb that fill the sentences of news quotes. Changing the list
   * changes the index format (an exact phrase asks for the bigrams this list makes).
   */
  public static final CharArraySet COMMON_WORDS = commonWords();

  private static CharArraySet commonWords() {
    CharArraySet words = new CharArraySet(STOPWORDS, false);
    for (String w :
        List.of(
            "he", "she", "i", "we", "you", "his", "her", "its", "our", "has", "have", "had", "been",
            "were", "would", "from", "who", "said")) {
      words.add(w);
    }
    return CharArraySet.unmodifiableSet(words);
  }

  /** The token type of a bigram. */
  public static final String GRAM_TYPE = CommonBigramFilter.GRAM_TYPE;

  private static final NormalizeCharMap UNDERSCORE_AS_SPACE = underscoreAsSpace();

  private static NormalizeCharMap underscoreAsSpace() {
    NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
    map.add("_", " ");
    return map.build();
  }

  /** An underscore joins no words: it would make a word that reads like a bigram. */
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(UNDERSCORE_AS_SPACE, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    BoundaryTokenizer tokenizer = new BoundaryTokenizer();
    TokenStream stream = new ICUNormalizer2Filter(tokenizer);
    stream = new ApostropheFoldingFilter(stream);
    stream = new CommonBigramFilter(stream, COMMON_WORDS);
    stream = new ExactFormFilter(stream, STOPWORDS);
    return new TokenStreamComponents(tokenizer, stream);
  }

  /** One term of a phrase query and its position relative to the phrase's first word. */
  public record PhraseTerm(String term, int position) {}

  /**
   * The terms of the exact phrase of {@code exact} forms at {@code positions} (relative or not):
   * the bigram of each two neighbouring words of which one is common, and each word no bigram
   * covers, as Lucene's {@code CommonGramsQueryFilter} chooses them. It matches exactly where the
   * phrase of the exact forms does, in text analysed by this analyzer.
   */
  public static List<PhraseTerm> exactPhrase(List<String> exact, List<Integer> positions) {
    int n = exact.size();
    int first = positions.getFirst();
    List<PhraseTerm> terms = new ArrayList<>(n);
    boolean covered = false; // by the bigram that starts at the previous word
    for (int i = 0; i < n; i++) {
      boolean gram =
          i + 1 < n
              && positions.get(i + 1) == positions.get(i) + 1
              && (isCommon(exact.get(i)) || isCommon(exact.get(i + 1)));
      if (gram) {
        terms.add(
            new PhraseTerm(
                exact.get(i) + CommonBigramFilter.SEPARATOR + exact.get(i + 1).substring(1),
                positions.get(i) - first));
      } else if (!covered) {
        terms.add(new PhraseTerm(exact.get(i), positions.get(i) - first));
      }
      covered = gram;
    }
    return terms;
  }

  /**
   * The terms that start with {@code prefix} and are words, not bigrams: what a prefix query on a
   * text field expands to.
   */
  public static Automaton wordsStartingWith(String prefix) {
    int separator = CommonBigramFilter.SEPARATOR;
    Automaton notSeparator =
        Operations.union(
            List.of(
                Automata.makeCharRange(0, separator - 1),
                Automata.makeCharRange(separator + 1, Character.MAX_CODE_POINT)));
    return Operations.determinize(
        Operations.concatenate(
            List.of(Automata.makeString(prefix), Operations.repeat(notSeparator))),
        Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
  }

  /** Whether an indexed term of a text field is a bigram (no word holds the separator). */
  public static boolean isBigram(BytesRef term) {
    for (int i = term.offset; i < term.offset + term.length; i++) {
      if (term.bytes[i] == CommonBigramFilter.SEPARATOR) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word of an exact-form term is one of {@link #COMMON_WORDS}. */
  private static boolean isCommon(String exactTerm) {
    return COMMON_WORDS.contains(exactTerm.subSequence(1, exactTerm.length()));
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
   * The query for the words whose stem is {@code stem} in {@code field}: the stem term, which the
   * words that differ from their stem carry, and the exact form of the word that is its own stem,
   * which carries no stem term, as one term ({@link SynonymQuery}); a stopword's exact form alone.
   */
  public static Query stemQuery(String field, String stem) {
    if (!standsForItsStem(stem)) {
      return new TermQuery(new Term(field, stem));
    }
    return new SynonymQuery.Builder(field)
        .addTerm(new Term(field, stem))
        .addTerm(new Term(field, exact(stem)))
        .build();
  }

  /**
   * Whether the word {@code stem} is indexed by its exact form alone and belongs to the words with
   * that stem: it is its own stem and no stopword ("be", the stem of "being", is a stopword, whose
   * exact form stands for no stem).
   */
  private static boolean standsForItsStem(String stem) {
    return !isExact(stem) && !STOPWORDS.contains(stem) && ExactFormFilter.isOwnStem(stem);
  }

  /** {@link #stemQuery} as intervals, for proximity: either term at a position. */
  public static IntervalsSource stemIntervals(String stem) {
    if (!standsForItsStem(stem)) {
      return Intervals.term(stem);
    }
    return Intervals.or(Intervals.term(stem), Intervals.term(exact(stem)));
  }

  /**
   * Analyses query text into words, each with its exact term, its stemmed term (null for a
   * stopword) and its position. Boundary markers and bigrams are skipped.
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
        if (BoundaryTokenizer.BOUNDARY_TYPE.equals(type.type()) || GRAM_TYPE.equals(type.type())) {
          continue;
        }
        String t = term.toString();
        if (isExact(t)) {
          // the stem, when the word is its own, is not emitted: the word stands for it
          String implied = ExactFormFilter.impliedStem(t.substring(1), STOPWORDS);
          words.add(new Word(t, implied, position, offset.startOffset(), offset.endOffset()));
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
