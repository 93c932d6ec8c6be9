package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.Verbatim;
import dev.verbatim.follow.LoopbackSite;
import dev.verbatim.http.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of work, out of process: {@code verbatim index} and {@code verbatim serve}
 * run in a child JVM that is killed ({@link Process#destroyForcibly}) at seeded random moments.
 * After each kill, Lucene's CheckIndex (run as its own process from the same class path) must find
 * the index clean, every acknowledged article must be there, no POSTed batch may survive in part,
 * and an ingest re-run must end with exactly the articles of a clean run. Rounds: {@code
 * -Dverbatim.crash.rounds=N} (default 3 of each; docs/operations.md gives a 30-round run).
 */
class CrashTest {
  private static final int ROUNDS = Integer.getInteger("verbatim.crash.rounds", 3);
  private static final long SEED = Long.getLong("verbatim.crash.seed", 20261202L);
  private static final int ARTICLES = 2_000;
  private static final String TOKEN = "crash-test-token";

  @TempDir Path dir;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** A child JVM running the CLI with {@code args}, on this test's class path. */
  private static Process verbatim(String... args) throws IOException {
    return verbatim(true, args);
  }

  /** The same, its stderr dropped when {@code mergeErrors} is false (stdout alone is read). */
  private static Process verbatim(boolean mergeErrors, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    Collections.addAll(command, args);
    ProcessBuilder builder = new ProcessBuilder(command);
    if (mergeErrors) {
      builder.redirectErrorStream(true);
    } else {
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    }
    return builder.start();
  }

  /**
   * Lucene's CheckIndex on {@code index}, in its own JVM: exit code 0 when the index is clean (or
   * was never committed).
   */
  private static int checkIndex(Path index) throws IOException, InterruptedException {
    boolean committed;
    try (var files = Files.list(index)) {
      committed = files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    } catch (java.nio.file.NoSuchFileException none) {
      committed = false;
    }
    if (!committed) {
      return 0; // killed before its first commit: an empty index, nothing to check
    }
    Process check =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                "org.apache.lucene.index.CheckIndex",
                index.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return check.exitValue();
  }

  /** {@code n} articles made from the seeds' texts, each with its own id and closing line. */
  private Path corpus(int n) throws IOException {
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(CliTest.seeds())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    Path file = dir.resolve("corpus.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(Json.mapper().writeValueAsString(article("c" + i, texts.get(i % texts.size()), i)));
      sb.append('\n');
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    return file;
  }

  private static ObjectNode article(String id, String text, int i) {
    ObjectNode a = Json.mapper().createObjectNode();
    a.put("id", id);
    a.put("source", "Outlet " + (i % 7));
    // each text its own: the number goes into the first sentence, where no furniture rule looks
    int stop = text.indexOf(". ");
    a.put(
        "text",
        stop < 0
            ? text + " (report " + i + ")"
            : text.substring(0, stop) + " (report " + i + ")" + text.substring(stop));
    return a;
  }

  private static long count(Path index) throws IOException {
    try (Verbatim v = Verbatim.openReadOnly(index)) {
      return v.count();
    } catch (IOException nothingCommitted) {
      if (nothingCommitted.getMessage().contains("no index here yet")) {
        return 0;
      }
      throw nothingCommitted;
    }
  }

  @Test
  void ingestKilledAtRandomKeepsWhatItCommittedAndAReRunEndsAsACleanRun() throws Exception {
    Path corpus = corpus(ARTICLES);
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      Path index = dir.resolve("ingest-" + round);
      Process run =
          verbatim(
              "index", "--index", index.toString(), "--commit-seconds", "1", corpus.toString());
      Thread.sleep(1_500 + random.nextInt(4_000)); // JVM start, then some ingest
      run.destroyForcibly().waitFor();
      assertThat(checkIndex(index)).as("CheckIndex after kill, round %d", round).isZero();
      long kept = count(index);

      Process again = verbatim("index", "--index", index.toString(), "--json", corpus.toString());
      String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
      assertThat(again.exitValue()).as(out).isZero();
      JsonNode summary = Json.mapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
      // the re-run writes nothing for what the killed run committed, and adds the rest
      assertThat(summary.get("unchanged").asLong()).as("round %d", round).isEqualTo(kept);
      assertThat(summary.get("added").asLong() + summary.get("unchanged").asLong())
          .isEqualTo(ARTICLES);
      assertThat(count(index)).isEqualTo(ARTICLES);
      assertThat(checkIndex(index)).isZero();
    }
  }

  @Test
  void followKilledAtRandomLosesNoAcknowledgedArticleAndResumesWithoutRefetching()
      throws Exception {
    Random random = new Random(SEED + 2);
    int pages = 60;
    try (LoopbackSite site = new LoopbackSite()) {
      String[] paths = new String[pages];
      for (int i = 0; i < pages; i++) {
        paths[i] = "/story-" + i;
        // a page takes a while to serve, so that a kill lands between commits
        site.resources.put(
            paths[i],
            new LoopbackSite.Resource(
                "text/html", site.page("plan " + i, paths[i]), "\"p" + i + "\"", 40));
      }
      site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n");
      site.put("/feed.xml", "application/rss+xml", site.rss(paths));
      Path feeds = dir.resolve("feeds.txt");
      Files.writeString(feeds, site.base + "/feed.xml\n");
      for (int round = 0; round < ROUNDS; round++) {
        Path index = dir.resolve("follow-" + round);
        Process run =
            verbatim(
                "follow", feeds.toString(), "--index", index.toString(), "--host-delay-ms", "0");
        Thread.sleep(1_500 + random.nextInt(3_000)); // JVM start, then some pages
        run.destroyForcibly().waitFor();
        assertThat(checkIndex(index)).as("CheckIndex after kill, round %d", round).isZero();
        Path seen = index.resolve("follow/seen.txt");
        List<String> done = Files.exists(seen) ? Files.readAllLines(seen) : List.of();
        // every page the follower remembered as done is in the index: it was committed first
        if (!done.isEmpty()) {
          try (Verbatim v = Verbatim.openReadOnly(index)) {
            for (String url : done) {
              assertThat(v.articles().get(url)).as("round %d: %s", round, url).isPresent();
            }
          }
        }
        Map<String, Integer> before = new HashMap<>();
        for (String p : paths) {
          before.put(p, site.gets(p));
        }
        Process again =
            verbatim(
                "follow",
                feeds.toString(),
                "--index",
                index.toString(),
                "--host-delay-ms",
                "0",
                "--once");
        String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(out).isZero();
        for (String p : paths) {
          if (done.contains(site.base + p)) {
            assertThat(site.gets(p))
                .as("round %d: %s refetched", round, p)
                .isEqualTo(before.get(p));
          }
        }
        assertThat(count(index)).as("round %d", round).isEqualTo(pages);
        assertThat(checkIndex(index)).isZero();
      }
    }
  }

  @Test
  void serverKilledDuringConcurrentPostsLosesNothingAcknowledgedAndNoBatchInPart()
      throws Exception {
    Random random = new Random(SEED + 1);
    List<String> texts = new ArrayList<>();
    try (var files = Files.list(CliTest.seeds())) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    for (int round = 0; round < ROUNDS; round++) {
      Path index = dir.resolve("serve-" + round);
      Process server =
          verbatim(
              false,
              "serve",
              "--index",
              index.toString(),
              "--create",
              "--port",
              "0",
              "--token",
              TOKEN);
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String url = lines.readLine();
      assertThat(url).as("the server's first line").startsWith("http://");
      Thread drain =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    try {
                      while (lines.readLine() != null) {
                        // keep the pipe from filling
                      }
                    } catch (IOException closed) {
                      // the process is gone
                    }
                  });
      // a watch every posted article matches (each seed names Putin): its matches are committed
      // with their articles, so every acknowledged article must have one after the kill
      HttpResponse<String> watch =
          http.send(
              HttpRequest.newBuilder(URI.create(url + "/api/watches"))
                  .header("Authorization", "Bearer " + TOKEN)
                  .POST(HttpRequest.BodyPublishers.ofString("{\"q\": \"putin\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(watch.statusCode()).as(watch.body()).isEqualTo(201);
      String watchId = Json.mapper().readTree(watch.body()).get("id").asText();
      Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
      List<String> answers = Collections.synchronizedList(new ArrayList<>());
      List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
      ExecutorService posters = Executors.newFixedThreadPool(4);
      int finalRound = round;
      for (int t = 0; t < 4; t++) {
        int thread = t;
        posters.execute(
            () -> {
              for (int b = 0; ; b++) {
                List<String> ids = new ArrayList<>();
                StringBuilder body = new StringBuilder();
                for (int k = 0; k < 20; k++) {
                  String id = "r" + finalRound + "-t" + thread + "-b" + b + "-" + k;
                  ids.add(id);
                  try {
                    body.append(
                            Json.mapper()
                                .writeValueAsString(
                                    article(
                                        id,
                                        texts.get(k % texts.size()),
                                        (thread * 100_000) + (b * 20) + k)))
                        .append('\n');
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }
                batches.add(ids);
                try {
                  HttpResponse<String> response =
                      http.send(
                          HttpRequest.newBuilder(URI.create(url + "/api/articles"))
                              .header("Authorization", "Bearer " + TOKEN)
                              .header("Content-Type", "application/x-ndjson")
                              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (response.statusCode() == 201) {
                    acknowledged.addAll(ids);
                  } else if (answers.size() < 5) {
                    answers.add(response.statusCode() + " " + response.body());
                  }
                } catch (IOException | InterruptedException gone) {
                  if (answers.size() < 5) {
                    answers.add(gone.toString());
                  }
                  return; // the server was killed
                }
              }
            });
      }
      // the kill falls 0.5 to 4.5 s after the first acknowledged batch, however slow the machine is
      // to start the server and commit (a fixed delay killed it before any commit on a loaded one)
      long patience = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (acknowledged.isEmpty() && System.nanoTime() < patience) {
        Thread.sleep(20);
      }
      Thread.sleep(500 + random.nextInt(4_000));
      server.destroyForcibly().waitFor();
      posters.shutdown();
      assertThat(posters.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      drain.join(5_000);
      assertThat(acknowledged)
          .as("a POST acknowledged within 120 s of the server's start; answers: %s", answers)
          .isNotEmpty();

      assertThat(checkIndex(index)).as("CheckIndex after kill, round %d", round).isZero();
      try (Verbatim v = Verbatim.openReadOnly(index)) {
        for (String id : acknowledged) {
          assertThat(v.articles().get(id)).as("acknowledged %s", id).isPresent();
        }
        for (List<String> batch : List.copyOf(batches)) {
          long present = 0;
          for (String id : batch) {
            present += v.articles().get(id).isPresent() ? 1 : 0;
          }
          assertThat(present).as("articles of one batch present").isIn(0L, (long) batch.size());
        }
        Set<String> matched = new HashSet<>();
        for (String cursor = null; ; ) {
          var page = v.watches().matches(watchId, cursor, 100).orElseThrow();
          page.matches().forEach(m -> assertThat(matched.add(m.article())).isTrue());
          cursor = page.nextCursor();
          if (cursor == null) {
            break;
          }
        }
        assertThat(matched)
            .as("matches of acknowledged articles, round %d", round)
            .containsAll(acknowledged);
      }
    }
  }
}
