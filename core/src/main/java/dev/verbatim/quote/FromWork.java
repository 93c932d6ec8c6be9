package dev.verbatim.quote;

import dev.verbatim.quote.Mentions.Entity;
import java.util.List;

/**
 * {@link AttributionRule#WORK}: a passage quoted from a titled work the article named with its
 * authors ({@link Works}) is the authors', when a colon lead-in names the work and nobody else:
 * "From “Conform”: ¶ “…”", "“Conform” details another disturbing story: ¶ “…”", or the same lead-in
 * in the quote's own sentence.
 */
final class FromWork implements Construction {
  @Override
  public Attribution attribute(QuoteSite q) {
    ArticleText article = q.clauses.article;
    int from;
    int to;
    if (q.wordsBefore() && q.colonBefore) {
      from = article.sentenceStart(q.sentence);
      to = q.open;
    } else if (q.opensParagraph && q.sentence > 0) {
      from = article.sentenceStart(q.sentence - 1);
      to = article.sentenceStart(q.sentence);
      if (!article.text.substring(from, to).strip().endsWith(":")) {
        return null;
      }
    } else {
      return null;
    }
    Entity author = q.clauses.works().authorQuotedIn(from, to);
    return author == null
        ? null
        : new Attribution(
            author,
            null,
            List.of(),
            ":",
            AttributionRule.WORK,
            AttributionRule.WORK.confidence(),
            false);
  }
}
