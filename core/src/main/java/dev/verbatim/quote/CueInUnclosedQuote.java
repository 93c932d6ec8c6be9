package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.quote.Clauses.Subject;
import dev.verbatim.text.QuoteMarks;
import java.util.List;

/**
 * A cue inside a quote whose closing mark was lost: "“From the first word you hear a person speak,
 * you start to form this impression, says Phil McAleer, a psychologist." — the paragraph ends, or
 * the next quote opens, with no mark closing the first; the words that would have followed the
 * closing mark are inside the span. An inverted cue after a comma in the span's last sentence,
 * followed by a name, is the quote's cue ({@link AttributionRule#CUE_AFTER_INVERTED}); so is a name
 * and a cue there, ", Cornyn said." ({@link AttributionRule#CUE_AFTER}). A quote with its closing
 * mark is left to the constructions that read the words after it.
 */
final class CueInUnclosedQuote implements Construction {
  @Override
  public Attribution attribute(QuoteSite q) {
    if (q.span.closed() || q.span.end() <= q.span.start()) {
      return null;
    }
    Clauses c = q.clauses;
    ArticleText article = c.article;
    int from = article.tokenAt(q.span.start());
    int to = article.tokenAt(q.span.end());
    int lastSentence = article.sentenceOf(q.span.end() - 1);
    for (int v = to - 1; v > from; v--) {
      Token t = c.tok(v);
      if (article.sentenceOf(t.start()) != lastSentence) {
        return null; // the cue of a lost closing mark stands in the quote's last sentence
      }
      if (!Cues.isVerb(t.lower()) || t.lower().endsWith("ing")) {
        continue;
      }
      if (nested(article.text, q.span.start(), t.start())) {
        return null; // "… ‘No,’ Mueller replied": the cue of a quote inside this one
      }
      if (article.gap(v - 1, v).contains(",")) {
        Subject after = c.nounPhraseAfter(v + 1, to);
        if (named(after)) {
          return q.attribution(
              after, List.of(), t.lower(), AttributionRule.CUE_AFTER_INVERTED, true);
        }
      }
      Subject before = c.subjectBefore(v, from);
      if (named(before)
          && before.first() > from
          && article.gap(before.first() - 1, before.first()).contains(",")
          && v + 1 >= to) {
        return q.attribution(before, List.of(), t.lower(), AttributionRule.CUE_AFTER, true);
      }
    }
    return null;
  }

  /** Whether a single-quoted quote opens inside {@code text[from, to)}: a quote in the quote. */
  private static boolean nested(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean opens =
          c == QuoteMarks.LEFT_SINGLE
              || (c == '\''
                  && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))
                  && i + 1 < to
                  && Character.isLetter(text.charAt(i + 1)));
      if (opens) {
        return true;
      }
    }
    return false;
  }

  /** Whether the subject is a person or name, not a pronoun, description or place. */
  private static boolean named(Subject s) {
    return s != null && s.mention() != null && Clauses.rank(s.mention()) >= 3;
  }
}
