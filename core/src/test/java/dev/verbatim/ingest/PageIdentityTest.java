package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
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
    assertThat(PageIdentity.SAME_SITE.of(claimed, address)).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        // a trusted origin (an archive, an AMP cache) may name a page of any site
        "https://www.cnn.com/2022/story, https://web.archive.org/web/2022/x,"
            + " https://www.cnn.com/2022/story",
        "https://www.cnn.com/2022/story, https://www-cnn-com.cdn.ampproject.org/c/s/x,"
            + " https://www.cnn.com/2022/story",
        // the list names origins, not claims: an untrusted origin naming a trusted site is refused
        "https://web.archive.org/web/2022/x, https://evil.example/a, https://evil.example/a",
        "https://www.cnn.com/2022/story, https://evil.example/a, https://evil.example/a",
        // the same-site rule still holds, and a non-web name is still never an id
        "https://www.bbc.co.uk/news/1, https://m.bbc.co.uk/news/1, https://www.bbc.co.uk/news/1",
        "javascript:alert(1), https://web.archive.org/a, https://web.archive.org/a"
      })
  void anOperatorsTrustedOriginsMayNameAnySite(String claimed, String address, String id) {
    PageIdentity trusting =
        PageIdentity.trusting(List.of("web.archive.org", "https://ampproject.org/"));
    assertThat(trusting.of(claimed, address)).isEqualTo(id);
  }

  @Test
  void aTrustedOriginStandsForItsSiteAndMustBeAHost() {
    assertThat(
            PageIdentity.trusting(List.of("web.archive.org", "WWW-cnn-com.cdn.ampproject.org"))
                .trustedSites())
        .containsExactlyInAnyOrder("archive.org", "ampproject.org");
    assertThat(PageIdentity.trusting(List.of())).isSameAs(PageIdentity.SAME_SITE);
    assertThatThrownBy(() -> PageIdentity.trusting(List.of("not a host")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a host");
  }

  @Test
  void aRefusedNameIsReportedBesideTheAddressThePageKeeps() {
    String html =
        "<html><head><link rel=canonical href='https://www.cnn.com/2022/story'>"
            + "<meta property='og:site_name' content='CNN'></head><body><article><p>"
            + "A fabricated story, \"a fabricated quote,\" said Nobody.</p></article></body></html>";
    HtmlPage refused = HtmlExtractor.extract(html, "https://evil.example/fake");
    assertThat(refused.url()).isEqualTo("https://evil.example/fake");
    assertThat(refused.claimedUrl()).isEqualTo("https://www.cnn.com/2022/story");
    assertThat(refused.source()).isEqualTo("evil.example");

    IngestRecord.Accepted accepted = posted(html, PageIdentity.SAME_SITE);
    assertThat(accepted.article().id()).isEqualTo("https://evil.example/fake");
    assertThat(accepted.claimedUrl()).isEqualTo("https://www.cnn.com/2022/story");

    IngestRecord.Accepted trusted = posted(html, PageIdentity.trusting(List.of("evil.example")));
    assertThat(trusted.article().id()).isEqualTo("https://www.cnn.com/2022/story");
    assertThat(trusted.article().source()).isEqualTo("CNN");
    assertThat(trusted.claimedUrl()).isNull();
  }

  /** The article of {@code html} posted for https://evil.example/fake under {@code identity}. */
  private static IngestRecord.Accepted posted(String html, PageIdentity identity) {
    IngestRecord record =
        ArticleReader.parseHtml(
            html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "UTF-8",
            "https://evil.example/fake",
            "request page",
            identity);
    assertThat(record).isInstanceOf(IngestRecord.Accepted.class);
    return (IngestRecord.Accepted) record;
  }
}
