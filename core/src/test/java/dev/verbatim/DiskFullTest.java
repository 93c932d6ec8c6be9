package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;

/**
 * A full disk, simulated by a directory that refuses new files with the operating system's message
 * while a flag is set: nothing committed is lost, the error says what happened, the index stays
 * searchable and checkable, and writes work again once space is back.
 */
class DiskFullTest {
  private final AtomicBoolean full = new AtomicBoolean();

  private final class FillingDirectory extends FilterDirectory {
    FillingDirectory(Directory in) {
      super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      refuseWhenFull(name);
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      refuseWhenFull(prefix);
      return super.createTempOutput(prefix, suffix, context);
    }

    @Override
    public void close() {
      // the disk outlives the index: CheckIndex reads it afterwards
    }

    private void refuseWhenFull(String name) throws IOException {
      if (full.get()) {
        throw new java.nio.file.FileSystemException(name, null, "No space left on device");
      }
    }
  }

  private static Article article(String id, String text) {
    return new Article(id, "Outlet", null, null, List.of(), null, null, text);
  }

  @Test
  void aFullDiskLosesNothingCommittedAndWritesResumeOnceSpaceIsBack() throws IOException {
    ByteBuffersDirectory disk = new ByteBuffersDirectory();
    try (Verbatim v = Opening.writable(new FillingDirectory(disk), null, Double.NaN)) {
      assertThat(v.addAndCommit(List.of(article("a1", "Putin spoke first."))))
          .containsExactly(AddResult.ADDED);

      full.set(true);
      assertThatThrownBy(
              () ->
                  v.addAndCommit(
                      List.of(article("a2", "Musk replied."), article("a3", "Kirby said no."))))
          .isInstanceOf(DiskFullException.class)
          .hasMessageContaining("disk holding the index is full");
      // the failed batch left nothing behind, and searches go on
      assertThat(v.count()).isEqualTo(1);
      assertThat(v.search(SearchRequest.of("putin")).total()).isEqualTo(1);
      assertThat(v.search(SearchRequest.of("musk")).total()).isZero();

      full.set(false);
      assertThat(v.addAndCommit(List.of(article("a4", "Musk wrote again."))))
          .containsExactly(AddResult.ADDED);
      assertThat(v.count()).isEqualTo(2);
      assertThat(v.search(SearchRequest.of("musk")).hits())
          .extracting(Hit::id)
          .containsExactly("a4");
      assertThat(v.writable()).isTrue();
    }
    try (CheckIndex check = new CheckIndex(disk)) {
      check.setInfoStream(null);
      assertThat(check.checkIndex().clean).isTrue();
    }
  }

  @Test
  void aCommitThatFindsTheDiskFullSaysSoAndTheNextOneSucceeds() throws IOException {
    ByteBuffersDirectory disk = new ByteBuffersDirectory();
    try (Verbatim v = Opening.writable(new FillingDirectory(disk), null, Double.NaN)) {
      v.add(article("b1", "First words."));
      full.set(true);
      assertThatThrownBy(v::commit).isInstanceOf(DiskFullException.class);
      full.set(false);
      v.add(article("b2", "Second words."));
      v.commit();
      assertThat(v.count()).isGreaterThanOrEqualTo(1);
      assertThat(v.search(SearchRequest.of("second")).total()).isEqualTo(1);
    }
  }
}
