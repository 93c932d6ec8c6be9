package dev.verbatim.opensearch;

import dev.verbatim.ingest.CleanedText;
import dev.verbatim.ingest.FurnitureFilter;
import dev.verbatim.quote.Quote;
import dev.verbatim.quote.QuoteExtractor;
import dev.verbatim.quote.Speakers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opensearch.ingest.AbstractProcessor;
import org.opensearch.ingest.ConfigurationUtils;
import org.opensearch.ingest.IngestDocument;
import org.opensearch.ingest.Processor;

/**
 * The {@code verbatim_quotes} ingest processor: what the library does to an article's text before
 * indexing it. It removes page furniture (bylines, share buttons, "Read more" lines) from the text
 * field and keeps the body, as the library's readers do; finds the direct quotes and who said each;
 * and writes them as {@code quotes} (nested objects: text, start, end, speaker, speaker_key, via,
 * cue, kind, confidence), the article's speakers as {@code speakers} (names, for terms
 * aggregations; the index maps their words as {@code speakers.text} for {@code speaker:}) and
 * {@code speaker_keys}, and every quote's words as {@value VerbatimQueryBuilder#QUOTE_TEXT} for
 * {@code quote:}.
 */
final class QuotesProcessor extends AbstractProcessor {
  static final String TYPE = "verbatim_quotes";

  // stateless once built, and shared by the library's own parallel indexing the same way
  private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

  private final String field;
  private final String titleField;
  private final boolean clean;
  private final boolean ignoreMissing;

  QuotesProcessor(
      String tag,
      String description,
      String field,
      String titleField,
      boolean clean,
      boolean ignoreMissing) {
    super(tag, description);
    this.field = field;
    this.titleField = titleField;
    this.clean = clean;
    this.ignoreMissing = ignoreMissing;
  }

  @Override
  public IngestDocument execute(IngestDocument doc) {
    String raw = doc.getFieldValue(field, String.class, ignoreMissing);
    if (raw == null) {
      return doc;
    }
    String text = raw;
    if (clean) {
      String title = doc.hasField(titleField) ? doc.getFieldValue(titleField, String.class) : null;
      CleanedText cleaned = FurnitureFilter.clean(raw, title);
      text = cleaned.body();
      doc.setFieldValue(field, text);
      if (cleaned.title() != null) {
        doc.setFieldValue(titleField, cleaned.title());
      }
    }
    List<Map<String, Object>> quotes = new ArrayList<>();
    List<String> quoteText = new ArrayList<>();
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote q : EXTRACTOR.extract(text)) {
      Map<String, Object> quote = new LinkedHashMap<>();
      quote.put("text", q.text());
      quote.put("start", q.start());
      quote.put("end", q.end());
      quote.put("speaker", q.speaker());
      quote.put("speaker_key", q.speaker() == null ? null : Speakers.key(q.speaker()));
      quote.put("via", q.via());
      quote.put("cue", q.cue());
      quote.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
      quote.put("confidence", q.confidence());
      quotes.add(quote);
      quoteText.add(q.text());
      if (q.speaker() != null) {
        speakers.add(q.speaker());
      }
    }
    doc.setFieldValue("quotes", quotes);
    doc.setFieldValue(VerbatimQueryBuilder.QUOTE_TEXT, quoteText);
    doc.setFieldValue("speakers", List.copyOf(speakers));
    doc.setFieldValue("speaker_keys", speakers.stream().map(Speakers::key).distinct().toList());
    return doc;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  /**
   * Reads {@code field} (default body), {@code title_field}, {@code clean}, {@code ignore_missing}.
   */
  static final class Factory implements Processor.Factory {
    @Override
    public Processor create(
        Map<String, Processor.Factory> processors,
        String tag,
        String description,
        Map<String, Object> config) {
      return new QuotesProcessor(
          tag,
          description,
          ConfigurationUtils.readStringProperty(TYPE, tag, config, "field", "body"),
          ConfigurationUtils.readStringProperty(TYPE, tag, config, "title_field", "title"),
          ConfigurationUtils.readBooleanProperty(TYPE, tag, config, "clean", true),
          ConfigurationUtils.readBooleanProperty(TYPE, tag, config, "ignore_missing", false));
    }
  }
}
