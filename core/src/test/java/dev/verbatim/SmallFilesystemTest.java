package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the index lives on a 3 MB tmpfs, filled with batches until the kernel answers
 * "No space left on device", then grown (as an operator frees space). Needs the right to mount
 * (root, or CAP_SYS_ADMIN); elsewhere it is skipped and says so, and {@link DiskFullTest} covers
 * the same promises on a simulated disk.
 */
class SmallFilesystemTest {
  @TempDir Path mountPoint;
  private boolean mounted;

  private static boolean run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  @BeforeEach
  void mountSmallFilesystem() throws Exception {
    mounted =
        System.getProperty("os.name").startsWith("Linux")
            && run("mount", "-t", "tmpfs", "-o", "size=3m", "verbatim-test", mountPoint.toString());
    assumeThat(mounted)
        .as("cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN); DiskFullTest simulates one")
        .isTrue();
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      run("umount", mountPoint.toString());
    }
  }

  private static Article copy(Article seed, String id, String appended) {
    return new Article(
        id,
        seed.source(),
        seed.url(),
        seed.title(),
        seed.authors(),
        seed.date(),
        seed.language(),
        seed.text() + appended);
  }

  @Test
  void aFullFilesystemLosesNothingAcknowledgedAndIngestResumesWhenSpaceReturns() throws Exception {
    List<Article> seeds = Seeds.articles();
    Path index = mountPoint.resolve("index");
    List<String> acknowledged = new ArrayList<>();
    DiskFullException refusal = null;
    try (Verbatim v = Verbatim.open(index)) {
      for (int batch = 0; batch < 500 && refusal == null; batch++) {
        List<Article> articles = new ArrayList<>();
        for (Article seed : seeds) {
          articles.add(copy(seed, "b" + batch + "-" + seed.id(), " Batch " + batch + "."));
        }
        try {
          v.addAndCommit(articles);
          articles.forEach(a -> acknowledged.add(a.id()));
        } catch (DiskFullException e) {
          refusal = e;
        }
      }
      assertThat(refusal).as("the 3 MB filesystem filled up").isNotNull();
      assertThat(refusal).hasMessageContaining("disk holding the index is full");
      assertThat(acknowledged).isNotEmpty();
      // searches go on while the disk is full; every acknowledged article is there
      assertThat(v.count()).isEqualTo(acknowledged.size());
      assertThat(v.search(SearchRequest.of("putin")).total()).isEqualTo(acknowledged.size());

      // space returns: the same open index takes writes again
      assertThat(run("mount", "-o", "remount,size=64m", mountPoint.toString())).isTrue();
      assertThat(v.addAndCommit(List.of(copy(seeds.getFirst(), "after-space-returned", ""))))
          .containsExactly(AddResult.ADDED);
      assertThat(v.writable()).isTrue();
      assertThat(v.count()).isEqualTo(acknowledged.size() + 1L);
    }
    try (FSDirectory dir = FSDirectory.open(index);
        CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(null);
      assertThat(check.checkIndex().clean).isTrue();
    }
    try (Verbatim reopened = Verbatim.openReadOnly(index)) {
      for (String id : acknowledged) {
        assertThat(reopened.articles().get(id)).as(id).isPresent();
      }
    }
    assertThat(Files.exists(index)).isTrue();
  }
}
