package dev.verbatim.cli;

import dev.verbatim.Scope;
import dev.verbatim.SearchRequest;
import dev.verbatim.Verbatim;
import dev.verbatim.Watch;
import dev.verbatim.WatchMatch;
import dev.verbatim.WatchMatches;
import dev.verbatim.WatchRequest;
import dev.verbatim.http.Json;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verbatim watch add|list|rm|matches}: saved searches and claims, matched against every
 * article indexed after they are made (see docs/cli.md).
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Watch a saved search or a claim: every article indexed from now on (by index, POST"
          + " /api/articles or serve) is matched against it in the commit that makes it"
          + " searchable. Its matches are read here, over HTTP, or in its Atom feed."
    },
    subcommands = {
      WatchCommand.Add.class,
      WatchCommand.ListWatches.class,
      WatchCommand.Remove.class,
      WatchCommand.Matches.class
    })
final class WatchCommand {

  /** {@code verbatim watch add}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Make a watch: a query (with --scope and filters), or --claim with --speaker.")
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
      @Parameters(paramLabel = "QUERY", description = "a query in the query language")
      String query;

      @Option(
          names = "--claim",
          paramLabel = "TEXT",
          description = "a claimed quote, matched as verify matches it")
      String claim;
    }

    @Option(names = "--scope", paramLabel = "S", description = "articles (default) or quotes")
    Scope scope;

    @Option(names = "--source", paramLabel = "NAME", description = "only this outlet (repeatable)")
    List<String> sources = List.of();

    @Option(
        names = "--speaker",
        paramLabel = "NAME",
        description = "a search: only this speaker (repeatable); a claim: who it is attributed to")
    List<String> speakers = List.of();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "published on or after")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "published on or before")
    LocalDate to;

    @Option(names = "--json", description = "print the watch as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
      WatchRequest request;
      if (what.claim != null) {
        if (speakers.size() > 1) {
          throw new IllegalArgumentException("a claim has one --speaker");
        }
        request = WatchRequest.claim(what.claim, speakers.isEmpty() ? null : speakers.getFirst());
      } else {
        request =
            WatchRequest.search(
                SearchRequest.builder(what.query)
                    .sources(sources)
                    .speakers(speakers)
                    .from(from)
                    .to(to)
                    .build(),
                scope);
      }
      Watch watch;
      try (Verbatim verbatim = index.open()) {
        watch = verbatim.watch(request);
      }
      print(spec.commandLine().getOut(), watch, json);
      return 0;
    }
  }

  /** {@code verbatim watch list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches.")
  static final class ListWatches implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;

    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Override
    public Integer call() throws Exception {
      try (Verbatim verbatim = index.openForReading()) {
        for (Watch w : verbatim.watches().list()) {
          print(spec.commandLine().getOut(), w, json);
        }
      }
      return 0;
    }
  }

  /** {@code verbatim watch rm}. */
  @Command(
      name = "rm",
      mixinStandardHelpOptions = true,
      description = "Remove a watch and its matches.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;

    @Parameters(paramLabel = "ID", description = "the watch's id")
    String id;

    @Override
    public Integer call() throws Exception {
      try (Verbatim verbatim = index.open()) {
        if (!verbatim.watches().remove(id)) {
          throw new IllegalArgumentException("no watch with id " + id);
        }
      }
      spec.commandLine().getOut().println("removed " + id);
      return 0;
    }
  }

  /** {@code verbatim watch matches}. */
  @Command(
      name = "matches",
      mixinStandardHelpOptions = true,
      description = "A watch's matches, newest first.")
  static final class Matches implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin IndexOption index;

    @Parameters(paramLabel = "ID", description = "the watch's id")
    String id;

    @Option(names = "--size", paramLabel = "N", defaultValue = "20", description = "1..100")
    int size;

    @Option(names = "--cursor", paramLabel = "C", description = "the next page's cursor")
    String cursor;

    @Option(names = "--json", description = "the page as JSON: matches, next_cursor")
    boolean json;

    @Override
    public Integer call() throws Exception {
      WatchMatches page;
      try (Verbatim verbatim = index.openForReading()) {
        page =
            verbatim
                .watches()
                .matches(id, cursor, size)
                .orElseThrow(() -> new IllegalArgumentException("no watch with id " + id));
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.mapper().writeValueAsString(page));
        return 0;
      }
      for (WatchMatch m : page.matches()) {
        out.printf(
            Locale.ROOT,
            "%s  %s  %s%s%n    %s%s%n",
            m.matched(),
            m.article(),
            m.title() == null ? "" : m.title(),
            m.source() == null ? "" : " (" + m.source() + ")",
            m.verdict() == null ? "" : m.verdict() + ": ",
            m.text().text());
      }
      if (page.nextCursor() != null) {
        out.println("next page: --cursor " + page.nextCursor());
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, Watch w, boolean json) throws Exception {
    WatchRequest r = w.request();
    if (json) {
      out.println(Json.mapper().writeValueAsString(w));
      return;
    }
    String what =
        r.isClaim()
            ? "claim \"" + r.claim() + "\"" + (r.speaker() == null ? "" : " by " + r.speaker())
            : r.scope().toString().toLowerCase(Locale.ROOT) + " " + r.query();
    out.printf(Locale.ROOT, "%s  %s  created %s%n", w.id(), what, w.created());
  }
}
