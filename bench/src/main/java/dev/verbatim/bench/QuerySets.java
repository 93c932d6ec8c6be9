package dev.verbatim.bench;

import dev.verbatim.bench.BenchQuery.Kind;
import dev.verbatim.internal.analysis.VerbatimAnalyzer;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The frozen query sets: drawn with a seeded random from the indexed articles and quotes, so the
 * same seed and corpus give the same queries, and every arm runs exactly these.
 */
final class QuerySets {
  static final List<String> SETS =
      List.of(
          "exact_quote",
          "phrase_high_df",
          "phrase_medium_df",
          "phrase_low_df",
          "sloppy_phrase",
          "within_n",
          "pre_n",
          "speaker_date",
          "facets",
          "near_miss");

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:['\u2019][a-z]+)?");
  private static final Pattern QUOTE_TEXT = Pattern.compile("[A-Za-z0-9 ,.'\u2019;$%-]+");

  private final IndexSearcher searcher;
  private final LuceneArm lucene;
  private final SplittableRandom rng;
  private final int[] articles;
  private final int[] quotes;
  private final int perSet;

  /** Quote documents read whole: their words come from their articles. */
  private final dev.verbatim.internal.search.QuoteTexts quoteTexts;

  QuerySets(IndexSearcher searcher, LuceneArm lucene, long seed, int perSet) throws IOException {
    this.searcher = searcher;
    this.lucene = lucene;
    this.rng = new SplittableRandom(seed);
    this.perSet = perSet;
    this.articles = docIds(searcher, ArticleDocuments.articlesOnly());
    this.quotes = docIds(searcher, ArticleDocuments.quotesOnly());
    this.quoteTexts = new dev.verbatim.internal.search.QuoteTexts(searcher);
  }

  /** Every set, by name, in {@link #SETS} order, and {@code mixed}: a share of each. */
  Map<String, List<BenchQuery>> build() throws IOException {
    Map<String, List<BenchQuery>> sets = new LinkedHashMap<>();
    List<BenchQuery> exact = exactQuotes();
    sets.put("exact_quote", exact);
    Map<String, List<BenchQuery>> bands = phrasesByBand();
    sets.putAll(bands);
    sets.put("sloppy_phrase", sloppy());
    sets.put("within_n", near(Kind.WITHIN, "within_n"));
    sets.put("pre_n", near(Kind.PRE, "pre_n"));
    sets.put("speaker_date", speakerDate());
    sets.put("facets", facets());
    sets.put("near_miss", nearMisses(exact));
    List<BenchQuery> mixed = new ArrayList<>();
    for (int i = 0; mixed.size() < perSet; i++) {
      boolean added = false;
      for (List<BenchQuery> set : sets.values()) {
        if (i < set.size() && mixed.size() < perSet) {
          mixed.add(set.get(i));
          added = true;
        }
      }
      if (!added) {
        break;
      }
    }
    sets.put("mixed", mixed);
    return sets;
  }

  private List<BenchQuery> exactQuotes() throws IOException {
    List<BenchQuery> out = new ArrayList<>();
    for (int attempt = 0; attempt < perSet * 50 && out.size() < perSet && quotes.length > 0; ) {
      attempt++;
      Document doc = quote(quotes[rng.nextInt(quotes.length)]);
      String text = doc.get(Fields.QUOTES).strip();
      int words = text.split("\\s+").length;
      if (words < 5 || words > 25 || !QUOTE_TEXT.matcher(text).matches()) {
        continue;
      }
      out.add(
          new BenchQuery(
              "exact_quote",
              Kind.PHRASE,
              List.of(text),
              0,
              null,
              null,
              null,
              false,
              doc.get(Fields.ARTICLE_ID)));
    }
    return out;
  }

  private Map<String, List<BenchQuery>> phrasesByBand() throws IOException {
    Map<String, List<BenchQuery>> bands = new LinkedHashMap<>();
    bands.put("phrase_high_df", new ArrayList<>());
    bands.put("phrase_medium_df", new ArrayList<>());
    bands.put("phrase_low_df", new ArrayList<>());
    double high = Math.max(2, articles.length * 0.01);
    double medium = Math.max(1, articles.length * 0.001);
    for (int attempt = 0; attempt < perSet * 200; attempt++) {
      if (bands.values().stream().allMatch(b -> b.size() >= perSet)) {
        break;
      }
      List<String> words = words(randomBody());
      if (words.size() < 8) {
        continue;
      }
      int length = 2 + rng.nextInt(3);
      int start = rng.nextInt(words.size() - length);
      String phrase = String.join(" ", words.subList(start, start + length));
      BenchQuery q =
          new BenchQuery("", Kind.PHRASE, List.of(phrase), 0, null, null, null, false, null);
      long df = lucene.count(q);
      String band =
          df >= high ? "phrase_high_df" : df >= medium ? "phrase_medium_df" : "phrase_low_df";
      List<BenchQuery> list = bands.get(band);
      if (df > 0 && list.size() < perSet) {
        list.add(
            new BenchQuery(band, Kind.PHRASE, List.of(phrase), 0, null, null, null, false, null));
      }
    }
    return bands;
  }

  private List<BenchQuery> sloppy() throws IOException {
    List<BenchQuery> out = new ArrayList<>();
    for (int attempt = 0; attempt < perSet * 20 && out.size() < perSet; attempt++) {
      List<String> words = contentWords(words(randomBody()));
      if (words.size() < 8) {
        continue;
      }
      int start = rng.nextInt(words.size() - 3);
      // the first and third word of a stretch, two apart: a phrase with one word left out
      String phrase = words.get(start) + " " + words.get(start + 2);
      out.add(
          new BenchQuery(
              "sloppy_phrase", Kind.SLOPPY, List.of(phrase), 2, null, null, null, false, null));
    }
    return out;
  }

  private List<BenchQuery> near(Kind kind, String set) throws IOException {
    List<BenchQuery> out = new ArrayList<>();
    for (int attempt = 0; attempt < perSet * 20 && out.size() < perSet; attempt++) {
      List<String> words = contentWords(words(randomBody()));
      if (words.size() < 10) {
        continue;
      }
      int start = rng.nextInt(words.size() - 4);
      int gap = 1 + rng.nextInt(3);
      out.add(
          new BenchQuery(
              set,
              kind,
              List.of(words.get(start), words.get(start + gap)),
              5,
              null,
              null,
              null,
              false,
              null));
    }
    return out;
  }

  private List<BenchQuery> speakerDate() throws IOException {
    List<BenchQuery> out = new ArrayList<>();
    for (int attempt = 0; attempt < perSet * 50 && out.size() < perSet && quotes.length > 0; ) {
      attempt++;
      Document doc = quote(quotes[rng.nextInt(quotes.length)]);
      String speaker = doc.get(Fields.SPEAKER_NAME);
      var date = doc.getField(Fields.DATE);
      List<String> words = contentWords(words(doc.get(Fields.QUOTES)));
      if (speaker == null || date == null || words.isEmpty()) {
        continue;
      }
      LocalDate day = LocalDate.ofEpochDay(date.numericValue().longValue());
      out.add(
          new BenchQuery(
              "speaker_date",
              Kind.TERM,
              List.of(words.get(rng.nextInt(words.size()))),
              0,
              speaker,
              day.minusDays(365),
              day.plusDays(365),
              false,
              null));
    }
    return out;
  }

  private List<BenchQuery> facets() throws IOException {
    List<BenchQuery> out = new ArrayList<>();
    for (int attempt = 0; attempt < perSet * 20 && out.size() < perSet; attempt++) {
      List<String> words = contentWords(words(randomBody()));
      if (words.isEmpty()) {
        continue;
      }
      out.add(
          new BenchQuery(
              "facets",
              Kind.TERM,
              List.of(words.get(rng.nextInt(words.size()))),
              0,
              null,
              null,
              null,
              true,
              null));
    }
    return out;
  }

  /** Exact quotes with one word replaced by a word of another article: no article has them. */
  private List<BenchQuery> nearMisses(List<BenchQuery> exact) throws IOException {
    List<BenchQuery> out = new ArrayList<>();
    for (BenchQuery q : exact) {
      if (out.size() >= perSet) {
        break;
      }
      String[] words = q.words().getFirst().split(" ");
      List<String> donors = contentWords(words(randomBody()));
      if (donors.isEmpty()) {
        continue;
      }
      words[rng.nextInt(words.length)] = donors.get(rng.nextInt(donors.size()));
      BenchQuery miss =
          new BenchQuery(
              "near_miss",
              Kind.PHRASE,
              List.of(String.join(" ", words)),
              0,
              null,
              null,
              null,
              false,
              null);
      if (lucene.count(miss) == 0) {
        out.add(miss);
      }
    }
    return out;
  }

  private String randomBody() throws IOException {
    return stored(articles[rng.nextInt(articles.length)], Fields.BODY).get(Fields.BODY);
  }

  /** A quote document with its words, which it reads from its article (see {@code QuoteTexts}). */
  private Document quote(int doc) throws IOException {
    return quoteTexts.quote(doc);
  }

  private Document stored(int doc, String... fields) throws IOException {
    return searcher.storedFields().document(doc, Set.of(fields));
  }

  /** The plain words of a text, in order: letters, with an inner apostrophe at most. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    var m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Words of four letters or more that are not stopwords, lower-cased. */
  static List<String> contentWords(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() >= 4 && !VerbatimAnalyzer.STOPWORDS.contains(lower)) {
        out.add(lower);
      }
    }
    return out;
  }

  private static int[] docIds(IndexSearcher searcher, Query query) throws IOException {
    List<Integer> ids = new ArrayList<>();
    searcher.search(
        query,
        new org.apache.lucene.search.CollectorManager<SimpleCollector, Void>() {
          @Override
          public SimpleCollector newCollector() {
            return new SimpleCollector() {
              private int base;

              @Override
              protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
                base = context.docBase;
              }

              @Override
              public void collect(int doc) {
                ids.add(base + doc);
              }

              @Override
              public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
              }
            };
          }

          @Override
          public Void reduce(java.util.Collection<SimpleCollector> collectors) {
            return null;
          }
        });
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }
}
