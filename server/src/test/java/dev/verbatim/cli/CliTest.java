package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.http.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line end to end on the seeds: output, JSON shape and exit codes. */
class CliTest {
  @TempDir Path dir;
  private Path index;

  /** What one run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = VerbatimCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Path seeds() {
    String root = System.getProperty("verbatim.root", "..");
    return Path.of(root).resolve("seeds");
  }

  @BeforeEach
  void indexSeeds() {
    index = dir.resolve("index");
    Run run = run("index", "--index", index.toString(), seeds().toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("added 5, updated 0, unchanged 0, skipped 0, rejected 0\n");
  }

  @Test
  void anIndexOfAnEarlierVersionIsRefusedWithWhatToDoAndNoStackTrace() throws IOException {
    Path old = dir.resolve("old-index");
    dev.verbatim.OldIndex.write(old);
    for (String[] args :
        List.of(
            new String[] {"search", "--index", old.toString(), "putin"},
            new String[] {"index", "--index", old.toString(), seeds().toString()})) {
      Run run = run(args);
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err())
          .startsWith(
              "verbatim: this index was written by an earlier version of Verbatim (index format 1;"
                  + " this version reads format 5): index the articles again into a new folder;")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    }
  }

  @Test
  void reindexingSkipsWhatIsUnchangedAndReportsRejectionsWithoutStopping() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(
        bad,
        "{\"id\": \"ok\", \"text\": \"Fine.\"}\n{\"id\": \"x\", \"date\": \"soon\", \"text\": \"t\"}\n",
        StandardCharsets.UTF_8);
    Run run =
        run("index", "--index", index.toString(), "--json", seeds().toString(), bad.toString());
    assertThat(run.exit()).isZero();
    JsonNode summary = Json.mapper().readTree(run.out());
    assertThat(summary.get("added").asLong()).isEqualTo(1);
    // the seeds are in the index exactly so: a re-run writes nothing for them
    assertThat(summary.get("updated").asLong()).isZero();
    assertThat(summary.get("unchanged").asLong()).isEqualTo(5);
    assertThat(summary.get("rejected").asLong()).isEqualTo(1);
    assertThat(summary.get("rejections").get(0).get("field").asText()).isEqualTo("date");
    assertThat(run.err()).contains("rejected: ").contains("bad.jsonl line 2 (id x): date:");
  }

  @Test
  void searchJsonHasTheDocumentedShape() throws IOException {
    Run run = run("search", "--index", index.toString(), "--json", "\"spoken to Putin only once\"");
    assertThat(run.exit()).isZero();
    JsonNode body = Json.mapper().readTree(run.out());
    assertThat(body.fieldNames())
        .toIterable()
        .containsExactly(
            "total", "took_ms", "hits", "facets", "facets_estimated", "groups", "next_cursor");
    assertThat(body.get("total").asLong()).isEqualTo(1);
    JsonNode hit = body.get("hits").get(0);
    assertThat(hit.fieldNames())
        .toIterable()
        .contains("id", "source", "date", "title", "url", "score", "snippets");
    assertThat(hit.get("id").asText()).isEqualTo("002_bc97ad8f4dd9a4f7");
    assertThat(hit.get("source").asText()).isEqualTo("CNN");
    assertThat(hit.get("date").asText()).isEqualTo("2022-10-11");
    assertThat(hit.get("snippets").get(0).asText())
        .contains("<mark>spoken to Putin only once</mark>");
    assertThat(body.get("facets").get("source").get(0).get("value").asText()).isEqualTo("CNN");
    assertThat(body.get("next_cursor").isNull()).isTrue();
  }

  @Test
  void aProximityMatchAcrossSentencesPrintsBothEndsInOneSnippet() throws IOException {
    Run run =
        run(
            "search",
            "--index",
            index.toString(),
            "--source",
            "The Deep Dive",
            "putin w/12 nuclear");
    assertThat(run.exit()).isZero();
    List<String> marked =
        run.out().lines().filter(l -> l.contains("[[")).map(String::strip).toList();
    assertThat(marked).hasSize(1);
    assertThat(marked.getFirst())
        .contains(
            "launching a [[nuclear]] strike on Ukraine. Bremmer claimed that Musk agreed with"
                + " [[Putin]],");
  }

  @Test
  void searchFiltersSortsAndPages() throws IOException {
    Run first =
        run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--size",
            "2",
            "--sort",
            "date",
            "musk");
    JsonNode page = Json.mapper().readTree(first.out());
    assertThat(page.get("total").asLong()).isEqualTo(5);
    assertThat(page.get("hits").get(0).get("date").asText()).isEqualTo("2022-10-12");
    String cursor = page.get("next_cursor").asText();
    Run second =
        run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--size",
            "2",
            "--sort",
            "date",
            "--cursor",
            cursor,
            "musk");
    assertThat(Json.mapper().readTree(second.out()).get("hits").size()).isEqualTo(2);

    Run filtered =
        run(
            "search",
            "--index",
            index.toString(),
            "--source",
            "cnn",
            "--from",
            "2022-10-11",
            "--to",
            "2022-10-11",
            "musk");
    assertThat(filtered.out()).startsWith("1 article").contains("002_bc97ad8f4dd9a4f7");
  }

  @Test
  void quoteScopeJsonAndQuotesCommand() throws IOException {
    Run run =
        run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--scope",
            "quotes",
            "--speaker",
            "Dmitry Peskov",
            "positive");
    JsonNode body = Json.mapper().readTree(run.out());
    assertThat(body.get("total").asLong()).isEqualTo(1);
    JsonNode hit = body.get("hits").get(0);
    assertThat(hit.get("speaker").asText()).isEqualTo("Dmitry Peskov");
    assertThat(hit.get("cue").asText()).isEqualTo("said");
    assertThat(hit.get("kind").asText()).isEqualTo("speech");
    assertThat(hit.get("text").asText()).contains("<mark>positive</mark>");

    Run quotes = run("quotes", "--json", seeds().resolve("004_3943c7d2be55e3c4.txt").toString());
    JsonNode line = Json.mapper().readTree(quotes.out());
    assertThat(line.get("article").asText()).isEqualTo("004_3943c7d2be55e3c4");
    JsonNode first = line.get("quotes").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly(
            "start",
            "end",
            "text",
            "speaker",
            "via",
            "kind",
            "cue",
            "confidence",
            "rule",
            "speaker_description");
    String raw =
        Files.readString(seeds().resolve("004_3943c7d2be55e3c4.txt"), StandardCharsets.UTF_8);
    assertThat(raw.substring(first.get("start").asInt(), first.get("end").asInt()))
        .isEqualTo(first.get("text").asText());

    Run eval =
        run("eval-quotes", "--gold", seeds().resolve("quotes.gold.jsonl").toString(), "--json");
    JsonNode scores = Json.mapper().readTree(eval.out());
    assertThat(scores.get("f1").asDouble()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.get("speaker_accuracy").asDouble()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void badQueryExitsTwoWithThePosition() {
    Run run = run("search", "--index", index.toString(), "musk (putin");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("verbatim: bad query: '(' is never closed with ')' (at position 5)\n");
  }

  @Test
  void searchAndVerifyRunBesideAWriterThatHoldsTheIndex() throws IOException {
    try (dev.verbatim.Verbatim writer = dev.verbatim.Verbatim.open(index)) {
      Run search = run("search", "--index", index.toString(), "\"spoken to Putin only once\"");
      assertThat(search.exit()).as(search.err()).isZero();
      assertThat(search.out()).contains("[[spoken to Putin only once]]");
      Run verify = run("verify", "--index", index.toString(), "I have spoken to Putin only once");
      assertThat(verify.exit()).as(verify.err()).isZero();
      assertThat(writer.count()).isEqualTo(5);
    }
  }

  @Test
  void verifySaysWhichOfTheThreeSpeakerStatesTheEvidenceIsIn() {
    Run same =
        run(
            "verify",
            "--index",
            index.toString(),
            "--speaker",
            "Musk",
            "I have spoken to Putin only once");
    assertThat(same.out().lines().toList())
        .startsWith(
            "exact (attributed to Musk)",
            "These words are on record. The same words, inside a longer quote. The evidence"
                + " attributes them to Elon Musk.");
    assertThat(same.out()).contains("diff ({+quote only+} [-claim only-]): ");
    Run other =
        run(
            "verify",
            "--index",
            index.toString(),
            "--speaker",
            "Ian Bremmer",
            "I have spoken to Putin only once");
    assertThat(other.out().lines().findFirst().orElseThrow())
        .isEqualTo("exact (attributed to Elon Musk, NOT to Ian Bremmer)");
  }

  @Test
  void badArgumentsExitTwoAndMissingIndexExitsOne() {
    assertThat(run("search", "--index", index.toString(), "--size", "0", "musk").exit())
        .isEqualTo(2);
    assertThat(run("search", "--index", index.toString(), "--sort", "oldest", "musk").exit())
        .isEqualTo(2);
    assertThat(run("search", "--index", index.toString(), "--from", "yesterday", "musk").exit())
        .isEqualTo(2);
    Run missing = run("search", "--index", dir.resolve("none").toString(), "musk");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file or folder");
    assertThat(missing.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void theEvaluationCommandsAreOutOfTheUsersListButNamedBelowIt() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).doesNotContainPattern("(?m)^  eval-").contains("Measuring quality");
    assertThat(run("eval-extraction", "--help").out()).contains("--metadata");
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : new String[] {"index", "search", "quotes", "eval-quotes"}) {
      Run help = run(command, "--help");
      assertThat(help.exit()).isZero();
      assertThat(help.out()).contains("Usage: verbatim " + command);
    }
  }

  @Test
  void aBadDateNamesTheFlagAndTheExpectedForm() {
    Run run = run("search", "--index", index.toString(), "--from", "2013-13-01", "musk");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "verbatim: Invalid value for option '--from': '2013-13-01' is not a date: expected"
                + " YYYY-MM-DD, for example 2022-10-11\n"
                + "verbatim: see 'verbatim search --help' for the usage\n");
  }

  @Test
  void aMisspelledFlagOrCommandIsNamedWithItsNearestSpellingOnlyWhenOneIsNear() {
    Run flag = run("search", "--index", index.toString(), "--szie", "3", "musk");
    assertThat(flag.exit()).isEqualTo(2);
    assertThat(flag.err().lines().findFirst().orElseThrow())
        .isEqualTo("verbatim: unknown option '--szie'; did you mean '--size'?");
    Run command = run("serach", "musk");
    assertThat(command.exit()).isEqualTo(2);
    assertThat(command.err().lines().findFirst().orElseThrow())
        .isEqualTo("verbatim: unknown command 'serach'; did you mean 'search'?");
    Run far = run("frobnicate");
    assertThat(far.err().lines().findFirst().orElseThrow())
        .startsWith("verbatim: unknown command 'frobnicate'; the commands are index, search,")
        .doesNotContain("did you mean");
    // a query may still start with one dash
    assertThat(run("search", "--index", index.toString(), "-starlink").exit()).isZero();
  }

  @Test
  void serveRefusesAFolderWithoutAnIndexUnlessToldToCreateOne() {
    Path empty = dir.resolve("typo");
    Run run = run("serve", "--index", empty.toString(), "--port", "0");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "verbatim: no index in "
                + empty
                + ": index articles into it first (verbatim index --index "
                + empty
                + " FILES…), or add --create to serve a new, empty index there\n");
    assertThat(java.nio.file.Files.exists(empty)).isFalse();
  }

  @Test
  void aPortInUseIsOneLine() throws IOException {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
      Run run =
          run(
              "serve",
              "--index",
              index.toString(),
              "--host",
              "127.0.0.1",
              "--port",
              String.valueOf(taken.getLocalPort()));
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err())
          .isEqualTo(
              "verbatim: port "
                  + taken.getLocalPort()
                  + " on 127.0.0.1 is in use: stop what uses it, or pick another with --port (0"
                  + " picks a free one)\n");
    }
  }

  @Test
  void anIndexRunThatRejectsEveryRecordExitsThree() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    java.nio.file.Files.writeString(bad, "{not json\n{\"id\": \"x\"}\n");
    Run run = run("index", "--index", dir.resolve("bad-index").toString(), bad.toString());
    assertThat(run.exit()).isEqualTo(IndexCommand.NOTHING_INDEXED);
    assertThat(run.out()).contains("added 0").contains("rejected 2");
    Path good = dir.resolve("mixed.jsonl");
    java.nio.file.Files.writeString(
        good, "{not json\n{\"id\": \"y\", \"source\": \"Wire\", \"text\": \"Words.\"}\n");
    assertThat(
            run("index", "--index", dir.resolve("mixed-index").toString(), good.toString()).exit())
        .isZero();
  }

  @Test
  void helpListsEveryCommandAndIndexHelpNamesWebPagesAndCrawls() {
    Run help = run("--help");
    for (var command : VerbatimCommand.commandLine().getSubcommands().entrySet()) {
      String name = command.getKey();
      if (command.getValue().getCommandSpec().usageMessage().hidden()) {
        // an evaluation command: named below the list, not in it
        assertThat(help.out()).as(name).contains(name).doesNotContainPattern("(?m)^  " + name);
      } else {
        assertThat(help.out()).as(name).containsPattern("(?m)^  " + name + " ");
      }
    }
    assertThat(run("index", "--help").out()).contains(".html").contains(".warc");
  }

  @Test
  void aReprintIsGroupedWithItsStorySearchCollapsesItAndEvalCopiesAgreesWithTheOracle()
      throws IOException {
    Path reprints = dir.resolve("reprints.jsonl");
    String text = read(seeds().resolve("002_bc97ad8f4dd9a4f7.txt"));
    java.nio.file.Files.writeString(
        reprints,
        Json.mapper()
                .writeValueAsString(
                    java.util.Map.of(
                        "id",
                        "reprint",
                        "source",
                        "Reprint Post",
                        "date",
                        "2022-10-12",
                        "text",
                        "KYIV (Reuters) — " + text))
            + "\n");
    Run added = run("index", "--index", index.toString(), reprints.toString());
    assertThat(added.exit()).isZero();

    Run plain = run("search", "--index", index.toString(), "\"spoken to Putin only once\"");
    assertThat(plain.out()).startsWith("2 articles").contains("also in 1 other outlet");
    Run collapsed =
        run(
            "search",
            "--index",
            index.toString(),
            "--collapse",
            "copies",
            "\"spoken to Putin only once\"");
    assertThat(collapsed.exit()).isZero();
    assertThat(collapsed.out())
        .contains("2 articles")
        .contains("1 story, one hit each")
        .contains("2 articles in all")
        .containsOnlyOnce("1. ")
        .doesNotContain("2. ");
    Run bad = run("search", "--index", index.toString(), "--collapse", "all", "putin");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("collapse must be none or copies");

    Run eval =
        run("eval-copies", "--index", index.toString(), seeds().toString(), reprints.toString());
    assertThat(eval.exit()).isZero();
    assertThat(eval.out())
        .contains("threshold 0.80: 6 articles, 5 groups (1 with copies)")
        .contains("oracle pairs 1, grouped pairs 1: precision 1.0000, recall 1.0000");
  }

  private static String read(Path file) throws IOException {
    return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void evalParaphraseScoresTheDevelopmentProbeKindsAndTheCandidateStage() throws IOException {
    Path probes = dir.resolve("probes.jsonl");
    java.nio.file.Files.writeString(
        probes,
        String.join(
            "\n",
            "{\"kind\": \"close\", \"article\": \"002_bc97ad8f4dd9a4f7\", \"claim\": \"I have"
                + " spoken to Putin just once\"}",
            "{\"kind\": \"misattributed\", \"article\": \"002_bc97ad8f4dd9a4f7\", \"claim\": \"I"
                + " have spoken to Putin only once\", \"speaker\": \"Ian Bremmer\"}",
            "{\"kind\": \"not_found\", \"claim\": \"Putin told me he would use nuclear"
                + " weapons\"}"));
    List<String> args =
        List.of(
            "eval-paraphrase",
            "--index",
            index.toString(),
            "--probes",
            probes.toString(),
            "--thresholds",
            "0.82");
    Run run = run(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("candidates: the reworded article among the first 10 for 2 of 2")
        .contains("close 1 of 1 (1.000) misattributed 1 of 1 (1.000) not_found 1 of 1 (1.000)");

    List<String> withEach = new java.util.ArrayList<>(args);
    withEach.add("--each");
    Run each = run(withEach.toArray(String[]::new));
    assertThat(each.exit()).as(each.err()).isZero();
    assertThat(each.out())
        .contains(
            "right close (candidate rank 1): I have spoken to Putin just once → close"
                + " 002_bc97ad8f4dd9a4f7")
        .contains("right not_found: Putin told me he would use nuclear weapons → not_found");
  }

  @Test
  void evalExtractionLeavesOutTheTruthsThePageDoesNotShowWhenAsked() throws IOException {
    Path set = java.nio.file.Files.createDirectories(dir.resolve("extraction"));
    Path html = java.nio.file.Files.createDirectories(set.resolve("html"));
    String story =
        "<p>The Senate passed the measure late on Thursday, sending it to the president with days"
            + " to spare, officials said, after a long week of talks.</p>";
    java.nio.file.Files.writeString(
        html.resolve("a.html"), "<html><body>" + story + "</body></html>");
    java.nio.file.Files.writeString(
        html.resolve("b.html"), "<html><body>" + story + "</body></html>");
    java.nio.file.Files.writeString(
        set.resolve("ground-truth.json"),
        "{\"a\": {\"articleBody\": \"The Senate passed the measure late on Thursday, sending it"
            + " to the president with days to spare, officials said, after a long week of"
            + " talks.\"}, \"b\": {\"articleBody\": \"A text the page never shows, about"
            + " something else entirely, written by the crawler.\"}}");
    java.nio.file.Files.writeString(
        set.resolve("pages.json"),
        "{\"a\": {\"truth_coverage_in_page_text\": 1.0},"
            + " \"b\": {\"truth_coverage_in_page_text\": 0.1}}");
    Run all = run("eval-extraction", "--truth", set.resolve("ground-truth.json").toString());
    Run shown =
        run(
            "eval-extraction",
            "--truth",
            set.resolve("ground-truth.json").toString(),
            "--min-truth-coverage",
            "0.5");
    assertThat(all.out()).as(all.err()).startsWith("pages 2\n");
    assertThat(shown.out()).as(shown.err()).startsWith("pages 1\n").contains("F1 1.000");
  }
}
