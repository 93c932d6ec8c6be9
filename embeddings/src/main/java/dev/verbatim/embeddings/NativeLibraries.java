package dev.verbatim.embeddings;

import ai.onnxruntime.OrtEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where ONNX Runtime loads its native libraries from. Left to itself it copies them (16 MB) into a
 * new temporary folder at every start and removes them at exit, and the folder itself is left
 * behind (it is registered for deletion before the files in it, and so deleted first, while not
 * empty); a process killed before exit leaves all 16 MB. Every `verbatim` command that loads the
 * model did so. Instead, the libraries are copied once into a folder of the user's cache that only
 * the user may write, named by their content's hash, and ONNX Runtime is pointed at it ({@value
 * #PROPERTY}). An operator who sets that property keeps their choice; where the cache cannot be
 * made safely (no home, a folder others may write) ONNX Runtime does as it did.
 */
final class NativeLibraries {
  /** ONNX Runtime's property naming the folder it loads its native libraries from. */
  static final String PROPERTY = "onnxruntime.native.path";

  private static final List<String> LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rwx------");

  private NativeLibraries() {}

  /** Points ONNX Runtime at the cached libraries, copying them there first if need be. */
  static synchronized void prepare() {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    try {
      Path cache = cacheHome();
      String platform = platform();
      Path folder =
          cache == null || platform == null
              ? null
              : cached(cache.resolve("verbatim").resolve("onnxruntime"), platform);
      if (folder != null) {
        System.setProperty(PROPERTY, folder.toString());
      }
    } catch (IOException | RuntimeException e) {
      // the cache is a saving, not a need (an unusable XDG_CACHE_HOME, a file system without
      // owners): ONNX Runtime extracts to a temporary folder as before
    }
  }

  /**
   * The folder holding this platform's libraries under {@code root}, named by their hash, copied
   * there if missing; null if {@code root} is not the user's own.
   */
  static Path cached(Path root, String platform) throws IOException {
    byte[][] libraries = new byte[LIBRARIES.size()][];
    MessageDigest digest = sha256();
    for (int i = 0; i < LIBRARIES.size(); i++) {
      String resource =
          "/ai/onnxruntime/native/" + platform + "/" + System.mapLibraryName(LIBRARIES.get(i));
      try (InputStream in = OrtEnvironment.class.getResourceAsStream(resource)) {
        if (in == null) {
          return null; // not a platform the jar carries: ONNX Runtime says what is wrong
        }
        libraries[i] = new DigestInputStream(in, digest).readAllBytes();
      }
    }
    if (!ownedFolder(root)) {
      return null;
    }
    Path folder = root.resolve(platform + "-" + HexFormat.of().formatHex(digest.digest(), 0, 12));
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      Path staging = Files.createTempDirectory(root, ".staging-");
      for (int i = 0; i < LIBRARIES.size(); i++) {
        Files.write(staging.resolve(System.mapLibraryName(LIBRARIES.get(i))), libraries[i]);
      }
      try {
        Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
        deleteAll(staging); // another process got there first, or cannot move: use theirs, or none
      } catch (IOException e) {
        deleteAll(staging);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          throw e;
        }
      }
    }
    for (int i = 0; i < LIBRARIES.size(); i++) {
      Path file = folder.resolve(System.mapLibraryName(LIBRARIES.get(i)));
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          || Files.size(file) != libraries[i].length) {
        return null;
      }
    }
    return folder;
  }

  /**
   * Whether {@code folder} exists or could be made, as a folder (not a link) that belongs to the
   * user and that no one else may write.
   */
  private static boolean ownedFolder(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(folder);
      if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(folder, OWNER_ONLY);
      }
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (!Files.getFileStore(folder).supportsFileAttributeView("posix")) {
      return true; // no POSIX owners and modes (Windows): the user's profile folder is theirs
    }
    Set<PosixFilePermission> modes =
        Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
    return Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS)
            .getName()
            .equals(System.getProperty("user.name"))
        && !modes.contains(PosixFilePermission.GROUP_WRITE)
        && !modes.contains(PosixFilePermission.OTHERS_WRITE);
  }

  private static void deleteAll(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(folder);
  }

  /** {@code $XDG_CACHE_HOME}, else {@code ~/.cache}; null without a home. */
  private static Path cacheHome() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg);
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() || "?".equals(home)
        ? null
        : Path.of(home).resolve(".cache");
  }

  /** The platform folder name ONNX Runtime's jar uses ("linux-x64"), or null for another. */
  private static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o =
        os.contains("linux")
            ? "linux"
            : os.contains("mac") || os.contains("darwin")
                ? "osx"
                : os.contains("win") ? "win" : null;
    String a =
        arch.equals("amd64") || arch.equals("x86_64")
            ? "x64"
            : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
    return o == null || a == null ? null : o + "-" + a;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
