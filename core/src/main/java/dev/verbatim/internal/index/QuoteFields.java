package dev.verbatim.internal.index;

import dev.verbatim.quote.AttributionRule;
import dev.verbatim.quote.Quote;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/**
 * The stored layout of a quote document, written and read in one place: its span, kind, confidence,
 * cue, rule, description of an unnamed speaker and the chain of reporters. The quoted words are not
 * stored (they are read from the article's text: {@code QuoteTexts}), and the speaker's name is
 * stored with the speaker's search and facet fields ({@link Fields#SPEAKER_NAME}).
 */
public final class QuoteFields {
  private QuoteFields() {}

  /** Adds {@code quote}'s stored fields to its document. */
  static void store(Document doc, Quote quote) {
    doc.add(new StoredField(Fields.QUOTE_START, quote.start()));
    doc.add(new StoredField(Fields.QUOTE_END, quote.end()));
    doc.add(new StoredField(Fields.QUOTE_KIND, quote.kind().toString()));
    doc.add(new StoredField(Fields.QUOTE_CONFIDENCE, quote.confidence()));
    if (quote.cue() != null) {
      doc.add(new StoredField(Fields.QUOTE_CUE, quote.cue()));
    }
    if (quote.rule() != null) {
      doc.add(new StoredField(Fields.QUOTE_RULE, quote.rule().toString()));
    }
    if (quote.speakerDescription() != null) {
      doc.add(new StoredField(Fields.QUOTE_SPEAKER_DESCRIPTION, quote.speakerDescription()));
    }
    for (String via : quote.via()) {
      doc.add(new StoredField(Fields.QUOTE_VIA, via));
    }
  }

  /**
   * The quote a stored quote document holds; {@code doc} must have its words ({@link
   * Fields#QUOTES}) filled in from its article's text.
   */
  public static Quote read(Document doc) {
    String kind = doc.get(Fields.QUOTE_KIND);
    return new Quote(
        doc.getField(Fields.QUOTE_START).numericValue().intValue(),
        doc.getField(Fields.QUOTE_END).numericValue().intValue(),
        doc.get(Fields.QUOTES),
        doc.get(Fields.SPEAKER_NAME),
        List.of(doc.getValues(Fields.QUOTE_VIA)),
        Quote.Kind.TERM.toString().equals(kind) ? Quote.Kind.TERM : Quote.Kind.SPEECH,
        doc.get(Fields.QUOTE_CUE),
        doc.getField(Fields.QUOTE_CONFIDENCE).numericValue().doubleValue(),
        AttributionRule.fromName(doc.get(Fields.QUOTE_RULE)),
        doc.get(Fields.QUOTE_SPEAKER_DESCRIPTION));
  }
}
