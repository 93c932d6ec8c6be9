package dev.verbatim.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ONNX Runtime's libraries copied once into a folder only the user may write, and reused. */
class NativeLibrariesTest {
  private static final String PLATFORM = "linux-x64";

  @TempDir Path dir;

  @BeforeEach
  void onTheJarsPlatform() {
    assumeTrue(
        System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")
            && System.getProperty("os.arch").equals("amd64"),
        "the test reads the linux-x64 libraries");
  }

  @Test
  void theLibrariesAreCopiedOnceIntoAnOwnerOnlyFolderNamedByTheirHash() throws IOException {
    Path root = dir.resolve("cache");
    Path folder = NativeLibraries.cached(root, PLATFORM);
    assertThat(folder).isNotNull();
    assertThat(folder.getParent()).isEqualTo(root);
    assertThat(folder.getFileName().toString()).matches("linux-x64-[0-9a-f]{24}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root)))
        .isEqualTo("rwx------");
    List<String> names;
    try (var files = Files.list(folder)) {
      names = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertThat(names).containsExactly("libonnxruntime.so", "libonnxruntime4j_jni.so");
    assertThat(Files.size(folder.resolve("libonnxruntime.so"))).isGreaterThan(1_000_000);
    try (var left = Files.list(root)) {
      assertThat(left.toList()).containsExactly(folder); // no staging folder left behind
    }

    Path library = folder.resolve("libonnxruntime.so");
    FileTime written = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(library, written);
    assertThat(NativeLibraries.cached(root, PLATFORM)).isEqualTo(folder);
    assertThat(Files.getLastModifiedTime(library)).isEqualTo(written); // reused, not copied again
  }

  @Test
  void aFolderOthersMayWriteIsNotUsed() throws IOException {
    Path root = Files.createDirectories(dir.resolve("shared"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));
    assertThat(NativeLibraries.cached(root, PLATFORM)).isNull();
    try (var left = Files.list(root)) {
      assertThat(left.toList()).isEmpty();
    }
  }

  @Test
  void aTruncatedCopyIsNotUsed() throws IOException {
    Path root = dir.resolve("cache");
    Path folder = NativeLibraries.cached(root, PLATFORM);
    Files.write(folder.resolve("libonnxruntime.so"), new byte[10]);
    assertThat(NativeLibraries.cached(root, PLATFORM)).isNull();
  }

  @Test
  void aPlatformTheJarDoesNotCarryIsLeftToOnnxRuntime() throws IOException {
    assertThat(NativeLibraries.cached(dir.resolve("cache"), "plan9-mips")).isNull();
  }
}
