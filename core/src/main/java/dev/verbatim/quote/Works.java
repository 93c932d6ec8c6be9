package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The titled works an article names with their authors, "Glenn Beck and Kyle Olson’s new book,
 * “Conform,”", "the memoir “Hard Choices” by Hillary Clinton", so that a passage quoted from the
 * work later ("From “Conform”: ¶ “…”") is its authors'. Jointly written works take the names
 * joined, as the product's speaker convention asks ("Glenn Beck and Kyle Olson").
 *
 * <p>Not thread-safe: one instance per article.
 */
final class Works {
  /** The nouns of a work someone writes or makes, before its title. */
  private static final Set<String> WORK_NOUNS =
      Set.of(
          "book",
          "memoir",
          "novel",
          "biography",
          "autobiography",
          "essay",
          "report",
          "study",
          "paper",
          "film",
          "documentary");

  /** Most words between a possessive author and the work noun: "Olson’s new book". */
  private static final int MAX_ADJECTIVES = 2;

  /** Most words a title runs to. */
  private static final int MAX_TITLE_WORDS = 8;

  private final Clauses clauses;
  private final List<QuoteSpans.Span> spans;
  private final Map<String, Entity> authorByTitle = new HashMap<>();

  Works(Clauses clauses, List<QuoteSpans.Span> spans) {
    this.clauses = clauses;
    this.spans = spans;
    for (QuoteSpans.Span s : spans) {
      String title = title(s);
      if (title != null && !authorByTitle.containsKey(title)) {
        Entity author = author(s);
        if (author != null) {
          authorByTitle.put(title, author);
        }
      }
    }
  }

  /**
   * The author of the one work whose title is quoted in characters {@code [from, to)}, or null when
   * none is, or more than one.
   */
  Entity authorQuotedIn(int from, int to) {
    Entity found = null;
    for (QuoteSpans.Span s : spans) {
      if (s.start() >= to) {
        break;
      }
      String title = s.start() >= from ? title(s) : null;
      Entity author = title == null ? null : authorByTitle.get(title);
      if (author != null) {
        if (found != null && found != author) {
          return null;
        }
        found = author;
      }
    }
    return found;
  }

  /** The quoted words as a title key ("Conform," is "conform"), or null when no title reads so. */
  private String title(QuoteSpans.Span s) {
    String text = clauses.article.text.substring(s.start(), s.end()).strip();
    while (!text.isEmpty() && ",.;:".indexOf(text.charAt(text.length() - 1)) >= 0) {
      text = text.substring(0, text.length() - 1);
    }
    boolean titled =
        !text.isEmpty()
            && Character.isUpperCase(text.charAt(0))
            && text.split("\\s+").length <= MAX_TITLE_WORDS;
    return titled ? text.toLowerCase(Locale.ROOT) : null;
  }

  /**
   * Who the words around span {@code s} say wrote the work it names: a possessive person before the
   * work noun ("Kyle Olson’s new book, “Conform,”"), joined with a person before "and"; or a person
   * after "by" following it ("“Conform” by Glenn Beck").
   */
  private Entity author(QuoteSpans.Span s) {
    ArticleText article = clauses.article;
    int open = article.tokenAt(Math.max(0, s.start() - 1));
    int noun = open - 1;
    if (noun > 0 && WORK_NOUNS.contains(clauses.tok(noun).lower())) {
      for (int k = noun - 1; k >= Math.max(0, noun - 1 - MAX_ADJECTIVES); k--) {
        Token t = clauses.tok(k);
        if (t.possessive()) {
          Mention m = clauses.mentions.at(k);
          return m != null && m.last() == k && Clauses.isPerson(m) ? joined(m) : null;
        }
      }
    }
    int after = article.tokenAt(s.end());
    if (after + 1 < article.tokens.size()
        && clauses.tok(after).lower().equals("by")
        && clauses.tok(after).sentence() == clauses.tok(Math.max(0, open)).sentence()) {
      Mention m = clauses.mentions.at(after + 1);
      return m != null && m.first() == after + 1 && Clauses.isPerson(m) ? m.entity() : null;
    }
    return null;
  }

  /** The author {@code m} names, joined with a person named right before "and": "A and B’s". */
  private Entity joined(Mention m) {
    int and = m.first() - 1;
    Mention other = and > 0 ? clauses.mentions.at(and - 1) : null;
    if (other == null
        || !clauses.tok(and).lower().equals("and")
        || other.last() != and - 1
        || !Clauses.isPerson(other)) {
      return m.entity();
    }
    Entity authors = new Entity(other.entity().name + " and " + m.entity().name, true, null);
    authors.gender = Mention.PLURAL;
    return authors;
  }
}
