package dev.verbatim.quote;

import dev.verbatim.quote.Clauses.Subject;
import java.util.List;

/**
 * {@link AttributionRule#PRECEDING_CUE}: the subject of a verb of saying in the sentence before the
 * quote's, when that sentence quotes nobody: "X told reporters she expected …. “…”", and an
 * inverted lead-in ending its clause, "It is a form of deterrence, says Isaac Stone Fish, a
 * journalist. “…”". Only when the quote opens its paragraph or its sentence is not the paragraph's
 * first.
 */
final class PrecedingCue implements Construction {
  @Override
  public Attribution attribute(QuoteSite q) {
    ArticleText article = q.clauses.article;
    int sentence = article.sentenceOf(q.openInParagraph);
    boolean reaches = q.opensParagraph || article.sentenceStart(sentence) > q.discourse.bounds[0];
    return sentence > 0 && reaches ? cueIn(q, sentence - 1) : null;
  }

  private static Attribution cueIn(QuoteSite q, int sentence) {
    Clauses c = q.clauses;
    ArticleText article = c.article;
    int from = article.tokenAt(article.sentenceStart(sentence));
    int to = article.tokenAt(article.sentenceStart(sentence + 1));
    if (sentence + 1 > article.sentenceOf(article.text.length())) {
      to = article.tokens.size();
    }
    for (int k = from; k < to; k++) {
      if (c.quoted(k)) {
        return null; // a sentence with a quote of its own: what follows continues that quote
      }
    }
    for (int k = from; k < to; k++) {
      if (!Cues.isVerb(c.tok(k).lower())) {
        continue;
      }
      String cue = c.tok(k).lower();
      Subject s = c.subjectBefore(k, from);
      if (s != null && !c.quoted(s.first())) {
        return q.attribution(s, List.of(), cue, AttributionRule.PRECEDING_CUE, false);
      }
      // an inverted lead-in ending its clause: "It is a form of deterrence, says Isaac Stone
      // Fish, a journalist."; or opening its sentence: "Stated Stone: ¶ “…”"
      boolean afterComma = (k > from && article.gap(k - 1, k).contains(",")) || k == from;
      Subject after = afterComma ? c.nounPhraseAfter(k + 1, to) : null;
      if (after != null && after.mention() != null && Clauses.isPerson(after.mention())) {
        return q.attribution(after, List.of(), cue, AttributionRule.PRECEDING_CUE, false);
      }
    }
    return null;
  }
}
