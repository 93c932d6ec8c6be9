package dev.verbatim.quote;

import dev.verbatim.quote.Clauses.Subject;
import dev.verbatim.text.QuoteMarks;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One quote as the {@link Construction}s read it: the grammar of its article, the words after its
 * closing mark up to the end of their sentence, its sentence before its opening mark, and the
 * {@link Discourse} so far. Computed once per quote and shared by every construction tried on it.
 */
final class QuoteSite {
  /** Blanks, a dash, blanks: "“…” ― Krystal Correa". */
  private static final Pattern DASH = Pattern.compile("[\\s\u00a0]*[—―–-]+[\\s\u00a0]*");

  final Clauses clauses;
  final Pronouns pronouns;
  final Discourse discourse;
  final QuoteSpans.Span span;

  /** The first token after the closing mark, and the token that ends the words after it. */
  final int afterFrom;

  final int afterTo;

  /** Whether a dash and nothing else separates the quote from the words after it. */
  final boolean dashAfter;

  /** Whether the words after the quote run into the next quote's opening mark. */
  final boolean runsIntoQuote;

  /** The character offset of the opening mark, its sentence, and that sentence's tokens before. */
  final int open;

  final int sentence;
  final int beforeFrom;
  final int beforeTo;

  /** Whether the words before the quote in its sentence end with a colon: "Musk replied: “…”". */
  final boolean colonBefore;

  /** The opening mark's offset, not before its paragraph's start. */
  final int openInParagraph;

  /** Whether nothing but blanks stands between the paragraph's start and the opening mark. */
  final boolean opensParagraph;

  private Subject sentenceSubject;
  private boolean sentenceSubjectRead;

  /**
   * The quote {@code span} of the paragraph {@code discourse} is in.
   *
   * @param until where the words after the quote end: the paragraph's end or the next quote's
   *     opening mark
   */
  QuoteSite(
      Clauses clauses, Pronouns pronouns, Discourse discourse, QuoteSpans.Span span, int until) {
    this.clauses = clauses;
    this.pronouns = pronouns;
    this.discourse = discourse;
    this.span = span;
    ArticleText article = clauses.article;
    String text = article.text;
    int close = Math.min(until, span.end() + (span.closed() ? 1 : 0));
    int limit = until;
    for (int i = close; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || c == ';' || c == '\n' || (c == '.' && clauses.endsSentence(i))) {
        limit = i;
        break;
      }
    }
    this.afterFrom = article.tokenAt(close);
    this.afterTo = article.tokenAt(limit);
    this.runsIntoQuote =
        limit == until && until < text.length() && QuoteMarks.opens(text.charAt(until));
    this.dashAfter =
        afterFrom < afterTo
            && DASH.matcher(text.substring(close, clauses.tok(afterFrom).start())).matches();
    this.open = Math.max(0, span.start() - 1);
    this.sentence = article.sentenceOf(open);
    this.beforeFrom = article.tokenAt(article.sentenceStart(sentence));
    this.beforeTo = article.tokenAt(open);
    int sentenceStart = article.sentenceStart(sentence);
    this.colonBefore =
        sentenceStart < open && text.substring(sentenceStart, open).strip().endsWith(":");
    int paragraphStart = discourse.bounds[0];
    this.openInParagraph = Math.max(paragraphStart, span.start() - 1);
    this.opensParagraph = text.substring(paragraphStart, openInParagraph).isBlank();
  }

  /** The next quote of the paragraph, as the constructions read it, or null. */
  QuoteSite following() {
    QuoteSpans.Span next = clauses.spanAfter(span);
    int end = discourse.bounds[1];
    if (next == null || next.start() >= end) {
      return null;
    }
    QuoteSpans.Span after = clauses.spanAfter(next);
    int until = after != null && after.start() - 1 < end ? after.start() - 1 : end;
    return new QuoteSite(clauses, pronouns, discourse, next, until);
  }

  /** Whether any words follow the quote in its sentence. */
  boolean wordsAfter() {
    return afterFrom < afterTo;
  }

  /** Whether any words precede the quote in its sentence. */
  boolean wordsBefore() {
    return beforeFrom < beforeTo;
  }

  /** Whether the quote's own words end with a full stop: "… the end.”". */
  boolean endsWithFullStop() {
    return span.end() > span.start() && clauses.article.text.charAt(span.end() - 1) == '.';
  }

  /** The subject of the quote's sentence before its opening mark, or null. */
  Subject sentenceSubject() {
    if (!sentenceSubjectRead) {
      sentenceSubject = wordsBefore() ? clauses.sentenceSubject(beforeFrom, beforeTo) : null;
      sentenceSubjectRead = true;
    }
    return sentenceSubject;
  }

  /** The attribution to subject {@code s} (see {@link Attribution#of}). */
  Attribution attribution(
      Subject s, List<String> via, String cue, AttributionRule rule, boolean afterQuote) {
    return Attribution.of(s, via, cue, rule, afterQuote, pronouns);
  }
}
