package dev.verbatim.quote;

import java.util.List;

/**
 * {@link AttributionRule#WORK}: a passage quoted from a titled work the article named with its
 * authors ({@link Works}) is the authors', when a colon lead-in names the work and nobody else: in
 * the quote's own sentence ({@link #IN_SENTENCE}: "“Conform” details it: “…”"), or as the sentence
 * before a quote that opens its paragraph ({@link #FROM_SENTENCE_BEFORE}: "From “Conform”: ¶ “…”").
 */
final class FromWork implements Construction {
  /** The lead-in in the quote's own sentence, before its opening mark. */
  static final FromWork IN_SENTENCE = new FromWork(true);

  /** The lead-in as the sentence before a quote that opens its paragraph. */
  static final FromWork FROM_SENTENCE_BEFORE = new FromWork(false);

  private final boolean inSentence;

  private FromWork(boolean inSentence) {
    this.inSentence = inSentence;
  }

  @Override
  public Attribution attribute(QuoteSite q) {
    ArticleText article = q.clauses.article;
    int from;
    int to;
    if (inSentence) {
      if (!q.wordsBefore() || !q.colonBefore) {
        return null;
      }
      from = article.sentenceStart(q.sentence);
      to = q.open;
    } else {
      if (!q.opensParagraph || q.sentence == 0) {
        return null;
      }
      from = article.sentenceStart(q.sentence - 1);
      to = article.sentenceStart(q.sentence);
      int last = to - 1;
      while (last > from && Character.isWhitespace(article.text.charAt(last))) {
        last--;
      }
      if (article.text.charAt(last) != ':') {
        return null;
      }
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
