package dev.verbatim.follow;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The items of a feed: RSS 2.0 and Atom read by Rome, news sitemaps ({@code <urlset>} with optional
 * {@code news:} and {@code lastmod} dates) read as XML by jsoup.
 */
final class FeedItems {
  /** One item: its page's address, its title and day if the feed gives them. */
  record Item(URI link, String title, LocalDate date) {}

  /** The items and the feed's own title (null when it has none). */
  record Parsed(String title, List<Item> items) {}

  private FeedItems() {}

  /**
   * Reads a feed's bytes.
   *
   * @param base the feed's address, against which relative links resolve
   * @throws IOException when the bytes are no RSS, Atom or sitemap
   */
  static Parsed parse(byte[] body, URI base) throws IOException {
    String head =
        new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    if (head.contains("<sitemapindex")) {
      throw new IOException(
          "a sitemap index, not a sitemap: list the sitemaps it names in the feeds file");
    }
    if (head.contains("<urlset")) {
      return sitemap(body, base);
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
    } catch (FeedException | IllegalArgumentException e) {
      throw new IOException("not an RSS or Atom feed: " + e.getMessage(), e);
    }
    List<Item> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      URI link = resolve(base, link(entry));
      if (link != null) {
        Date date =
            entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        items.add(
            new Item(
                link,
                entry.getTitle(),
                date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()));
      }
    }
    String title =
        feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    return new Parsed(title, items);
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink();
    }
    for (SyndLink l : entry.getLinks()) {
      if (l.getRel() == null || l.getRel().equals("alternate")) {
        return l.getHref();
      }
    }
    return entry.getUri() != null && entry.getUri().startsWith("http") ? entry.getUri() : null;
  }

  private static Parsed sitemap(byte[] body, URI base) {
    Document xml =
        Jsoup.parse(new String(body, StandardCharsets.UTF_8), base.toString(), Parser.xmlParser());
    List<Item> items = new ArrayList<>();
    for (Element url : xml.getElementsByTag("url")) {
      Element loc = url.getElementsByTag("loc").first();
      URI link = loc == null ? null : resolve(base, loc.text().strip());
      if (link == null) {
        continue;
      }
      Element title = url.getElementsByTag("news:title").first();
      Element date = url.getElementsByTag("news:publication_date").first();
      if (date == null) {
        date = url.getElementsByTag("lastmod").first();
      }
      items.add(
          new Item(
              link,
              title == null ? null : title.text().strip(),
              date == null ? null : day(date.text())));
    }
    return new Parsed(null, items);
  }

  /** A W3C date or date-time as a day (its own offset's); null when unreadable. */
  static LocalDate day(String text) {
    String s = text.strip();
    try {
      return s.length() <= 10 ? LocalDate.parse(s) : OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An http(s) address, fragment dropped, resolved against the feed's; null when it is none. */
  static URI resolve(URI base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = base.resolve(link.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
      return withoutFragment(uri);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static URI withoutFragment(URI uri) {
    String s = uri.toString();
    int hash = s.indexOf('#');
    return hash < 0 ? uri : URI.create(s.substring(0, hash));
  }
}
