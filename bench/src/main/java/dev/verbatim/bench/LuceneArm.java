package dev.verbatim.bench;

import dev.verbatim.Limits;
import dev.verbatim.internal.analysis.VerbatimAnalyzer;
import dev.verbatim.internal.facet.SpeakerFacet;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.quote.Speakers;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;

/**
 * Arm A: bare Lucene on Verbatim's index. Queries are built by hand from the query description (the
 * index's analyzer only turns words into its terms), with the same sort, the same top-N and the
 * same exact hit count as the library; facets with Lucene's sorted-set facet counts; snippets with
 * a stock {@link UnifiedHighlighter} reading offsets from the postings.
 */
final class LuceneArm implements AutoCloseable {
  // written out here rather than taken from the library: this arm is what a Lucene user would write
  private static final Sort SORT =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID,
          Fields.SOURCE,
          Fields.DATE,
          Fields.TITLE,
          Fields.URL,
          Fields.AUTHORS,
          Fields.SPEAKER_NAME);
  private static final Query ARTICLES = ArticleDocuments.articlesOnly();

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private static final long FACET_SAMPLE_SEED = 0x5EED_FACE7L;
  private final FacetsConfig facetsConfig;
  private final SortedSetDocValuesReaderState facetState;
  private final SortedSetDocValuesReaderState speakerState;

  /**
   * Which speaker keys are one person in this index (the spellings, middle initials and the surname
   * the index's own articles join to a full name): data the application decides, taken from the
   * library like {@link Speakers#key}, so that both arms filter on the same keys.
   */
  private final SpeakerFacet persons;

  private final UnifiedHighlighter highlighter;
  private final Analyzer analyzer = ArticleDocuments.analyzer();

  /** One search's outcome: the query for the highlighter, the page's documents, the total. */
  @SuppressWarnings("ArrayRecordComponent") // the timed arm reads the page once, never compares it
  record Result(Query query, int[] docs, long total) {}

  LuceneArm(Directory directory) throws IOException {
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
    FacetsConfig config = new ArticleDocuments().facetsConfig();
    facetsConfig = config;
    facetState = new DefaultSortedSetDocValuesReaderState(reader, config);
    speakerState =
        new DefaultSortedSetDocValuesReaderState(reader, Fields.SPEAKER_FACET_FIELD, config);
    persons = SpeakerFacet.of(speakerState, searcher);
    highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(Limits.MAX_HIGHLIGHT_CHARS)
            .build();
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** How many articles match, without filters. */
  long count(BenchQuery q) throws IOException {
    return searcher.count(filtered(q));
  }

  /** Runs the query: top ten by relevance then id, stored fields loaded, facets if asked. */
  Result search(BenchQuery q) throws IOException {
    Query query = query(q);
    Query filtered = filtered(q, query);
    TopDocs top;
    if (q.facets()) {
      // as the library counts: every match below twice Limits.FACET_SAMPLE, a seeded sample above
      Object[] both =
          searcher.search(
              filtered,
              new MultiCollectorManager(
                  new TopFieldCollectorManager(
                      SORT, BenchCommand.PAGE + 1, null, Integer.MAX_VALUE),
                  RandomSamplingFacetsCollector.createManager(
                      dev.verbatim.Limits.FACET_SAMPLE, FACET_SAMPLE_SEED)));
      top = (TopDocs) both[0];
      TopFieldCollector.populateScores(top.scoreDocs, searcher, filtered);
      var matches = (RandomSamplingFacetsCollector) both[1];
      var counts = new SortedSetDocValuesFacetCounts(facetState, matches);
      matches.amortizeFacetCounts(
          counts.getTopChildren(BenchCommand.PAGE, Fields.FACET_SOURCE), facetsConfig, searcher);
      matches.amortizeFacetCounts(
          new SortedSetDocValuesFacetCounts(speakerState, matches)
              .getTopChildren(BenchCommand.PAGE, Fields.FACET_SPEAKER),
          facetsConfig,
          searcher);
      matches.amortizeFacetCounts(
          counts.getAllChildren(Fields.FACET_MONTH), facetsConfig, searcher);
    } else {
      top =
          searcher.search(
              filtered,
              new TopFieldCollectorManager(SORT, BenchCommand.PAGE + 1, null, Integer.MAX_VALUE));
    }
    int n = Math.min(BenchCommand.PAGE, top.scoreDocs.length);
    int[] docs = new int[n];
    var stored = searcher.storedFields();
    for (int i = 0; i < n; i++) {
      ScoreDoc hit = top.scoreDocs[i];
      docs[i] = hit.doc;
      stored.document(hit.doc, HIT_FIELDS);
    }
    return new Result(query, docs, top.totalHits.value());
  }

  /** Snippets of the body: up to three sentences per hit. */
  String[] highlight(Result result) throws IOException {
    if (result.docs().length == 0) {
      return new String[0];
    }
    Map<String, String[]> snippets =
        highlighter.highlightFields(
            new String[] {Fields.BODY},
            result.query(),
            result.docs(),
            new int[] {Limits.MAX_SNIPPETS});
    return snippets.get(Fields.BODY);
  }

  private Query filtered(BenchQuery q) {
    return filtered(q, query(q));
  }

  private Query filtered(BenchQuery q, Query query) {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder().add(query, Occur.MUST).add(ARTICLES, Occur.FILTER);
    if (q.speaker() != null) {
      BooleanQuery.Builder speaker = new BooleanQuery.Builder();
      for (String key : persons.filterKeys(q.speaker())) {
        speaker.add(new TermQuery(new Term(Fields.SPEAKER, key)), Occur.SHOULD);
      }
      b.add(speaker.build(), Occur.FILTER);
    }
    if (q.from() != null) {
      b.add(
          LongPoint.newRangeQuery(Fields.DATE, q.from().toEpochDay(), q.to().toEpochDay()),
          Occur.FILTER);
    }
    return b.build();
  }

  /** The query on the body and the headline, either matching. */
  Query query(BenchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String field : List.of(Fields.BODY, Fields.TITLE)) {
      b.add(onField(q, field), Occur.SHOULD);
    }
    return b.build();
  }

  private Query onField(BenchQuery q, String field) {
    return switch (q.kind()) {
      case PHRASE, SLOPPY -> {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(q.n());
        List<VerbatimAnalyzer.Word> words =
            ArticleDocuments.TEXT_ANALYZER.words(field, q.words().getFirst());
        int first = words.isEmpty() ? 0 : words.getFirst().position();
        if (q.n() == 0 && words.size() > 1) {
          // the schema's bigrams of common words, as CommonGramsQueryFilter would choose them
          for (VerbatimAnalyzer.PhraseTerm t :
              VerbatimAnalyzer.exactPhrase(
                  words.stream().map(VerbatimAnalyzer.Word::exact).toList(),
                  words.stream().map(w -> w.position() - first).toList())) {
            phrase.add(new Term(field, t.term()), t.position());
          }
        } else {
          for (VerbatimAnalyzer.Word w : words) {
            phrase.add(new Term(field, w.exact()), w.position() - first);
          }
        }
        yield phrase.build();
      }
      // a stem is indexed only where it differs from the word: the word that is its own stem is
      // asked for by its exact form too (VerbatimAnalyzer.stemQuery)
      case TERM -> VerbatimAnalyzer.stemQuery(field, stem(field, q.words().getFirst()));
      case WITHIN, PRE -> {
        IntervalsSource left = VerbatimAnalyzer.stemIntervals(stem(field, q.words().get(0)));
        IntervalsSource right = VerbatimAnalyzer.stemIntervals(stem(field, q.words().get(1)));
        IntervalsSource pair =
            q.kind() == BenchQuery.Kind.WITHIN
                ? Intervals.unordered(left, right)
                : Intervals.ordered(left, right);
        yield new IntervalQuery(field, Intervals.maxgaps(q.n() - 1, pair));
      }
    };
  }

  private String stem(String field, String word) {
    return ArticleDocuments.TEXT_ANALYZER.words(field, word).getFirst().stemOrExact();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
