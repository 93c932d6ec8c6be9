package dev.verbatim.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.Article;
import dev.verbatim.Limits;
import dev.verbatim.SearchRequest;
import dev.verbatim.SearchResult;
import dev.verbatim.SortOrder;
import dev.verbatim.Verbatim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CursorTest {
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  @TempDir Path dir;

  @Test
  void roundTripKeepsSortValuesIdAndDepth() {
    FieldDoc last = new FieldDoc(7, 1.5f, new Object[] {1.5f, new BytesRef("article-9")});
    Cursor.Position p =
        Cursor.decode(
            KEY, Cursor.encode(KEY, SortOrder.RELEVANCE, last, 40), SortOrder.RELEVANCE, 100);
    assertThat(p.depth()).isEqualTo(40);
    assertThat(p.after().fields).containsExactly(1.5f, new BytesRef("article-9"));
    FieldDoc dated = new FieldDoc(7, Float.NaN, new Object[] {19_000L, new BytesRef("a")});
    assertThat(
            Cursor.decode(KEY, Cursor.encode(KEY, SortOrder.DATE, dated, 10), SortOrder.DATE, 100)
                .after()
                .fields)
        .containsExactly(19_000L, new BytesRef("a"));
  }

  @Test
  void anEditedCursorOrOneMadeWithAnotherKeyIsRefused() {
    FieldDoc last = new FieldDoc(7, 1.5f, new Object[] {1.5f, new BytesRef("a")});
    String cursor = Cursor.encode(KEY, SortOrder.RELEVANCE, last, 9_990);
    byte[] bytes = Base64.getUrlDecoder().decode(cursor);
    bytes[2 + 3] = 0; // the depth's low byte: 9,990 becomes something smaller
    String edited = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    assertThatThrownBy(() -> Cursor.decode(KEY, edited, SortOrder.RELEVANCE, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cursor is not one this server made");
    byte[] other =
        "another key, another index......".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> Cursor.decode(other, cursor, SortOrder.RELEVANCE, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cursor is not one this server made");
  }

  @Test
  void pagesPastTheDepthLimitAreRefusedAndCursorsOutliveTheProcess() throws IOException {
    Path index = dir.resolve("index");
    String next;
    try (Verbatim v = Verbatim.open(index)) {
      v.add(new Article("a", null, null, null, List.of(), null, null, "putin"));
      v.add(new Article("b", null, null, null, List.of(), null, null, "putin again"));
      v.commit();
      SearchResult first = v.search(SearchRequest.builder("putin").size(1).build());
      next = first.nextCursor();
      // the key lives in the index folder: a deep cursor made with it is this index's own
      byte[] key = Files.readAllBytes(index.resolve("verbatim-cursor.key"));
      FieldDoc last = new FieldDoc(0, 1f, new Object[] {1f, new BytesRef("a")});
      String deep = Cursor.encode(key, SortOrder.RELEVANCE, last, Limits.MAX_CURSOR_DEPTH - 50);
      assertThatThrownBy(
              () -> v.search(SearchRequest.builder("putin").size(100).cursor(deep).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("results past hit 10000 are not served");
      assertThat(v.search(SearchRequest.builder("putin").size(50).cursor(deep).build()).total())
          .isEqualTo(2);
    }
    // a reader in another process (here: a later read-only open) accepts the writer's cursors
    try (Verbatim reader = Verbatim.openReadOnly(index)) {
      assertThat(reader.search(SearchRequest.builder("putin").size(1).cursor(next).build()).hits())
          .hasSize(1);
    }
  }
}
