package dev.verbatim.opensearch;

import dev.verbatim.QuerySyntaxException;
import dev.verbatim.lucene.QueryLanguage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.search.Query;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.mapper.MappedFieldType;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;
import org.opensearch.index.query.QueryShardException;

/**
 * {@code {"verbatim": {"query": "putin w/12 nuclear", "fields": ["title", "body"]}}}: the
 * journalist's query language, compiled by Verbatim's own parser and compiler into the same Lucene
 * queries the library runs. {@code fields} are the text fields bare words search (default title and
 * body; or one quote field: {@code quote_text}, or {@code quotes.text} in a nested query); {@code
 * quote:} searches {@value #QUOTE_TEXT}, {@code source:} {@code source}, {@code speaker:} {@value
 * #SPEAKER_WORDS}, {@code date:} the index's {@code date} field.
 */
public final class VerbatimQueryBuilder extends AbstractQueryBuilder<VerbatimQueryBuilder> {
  /** The query's name in a search request. */
  public static final String NAME = "verbatim";

  /** Where the {@code verbatim_quotes} processor puts the quoted words, for {@code quote:}. */
  static final String QUOTE_TEXT = "quote_text";

  /** The words of the speakers' names (a sub-field of {@code speakers}), for {@code speaker:}. */
  static final String SPEAKER_WORDS = "speakers.text";

  /** Where the quotes' words are inside the nested {@code quotes} objects. */
  static final String NESTED_QUOTE_TEXT = "quotes.text";

  private static final List<String> DEFAULT_FIELDS =
      List.of(QueryLanguage.TITLE, QueryLanguage.BODY);

  private static final List<String> FIELDS =
      List.of(QueryLanguage.TITLE, QueryLanguage.BODY, QUOTE_TEXT, NESTED_QUOTE_TEXT);

  private final String query;
  private final List<String> fields;

  /**
   * @param query the query in Verbatim's language
   * @param fields body and/or title; or one of the quote fields: {@value #QUOTE_TEXT} (an article's
   *     quotes), {@value #NESTED_QUOTE_TEXT} (inside a {@code nested} query on quotes)
   * @throws IllegalArgumentException if a field is none of these
   */
  public VerbatimQueryBuilder(String query, List<String> fields) {
    this.query = Objects.requireNonNull(query, "query");
    this.fields = List.copyOf(fields);
    for (String field : this.fields) {
      if (!FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "searches the fields " + FIELDS + ", not [" + field + "]");
      }
    }
    if (this.fields.isEmpty()) {
      throw new IllegalArgumentException("needs at least one field of " + FIELDS);
    }
    if (quoteField(this.fields) != null && this.fields.size() > 1) {
      throw new IllegalArgumentException("searches a quote field alone, not with " + this.fields);
    }
  }

  /** Reads one sent between nodes. */
  public VerbatimQueryBuilder(StreamInput in) throws IOException {
    super(in);
    query = in.readString();
    fields = in.readStringList();
  }

  /** The query as written. */
  public String query() {
    return query;
  }

  /** The fields bare words search. */
  public List<String> fields() {
    return fields;
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(query);
    out.writeStringCollection(fields);
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.field("query", query);
    builder.field("fields", fields);
    printBoostAndQueryName(builder);
    builder.endObject();
  }

  /**
   * Parses {@code {"query": …, "fields": [...], "boost": …, "_name": …}} and checks the query's
   * syntax where the request arrives: a malformed query is a 400 with its message and the character
   * position, before any shard sees it.
   */
  public static VerbatimQueryBuilder fromXContent(XContentParser parser) throws IOException {
    String query = null;
    List<String> fields = DEFAULT_FIELDS;
    float boost = DEFAULT_BOOST;
    String queryName = null;
    String current = null;
    XContentParser.Token token;
    while ((token = parser.nextToken()) != XContentParser.Token.END_OBJECT) {
      if (token == XContentParser.Token.FIELD_NAME) {
        current = parser.currentName();
      } else if (token == XContentParser.Token.START_ARRAY && "fields".equals(current)) {
        fields = new ArrayList<>();
        while (parser.nextToken() != XContentParser.Token.END_ARRAY) {
          fields.add(parser.text());
        }
      } else if (token.isValue() && "query".equals(current)) {
        query = parser.text();
      } else if (token.isValue() && "fields".equals(current)) {
        fields = List.of(parser.text());
      } else if (token.isValue() && BOOST_FIELD.match(current, parser.getDeprecationHandler())) {
        boost = parser.floatValue();
      } else if (token.isValue() && NAME_FIELD.match(current, parser.getDeprecationHandler())) {
        queryName = parser.text();
      } else {
        throw new ParsingException(
            parser.getTokenLocation(), "[verbatim] does not take [{}]", current);
      }
    }
    if (query == null) {
      throw new ParsingException(parser.getTokenLocation(), "[verbatim] needs a [query]");
    }
    try {
      QueryLanguage.check(query);
      return new VerbatimQueryBuilder(query, fields).boost(boost).queryName(queryName);
    } catch (IllegalArgumentException malformed) { // a QuerySyntaxException too
      throw new ParsingException(
          parser.getTokenLocation(), "[verbatim] {}", malformed, malformed.getMessage());
    }
  }

  @Override
  protected Query doToQuery(QueryShardContext context) throws IOException {
    MappedFieldType date = context.fieldMapper("date");
    String quotes = quoteField(fields);
    try {
      return QueryLanguage.compile(
          query,
          context.getIndexReader(),
          quotes == null ? fields : List.of(QueryLanguage.QUOTES),
          Map.of(
              QueryLanguage.QUOTES,
              quotes == null ? QUOTE_TEXT : quotes,
              QueryLanguage.SPEAKER,
              SPEAKER_WORDS),
          (from, to) -> dateRange(context, date, from, to));
    } catch (QuerySyntaxException e) {
      throw new QueryShardException(context, "[verbatim] {}", e, e.getMessage());
    }
  }

  /** The quote field among {@code fields}, or null. */
  private static String quoteField(List<String> fields) {
    return fields.contains(NESTED_QUOTE_TEXT)
        ? NESTED_QUOTE_TEXT
        : fields.contains(QUOTE_TEXT) ? QUOTE_TEXT : null;
  }

  private static Query dateRange(
      QueryShardContext context, MappedFieldType date, LocalDate from, LocalDate to) {
    if (date == null) {
      throw new QueryShardException(context, "[verbatim] date: needs a [date] field in the index");
    }
    // both days included: the upper bound rounds up to the end of its day
    return date.rangeQuery(
        from == null ? null : from.toString(),
        to == null ? null : to.toString(),
        true,
        true,
        null,
        null,
        null,
        context);
  }

  @Override
  protected boolean doEquals(VerbatimQueryBuilder other) {
    return query.equals(other.query) && fields.equals(other.fields);
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(query, fields);
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }
}
