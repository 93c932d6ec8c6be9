package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import java.util.List;
import java.util.Locale;

/**
 * {@link AttributionRule#SPEAKER_LABEL}: a transcript's speaker label opening the paragraph,
 * "PENCE: “…”", naming a person the article names. It speaks for every quote of its paragraph whose
 * own sentence has no verb of saying, and for the quote-only paragraphs that follow: read once per
 * paragraph by {@link Attributor}, which ranks it above {@link Attributor#YIELD_TO_LABEL}.
 */
final class TranscriptLabel {
  /** The shortest label: "AP:" is an outlet, not a speaker. */
  private static final int MIN_LABEL_LENGTH = 3;

  private TranscriptLabel() {}

  /** The label opening the paragraph that starts at {@code paragraphStart}, or null. */
  static Attribution at(Clauses c, int paragraphStart) {
    ArticleText article = c.article;
    int first = article.tokenAt(paragraphStart);
    if (first >= article.tokens.size()) {
      return null;
    }
    Token t = c.tok(first);
    boolean label =
        t.text().length() >= MIN_LABEL_LENGTH
            && t.text().equals(t.text().toUpperCase(Locale.ROOT))
            && article.text.startsWith(":", t.end());
    if (!label) {
      return null;
    }
    Entity e = c.mentions.personNamed(t.text());
    return e == null
        ? null
        : new Attribution(
            e,
            null,
            List.of(),
            ":",
            AttributionRule.SPEAKER_LABEL,
            AttributionRule.SPEAKER_LABEL.confidence(),
            false);
  }
}
