package dev.verbatim.ingest;

import dev.verbatim.ingest.IngestRecord.Accepted;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The records of several inputs in batches, read on a thread of their own a few batches ahead of
 * the one being indexed, so that parsing and cleaning the next articles overlaps with building the
 * documents of these. Batches come in input order and never span two inputs; a failure to open or
 * read an input comes out of {@link #next()} where the sequential read would have thrown it.
 */
final class ReadAhead implements AutoCloseable {
  /** Batches read but not yet taken. */
  private static final int QUEUED = 2;

  private sealed interface Item {}

  private record Batch(List<IngestRecord> records) implements Item {}

  private record Failure(Throwable error) implements Item {}

  private record End() implements Item {}

  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUED);
  private final Thread reader;
  private boolean ended;

  /**
   * Starts reading.
   *
   * @param batchSize articles per batch (records that are not articles ride along)
   * @param bytesRead told of the input bytes consumed, as they are
   * @param identity which names a web page's origin vouches for
   */
  ReadAhead(List<Path> paths, int batchSize, LongConsumer bytesRead, PageIdentity identity) {
    List<Path> inputs = List.copyOf(paths);
    reader =
        Thread.ofPlatform()
            .name("verbatim-reader")
            .daemon()
            .start(() -> readAll(inputs, batchSize, bytesRead, identity));
  }

  private void readAll(
      List<Path> paths, int batchSize, LongConsumer bytesRead, PageIdentity identity) {
    try {
      for (Path path : paths) {
        try (Stream<IngestRecord> records = ArticleReader.read(path, bytesRead, identity)) {
          List<IngestRecord> batch = new ArrayList<>(batchSize);
          int articles = 0;
          for (Iterator<IngestRecord> it = records.iterator(); it.hasNext(); ) {
            IngestRecord next = it.next();
            batch.add(next);
            if (next instanceof Accepted) {
              articles++;
            }
            if (!it.hasNext() || articles >= batchSize) {
              queue.put(new Batch(batch));
              batch = new ArrayList<>(batchSize);
              articles = 0;
            }
          }
        }
      }
      queue.put(new End());
    } catch (InterruptedException stopped) {
      // closed before the end: nothing more is wanted
    } catch (UncheckedIOException e) {
      offer(new Failure(e.getCause()));
    } catch (IOException | RuntimeException | Error e) {
      offer(new Failure(e));
    }
  }

  private void offer(Failure failure) {
    try {
      queue.put(failure);
    } catch (InterruptedException stopped) {
      // closed: no one will ask
    }
  }

  /**
   * The next batch, or null after the last.
   *
   * @throws IOException if an input could not be opened or read; the batches before it came first
   */
  List<IngestRecord> next() throws IOException {
    if (ended) {
      return null;
    }
    Item item;
    try {
      item = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the inputs");
    }
    return switch (item) {
      case Batch batch -> batch.records();
      case End end -> {
        ended = true;
        yield null;
      }
      case Failure failure -> {
        ended = true;
        throw rethrow(failure.error());
      }
    };
  }

  private static IOException rethrow(Throwable error) {
    return switch (error) {
      case IOException io -> io;
      case RuntimeException runtime -> throw runtime;
      case Error fatal -> throw fatal;
      default -> new IOException(error);
    };
  }

  /** Stops the reader, if it is still reading, and waits until it has closed its input. */
  @Override
  public void close() {
    reader.interrupt();
    boolean interrupted = false;
    while (true) {
      try {
        reader.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
