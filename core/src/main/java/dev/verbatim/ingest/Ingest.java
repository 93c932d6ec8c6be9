package dev.verbatim.ingest;

import dev.verbatim.AddResult;
import dev.verbatim.Article;
import dev.verbatim.Verbatim;
import dev.verbatim.ingest.IngestRecord.Accepted;
import dev.verbatim.ingest.IngestRecord.Rejected;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads inputs with {@link ArticleReader} and adds their articles to an index, committing as it
 * goes.
 *
 * <p>The summary it returns is true only of committed work: {@link #run} commits at least every
 * {@code commitEvery} articles, at least every {@code commitInterval} (so that a crash loses that
 * much ingest at most; a re-run skips what is already committed, unchanged, and adds the rest), and
 * once at the end, before it returns.
 */
public final class Ingest {
  /** How many rejections a summary lists; it counts them all. */
  public static final int MAX_REPORTED_REJECTIONS = 1_000;

  /** Hears about each record as it is handled, e.g. for a progress bar. */
  @FunctionalInterface
  public interface Listener {
    /**
     * Called once per record, on the ingesting thread.
     *
     * @param record the record
     * @param result what adding it did, or null if it was rejected
     */
    void handled(IngestRecord record, AddResult result);

    /**
     * Called after each record with how much of the input has been read, for progress and time
     * left. Does nothing unless overridden.
     *
     * @param bytesRead input bytes consumed so far (compressed bytes for .gz files)
     * @param bytesTotal input bytes in all the paths
     */
    default void progress(long bytesRead, long bytesTotal) {}
  }

  private Ingest() {}

  /** How long {@link #run(Verbatim, List, int, Listener)} goes without a commit: 5 seconds. */
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(5);

  /**
   * Ingests every path into {@code verbatim}, committing every {@code commitEvery} articles or
   * every {@link #DEFAULT_COMMIT_INTERVAL}, whichever comes first.
   *
   * @throws IOException if an input cannot be opened or the index cannot be written; articles
   *     committed before that stay in the index
   */
  public static IngestSummary run(
      Verbatim verbatim, List<Path> paths, int commitEvery, Listener listener) throws IOException {
    return run(verbatim, paths, commitEvery, DEFAULT_COMMIT_INTERVAL, listener);
  }

  /**
   * Ingests every path into {@code verbatim}.
   *
   * @param commitEvery commit after this many articles (at least 1)
   * @param commitInterval commit when this much time has passed since the last commit, after the
   *     batch in progress (up to {@value #BATCH} articles, whose documents are built in parallel;
   *     zero: after every article)
   * @throws IOException if an input cannot be opened or the index cannot be written; articles
   *     committed before that stay in the index
   */
  public static IngestSummary run(
      Verbatim verbatim,
      List<Path> paths,
      int commitEvery,
      Duration commitInterval,
      Listener listener)
      throws IOException {
    return run(verbatim, paths, commitEvery, commitInterval, PageIdentity.SAME_SITE, listener);
  }

  /**
   * Ingests every path into {@code verbatim}, as {@link #run(Verbatim, List, int,
   * java.time.Duration, Listener)}, each web page under the name {@code identity} lets it claim.
   *
   * @throws IOException if an input cannot be opened or the index cannot be written; articles
   *     committed before that stay in the index
   */
  public static IngestSummary run(
      Verbatim verbatim,
      List<Path> paths,
      int commitEvery,
      Duration commitInterval,
      PageIdentity identity,
      Listener listener)
      throws IOException {
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
    }
    if (commitInterval == null || commitInterval.isNegative()) {
      throw new IllegalArgumentException(
          "commitInterval must be zero or more, was " + commitInterval);
    }
    long intervalNanos = commitInterval.toNanos();
    long lastCommit = System.nanoTime();
    long total = 0;
    for (Path path : paths) {
      total += ArticleReader.inputBytes(path);
    }
    AtomicLong read = new AtomicLong();
    // records go in batches, so that their documents are built on every processor; they are added,
    // reported and counted in input order, and a commit falls between batches
    // a zero interval asks for a commit after every article: batches of one
    int batchSize = intervalNanos == 0 ? 1 : Math.min(BATCH, commitEvery);
    Counts counts = new Counts();
    // the next batches are read and cleaned on a thread of their own while this one is added
    try (ReadAhead batches = new ReadAhead(paths, batchSize, read::addAndGet, identity)) {
      for (List<IngestRecord> batch; (batch = batches.next()) != null; ) {
        List<AddResult> results = add(verbatim, batch, counts);
        if (counts.sinceCommit >= commitEvery
            || (counts.sinceCommit > 0 && System.nanoTime() - lastCommit >= intervalNanos)) {
          verbatim.commit();
          counts.sinceCommit = 0;
          lastCommit = System.nanoTime();
        }
        for (int i = 0; i < batch.size(); i++) {
          listener.handled(batch.get(i), results.get(i));
          listener.progress(Math.min(read.get(), total), total);
        }
      }
    }
    verbatim.commit();
    return new IngestSummary(
        counts.added,
        counts.updated,
        counts.unchanged,
        counts.skipped,
        counts.rejected,
        counts.rejections);
  }

  /** Articles whose documents are built together. */
  private static final int BATCH = 32;

  /** What a run has done so far. */
  private static final class Counts {
    long added;
    long updated;
    long unchanged;
    long skipped;
    long rejected;
    long sinceCommit;
    final List<Rejected> rejections = new ArrayList<>();
  }

  /**
   * Adds the batch's articles in order (their documents built in parallel) and counts every record;
   * returns each record's result, null for those that are not articles.
   */
  private static List<AddResult> add(Verbatim verbatim, List<IngestRecord> batch, Counts counts)
      throws IOException {
    List<Article> articles = new ArrayList<>();
    for (IngestRecord r : batch) {
      if (r instanceof Accepted a) {
        articles.add(a.article());
      }
    }
    List<AddResult> added = articles.isEmpty() ? List.of() : verbatim.add(articles);
    List<AddResult> results = new ArrayList<>(batch.size());
    int next = 0;
    for (IngestRecord record : batch) {
      AddResult result = null;
      switch (record) {
        case Accepted accepted -> {
          result = added.get(next++);
          switch (result) {
            case ADDED -> counts.added++;
            case UPDATED -> counts.updated++;
            case UNCHANGED -> counts.unchanged++;
          }
          counts.sinceCommit++;
        }
        case IngestRecord.Skipped s -> counts.skipped++;
        case Rejected rejection -> {
          counts.rejected++;
          if (counts.rejections.size() < MAX_REPORTED_REJECTIONS) {
            counts.rejections.add(rejection);
          }
        }
      }
      results.add(result);
    }
    return results;
  }
}
