package dev.verbatim.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link HtmlExtractor} found in a web page.
 *
 * @param url the page's canonical address (its {@code <link rel=canonical>} or {@code og:url}),
 *     else the address it was fetched from; or null
 * @param title the headline, or null
 * @param source the outlet: the JSON-LD publisher, else {@code og:site_name}, else the host; or
 *     null
 * @param date the publication day, or null
 * @param authors the bylines, possibly empty
 * @param language the language code ({@code en}), or null
 * @param text the article's body, paragraphs separated by blank lines; empty when none was found
 * @param claimedUrl the address the page named as its own when its origin does not vouch for it
 *     ({@link PageIdentity}), so that it is indexed under {@code url} instead; else null
 * @param origins where each metadata field came from
 */
public record HtmlPage(
    String url,
    String title,
    String source,
    LocalDate date,
    List<String> authors,
    String language,
    String text,
    String claimedUrl,
    Origins origins) {
  /** Copies the list. */
  public HtmlPage {
    authors = List.copyOf(authors);
    origins = origins == null ? Origins.NONE : origins;
  }

  /**
   * Where each field of the page's metadata came from, in the words of docs/ingest.md ("h1",
   * "json-ld datePublished", "meta author", "byline", "url", "dateline", "og:site_name", "host");
   * null where the field is empty.
   */
  public record Origins(String title, String date, String authors, String source) {
    /** No metadata: a page read as plain text. */
    public static final Origins NONE = new Origins(null, null, null, null);
  }
}
