package dev.verbatim.verify;

import dev.verbatim.Copies;
import java.time.LocalDate;

/**
 * An attested quote that may match a claim, as the index holds it.
 *
 * @param article the article's id
 * @param start the quote's offset in the article's text
 * @param end the offset after it
 * @param text the quoted words
 * @param speaker who said it, or null
 * @param cue the attribution cue, or null
 * @param source the outlet, or null
 * @param date the publication day, or null
 * @param meaning the cosine of the quote's embedding with the claim's, or null when either has none
 * @param joined whether the text is two quotes in a row of one speaker in one passage, read as one
 *     utterance ("I have spoken to Putin only once …," Musk tweeted. "The subject matter was
 *     space."): from the first's start to the second's end, the words between them written "[…]",
 *     with no vector of its own
 * @param copies the copy group of the quote's article (which outlets print the story, which was
 *     first); null when unknown (an article indexed before copies were grouped)
 */
public record Candidate(
    String article,
    int start,
    int end,
    String text,
    String speaker,
    String cue,
    String source,
    LocalDate date,
    Double meaning,
    boolean joined,
    Copies copies) {

  /** A quote, single or joined, without its copy group. */
  public Candidate(
      String article,
      int start,
      int end,
      String text,
      String speaker,
      String cue,
      String source,
      LocalDate date,
      Double meaning,
      boolean joined) {
    this(article, start, end, text, speaker, cue, source, date, meaning, joined, null);
  }

  /** This candidate with its article's copy group. */
  public Candidate withCopies(Copies copies) {
    return new Candidate(
        article, start, end, text, speaker, cue, source, date, meaning, joined, copies);
  }

  /** A single quote. */
  public Candidate(
      String article,
      int start,
      int end,
      String text,
      String speaker,
      String cue,
      String source,
      LocalDate date,
      Double meaning) {
    this(article, start, end, text, speaker, cue, source, date, meaning, false);
  }

  /** This quote and {@code next}, the same speaker's next quote in the article, as one. */
  public Candidate joinedWith(Candidate next) {
    return new Candidate(
        article,
        start,
        next.end,
        text + " […] " + next.text,
        speaker,
        cue,
        source,
        date,
        null,
        true,
        copies);
  }
}
