package dev.verbatim.cli;

import dev.verbatim.Verbatim;
import dev.verbatim.http.ServerSettings;
import dev.verbatim.http.WebhookSettings;
import dev.verbatim.ingest.Ingest;
import dev.verbatim.ingest.IngestSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim demo}: the seeds in a fresh index, served with the web page. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Index the seed articles into a fresh temporary index and serve them; the first line on"
          + " stdout is the URL to open in a browser. Writes are refused (no token). The temporary"
          + " index is removed when the demo is stopped (Ctrl-C or SIGTERM)."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "0",
      paramLabel = "P",
      description = "port; 0 picks a free one (default ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      description = "the seeds folder (default: seeds/ of the Verbatim checkout)")
  Path seeds;

  @Override
  public Integer call() throws Exception {
    Path folder = seeds != null ? seeds : defaultSeeds();
    Path index = Files.createTempDirectory("verbatim-demo-");
    Verbatim verbatim = Verbatim.open(index);
    IngestSummary summary = Ingest.run(verbatim, List.of(folder), 1_000, (r, a) -> {});
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "verbatim: indexed %d seed articles from %s into %s%n",
        summary.added() + summary.updated() + summary.unchanged(),
        folder,
        index);
    err.flush();
    ServeCommand.serve(
        verbatim,
        new ServerSettings(null, ServerSettings.DEFAULT_MAX_BODY_BYTES),
        WebhookSettings.OFF,
        "127.0.0.1",
        port,
        spec.commandLine().getOut(),
        null,
        () -> deleteQuietly(index));
    return 0;
  }

  /** Removes the temporary index once the server has closed it: a demo leaves nothing behind. */
  private static void deleteQuietly(Path index) {
    try (var files = Files.walk(index)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder the system cleans up in time; the demo's data is the seeds' copy
    }
  }

  /** seeds/ beside the launcher ({@code verbatim.home}), else in the working directory. */
  private static Path defaultSeeds() throws IOException {
    String home = System.getProperty("verbatim.home");
    for (Path candidate :
        home == null
            ? List.of(Path.of("seeds"))
            : List.of(Path.of(home, "seeds"), Path.of("seeds"))) {
      if (Files.isRegularFile(candidate.resolve("manifest.json"))) {
        return candidate;
      }
    }
    throw new NoSuchFileException("seeds/manifest.json (give the folder with --seeds)");
  }
}
