package dev.verbatim.internal.search;

import dev.verbatim.Limits;
import dev.verbatim.QuerySyntaxException;
import dev.verbatim.internal.analysis.SourceAnalyzer;
import dev.verbatim.internal.analysis.VerbatimAnalyzer;
import dev.verbatim.internal.analysis.VerbatimAnalyzer.Word;
import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

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
  private static final List<String> DEFAULT_FIELDS = List.of(Fields.BODY, Fields.TITLE);

  private final VerbatimAnalyzer textAnalyzer = new VerbatimAnalyzer();
  private final Analyzer sourceAnalyzer = new SourceAnalyzer();
  private final IndexReader reader;

  /**
   * @param reader the index the query will run on, to check prefix expansions against
   */
  public QueryCompiler(IndexReader reader) {
    this.reader = reader;
  }

  /**
   * Compiles {@code node}.
   *
   * @throws QuerySyntaxException if nothing in the query is searchable, or a prefix expands too far
   */
  public Query compile(QueryNode node) {
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
          LongPoint.newRangeQuery(
              Fields.DATE,
              range.from() == null ? Long.MIN_VALUE : range.from().toEpochDay(),
              range.to() == null ? Long.MAX_VALUE : range.to().toEpochDay());
      case QueryNode.And and -> and(and);
      case QueryNode.Or or -> or(or);
      case QueryNode.Not not -> and(new QueryNode.And(List.of(not), not.position()));
    };
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
      builder.add(new MatchAllDocsQuery(), Occur.MUST);
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
    if (Fields.SOURCE.equals(word.field())) {
      return sourceWords(word.text(), 0);
    }
    return perField(
        word.field(),
        field -> {
          List<Word> words = textAnalyzer.words(field, word.text());
          if (words.size() == 1) {
            return new TermQuery(new Term(field, words.getFirst().stemOrExact()));
          }
          return exactPhrase(field, words, 0);
        });
  }

  private Query phrase(QueryNode.Phrase phrase) {
    if (Fields.SOURCE.equals(phrase.field())) {
      return sourceWords(phrase.text(), phrase.slop());
    }
    Query query =
        perField(
            phrase.field(),
            field -> exactPhrase(field, textAnalyzer.words(field, phrase.text()), phrase.slop()));
    if (query == null) {
      throw new QuerySyntaxException("the phrase has no words", phrase.position());
    }
    return query;
  }

  private Query prefix(QueryNode.Word word) {
    List<String> fields = word.field() == null ? DEFAULT_FIELDS : List.of(fieldName(word.field()));
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    for (String field : fields) {
      String stem = prefixTerm(field, word);
      checkExpansions(new Term(field, stem), word.position());
      builder.add(new PrefixQuery(new Term(field, stem)), Occur.SHOULD);
    }
    return fields.size() == 1 ? builder.build().clauses().getFirst().query() : builder.build();
  }

  private String prefixTerm(String field, QueryNode.Word word) {
    if (field.equals(Fields.SOURCE)) {
      List<String> terms = analyze(sourceAnalyzer, field, word.text());
      if (terms.size() != 1) {
        throw new QuerySyntaxException("a prefix must be one word", word.position());
      }
      return terms.getFirst();
    }
    List<Word> words = textAnalyzer.words(field, word.text());
    if (words.size() != 1) {
      throw new QuerySyntaxException("a prefix must be one word", word.position());
    }
    return words.getFirst().exact();
  }

  private void checkExpansions(Term prefix, int position) {
    BytesRef bytes = prefix.bytes();
    int count = 0;
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
          if (++count > Limits.MAX_PREFIX_EXPANSIONS) {
            throw new QuerySyntaxException(
                "the prefix matches more than "
                    + Limits.MAX_PREFIX_EXPANSIONS
                    + " words; make it longer",
                position);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query sourceWords(String text, int slop) {
    List<String> terms = analyze(sourceAnalyzer, Fields.SOURCE, text);
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return new TermQuery(new Term(Fields.SOURCE, terms.getFirst()));
    }
    return new PhraseQuery(slop, Fields.SOURCE, terms.toArray(String[]::new));
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
    for (Word w : words) {
      builder.add(new Term(field, w.exact()), w.position() - first);
    }
    return builder.build();
  }

  private interface FieldQuery {
    Query on(String field);
  }

  private static Query perField(String qualifier, FieldQuery perField) {
    if (qualifier != null) {
      return perField.on(fieldName(qualifier));
    }
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    int n = 0;
    for (String field : DEFAULT_FIELDS) {
      Query q = perField.on(field);
      if (q != null) {
        builder.add(q, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : builder.build();
  }

  private static String fieldName(String qualifier) {
    return switch (qualifier) {
      case "title" -> Fields.TITLE;
      case "source" -> Fields.SOURCE;
      default -> throw new IllegalArgumentException("not a text field: " + qualifier);
    };
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
