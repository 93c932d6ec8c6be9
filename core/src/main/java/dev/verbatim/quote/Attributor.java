package dev.verbatim.quote;

import dev.verbatim.text.QuoteMarks;
import java.util.List;
import java.util.Set;

/**
 * Attributes the quotes of one article to speakers, in text order, by trying the {@link
 * Construction}s in one order: first those of the quote's own sentence ({@link #IN_SENTENCE}),
 * then, for a speech quote its sentence attributes to nobody, those beyond it ({@link
 * #FROM_CONTEXT}). A transcript label ("PENCE: …") outranks the in-sentence constructions that read
 * no verb of saying ({@link #YIELD_TO_LABEL}).
 *
 * <p>Not thread-safe: one instance per article, used once, in order.
 */
final class Attributor {
  /** The constructions of a quote's own sentence, in the order they are tried. */
  static final List<Construction> IN_SENTENCE =
      List.of(
          new CueInUnclosedQuote(),
          new DashAfter(),
          new CueAfter(),
          new CueBefore(),
          new ColonLeadIn(),
          FromWork.IN_SENTENCE,
          new PossessiveBefore(),
          new SharedAccordingTo(),
          new OutletStory(),
          new SentenceSubject(),
          new SentenceEndCue());

  /** The constructions beyond the quote's sentence, in the order they are tried. */
  static final List<Construction> FROM_CONTEXT =
      List.of(
          Continuation.IN_PARAGRAPH,
          FromWork.FROM_SENTENCE_BEFORE,
          new PrecedingCue(),
          Continuation.FROM_PARAGRAPH_BEFORE,
          new PrecedingSubject());

  /** The rules a transcript label in force outranks: none of them reads a verb of saying. */
  static final Set<AttributionRule> YIELD_TO_LABEL =
      Set.of(AttributionRule.COLON, AttributionRule.SENTENCE_SUBJECT, AttributionRule.POSSESSIVE);

  private final Clauses clauses;
  private final Pronouns pronouns;
  private final Discourse discourse = new Discourse();

  Attributor(ArticleText article, Mentions mentions, List<QuoteSpans.Span> spans) {
    this.clauses = new Clauses(article, mentions, spans);
    this.pronouns = new Pronouns(clauses);
  }

  /**
   * Moves to quote {@code span} of paragraph {@code paragraph} (quotes come in text order) and
   * returns it as the constructions read it.
   *
   * @param until where the words after the quote end: the paragraph's end or the next quote's
   *     opening mark
   */
  QuoteSite next(QuoteSpans.Span span, int paragraph, int until) {
    ArticleText article = clauses.article;
    if (paragraph != discourse.paragraph) {
      discourse.paragraph = paragraph;
      discourse.bounds = article.paragraphs.get(paragraph);
      discourse.inParagraph = null;
      Attribution label = TranscriptLabel.at(clauses, discourse.bounds[0]);
      if (label != null) {
        discourse.label = label;
      } else if (!opensWithQuote(article.text, discourse.bounds[0])) {
        discourse.label = null; // a label carries on over quote-only paragraphs, and no further
      }
    }
    return new QuoteSite(clauses, pronouns, discourse, span, until);
  }

  /** The attribution the quote's own sentence gives, or the transcript label in force, or null. */
  Attribution inSentence(QuoteSite quote) {
    Attribution found = first(IN_SENTENCE, quote);
    Attribution label = discourse.label;
    boolean labelWins = label != null && (found == null || YIELD_TO_LABEL.contains(found.rule()));
    return labelWins ? label : found;
  }

  /** The attribution the quotes and sentences before give a quote its sentence does not. */
  Attribution fromContext(QuoteSite quote) {
    return first(FROM_CONTEXT, quote);
  }

  /** Whether an earlier quote of the current paragraph was attributed. */
  boolean paragraphHasSpeech() {
    return discourse.inParagraph != null;
  }

  /** Records that {@code quote} was attributed to {@code attribution}, for the quotes after it. */
  void attributed(QuoteSite quote, Attribution attribution) {
    ArticleText article = clauses.article;
    QuoteSpans.Span span = quote.span;
    pronouns.spoke(article.sentenceOf(quote.openInParagraph), attribution.speaker());
    pronouns.spoke(
        article.sentenceOf(Math.max(span.start(), span.end() - 1)), attribution.speaker());
    discourse.inParagraph = attribution;
    discourse.previous = attribution;
    discourse.previousParagraph = discourse.paragraph;
  }

  private static Attribution first(List<Construction> constructions, QuoteSite quote) {
    for (Construction c : constructions) {
      Attribution a = c.attribute(quote);
      if (a != null) {
        return a.namesNobody() ? null : a;
      }
    }
    return null;
  }

  private static boolean opensWithQuote(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && QuoteMarks.opens(text.charAt(i));
  }
}
