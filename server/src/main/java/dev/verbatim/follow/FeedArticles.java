package dev.verbatim.follow;

import dev.verbatim.Article;
import dev.verbatim.ingest.IngestRecord;
import java.time.LocalDate;

/** What a feed's item adds to the article its page gives, and why a page gives none. */
final class FeedArticles {
  private FeedArticles() {}

  /**
   * The article with the feed's title as its outlet and the item's day as its date, when it has
   * none.
   */
  static Article withDefaults(Article a, String source, LocalDate date) {
    if ((a.source() != null || source == null) && (a.date() != null || date == null)) {
      return a;
    }
    return new Article(
        a.id(),
        a.source() != null ? a.source() : source,
        a.url(),
        a.title(),
        a.authors(),
        a.date() != null ? a.date() : date,
        a.language(),
        a.text());
  }

  /** Why a page read gave no article to index. */
  static String whyNot(IngestRecord record) {
    return switch (record) {
      case IngestRecord.Rejected r -> r.field() + ": " + r.message();
      case IngestRecord.Skipped sk -> sk.reason();
      case IngestRecord.Accepted a -> "accepted";
    };
  }
}
