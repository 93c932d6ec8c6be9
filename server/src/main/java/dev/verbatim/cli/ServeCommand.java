package dev.verbatim.cli;

import dev.verbatim.Verbatim;
import dev.verbatim.http.ServerSettings;
import dev.verbatim.http.VerbatimServer;
import io.javalin.Javalin;
import java.io.PrintWriter;
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

  @Override
  public Integer call() throws Exception {
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
            java.time.Duration.ofMillis(maxQueueWaitMs),
            publisher == null ? null : new ServerSettings.Publisher(publisher, publisherUrl));
    serve(verbatim, settings, host, port, spec.commandLine().getOut());
    return 0;
  }

  /** Starts the server, prints its URL, and blocks until the process is stopped. */
  static void serve(
      Verbatim verbatim, ServerSettings settings, String host, int port, PrintWriter out)
      throws InterruptedException {
    Javalin app = VerbatimServer.create(verbatim, settings).start(host, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.stop();
                  try {
                    verbatim.close();
                  } catch (java.io.IOException e) {
                    // the last acknowledged write was committed already; nothing is lost
                  }
                  stopped.countDown();
                }));
    out.println("http://" + host + ":" + app.port() + "/");
    out.flush();
    stopped.await();
  }
}
