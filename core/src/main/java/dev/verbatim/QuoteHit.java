package dev.verbatim;

import dev.verbatim.quote.AttributionRule;
import dev.verbatim.quote.Quote;
import java.time.LocalDate;
import java.util.List;

/**
 * One matching quote.
 *
 * @param id the quote's id, {@code ARTICLE#N} (its article's id and its number there)
 * @param article the id of the article that carries it
 * @param start index of the quote's first character in the article's text
 * @param end index after its last character
 * @param text the quote, the words that matched marked
 * @param speaker who said it, or null when unknown
 * @param via who reported it, outermost first
 * @param cue the words that decided the speaker ("said", "according to", ":", "continuation")
 * @param confidence 0..1
 * @param kind speech, or a term in quotation marks
 * @param source the article's outlet, or null
 * @param date the article's publication day, or null
 * @param title the article's headline, or null
 * @param rule the attribution rule that decided the speaker ({@code cue-after}, {@code
 *     continuation}, …), or null
 * @param speakerDescription how the article describes an unnamed speaker ("a White House
 *     spokeswoman"), or null
 * @param score relevance (BM25), or, for a search by meaning, the cosine-based similarity of the
 *     quote to {@link SearchRequest#like()} ((1 + cosine) / 2); comparable only within one result
 */
public record QuoteHit(
    String id,
    String article,
    int start,
    int end,
    Snippet text,
    String speaker,
    List<String> via,
    String cue,
    double confidence,
    AttributionRule rule,
    String speakerDescription,
    Quote.Kind kind,
    String source,
    LocalDate date,
    String title,
    float score) {

  /** Copies the list. */
  public QuoteHit {
    via = List.copyOf(via);
  }

  /**
   * The hit of {@code quote}, found in the article {@code article} (its outlet, day and headline).
   */
  public static QuoteHit of(
      String id,
      String article,
      Quote quote,
      Snippet text,
      String source,
      LocalDate date,
      String title,
      float score) {
    return new QuoteHit(
        id,
        article,
        quote.start(),
        quote.end(),
        text,
        quote.speaker(),
        quote.via(),
        quote.cue(),
        quote.confidence(),
        quote.rule(),
        quote.speakerDescription(),
        quote.kind(),
        source,
        date,
        title,
        score);
  }
}
