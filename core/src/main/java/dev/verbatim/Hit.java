package dev.verbatim;

import java.time.LocalDate;
import java.util.List;

/**
 * One matching article.
 *
 * @param id the article id
 * @param source its outlet, or null
 * @param date its publication day, or null
 * @param title its headline, or null
 * @param url its address, or null
 * @param authors its authors, possibly empty
 * @param speakers the people quoted in it, as the article names them, possibly empty
 * @param score its relevance score (BM25); comparable only within one result
 * @param snippets up to {@link Limits#MAX_SNIPPETS} passages of whole sentences around the matches,
 *     in text order, each match marked; a proximity match's passage covers the sentences between
 *     its two ends
 * @param copies the copy group it belongs to, or null for an article indexed before copies were
 *     grouped
 */
public record Hit(
    String id,
    String source,
    LocalDate date,
    String title,
    String url,
    List<String> authors,
    List<String> speakers,
    float score,
    List<Snippet> snippets,
    Copies copies) {

  /** Copies the lists. */
  public Hit {
    authors = List.copyOf(authors);
    speakers = List.copyOf(speakers);
    snippets = List.copyOf(snippets);
  }

  /** This hit with its copy group's summary. */
  public Hit withCopies(Copies copies) {
    return new Hit(id, source, date, title, url, authors, speakers, score, snippets, copies);
  }
}
