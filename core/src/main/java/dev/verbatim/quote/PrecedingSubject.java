package dev.verbatim.quote;

import dev.verbatim.quote.Clauses.Subject;
import java.util.List;

/**
 * {@link AttributionRule#PRECEDING_SUBJECT}: a paragraph that is one quote and nothing else, with
 * no cue anywhere, after a sentence whose subject is a person already quoted in the article:
 * "Instead Boehner pointed to getting rid of some loopholes. ¶ “If we clean up the code, …”" The
 * sentence before quotes nobody itself, and the person has spoken before, so the quote is theirs
 * and not a stranger's; anyone else is left unattributed.
 */
final class PrecedingSubject implements Construction {
  @Override
  public Attribution attribute(QuoteSite q) {
    ArticleText article = q.clauses.article;
    int close = Math.min(q.discourse.bounds[1], q.span.end() + (q.span.closed() ? 1 : 0));
    if (!q.opensParagraph || !article.text.substring(close, q.discourse.bounds[1]).isBlank()) {
      return null; // the quote is its whole paragraph
    }
    int sentence = article.sentenceOf(q.openInParagraph) - 1;
    if (sentence < 0) {
      return null;
    }
    Clauses c = q.clauses;
    int from = article.tokenAt(article.sentenceStart(sentence));
    int to = article.tokenAt(q.openInParagraph);
    for (int k = from; k < to; k++) {
      if (c.quoted(k)) {
        return null; // a sentence with a quote of its own: continuation decides
      }
    }
    Subject s = from < to ? c.sentenceSubject(from, to) : null;
    if (s == null
        || s.mention() == null
        || s.mention().kind() != Mention.Kind.PERSON
        || s.first() - from > 1) {
      return null; // the sentence opens with the person ("Instead Boehner pointed …")
    }
    Entity person = s.mention().entity();
    if (person == null || !q.pronouns.hasSpoken(person)) {
      return null;
    }
    return q.attribution(s, List.of(), null, AttributionRule.PRECEDING_SUBJECT, false);
  }
}
