package dev.verbatim.internal.query;

import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.Fields;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;

/**
 * The fields the query language searches: each with its qualifier ({@code title:}), the index field
 * it reads and what kind of field that is. Bare words search {@link #ARTICLE} or {@link #QUOTES}; a
 * qualifier picks one field.
 */
public enum QueryField {
  /** The article's text: bare words only, no qualifier. */
  BODY(null, Fields.BODY, Kind.TEXT),
  /** {@code title:} the headline. */
  TITLE("title", Fields.TITLE, Kind.TEXT),
  /** {@code quote:} the quoted words. */
  QUOTE("quote", Fields.QUOTES, Kind.TEXT),
  /** {@code source:} the outlet's name, word by word. */
  SOURCE("source", Fields.SOURCE, Kind.NAME),
  /** {@code speaker:} a speaker's name, word by word. */
  SPEAKER("speaker", Fields.SPEAKER_TEXT, Kind.NAME),
  /** {@code date:} a day or a range of days. */
  DATE("date", Fields.DATE, Kind.DATE);

  /** What bare words search in article scope. */
  public static final List<QueryField> ARTICLE = List.of(BODY, TITLE);

  /** What bare words search in quote scope. */
  public static final List<QueryField> QUOTES = List.of(QUOTE);

  /** How a field is searched. */
  public enum Kind {
    /** Exact and stemmed words, phrases, proximity. */
    TEXT,
    /** Words of a name: any case, no stemming, no proximity. */
    NAME,
    /** Days. */
    DATE
  }

  private final String qualifier;
  private final String indexField;
  private final Kind kind;

  QueryField(String qualifier, String indexField, Kind kind) {
    this.qualifier = qualifier;
    this.indexField = indexField;
    this.kind = kind;
  }

  /** The word before the colon in a query ({@code title}), or null for the body. */
  public String qualifier() {
    return qualifier;
  }

  /** The index field it reads. */
  public String indexField() {
    return indexField;
  }

  /** How it is searched. */
  public Kind kind() {
    return kind;
  }

  /** The analyzer the index used for it (a name field's own, else the text analyzer). */
  Analyzer analyzer() {
    return switch (this) {
      case SOURCE -> ArticleDocuments.SOURCE_ANALYZER;
      case SPEAKER -> ArticleDocuments.SPEAKER_ANALYZER;
      default -> ArticleDocuments.TEXT_ANALYZER;
    };
  }

  /** The field a qualifier names, or null when it names none. */
  public static QueryField of(String qualifier) {
    for (QueryField f : values()) {
      if (f.qualifier != null && f.qualifier.equals(qualifier.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    return null;
  }
}
