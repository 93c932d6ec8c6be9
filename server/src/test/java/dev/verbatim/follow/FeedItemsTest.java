package dev.verbatim.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedItemsTest {
  private static final URI BASE = URI.create("https://news.example/feeds/main.xml");

  @Test
  void rssItemsWithRelativeLinksAndDates() throws IOException {
    String rss =
        """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Example News</title><link>https://news.example/</link>
        <description>d</description>
        <item><title>One</title><link>/2026/12/one#comments</link>
          <pubDate>Mon, 07 Dec 2026 09:00:00 GMT</pubDate></item>
        <item><title>No link</title></item>
        <item><title>Mail</title><link>mailto:desk@news.example</link></item>
        </channel></rss>
        """;
    FeedItems.Parsed parsed = FeedItems.parse(rss.getBytes(StandardCharsets.UTF_8), BASE);
    assertThat(parsed.title()).isEqualTo("Example News");
    assertThat(parsed.items())
        .containsExactly(
            new FeedItems.Item(
                URI.create("https://news.example/2026/12/one"), "One", LocalDate.of(2026, 12, 7)));
  }

  @Test
  void atomEntriesTakeTheirAlternateLink() throws IOException {
    String atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id>
        <updated>2026-12-06T10:00:00Z</updated>
        <entry><title>Two</title><id>urn:two</id><updated>2026-12-06T10:00:00Z</updated>
          <link rel="alternate" href="https://news.example/two"/></entry>
        </feed>
        """;
    FeedItems.Parsed parsed = FeedItems.parse(atom.getBytes(StandardCharsets.UTF_8), BASE);
    assertThat(parsed.title()).isEqualTo("Atom News");
    assertThat(parsed.items())
        .containsExactly(
            new FeedItems.Item(
                URI.create("https://news.example/two"), "Two", LocalDate.of(2026, 12, 6)));
  }

  @Test
  void newsSitemapsGiveTitleAndPublicationDay() throws IOException {
    String sitemap =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>https://news.example/three</loc>
            <news:news><news:publication_date>2026-12-05T23:30:00-05:00</news:publication_date>
            <news:title>Three</news:title></news:news></url>
          <url><loc>https://news.example/four</loc><lastmod>2026-12-04</lastmod></url>
        </urlset>
        """;
    FeedItems.Parsed parsed = FeedItems.parse(sitemap.getBytes(StandardCharsets.UTF_8), BASE);
    assertThat(parsed.items())
        .containsExactly(
            new FeedItems.Item(
                URI.create("https://news.example/three"), "Three", LocalDate.of(2026, 12, 5)),
            new FeedItems.Item(
                URI.create("https://news.example/four"), null, LocalDate.of(2026, 12, 4)));
  }

  @Test
  void whatIsNoFeedIsRefusedWithAReason() {
    assertThatThrownBy(
            () ->
                FeedItems.parse(
                    "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), BASE))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not an RSS or Atom feed");
    assertThatThrownBy(
            () ->
                FeedItems.parse(
                    "<sitemapindex><sitemap><loc>https://x/s.xml</loc></sitemap></sitemapindex>"
                        .getBytes(StandardCharsets.UTF_8),
                    BASE))
        .hasMessageContaining("sitemap index");
  }

  @Test
  void aDoctypeIsRefused() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&x;</title><link>https://n/</link><description>d</description></channel></rss>
        """;
    assertThatThrownBy(() -> FeedItems.parse(xxe.getBytes(StandardCharsets.UTF_8), BASE))
        .isInstanceOf(IOException.class);
  }
}
