package dev.verbatim;

import dev.verbatim.embed.Embedder;
import dev.verbatim.embed.Models;
import dev.verbatim.internal.copies.CopyThreshold;
import dev.verbatim.internal.index.ArticleDocuments;
import dev.verbatim.internal.index.SpeakerCorrections;
import dev.verbatim.internal.index.VectorModel;
import dev.verbatim.internal.search.CursorKey;
import dev.verbatim.internal.search.Snapshots;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * How a {@link Verbatim} is put together over a directory: for writing (the writer, its snapshots,
 * the index's copy threshold and vector model checked) or for reading only. Each method closes the
 * directory when it fails.
 */
final class Opening {
  private Opening() {}

  /** For reading and writing, with the model that made the index's vectors (or the default). */
  static Verbatim writable(Directory directory) throws IOException {
    Embedder embedder;
    try {
      embedder = VectorModel.embedderOf(directory);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    return writable(directory, embedder, Double.NaN);
  }

  /** For reading and writing, embedding with {@code embedder} (null: no vectors). */
  static Verbatim writable(Directory directory, Embedder embedder, double copyThreshold)
      throws IOException {
    SpeakerCorrections corrections;
    double threshold;
    try {
      corrections = SpeakerCorrections.load(directory);
      threshold = CopyThreshold.of(directory, copyThreshold);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    var documents = new ArticleDocuments(embedder, corrections);
    ArticleWriter writer = ArticleWriter.open(directory, documents, threshold);
    return new Verbatim(directory, documents, corrections, writer.snapshots(), writer, threshold);
  }

  /** For searching only: no writer, no lock. */
  static Verbatim readOnly(Directory directory) throws IOException {
    try {
      IndexFormatException.check(directory);
      var corrections = SpeakerCorrections.load(directory);
      var documents = new ArticleDocuments(VectorModel.embedderOf(directory), corrections);
      byte[] cursorKey = CursorKey.of(directory, false);
      double threshold = CopyThreshold.of(directory, Double.NaN);
      var snapshots =
          new Snapshots(DirectoryReader.open(directory), documents.facetsConfig(), cursorKey);
      return new Verbatim(directory, documents, corrections, snapshots, null, threshold);
    } catch (IndexNotFoundException e) {
      directory.close();
      throw new IOException("there is no index here yet: nothing was ever committed to it", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** See {@link Verbatim#embedderFor(Path)}. */
  static Embedder embedderFor(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Models.defaultModel();
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return VectorModel.embedderOf(directory);
    }
  }

  /** See {@link Verbatim#exists(Path)}. */
  static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** The size of the files in {@code directory}, in bytes. */
  static long bytes(Directory directory) throws IOException {
    long bytes = 0;
    for (String file : directory.listAll()) {
      try {
        bytes += directory.fileLength(file);
      } catch (NoSuchFileException | FileNotFoundException merged) {
        // a segment merged away between listing and measuring
      }
    }
    return bytes;
  }
}
