package dev.verbatim.ingest;

import java.util.List;

/**
 * An article's text with page furniture removed.
 *
 * @param title the headline found in the text, or the one given; null if there is none
 * @param authors the names in the byline, possibly empty
 * @param body the article body: paragraphs separated by one blank line, lines broken inside a
 *     sentence joined
 * @param removals every line taken out, with the rule that took it, in line order
 * @param joinedLines 1-based numbers of the lines that were joined to the line before them
 * @param masked the text as read with every removed line except the headline blanked out by spaces:
 *     same length and offsets as the input, for finding quotes with offsets into the text as read
 *     while ignoring furniture
 */
public record CleanedText(
    String title,
    List<String> authors,
    String body,
    List<Removal> removals,
    List<Integer> joinedLines,
    String masked) {

  /** Copies the lists. */
  public CleanedText {
    authors = List.copyOf(authors);
    removals = List.copyOf(removals);
    joinedLines = List.copyOf(joinedLines);
  }
}
