package dev.verbatim;

import java.time.LocalDate;
import java.util.List;

/**
 * A news article as Verbatim indexes it.
 *
 * @param id the article's identifier, unique in an index; adding an article with an id that exists
 *     replaces it
 * @param source the outlet that published it, e.g. "CNN"; may be null when unknown
 * @param url where it was published; may be null
 * @param title its headline; may be null when the article has none
 * @param authors its authors from the byline, possibly empty
 * @param date its publication day; may be null when unknown
 * @param language its language as a BCP 47 tag, e.g. "en"; may be null
 * @param text the body, cleaned of page furniture, paragraphs separated by blank lines
 */
public record Article(
    String id,
    String source,
    String url,
    String title,
    List<String> authors,
    LocalDate date,
    String language,
    String text) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if id or text is blank, or id is longer than {@link
   *     Limits#MAX_ID_LENGTH}
   */
  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (id.length() > Limits.MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "id must be at most " + Limits.MAX_ID_LENGTH + " characters, was " + id.length());
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    authors = authors == null ? List.of() : List.copyOf(authors);
    source = blankToNull(source);
    url = blankToNull(url);
    title = blankToNull(title);
    language = blankToNull(language);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
