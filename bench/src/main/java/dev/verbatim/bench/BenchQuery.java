package dev.verbatim.bench;

import dev.verbatim.SearchRequest;
import java.time.LocalDate;
import java.util.List;

/**
 * One query of a frozen set, described so that each arm can build it its own way: Verbatim from
 * {@link #text()}, bare Lucene from {@link #kind()} and {@link #words()}.
 *
 * @param set the query set, e.g. {@code exact_quote}
 * @param kind what Lucene query it is
 * @param words the phrase (one element) or the words of the query
 * @param n slop of a sloppy phrase, or N of {@code w/N} and {@code pre/N}
 * @param speaker speaker filter, or null
 * @param from first day of the date filter, or null
 * @param to last day of the date filter, or null
 * @param facets whether the query asks for facet counts
 * @param expectedId an article the query must find (exact quotes), or null
 */
record BenchQuery(
    String set,
    Kind kind,
    List<String> words,
    int n,
    String speaker,
    LocalDate from,
    LocalDate to,
    boolean facets,
    String expectedId) {

  enum Kind {
    PHRASE,
    SLOPPY,
    WITHIN,
    PRE,
    TERM
  }

  /** The query in Verbatim's query language. */
  String text() {
    return switch (kind) {
      case PHRASE -> "\"" + words.getFirst() + "\"";
      case SLOPPY -> "\"" + words.getFirst() + "\"~" + n;
      case WITHIN -> words.get(0) + " w/" + n + " " + words.get(1);
      case PRE -> words.get(0) + " pre/" + n + " " + words.get(1);
      case TERM -> words.getFirst();
    };
  }

  /** The library request: ten hits, facets only when the set asks for them. */
  SearchRequest request(boolean snippets) {
    return SearchRequest.builder(text())
        .speakers(speaker == null ? List.of() : List.of(speaker))
        .from(from)
        .to(to)
        .size(BenchCommand.PAGE)
        .facetSize(facets ? BenchCommand.PAGE : 0)
        .snippets(snippets)
        .build();
  }
}
