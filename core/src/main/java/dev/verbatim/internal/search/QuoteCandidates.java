package dev.verbatim.internal.search;

import dev.verbatim.internal.analysis.VerbatimAnalyzer.Word;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.verify.Candidate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the indexed quotes that may match a claim, from the index rather than by scanning: the
 * exact phrase first, then the words in any order close together, then the quotes sharing most of
 * the claim's stems (BM25), so that paraphrases are candidates too.
 */
public final class QuoteCandidates {
  private static final int PER_STAGE = 30;

  private QuoteCandidates() {}

  /** Up to about 90 candidate quotes for {@code claim}, best first within each stage. */
  public static List<Candidate> find(SearchSnapshot searcher, String claim) throws IOException {
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
        stems.add(new TermQuery(new Term(Fields.QUOTES, w.stem())), Occur.SHOULD);
        content++;
      }
    }
    stems.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(content * 0.4)));
    Set<Integer> seen = new LinkedHashSet<>();
    for (Query q : List.of(exact.build(), sloppy.build(), stems.build())) {
      Query onQuotes =
          new BooleanQuery.Builder()
              .add(q, Occur.MUST)
              .add(ArticleDocuments.quotesOnly(), Occur.FILTER)
              .build();
      for (ScoreDoc hit : searcher.search(onQuotes, PER_STAGE).scoreDocs) {
        seen.add(hit.doc);
      }
    }
    List<Candidate> candidates = new ArrayList<>(seen.size());
    var stored = searcher.storedFields();
    for (int doc : seen) {
      Document d = stored.document(doc);
      candidates.add(
          new Candidate(
              d.get(Fields.ARTICLE_ID),
              d.getField(Fields.QUOTE_START).numericValue().intValue(),
              d.getField(Fields.QUOTE_END).numericValue().intValue(),
              d.get(Fields.QUOTES),
              d.get(Fields.SPEAKER_NAME),
              d.get(Fields.QUOTE_CUE),
              d.get(Fields.ARTICLE_SOURCE),
              ArticleSearch.date(d)));
    }
    return candidates;
  }
}
