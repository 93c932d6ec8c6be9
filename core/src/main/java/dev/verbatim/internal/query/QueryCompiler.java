package dev.verbatim.internal.query;

import dev.verbatim.Limits;
import dev.verbatim.QuerySyntaxException;
import dev.verbatim.internal.analysis.VerbatimAnalyzer;
import dev.verbatim.internal.analysis.VerbatimAnalyzer.Word;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * Turns a {@link QueryNode} tree into a Lucene {@link Query}.
 *
 * <p>Bare words search the stemmed terms of the body and the title; phrases and prefixes search
 * exact terms (see {@link VerbatimAnalyzer}). A word that analyses to several words ("Musk-Putin")
 * becomes an exact phrase; a stopword alone searches its exact form. {@code source:} searches the
 * outlet name word by word. Prefixes are expanded against the index at compile time so that one
 * that matches more than {@link Limits#MAX_PREFIX_EXPANSIONS} terms fails with a clear error
 * instead of a slow query.
 */
public final class QueryCompiler {
  // the index's own analyzer instances: a query is analysed exactly as the text was
  private static final VerbatimAnalyzer TEXT_ANALYZER = ArticleDocuments.TEXT_ANALYZER;
  private final IndexReader reader;
  private final List<QueryField> defaultFields;
  private final UnaryOperator<String> names;
  private final BiFunction<LocalDate, LocalDate, Query> dates;

  /** The proximity connectors' operands, as intervals. */
  private final Proximity proximity = new Proximity(this::prefixIntervals);

  /** Words the prefixes of the query being compiled stand for, so far. */
  private int expansions;

  /**
   * @param reader the index the query will run on, to check prefix expansions against
   * @param defaultFields the fields of bare words, phrases and proximity: {@link
   *     QueryField#ARTICLE} or {@link QueryField#QUOTES}
   */
  public QueryCompiler(IndexReader reader, List<QueryField> defaultFields) {
    this(reader, defaultFields, UnaryOperator.identity(), null);
  }

  /**
   * A compiler for an index laid out otherwise than Verbatim's own (a search cluster's).
   *
   * @param reader the index the query will run on, to check prefix expansions against; null to skip
   *     the check
   * @param defaultFields the fields of bare words, phrases and proximity
   * @param names the index's name for each of Verbatim's field names ({@link Fields})
   * @param dates the query for the days from one date to another, both included, either null for
   *     open; null for Verbatim's own date field
   */
  public QueryCompiler(
      IndexReader reader,
      List<QueryField> defaultFields,
      UnaryOperator<String> names,
      BiFunction<LocalDate, LocalDate, Query> dates) {
    this.reader = reader;
    this.defaultFields = List.copyOf(defaultFields);
    this.names = names;
    this.dates = dates;
  }

  /** The name the index gives {@code field}. */
  private String name(QueryField field) {
    return names.apply(field.indexField());
  }

  /**
   * Compiles {@code node}.
   *
   * @throws QuerySyntaxException if nothing in the query is searchable, or a prefix expands too far
   */
  public Query compile(QueryNode node) {
    expansions = 0;
    Query query = toQuery(node);
    if (query == null) {
      throw new QuerySyntaxException("the query has no searchable words", node.position());
    }
    return query;
  }

  private Query toQuery(QueryNode node) {
    return switch (node) {
      case QueryNode.Word word -> word.prefix() ? prefix(word) : word(word);
      case QueryNode.Phrase phrase -> phrase(phrase);
      case QueryNode.DateRange range ->
          dates != null
              ? dates.apply(range.from(), range.to())
              : LongPoint.newRangeQuery(
                  Fields.DATE,
                  range.from() == null ? Long.MIN_VALUE : range.from().toEpochDay(),
                  range.to() == null ? Long.MAX_VALUE : range.to().toEpochDay());
      case QueryNode.And and -> and(and);
      case QueryNode.Or or -> or(or);
      case QueryNode.Not not -> and(new QueryNode.And(List.of(not), not.position()));
      case QueryNode.Near near -> near(near);
      case QueryNode.AtLeast atLeast -> near(atLeast);
      case QueryNode.Lead lead ->
          new IntervalQuery(name(QueryField.BODY), proximity.intervals(lead));
    };
  }

  /**
   * A proximity query: the connector tree as one {@link IntervalsSource}, run on the body and the
   * title (or on the title alone under {@code title:}).
   */
  private Query near(QueryNode near) {
    QueryField field = Proximity.field(near);
    IntervalsSource source = proximity.intervals(near);
    if (field != null) {
      return new IntervalQuery(name(field), source);
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (QueryField f : defaultFields) {
      builder.add(new IntervalQuery(name(f), source), Occur.SHOULD);
    }
    return builder.build();
  }

  /** A prefix as intervals: the words it stands for, checked against the index's expansions. */
  private IntervalsSource prefixIntervals(QueryNode.Word word) {
    String prefix = prefixTerm(QueryField.BODY, word);
    for (QueryField f : defaultFields) {
      checkExpansions(new Term(name(f), prefix), word.position(), true);
    }
    return Intervals.multiterm(
        new CompiledAutomaton(VerbatimAnalyzer.wordsStartingWith(prefix)),
        Limits.MAX_PREFIX_EXPANSIONS,
        prefix + "*");
  }

  private Query and(QueryNode.And and) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    boolean positive = false;
    boolean any = false;
    for (QueryNode clause : and.clauses()) {
      boolean negated = clause instanceof QueryNode.Not;
      Query q = toQuery(negated ? ((QueryNode.Not) clause).clause() : clause);
      if (q == null) {
        continue;
      }
      any = true;
      positive |= !negated;
      builder.add(q, negated ? Occur.MUST_NOT : Occur.MUST);
    }
    if (!any) {
      return null;
    }
    if (!positive) {
      builder.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
    }
    return builder.build();
  }

  private Query or(QueryNode.Or or) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int n = 0;
    for (QueryNode clause : or.clauses()) {
      Query q = toQuery(clause);
      if (q != null) {
        builder.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : builder.build();
  }

  private Query word(QueryNode.Word word) {
    if (isNameField(word.field())) {
      return nameWords(word.field(), word.text(), 0);
    }
    return perField(
        word.field(),
        field -> {
          List<Word> words = TEXT_ANALYZER.words(field, word.text());
          if (words.size() == 1) {
            return VerbatimAnalyzer.stemQuery(field, words.getFirst().stemOrExact());
          }
          return exactPhrase(field, words, 0);
        });
  }

  private Query phrase(QueryNode.Phrase phrase) {
    if (isNameField(phrase.field())) {
      return nameWords(phrase.field(), phrase.text(), phrase.slop());
    }
    Query query =
        perField(
            phrase.field(),
            field -> exactPhrase(field, TEXT_ANALYZER.words(field, phrase.text()), phrase.slop()));
    if (query == null) {
      throw new QuerySyntaxException("the phrase has no words", phrase.position());
    }
    return query;
  }

  private Query prefix(QueryNode.Word word) {
    List<QueryField> fields = word.field() == null ? defaultFields : List.of(word.field());
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (QueryField field : fields) {
      String stem = prefixTerm(field, word);
      boolean text = field.kind() == QueryField.Kind.TEXT;
      checkExpansions(new Term(name(field), stem), word.position(), text);
      // a text field's bigrams are not words: a prefix never expands to them
      builder.add(
          text
              ? new AutomatonQuery(
                  new Term(name(field), stem), VerbatimAnalyzer.wordsStartingWith(stem))
              : new PrefixQuery(new Term(name(field), stem)),
          Occur.SHOULD);
    }
    return fields.size() == 1 ? builder.build().clauses().getFirst().query() : builder.build();
  }

  private String prefixTerm(QueryField field, QueryNode.Word word) {
    List<String> terms =
        field.kind() == QueryField.Kind.NAME
            ? analyze(field.analyzer(), field.indexField(), word.text())
            : TEXT_ANALYZER.words(field.indexField(), word.text()).stream()
                .map(Word::exact)
                .toList();
    if (terms.size() != 1) {
      throw new QuerySyntaxException("a prefix must be one word", word.position());
    }
    return terms.getFirst();
  }

  /**
   * Fails when the words that start with {@code prefix} (bigrams of a {@code text} field left out)
   * are too many, alone or with the query's other prefixes.
   */
  private void checkExpansions(Term prefix, int position, boolean text) {
    if (reader == null) {
      return;
    }
    BytesRef bytes = prefix.bytes();
    int count = 0;
    int before = expansions;
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(prefix.field());
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        if (te.seekCeil(bytes) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef t = te.term();
            t != null && StringHelper.startsWith(t, bytes);
            t = te.next()) {
          if (text && VerbatimAnalyzer.isBigram(t)) {
            continue;
          }
          if (++count > Limits.MAX_PREFIX_EXPANSIONS) {
            throw new QuerySyntaxException(
                "the prefix matches more than "
                    + Limits.MAX_PREFIX_EXPANSIONS
                    + " words; make it longer",
                position);
          }
          if (before + count > Limits.MAX_QUERY_EXPANSIONS) {
            throw new QuerySyntaxException(
                "the query's prefixes match more than "
                    + Limits.MAX_QUERY_EXPANSIONS
                    + " words together; use fewer or longer prefixes",
                position);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    expansions = before + count;
  }

  /** Whether a field is one of names (outlet, speaker) rather than text. */
  private static boolean isNameField(QueryField field) {
    return field != null && field.kind() == QueryField.Kind.NAME;
  }

  /** Words of an outlet's or a speaker's name: any case, no stemming. */
  private Query nameWords(QueryField qualified, String text, int slop) {
    String field = name(qualified);
    List<String> terms = analyze(qualified.analyzer(), field, text);
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.getFirst()));
    }
    return new PhraseQuery(slop, field, terms.toArray(String[]::new));
  }

  private static Query exactPhrase(String field, List<Word> words, int slop) {
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() == 1) {
      return new TermQuery(new Term(field, words.getFirst().exact()));
    }
    PhraseQuery.Builder builder = new PhraseQuery.Builder().setSlop(slop);
    int first = words.getFirst().position();
    if (slop > 0) {
      for (Word w : words) {
        builder.add(new Term(field, w.exact()), w.position() - first);
      }
      return builder.build();
    }
    // an exact phrase reads the bigrams of its common words (see VerbatimAnalyzer)
    for (VerbatimAnalyzer.PhraseTerm t :
        VerbatimAnalyzer.exactPhrase(
            words.stream().map(Word::exact).toList(),
            words.stream().map(Word::position).toList())) {
      builder.add(new Term(field, t.term()), t.position());
    }
    PhraseQuery phrase = builder.build();
    return phrase.getTerms().length == 1
        ? new TermQuery(phrase.getTerms()[0]) // two words, one bigram
        : phrase;
  }

  private interface FieldQuery {
    Query on(String field);
  }

  private Query perField(QueryField qualified, FieldQuery perField) {
    if (qualified != null) {
      return perField.on(name(qualified));
    }
    if (defaultFields.size() == 1) {
      return perField.on(defaultFields.getFirst().indexField());
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int n = 0;
    for (QueryField field : defaultFields) {
      Query q = perField.on(name(field));
      if (q != null) {
        builder.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : builder.build();
  }

  private static List<String> analyze(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return terms;
  }
}
