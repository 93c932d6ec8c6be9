package dev.verbatim;

import dev.verbatim.verify.Verification.Verdict;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One article a watch matched, recorded in the same commit that made the article searchable. A
 * watch matches an article once: re-adding or updating it records no second match.
 *
 * @param watch the watch's id
 * @param sequence the match's place in the index's order of matches (newer matches are larger)
 * @param matched when it was recorded
 * @param article the article's id
 * @param quote the matched quote's id ({@code ARTICLE#N}) for a quote search; null otherwise
 * @param title the article's headline, or null
 * @param source the article's outlet, or null
 * @param date the article's publication day, or null
 * @param url the article's address, or null
 * @param text for an article search, the best sentence with the matches marked; for a quote search,
 *     the quote; for a claim, the attested wording
 * @param speaker the quote's speaker, or null
 * @param verdict for a claim: {@code exact}, {@code close} or {@code paraphrase}; null otherwise
 * @param meaning for a claim compared by meaning: the cosine of the claim and the wording; null
 *     otherwise
 */
public record WatchMatch(
    String watch,
    long sequence,
    Instant matched,
    String article,
    String quote,
    String title,
    String source,
    LocalDate date,
    String url,
    Snippet text,
    String speaker,
    Verdict verdict,
    Double meaning) {}
