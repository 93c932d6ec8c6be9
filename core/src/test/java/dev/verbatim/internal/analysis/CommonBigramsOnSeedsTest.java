package dev.verbatim.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Article;
import dev.verbatim.Seeds;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * An exact phrase asked through the bigrams of its common words finds exactly the articles that the
 * phrase of its words finds: every window of two to six words of the seed articles, sentence and
 * paragraph breaks included.
 */
class CommonBigramsOnSeedsTest {
  @Test
  void bigramPhrasesMatchExactlyWhereWordPhrasesDo() throws IOException {
    List<Article> seeds = Seeds.articles();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      ArticleDocuments documents = new ArticleDocuments();
      try (IndexWriter w =
          new IndexWriter(dir, new IndexWriterConfig(ArticleDocuments.analyzer()))) {
        for (Article a : seeds) {
          w.addDocuments(documents.toDocuments(a));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Random random = new Random(7);
        int checked = 0;
        int withBigrams = 0;
        for (Article a : seeds) {
          List<VerbatimAnalyzer.Word> words =
              ArticleDocuments.TEXT_ANALYZER.words(Fields.BODY, a.text());
          for (int i = 0; i + 1 < words.size(); i += 1 + random.nextInt(3)) {
            int n = 2 + random.nextInt(5);
            if (i + n > words.size()) {
              continue;
            }
            String window = a.text().substring(words.get(i).start(), words.get(i + n - 1).end());
            List<VerbatimAnalyzer.Word> phrase =
                ArticleDocuments.TEXT_ANALYZER.words(Fields.BODY, window);
            PhraseQuery.Builder plain = new PhraseQuery.Builder();
            PhraseQuery.Builder grams = new PhraseQuery.Builder();
            List<String> exact = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            int first = phrase.getFirst().position();
            for (VerbatimAnalyzer.Word word : phrase) {
              plain.add(new Term(Fields.BODY, word.exact()), word.position() - first);
              exact.add(word.exact());
              positions.add(word.position());
            }
            List<VerbatimAnalyzer.PhraseTerm> terms =
                VerbatimAnalyzer.exactPhrase(exact, positions);
            for (VerbatimAnalyzer.PhraseTerm t : terms) {
              grams.add(new Term(Fields.BODY, t.term()), t.position());
            }
            int expected = searcher.count(plain.build());
            assertThat(searcher.count(grams.build())).as(window).isEqualTo(expected).isPositive();
            checked++;
            if (terms.stream().anyMatch(t -> t.term().indexOf('_') > 0)) {
              withBigrams++;
            }
          }
        }
        assertThat(checked).isGreaterThan(1_000);
        assertThat(withBigrams).isGreaterThan(checked / 2);
      }
    }
  }
}
