package dev.verbatim.cli;

import dev.verbatim.Collapse;
import dev.verbatim.Copies;
import dev.verbatim.CopyGroup;
import dev.verbatim.DateFacet;
import dev.verbatim.FacetValue;
import dev.verbatim.Hit;
import dev.verbatim.Limits;
import dev.verbatim.QuoteHit;
import dev.verbatim.QuoteSearchResult;
import dev.verbatim.Scope;
import dev.verbatim.SearchRequest;
import dev.verbatim.SearchResult;
import dev.verbatim.Snippet;
import dev.verbatim.SortOrder;
import dev.verbatim.Verbatim;
import dev.verbatim.http.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verbatim search}: run a query and print the hits. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search an index. QUERY uses Verbatim's query language: words (all must match, stemmed),"
          + " \"exact phrase\", \"phrase\"~N, OR, NOT, -word, (groups), prefix*, source:, title:,"
          + " date:[2022-10-01 TO 2022-10-31], speaker:, quote:, a w/N b, a pre/N b, a w/s b,"
          + " a w/p b, a not w/N b, atleastN(word), firstN(word). See docs/query-syntax.md.",
      "Exit codes: 0 success, 2 bad query or arguments, 1 any other failure."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(
      names = "--source",
      paramLabel = "S",
      description = "keep only this outlet (exact name, any case); repeat for several")
  List<String> sources = List.of();

  @Option(
      names = "--speaker",
      paramLabel = "NAME",
      description =
          "keep only articles or quotes with this speaker (full name); repeat for several")
  List<String> speakers = List.of();

  @Option(
      names = "--scope",
      defaultValue = "articles",
      paramLabel = "articles|quotes",
      description = "hits are articles (default) or quotes with their speakers")
  Scope scope;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "published on or after")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "published on or before")
  LocalDate to;

  @Option(
      names = "--size",
      defaultValue = "10",
      paramLabel = "N",
      description = "hits per page, 1..100 (default ${DEFAULT-VALUE})")
  int size;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      paramLabel = "relevance|date",
      description = "order of hits (default ${DEFAULT-VALUE})")
  SortOrder sort;

  @Option(names = "--cursor", paramLabel = "C", description = "next_cursor of the previous page")
  String cursor;

  @Option(
      names = "--date-facet",
      defaultValue = "month",
      paramLabel = "month|day",
      description = "granularity of the date facet (default ${DEFAULT-VALUE})")
  DateFacet dateFacet;

  @Option(
      names = "--collapse",
      defaultValue = "none",
      paramLabel = "none|copies",
      description =
          "copies: one hit per story printed by several outlets (its copy group), saying how many"
              + " print it and which was first (default ${DEFAULT-VALUE})")
  Collapse collapse;

  @Option(names = "--json", description = "print the response body of GET /api/search")
  boolean json;

  @Option(
      names = "--like",
      paramLabel = "TEXT",
      description =
          "with --scope quotes: the quotes nearest in meaning to TEXT that pass QUERY (which may"
              + " then be left out) and the filters, nearest first")
  String like;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "the query (optional with --like)")
  String query;

  @Override
  public Integer call() throws Exception {
    SearchRequest request =
        SearchRequest.builder(query == null ? "" : query)
            .like(like)
            .sources(sources)
            .speakers(speakers)
            .from(from)
            .to(to)
            .sort(sort)
            .size(size)
            .cursor(cursor)
            .dateFacet(dateFacet)
            .collapse(collapse)
            .build();
    PrintWriter out = spec.commandLine().getOut();
    Object result;
    try (Verbatim verbatim = index.openForReading()) {
      result = scope == Scope.QUOTES ? verbatim.quotes().search(request) : verbatim.search(request);
    }
    boolean terminal = Terminal.interactive();
    if (json) {
      out.println(Json.mapper().writeValueAsString(result));
    } else if (result instanceof QuoteSearchResult quotes) {
      print(quotes, out, terminal);
    } else {
      print((SearchResult) result, out, terminal);
    }
    out.flush();
    return 0;
  }

  private static void print(QuoteSearchResult result, PrintWriter out, boolean terminal) {
    out.printf(
        Locale.ROOT,
        "%d %s (%d ms)%n",
        result.total(),
        result.total() == 1 ? "quote" : "quotes",
        result.tookMs());
    int n = 0;
    for (QuoteHit hit : result.hits()) {
      String who = hit.speaker() == null ? "(speaker unknown)" : hit.speaker();
      if (!hit.via().isEmpty()) {
        who += " via " + String.join(", ", hit.via());
      }
      out.printf(
          Locale.ROOT,
          "%n%d. %s%s: “%s”%n   %s · %s · %s %d-%d%n",
          ++n,
          who,
          hit.cue() == null ? "" : " [" + hit.cue() + "]",
          Snippets.toText(hit.text(), terminal),
          hit.source() == null ? "unknown source" : hit.source(),
          hit.date() == null ? "undated" : hit.date(),
          hit.article(),
          hit.start(),
          hit.end());
    }
    printFacets(result.facets(), result.facetsEstimated(), out);
    if (result.nextCursor() != null) {
      out.println("\nmore: --cursor " + result.nextCursor());
    }
  }

  private static void print(SearchResult result, PrintWriter out, boolean terminal) {
    out.printf(
        Locale.ROOT,
        "%d %s (%d ms)%n",
        result.total(),
        result.total() == 1 ? "article" : "articles",
        result.tookMs());
    if (result.groups() != null) {
      out.printf(
          Locale.ROOT,
          "%d %s, one hit each%n",
          result.groups(),
          result.groups() == 1 ? "story" : "stories");
    }
    int n = 0;
    for (Hit hit : result.hits()) {
      out.printf(
          Locale.ROOT,
          "%n%d. %s%n   %s · %s · %s%n",
          ++n,
          hit.title() == null ? "(no headline)" : hit.title(),
          hit.source() == null ? "unknown source" : hit.source(),
          hit.date() == null ? "undated" : hit.date(),
          hit.id());
      String copies = copies(hit.copies());
      if (copies != null) {
        out.println("   " + copies);
      }
      for (Snippet snippet : hit.snippets()) {
        out.println("   " + Snippets.toText(snippet, terminal));
      }
    }
    printFacets(result.facets(), result.facetsEstimated(), out);
    if (result.nextCursor() != null) {
      out.println("\nmore: --cursor " + result.nextCursor());
    }
  }

  /** "also in 3 outlets (4 articles); first: AP, 2024-05-01", or null for a story printed once. */
  static String copies(Copies copies) {
    if (copies == null || copies.articles() < 2) {
      return null;
    }
    CopyGroup.Member original = copies.original();
    String first =
        copies.isOriginal()
            ? "this is the first"
            : "first: "
                + (original.source() == null ? "unknown source" : original.source())
                + ", "
                + (original.date() == null ? "undated" : original.date().toString());
    int others = copies.outlets() - 1;
    return String.format(
        Locale.ROOT,
        "also in %d other %s (%d articles in all); %s",
        others,
        others == 1 ? "outlet" : "outlets",
        copies.articles(),
        first);
  }

  private static void printFacets(
      Map<String, List<FacetValue>> facets, boolean estimated, PrintWriter out) {
    if (estimated && !facets.isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%nfacet counts estimated from a sample of about %,d matches%n",
          Limits.FACET_SAMPLE);
    }
    for (Map.Entry<String, List<FacetValue>> facet : facets.entrySet()) {
      if (facet.getValue().isEmpty()) {
        continue;
      }
      out.printf(Locale.ROOT, "%n%s:", facet.getKey());
      for (FacetValue value : facet.getValue()) {
        out.printf(Locale.ROOT, " %s (%s%d);", value.value(), estimated ? "~" : "", value.count());
      }
      out.println();
    }
  }
}
