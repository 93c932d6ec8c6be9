package dev.verbatim.verify;

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
    Double meaning) {}
