package dev.verbatim.ingest;

import dev.verbatim.Article;

/** One record read from an input: an article ready to index, or a rejection saying why not. */
public sealed interface IngestRecord {
  /** Where the record came from: a file, and a line number for JSON Lines. */
  String origin();

  /**
   * A record that became an article.
   *
   * @param article the cleaned article
   * @param cleaning what the furniture filter removed and joined
   * @param claimedUrl for a web page, the address it named as its own that its origin does not
   *     vouch for, so that the article keeps the address it came from ({@link PageIdentity}); else
   *     null
   * @param metadataFrom for a web page, where its title, date, authors and source came from; {@link
   *     HtmlPage.Origins#NONE} for other inputs
   */
  record Accepted(
      Article article,
      CleanedText cleaning,
      String origin,
      String claimedUrl,
      HtmlPage.Origins metadataFrom)
      implements IngestRecord {
    /** No origins: {@link HtmlPage.Origins#NONE}. */
    public Accepted {
      metadataFrom = metadataFrom == null ? HtmlPage.Origins.NONE : metadataFrom;
    }

    /** An article that is no web page, or claimed no address it was refused. */
    public Accepted(Article article, CleanedText cleaning, String origin) {
      this(article, cleaning, origin, null, null);
    }

    /** A record without the origins of its metadata. */
    public Accepted(Article article, CleanedText cleaning, String origin, String claimedUrl) {
      this(article, cleaning, origin, claimedUrl, null);
    }
  }

  /**
   * A record of a crawl that holds no article and is passed over: not HTML (an image, a
   * stylesheet), a failed fetch (a 404), a request or metadata record, or a page already read (same
   * URL or same payload digest).
   *
   * @param reason why, in a few words ("not HTML: image/png", "HTTP 404", "duplicate URL")
   */
  record Skipped(String origin, String reason) implements IngestRecord {}

  /**
   * A record that cannot be indexed.
   *
   * @param id the record's id if it had one, else null
   * @param field the field at fault, e.g. {@code date}; {@code record} for the whole record
   * @param message what is wrong with it
   */
  record Rejected(String origin, String id, String field, String message) implements IngestRecord {
    /** One line for a person: origin, id, field and message. */
    public String describe() {
      return origin + (id == null ? "" : " (id " + id + ")") + ": " + field + ": " + message;
    }
  }
}
