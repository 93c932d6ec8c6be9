package dev.verbatim.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.Article;
import dev.verbatim.Limits;
import dev.verbatim.SearchRequest;
import dev.verbatim.SortOrder;
import dev.verbatim.Verbatim;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class CursorTest {
  @Test
  void roundTripKeepsSortValuesIdAndDepth() {
    FieldDoc last = new FieldDoc(7, 1.5f, new Object[] {1.5f, new BytesRef("article-9")});
    Cursor.Position p =
        Cursor.decode(Cursor.encode(SortOrder.RELEVANCE, last, 40), SortOrder.RELEVANCE, 100);
    assertThat(p.depth()).isEqualTo(40);
    assertThat(p.after().fields).containsExactly(1.5f, new BytesRef("article-9"));
    FieldDoc dated = new FieldDoc(7, Float.NaN, new Object[] {19_000L, new BytesRef("a")});
    assertThat(
            Cursor.decode(Cursor.encode(SortOrder.DATE, dated, 10), SortOrder.DATE, 100)
                .after()
                .fields)
        .containsExactly(19_000L, new BytesRef("a"));
  }

  @Test
  void pagesPastTheDepthLimitAreRefused() throws IOException {
    try (Verbatim v = Verbatim.inMemory()) {
      v.add(new Article("a", null, null, null, List.of(), null, null, "putin"));
      v.commit();
      FieldDoc last = new FieldDoc(0, 1f, new Object[] {1f, new BytesRef("a")});
      String deep = Cursor.encode(SortOrder.RELEVANCE, last, Limits.MAX_CURSOR_DEPTH - 50);
      assertThatThrownBy(
              () -> v.search(SearchRequest.builder("putin").size(100).cursor(deep).build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("results past hit 10000 are not served");
      assertThat(v.search(SearchRequest.builder("putin").size(50).cursor(deep).build()).total())
          .isEqualTo(1);
    }
  }
}
