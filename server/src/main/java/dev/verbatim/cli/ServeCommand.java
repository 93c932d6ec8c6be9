package dev.verbatim.cli;

import dev.verbatim.Verbatim;
import dev.verbatim.follow.FeedsFile;
import dev.verbatim.follow.Follower;
import dev.verbatim.http.ServerSettings;
import dev.verbatim.http.VerbatimServer;
import dev.verbatim.http.WebhookSettings;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim serve}: the HTTP API over an index. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve an index over HTTP (see docs/http-api.md). The first line on stdout is the URL.",
      "Writes (POST /api/articles) need a bearer token: --token, or the VERBATIM_TOKEN environment"
          + " variable; without one the server refuses writes."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin PageIdentityOption pageIdentity;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "P",
      description = "port; 0 picks a free one (default ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "HOST",
      description = "address to listen on (default ${DEFAULT-VALUE})")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN", description = "bearer token for writes")
  String token;

  @Option(
      names = "--requests-per-minute",
      defaultValue = "600",
      paramLabel = "N",
      description =
          "API requests one client address may make per minute, over all API routes; then 429"
              + " (default ${DEFAULT-VALUE})")
  int requestsPerMinute;

  @Option(
      names = "--max-concurrent-searches",
      paramLabel = "N",
      description =
          "requests that search the index (search, verify, variants, names) running at once"
              + " (default: two per processor, at least 4)")
  Integer maxConcurrentSearches;

  @Option(
      names = "--max-queued-searches",
      defaultValue = "64",
      paramLabel = "N",
      description =
          "such requests waiting for a turn; more are refused at once with 503 and Retry-After"
              + " (default ${DEFAULT-VALUE})")
  int maxQueuedSearches;

  @Option(
      names = "--max-queue-wait-ms",
      defaultValue = "500",
      paramLabel = "MS",
      description =
          "longest such a request waits for a turn before it is refused with 503 and Retry-After,"
              + " so that every answer or refusal comes within about this plus one search (default"
              + " ${DEFAULT-VALUE})")
  long maxQueueWaitMs;

  @Option(
      names = "--max-searches-per-client",
      defaultValue = "0",
      paramLabel = "N",
      description =
          "requests that search the index one client address may have in progress; more get 429"
              + " at once, so one client cannot take every slot (default: half of"
              + " --max-concurrent-searches, at least 3, never all of them)")
  int maxSearchesPerClient;

  @Option(
      names = "--publisher",
      paramLabel = "NAME",
      description =
          "the organisation publishing these fact-checks: the author of every ClaimReview (none by"
              + " default)")
  String publisher;

  @Option(
      names = "--publisher-url",
      paramLabel = "URL",
      description = "the publisher's home page, in every ClaimReview (needs --publisher)")
  String publisherUrl;

  @Option(
      names = "--create",
      description =
          "serve a new, empty index when --index holds none (without it, a folder with no index is"
              + " refused, so that a mistyped path is not served as an empty archive)")
  boolean create;

  @Option(
      names = "--follow",
      paramLabel = "FEEDS",
      description =
          "follow the news feeds listed in this file (one address a line) into the index while"
              + " serving, as `verbatim follow` does; their progress is in /metrics")
  Path followFile;

  @Mixin FollowOptions follow;

  @Option(
      names = "--webhook-host",
      paramLabel = "HOST",
      description =
          "a host watches may send their matches to as webhooks (repeatable; exact names);"
              + " without one, webhooks are off")
  List<String> webhookHosts = List.of();

  @Override
  public Integer call() throws Exception {
    if (!create && !Verbatim.exists(index.dir)) {
      throw new IOException(
          "no index in "
              + index.dir
              + ": index articles into it first (verbatim index --index "
              + index.dir
              + " FILES…), or add --create to serve a new, empty index there");
    }
    if (publisherUrl != null && publisher == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--publisher-url needs --publisher NAME");
    }
    Verbatim verbatim = index.open();
    ServerSettings settings = ServerSettings.fromEnvironment(token);
    settings =
        new ServerSettings(
            settings.token(),
            settings.maxBodyBytes(),
            settings.searchTimeout(),
            requestsPerMinute,
            maxConcurrentSearches == null
                ? ServerSettings.DEFAULT_MAX_CONCURRENT_SEARCHES
                : maxConcurrentSearches,
            maxQueuedSearches,
            Duration.ofMillis(maxQueueWaitMs),
            publisher == null ? null : new ServerSettings.Publisher(publisher, publisherUrl),
            maxSearchesPerClient,
            pageIdentity.identity());
    List<URI> feeds = followFile == null ? List.of() : FeedsFile.read(followFile);
    Follower.Options followOptions = follow.options();
    Follower follower =
        feeds.isEmpty()
            ? null
            : new Follower(
                verbatim,
                feeds,
                index.dir.resolve("follow"),
                followOptions,
                spec.commandLine().getErr());
    WebhookSettings webhooks =
        new WebhookSettings(Set.copyOf(webhookHosts), index.dir.resolve("webhooks.json"));
    serve(
        verbatim, settings, webhooks, host, port, spec.commandLine().getOut(), follower, () -> {});
    return 0;
  }

  private static String taken(String host, int port) {
    return "port "
        + port
        + " on "
        + host
        + " is in use: stop what uses it, or pick another with --port (0 picks a free one)";
  }

  /** Whether {@code host:port} can be bound now. */
  private static boolean free(String host, int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void closeQuietly(Verbatim verbatim) {
    try {
      verbatim.close();
    } catch (IOException e) {
      // nothing was written: the server never started
    }
  }

  /**
   * Starts the server, prints its URL, and blocks until the process is stopped; then stops the
   * server, closes the index and runs {@code afterClose}.
   */
  static void serve(
      Verbatim verbatim,
      ServerSettings settings,
      WebhookSettings webhooks,
      String host,
      int port,
      PrintWriter out,
      Follower follower,
      Runnable afterClose)
      throws InterruptedException {
    if (port != 0 && !free(host, port)) {
      closeQuietly(verbatim); // one clear line, before Jetty would log its failure
      throw new IllegalStateException(taken(host, port));
    }
    Javalin app;
    try {
      app =
          VerbatimServer.create(
                  verbatim, settings, follower == null ? List.of() : follower.statuses(), webhooks)
              .start(host, port);
    } catch (io.javalin.util.JavalinBindException e) {
      closeQuietly(verbatim);
      throw new IllegalStateException(taken(host, port), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    if (follower != null) {
                      follower.close(); // the polls under way commit first
                    }
                    verbatim.close();
                  } catch (IOException e) {
                    // the last acknowledged write was committed already; nothing is lost
                  }
                  afterClose.run();
                  stopped.countDown();
                }));
    // no trailing slash: the docs' "$U/api/search" is then one slash, and a browser opens it as is
    out.println("http://" + host + ":" + app.port());
    out.flush();
    if (follower != null) {
      follower.start();
    }
    stopped.await();
  }
}
