package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Snippet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetHtmlTest {
  @Test
  void escapesTheTextAroundAndInsideTheMarks() {
    Snippet snippet =
        new Snippet(
            "The post said <script>alert('putin')</script> & more.",
            List.of(new Snippet.Mark(29, 34, Snippet.Kind.MATCH)));
    assertThat(SnippetHtml.of(snippet))
        .isEqualTo(
            "The post said &lt;script&gt;alert(&#x27;<mark>putin</mark>&#x27;)&lt;&#x2F;script&gt;"
                + " &amp; more.");
  }

  @Test
  void aQuoteIsQAndItsCueAMark() {
    String text = "“We <will> win,” Roe said.";
    Snippet snippet =
        new Snippet(
            text,
            List.of(
                new Snippet.Mark(1, 15, Snippet.Kind.QUOTE),
                new Snippet.Mark(21, 25, Snippet.Kind.CUE)));
    assertThat(SnippetHtml.of(snippet))
        .isEqualTo("“<q>We &lt;will&gt; win,</q>” Roe <mark>said</mark>.");
  }

  @Test
  void theJsonOfASnippetIsItsHtml() throws Exception {
    Snippet snippet = new Snippet("a <b>", List.of(new Snippet.Mark(0, 1, Snippet.Kind.MATCH)));
    assertThat(Json.mapper().writeValueAsString(snippet)).isEqualTo("\"<mark>a</mark> &lt;b&gt;\"");
  }
}
