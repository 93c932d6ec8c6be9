package dev.verbatim.cli;

import dev.verbatim.Verbatim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option that every command on an index shares (a picocli mixin). */
final class IndexOption {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "index folder")
  Path dir;

  /** Opens the index, creating it if the folder is new. */
  Verbatim open() throws IOException {
    return Verbatim.open(dir);
  }

  /**
   * Opens an index that must exist already, for searching only: no lock is taken, so it runs beside
   * {@code index} or {@code serve} on the same folder; a missing folder is an error.
   */
  Verbatim openForReading() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString());
    }
    return Verbatim.openReadOnly(dir);
  }
}
