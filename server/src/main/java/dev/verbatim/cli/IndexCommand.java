package dev.verbatim.cli;

import dev.verbatim.AddResult;
import dev.verbatim.Verbatim;
import dev.verbatim.embed.Embedder;
import dev.verbatim.embed.Models;
import dev.verbatim.http.Json;
import dev.verbatim.ingest.Ingest;
import dev.verbatim.ingest.IngestRecord;
import dev.verbatim.ingest.IngestSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.LinkedHashMap;
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

/** {@code verbatim index}: add articles from files and folders to an index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Add articles to an index, creating it if needed. Re-adding an article (same id, or same"
          + " source and text) updates it.",
      "PATH is a folder of .txt files with manifest.json or sidecar NAME.json files, a .txt file,"
          + " a JSON Lines file (.jsonl, optionally .gz) with one article per line, a saved web"
          + " page (.html, .htm, .xhtml, optionally .gz) or a web crawl (.warc, .warc.gz: its HTML"
          + " responses, or a WET file's text); a folder may mix them.",
      "Bad records are reported on stderr and skipped; the summary counts added, updated and"
          + " rejected, and is printed only once the articles are committed. The exit code is 0,"
          + " or 3 when records were rejected and none was indexed."
    })
final class IndexCommand implements Callable<Integer> {
  private static final long PROGRESS_EVERY_MS = 2_000;

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin PageIdentityOption pageIdentity;

  @Option(
      names = "--commit-every",
      defaultValue = "10000",
      paramLabel = "N",
      description = "commit after every N articles (default ${DEFAULT-VALUE})")
  int commitEvery;

  @Option(
      names = "--commit-seconds",
      defaultValue = "5",
      paramLabel = "S",
      description =
          "commit at least every S seconds, so that a crash loses at most that much ingest; a"
              + " re-run re-adds it (default ${DEFAULT-VALUE})")
  int commitSeconds;

  @Option(
      names = "--no-vectors",
      description =
          "index without quote embeddings: faster ingest and a smaller index, but verify and"
              + " search compare words only (no paraphrases by meaning, no --like)")
  boolean noVectors;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description =
          "the embedding model of a new index: e5-small-v2 (the default; finds paraphrases) or"
              + " all-minilm-l6-v2 (about half the embedding time, weaker on paraphrases); set"
              + " when the index is made and kept with it")
  String model;

  @Option(
      names = "--copy-threshold",
      paramLabel = "T",
      description =
          "group articles as copies of one story when their word 5-shingle Jaccard similarity is"
              + " at least T, 0.2 to 1 (default 0.8, Nexis's 80 %% identical); set when the index"
              + " is made and kept with it")
  Double copyThreshold;

  @Option(names = "--json", description = "print the summary as JSON")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to index")
  List<Path> paths;

  /** The model asked for, else the one the index was made with, else the default. */
  private Embedder embedder() throws IOException {
    if (noVectors) {
      if (model != null) {
        throw new IllegalArgumentException("--model and --no-vectors exclude each other");
      }
      return null;
    }
    return model != null ? Models.byName(model) : Verbatim.embedderFor(index.dir);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, Terminal.interactive());
    IngestSummary summary = null;
    try (Verbatim verbatim =
        Verbatim.open(index.dir, embedder(), copyThreshold == null ? Double.NaN : copyThreshold)) {
      if (commitSeconds < 0) {
        throw new IllegalArgumentException(
            "--commit-seconds must be zero or more, was " + commitSeconds);
      }
      summary =
          Ingest.run(
              verbatim,
              paths,
              commitEvery,
              Duration.ofSeconds(commitSeconds),
              pageIdentity.identity(),
              progress);
    } finally {
      progress.finish(summary != null);
    }
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("added", summary.added());
      body.put("updated", summary.updated());
      body.put("unchanged", summary.unchanged());
      body.put("skipped", summary.skipped());
      body.put("rejected", summary.rejected());
      body.put(
          "rejections",
          summary.rejections().stream()
              .map(
                  r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("origin", r.origin());
                    m.put("id", r.id());
                    m.put("field", r.field());
                    m.put("message", r.message());
                    return m;
                  })
              .toList());
      out.println(Json.mapper().writeValueAsString(body));
    } else {
      out.printf(
          Locale.ROOT,
          "added %d, updated %d, unchanged %d, skipped %d, rejected %d%n",
          summary.added(),
          summary.updated(),
          summary.unchanged(),
          summary.skipped(),
          summary.rejected());
    }
    out.flush();
    boolean noneIndexed = summary.added() + summary.updated() + summary.unchanged() == 0;
    return summary.rejected() > 0 && noneIndexed ? NOTHING_INDEXED : 0;
  }

  /** Exit code of a run whose every record was rejected. */
  static final int NOTHING_INDEXED = 3;

  /**
   * Reports rejections as they happen, and progress: a progress bar (records, input read, rate,
   * time left) on a terminal, a plain line every two seconds otherwise.
   */
  private static final class Progress implements Ingest.Listener {
    /** Below this much input the bar counts kilobytes: "0/0 MB, .0 MB/s" says nothing. */
    private static final long SMALL_INPUT = 10L << 20;

    private final PrintWriter err;
    private final boolean terminal;
    private me.tongfei.progressbar.ProgressBar bar;
    private final long started = System.nanoTime();
    private long lastReport = System.nanoTime();
    private long records;
    private long total;

    Progress(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    /** The bar, drawn once the input's size is known, in a unit that suits it. */
    private me.tongfei.progressbar.ProgressBar bar(long bytesTotal) {
      if (bar == null) {
        boolean small = bytesTotal < SMALL_INPUT;
        bar =
            new me.tongfei.progressbar.ProgressBarBuilder()
                .setTaskName("Indexing")
                .setUnit(small ? " KB" : " MB", small ? 1 << 10 : 1 << 20)
                .showSpeed(new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
      }
      return bar;
    }

    @Override
    public void handled(IngestRecord record, AddResult result) {
      records++;
      if (record instanceof IngestRecord.Rejected rejected) {
        err.println("rejected: " + rejected.describe());
        err.flush();
      } else if (record instanceof IngestRecord.Accepted a && a.claimedUrl() != null) {
        err.println(PageIdentityOption.refusal(a));
        err.flush();
      }
    }

    @Override
    public void progress(long bytesRead, long bytesTotal) {
      total = bytesTotal;
      if (terminal) {
        bar(bytesTotal).maxHint(bytesTotal);
        bar.stepTo(bytesRead);
        bar.setExtraMessage(String.format(Locale.ROOT, " %,d records", records));
        return;
      }
      long now = System.nanoTime();
      if ((now - lastReport) / 1_000_000 < PROGRESS_EVERY_MS) {
        return;
      }
      lastReport = now;
      double seconds = Math.max(1e-9, (now - started) / 1e9);
      double done = bytesTotal == 0 ? 1 : (double) bytesRead / bytesTotal;
      long left = done <= 0 ? -1 : Math.round(seconds * (1 - done) / done);
      err.printf(
          Locale.ROOT,
          "read %,d records, %.0f%% of %,.1f MB (%,.0f records/s, %s left)%n",
          records,
          done * 100,
          bytesTotal / 1e6,
          records / seconds,
          left < 0 ? "?" : left + " s");
      err.flush();
    }

    /** Closes the bar; at 100 % when the whole input was read ({@code complete}). */
    void finish(boolean complete) {
      if (bar != null) {
        if (complete) {
          bar.stepTo(total);
          bar.setExtraMessage(String.format(Locale.ROOT, " %,d records", records));
        }
        bar.close();
      }
      err.flush();
    }
  }
}
