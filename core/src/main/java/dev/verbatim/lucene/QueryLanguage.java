package dev.verbatim.lucene;

import dev.verbatim.QuerySyntaxException;
import dev.verbatim.internal.analysis.SourceAnalyzer;
import dev.verbatim.internal.analysis.SpeakerAnalyzer;
import dev.verbatim.internal.analysis.VerbatimAnalyzer;
import dev.verbatim.internal.index.Fields;
import dev.verbatim.internal.query.QueryCompiler;
import dev.verbatim.internal.query.QueryField;
import dev.verbatim.internal.query.QueryParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * The journalist's query language ({@code putin w/12 nuclear}, {@code "exact phrase"}, {@code
 * title:}, {@code date:[… TO …]}; docs/query-syntax.md) compiled into the same Lucene queries the
 * library runs, for an index whose text fields were analysed with {@link #textAnalyzer()}.
 *
 * <p>Verbatim's field names, as the query language reaches them: {@code body} and {@code title}
 * (text), {@code quotes} ({@code quote:}, text), {@code source} ({@code source:}, {@link
 * #sourceAnalyzer()}), {@code speaker_text} ({@code speaker:}, {@link #speakerAnalyzer()}) and
 * {@code date} ({@code date:}). An index that names them otherwise passes its names.
 */
public final class QueryLanguage {
  /** The text field the whole article's words are in. */
  public static final String BODY = Fields.BODY;

  /** The headline's field; {@code title:} searches it alone. */
  public static final String TITLE = Fields.TITLE;

  /** The quoted words' field; {@code quote:} searches it. */
  public static final String QUOTES = Fields.QUOTES;

  /** The outlet's name; {@code source:} searches it word by word. */
  public static final String SOURCE = Fields.SOURCE;

  /** The speakers' names; {@code speaker:} searches them word by word. */
  public static final String SPEAKER = Fields.SPEAKER_TEXT;

  private QueryLanguage() {}

  /**
   * A new instance of the analyzer of {@code body}, {@code title} and {@code quotes}: each word's
   * exact form and its stem at one position, sentence and paragraph markers on the first and last
   * words.
   */
  public static Analyzer textAnalyzer() {
    return new VerbatimAnalyzer();
  }

  /** A new instance of the analyzer of outlet names. */
  public static Analyzer sourceAnalyzer() {
    return new SourceAnalyzer();
  }

  /** A new instance of the analyzer of speakers' names. */
  public static Analyzer speakerAnalyzer() {
    return new SpeakerAnalyzer();
  }

  /**
   * Checks that {@code query} is well formed, without an index: what a search cluster does where
   * the request arrives, before it is sent to the shards.
   *
   * @throws QuerySyntaxException with the character position, if it is not
   */
  public static void check(String query) {
    QueryParser.parse(query);
  }

  /**
   * Parses and compiles {@code query}.
   *
   * @param reader the index it will run on, to hold prefixes to their limits; null to skip that
   * @param fields the text fields bare words, phrases and proximity search: {@link #BODY} and
   *     {@link #TITLE}, or one of them; or {@link #QUOTES}
   * @param names the index's name of each of Verbatim's fields that it names otherwise (absent: the
   *     same name)
   * @param dates the query of the days {@code from} to {@code to}, both included (either null when
   *     open), on the index's own date field
   * @throws QuerySyntaxException with the character position, if the query is malformed
   * @throws IllegalArgumentException if {@code fields} names a field other than body, title and
   *     quotes
   */
  public static Query compile(
      String query,
      IndexReader reader,
      List<String> fields,
      Map<String, String> names,
      BiFunction<LocalDate, LocalDate, Query> dates) {
    List<QueryField> defaults = new ArrayList<>();
    for (String field : fields) {
      defaults.add(
          switch (field) {
            case BODY -> QueryField.BODY;
            case TITLE -> QueryField.TITLE;
            case QUOTES -> QueryField.QUOTE;
            default ->
                throw new IllegalArgumentException(
                    "'"
                        + field
                        + "' is not a field the query language searches: use body, title, quotes");
          });
    }
    if (defaults.isEmpty()) {
      throw new IllegalArgumentException("name at least one field: body, title");
    }
    Map<String, String> renamed = Map.copyOf(names);
    return new QueryCompiler(reader, defaults, name -> renamed.getOrDefault(name, name), dates)
        .compile(QueryParser.parse(query));
  }
}
