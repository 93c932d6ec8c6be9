package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which address a page is indexed under: its own claim only where its origin vouches for it. */
class PageIdentityTest {
  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        // the same site: the page's own name
        "https://www.cnn.com/2022/story, https://edition.cnn.com/2022/story?ref=x,"
            + " https://www.cnn.com/2022/story",
        "https://www.bbc.co.uk/news/1, https://m.bbc.co.uk/news/1, https://www.bbc.co.uk/news/1",
        // another site: the address it came from
        "https://www.cnn.com/2022/story, https://evil.example/fake-news,"
            + " https://evil.example/fake-news",
        // two sites under one public suffix are two sites
        "https://www.bbc.co.uk/news/1, https://evil.co.uk/news/1, https://evil.co.uk/news/1",
        // not a web address: never an id
        "javascript:alert(1), https://example.org/a, https://example.org/a",
        "data:text/html;base64,AAAA, -, -",
        // no origin (a saved file): whoever saved it vouches for its name
        "https://www.cnn.com/2022/story, -, https://www.cnn.com/2022/story",
        // no claim: the address
        "-, https://example.org/a, https://example.org/a",
        // hosts without a public suffix compare whole
        "http://127.0.0.1:8080/a, http://127.0.0.1:9090/b, http://127.0.0.1:8080/a",
        "http://localhost/a, http://127.0.0.1/b, http://127.0.0.1/b"
      })
  void aPageMayOnlyNameItselfWithinItsOwnSite(String claimed, String address, String id) {
    assertThat(PageIdentity.of(claimed, address)).isEqualTo(id);
  }
}
