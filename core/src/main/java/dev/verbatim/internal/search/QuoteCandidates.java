package dev.verbatim.internal.search;

import dev.verbatim.internal.analysis.VerbatimAnalyzer;
import dev.verbatim.internal.analysis.VerbatimAnalyzer.Word;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.index.QuoteFields;
import dev.verbatim.internal.index.QuoteVectors;
import dev.verbatim.quote.Quote;
import dev.verbatim.verify.Candidate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the indexed quotes that may match a claim, from the index rather than by scanning, in four
 * ranked lists: the exact phrase, the words in any order close together, the quotes sharing most of
 * the claim's stems (BM25), and — when the claim has a vector and the index has quote vectors — the
 * quotes nearest in meaning (HNSW over {@link Fields#QUOTE_VECTOR}), so that a paraphrase sharing
 * few words is a candidate too. The lists are fused by reciprocal rank fusion (each quote scores
 * the sum of 1 / ({@value #RRF_K} + rank) over the lists it is in).
 */
public final class QuoteCandidates {
  private static final int PER_STAGE = 30;
  static final int RRF_K = 60;

  private QuoteCandidates() {}

  /** Whether the snapshot's index holds quote vectors of {@code dimension}. */
  public static boolean hasVectors(SearchSnapshot searcher, int dimension) {
    return QuoteVectors.has(searcher.getIndexReader(), dimension);
  }

  /** Candidates by words only. */
  public static List<Candidate> find(SearchSnapshot searcher, String claim) throws IOException {
    return find(searcher, claim, null);
  }

  /**
   * Up to about 120 candidate quotes for {@code claim}, best fused rank first.
   *
   * @param vector the claim's embedding, or null to search by words only; each candidate's {@link
   *     Candidate#meaning()} is then its cosine with the claim, or null where the quote has no
   *     vector
   */
  public static List<Candidate> find(SearchSnapshot searcher, String claim, float[] vector)
      throws IOException {
    return find(searcher, claim, vector, null);
  }

  /**
   * {@link #find(SearchSnapshot, String, float[])}, and, when {@code speaker} names someone, the
   * quotes of that speaker nearest in meaning as one more ranked list (a rewording of what they
   * said need not be among the quotes of every speaker nearest to it).
   */
  public static List<Candidate> find(
      SearchSnapshot searcher, String claim, float[] vector, String speaker) throws IOException {
    return find(searcher, claim, vector, speaker, null);
  }

  /**
   * {@link #find(SearchSnapshot, String, float[], String)} within the documents {@code within}
   * keeps (a watch's articles just added), each ranked list run there, so that they are candidates
   * even where the same quote, printed earlier by many outlets, would fill the lists. By words,
   * that is all a verdict needs; by meaning, the index-wide lists by meaning are run too, for
   * verify's rule that a paraphrase stands out from the topic's other quotes. Null {@code within}:
   * the whole index.
   */
  public static List<Candidate> find(
      SearchSnapshot searcher, String claim, float[] vector, String speaker, Query within)
      throws IOException {
    List<Query> stages = byWords(claim);
    if (vector != null) {
      stages.add(QuoteVectors.nearest(vector, PER_STAGE, null));
      Query bySpeaker = speaker == null ? null : speakersQuotes(speaker);
      if (bySpeaker != null) {
        stages.add(QuoteVectors.nearest(vector, PER_STAGE, bySpeaker));
      }
    }
    if (within != null) {
      List<Query> restricted = new ArrayList<>();
      for (Query stage : stages) {
        if (stage instanceof KnnByteVectorQuery) {
          restricted.add(stage); // the topic's quotes, index-wide
          restricted.add(QuoteVectors.nearest(vector, PER_STAGE, within));
        } else {
          restricted.add(
              new BooleanQuery.Builder().add(stage, Occur.MUST).add(within, Occur.FILTER).build());
        }
      }
      stages = restricted;
    }
    List<Candidate> candidates = new ArrayList<>();
    QuoteTexts texts = new QuoteTexts(searcher);
    for (int doc : fused(searcher, stages)) {
      Document d = texts.quote(doc);
      Quote quote = QuoteFields.read(d);
      candidates.add(
          new Candidate(
              d.get(Fields.ARTICLE_ID),
              quote.start(),
              quote.end(),
              quote.text(),
              quote.speaker(),
              quote.cue(),
              d.get(Fields.ARTICLE_SOURCE),
              ArticleSearch.date(d),
              vector == null ? null : meaning(searcher, doc, vector)));
    }
    candidates.addAll(passages(searcher, candidates));
    return candidates;
  }

  /**
   * The stages by words, each over the quotes only: the claim's words as an exact phrase, as a
   * sloppy phrase, and 40 % of its stems in any order.
   */
  private static List<Query> byWords(String claim) {
    List<Word> words = ArticleDocuments.TEXT_ANALYZER.words(Fields.QUOTES, claim);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("the claim has no words");
    }
    PhraseQuery.Builder exact = new PhraseQuery.Builder();
    PhraseQuery.Builder sloppy = new PhraseQuery.Builder().setSlop(2 * words.size());
    BooleanQuery.Builder stems = new BooleanQuery.Builder();
    int first = words.getFirst().position();
    int content = 0;
    for (Word w : words) {
      exact.add(new Term(Fields.QUOTES, w.exact()), w.position() - first);
      sloppy.add(new Term(Fields.QUOTES, w.exact()), w.position() - first);
      if (w.stem() != null) {
        stems.add(VerbatimAnalyzer.stemQuery(Fields.QUOTES, w.stem()), Occur.SHOULD);
        content++;
      }
    }
    stems.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(content * 0.4)));
    List<Query> stages = new ArrayList<>();
    for (Query q : List.of(exact.build(), sloppy.build(), stems.build())) {
      stages.add(
          new BooleanQuery.Builder()
              .add(q, Occur.MUST)
              .add(ArticleDocuments.quotesOnly(), Occur.FILTER)
              .build());
    }
    return stages;
  }

  /** The documents the stages find, by reciprocal rank fusion, best first (ties by doc id). */
  private static List<Integer> fused(SearchSnapshot searcher, List<Query> stages)
      throws IOException {
    Map<Integer, Double> fused = new HashMap<>();
    for (Query stage : stages) {
      ScoreDoc[] hits = searcher.search(stage, PER_STAGE).scoreDocs;
      for (int rank = 0; rank < hits.length; rank++) {
        fused.merge(hits[rank].doc, 1.0 / (RRF_K + rank + 1), Double::sum);
      }
    }
    List<Integer> ranked = new ArrayList<>(fused.keySet());
    ranked.sort(
        Comparator.comparing((Integer doc) -> fused.get(doc))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    return ranked;
  }

  /**
   * The quotes whose speaker's name has the last word of {@code speaker} ("Boehner" finds John
   * Boehner's), as {@code speaker:} matches names; null when the name has no word.
   */
  private static Query speakersQuotes(String speaker) throws IOException {
    String last = null;
    try (TokenStream tokens =
        ArticleDocuments.SPEAKER_ANALYZER.tokenStream(Fields.SPEAKER_TEXT, speaker)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        last = term.toString();
      }
      tokens.end();
    }
    return last == null
        ? null
        : new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.SPEAKER_TEXT, last)), Occur.FILTER)
            .add(ArticleDocuments.quotesOnly(), Occur.FILTER)
            .build();
  }

  /** How many of the best candidates are read with their speaker's neighbouring quotes. */
  private static final int JOINED_FROM = 10;

  /** How far apart two quotes of one speaker may lie to be read as one utterance. */
  private static final int NEIGHBOUR_CHARS = 200;

  /**
   * The best candidates joined with the quote of the same speaker just before or after them in
   * their article (speech both, at most {@value #NEIGHBOUR_CHARS} characters apart, no other quote
   * between): one utterance an outlet printed as two quotes is one piece of evidence ("I have
   * spoken to Putin only once …," Musk tweeted. "The subject matter was space.").
   */
  private static List<Candidate> passages(SearchSnapshot searcher, List<Candidate> candidates)
      throws IOException {
    Map<String, List<Quote>> quotes = new HashMap<>();
    Set<String> seen = new HashSet<>();
    List<Candidate> joined = new ArrayList<>();
    for (Candidate c : candidates.subList(0, Math.min(JOINED_FROM, candidates.size()))) {
      if (c.speaker() == null) {
        continue;
      }
      List<Quote> ofArticle = quotes.get(c.article());
      if (ofArticle == null) {
        ofArticle = QuoteSearch.quotesOf(searcher, c.article());
        quotes.put(c.article(), ofArticle);
      }
      for (int i = 0; i < ofArticle.size(); i++) {
        if (ofArticle.get(i).start() != c.start()) {
          continue;
        }
        for (int first = Math.max(0, i - 1); first <= i && first + 1 < ofArticle.size(); first++) {
          Quote a = ofArticle.get(first);
          Quote b = ofArticle.get(first + 1);
          if (a.kind() == Quote.Kind.SPEECH
              && b.kind() == Quote.Kind.SPEECH
              && c.speaker().equals(a.speaker())
              && c.speaker().equals(b.speaker())
              && b.start() - a.end() <= NEIGHBOUR_CHARS
              && seen.add(c.article() + "@" + a.start())) {
            joined.add(candidate(c, a).joinedWith(candidate(c, b)));
          }
        }
      }
    }
    return joined;
  }

  /** {@code q}, a quote of {@code c}'s article, as a candidate without a vector. */
  private static Candidate candidate(Candidate c, Quote q) {
    return new Candidate(
        c.article(),
        q.start(),
        q.end(),
        q.text(),
        q.speaker(),
        q.cue(),
        c.source(),
        c.date(),
        null);
  }

  /** The cosine of the quote's stored vector with {@code vector}; null if it has none. */
  private static Double meaning(SearchSnapshot searcher, int doc, float[] vector)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Double cosine = QuoteVectors.cosine(leaf.reader(), doc - leaf.docBase, vector);
    return cosine == null ? null : Math.round(cosine * 1000) / 1000.0;
  }
}
