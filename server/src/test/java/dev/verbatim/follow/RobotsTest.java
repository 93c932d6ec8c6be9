package dev.verbatim.follow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsTest {
  private static final String FILE =
      String.join(
          "\n",
          "# a site's rules",
          "User-agent: *",
          "Disallow: /private/",
          "Disallow: /*.pdf$",
          "Allow: /private/press/",
          "Crawl-delay: 2",
          "",
          "User-agent: OtherBot",
          "Disallow: /");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/news/a, true",
    "/private/x, false",
    "/private/press/release, true",
    "/files/report.pdf, false",
    "/files/report.pdf?x=1, true",
    "/, true"
  })
  void theLongestMatchingRuleDecides(String path, boolean allowed) {
    assertThat(Robots.parse(FILE, "Verbatim").allows(path)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "User-agent: verbatim\\nDisallow: /\\n\\nUser-agent: *\\nDisallow:| /news | false",
        "User-agent: *\\nDisallow: /\\n\\nUser-agent: Verbatim\\nAllow: /news| /news | true",
        "User-agent: *\\nDisallow:| /anything | true",
        "Sitemap: https://example.org/sitemap.xml| /anything | true",
        "User-agent: a\\nUser-agent: Verbatim\\nDisallow: /x| /x/y | false"
      })
  void ourOwnGroupWinsOverTheStarGroup(String file, String path, boolean allowed) {
    assertThat(Robots.parse(file.replace("\\n", "\n"), "Verbatim").allows(path.strip()))
        .isEqualTo(allowed);
  }

  @Test
  void crawlDelayIsRead() {
    assertThat(Robots.parse(FILE, "Verbatim").crawlDelaySeconds()).isEqualTo(2);
    assertThat(Robots.ALLOW_ALL.allows("/x")).isTrue();
    assertThat(Robots.DISALLOW_ALL.allows("/x")).isFalse();
  }

  @Test
  void aRobotsTxtThatCannotBeReadAllowsAllOnlyWhenItIsMissing() {
    assertThat(Robots.failedFetch(404).allows("/x")).isTrue();
    assertThat(Robots.failedFetch(503).allows("/x")).isFalse();
  }
}
