package dev.verbatim.quote;

import java.util.List;

/**
 * What quote extraction finds in one article: its quotes, and the people it names in full (the
 * evidence a {@link SpeakerDirectory} counts across a corpus).
 *
 * @param quotes the quotes, in text order
 * @param people the full names of the people the article names (two words or more, titles left out,
 *     each once, in order of first mention); empty when the article has no quote
 */
public record ArticleQuotes(List<Quote> quotes, List<String> people) {
  /** Copies the lists. */
  public ArticleQuotes {
    quotes = List.copyOf(quotes);
    people = List.copyOf(people);
  }
}
