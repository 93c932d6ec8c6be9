package dev.verbatim;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads that build and write the documents of a batch: one per processor, daemons, started
 * with the first task and stopped by {@link #shutdown()}. Used under its writer's lock.
 */
final class DocumentThreads {
  private ExecutorService pool;

  /** Runs every task, on every processor; their results in order, or the first failure. */
  <T> List<T> runAll(List<Callable<T>> tasks) throws IOException {
    if (pool == null) {
      pool =
          Executors.newFixedThreadPool(
              Runtime.getRuntime().availableProcessors(),
              Thread.ofPlatform().name("verbatim-documents-", 0).daemon().factory());
    }
    List<Future<T>> futures = new ArrayList<>(tasks.size());
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(task));
    }
    awaitAll(futures);
    return futures.stream().map(Future::resultNow).toList();
  }

  /** Waits for every task; throws the first failure, the others suppressed in it. */
  private static void awaitAll(List<? extends Future<?>> tasks) throws IOException {
    Throwable failure = null;
    for (var task : tasks) {
      try {
        task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        tasks.forEach(t -> t.cancel(false));
        throw new InterruptedIOException("interrupted while writing documents");
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause();
        } else {
          failure.addSuppressed(e.getCause());
        }
      }
    }
    switch (failure) {
      case null -> {}
      case IOException io -> throw io;
      case RuntimeException re -> throw re;
      case Error error -> throw error;
      default -> throw new IOException("writing documents failed", failure);
    }
  }

  /** Lets running tasks finish and starts no more. */
  void shutdown() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
