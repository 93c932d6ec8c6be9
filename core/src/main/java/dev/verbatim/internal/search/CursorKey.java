package dev.verbatim.internal.search;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.security.SecureRandom;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The key {@link Cursor}s are signed with, kept in the index folder so that a cursor outlives the
 * process that gave it.
 */
public final class CursorKey {
  /** The file beside the index that holds the key. */
  public static final String FILE = "verbatim-cursor.key";

  private CursorKey() {}

  /**
   * The key of the index in {@code directory}: read from its folder; made there when {@code create}
   * (a writable open of an index that has none); else a random key, valid as long as this process.
   */
  public static byte[] of(Directory directory, boolean create) throws IOException {
    try (IndexInput in = directory.openInput(FILE, IOContext.READONCE)) {
      byte[] key = new byte[(int) in.length()];
      in.readBytes(key, 0, key.length);
      if (key.length >= 16) {
        return key;
      }
    } catch (NoSuchFileException | FileNotFoundException none) {
      // not made yet
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    if (create) {
      try (IndexOutput out = directory.createOutput(FILE, IOContext.DEFAULT)) {
        out.writeBytes(key, key.length);
      }
      directory.sync(List.of(FILE));
    }
    return key;
  }
}
