package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page's metadata from its own evidence, one row per construction and error class of issue 31:
 * small pages of the shapes seen on real sites (never the sites' own pages).
 */
class PageMetadataTest {
  private static final String PARAGRAPH =
      "<p>One paragraph of the story, long enough to count as text, with a comma, and another"
          + " clause after it.</p>";

  private static HtmlPage page(String head, String body, String url) {
    return HtmlExtractor.extract(
        "<html><head>" + head + "</head><body>" + body + PARAGRAPH + "</body></html>", url);
  }

  private static Arguments row(
      String what,
      String head,
      String body,
      String url,
      Function<HtmlPage, Object> field,
      Object expected) {
    return Arguments.of(what, head, body, url, field, expected);
  }

  private static final Function<HtmlPage, Object> TITLE = HtmlPage::title;
  private static final Function<HtmlPage, Object> DATE = HtmlPage::date;
  private static final Function<HtmlPage, Object> AUTHORS = HtmlPage::authors;
  private static final Function<HtmlPage, Object> SOURCE = HtmlPage::source;

  static Stream<Arguments> rows() {
    return Stream.of(
        row(
            "the headline the page shows, not the social title",
            "<meta property=\"og:title\" content=\"Iron Claw true story: why one brother is missing\">",
            "<h1>‘Iron Claw’ Director Didn’t Include One Von Erich Brother</h1>",
            "https://variety.example/film/iron-claw",
            TITLE,
            "‘Iron Claw’ Director Didn’t Include One Von Erich Brother"),
        row(
            "the site's name after a dash",
            "<title>Top 100 men boxers: Canelo, Wilder and other fighters - ESPN</title>",
            "",
            "https://www.espn.com/boxing/story/_/id/1",
            TITLE,
            "Top 100 men boxers: Canelo, Wilder and other fighters"),
        row(
            "a section and the site's name, spelled apart from the host",
            "<meta property=\"og:title\" content=\"President Gay Was Right: Context Matters | Opinion |"
                + " The Harvard Crimson\">",
            "",
            "https://www.thecrimson.com/article/2023/12/12/fried/",
            TITLE,
            "President Gay Was Right: Context Matters"),
        row(
            "the host written as two words",
            "<title>India's dream of becoming a factory gets a boost - Forbes India</title>",
            "",
            "https://www.forbesindia.com/article/x/90481/1",
            TITLE,
            "India's dream of becoming a factory gets a boost"),
        row(
            "a label in capitals before the headline",
            "",
            "<h1>WATCH: 'The Voice:' Dan + Shay Bring 'Bigger Houses' to Show Finale</h1>",
            "https://theboot.example/voice",
            TITLE,
            "'The Voice:' Dan + Shay Bring 'Bigger Houses' to Show Finale"),
        row(
            "the site's name with a tagline after it",
            "<meta property=\"og:site_name\" content=\"Urge Fitness\"><title>The Beginner's Guide to"
                + " Gym Equipment - Urge Fitness | Affordable Gyms Near Me</title>",
            "",
            "https://urgefitness.example/guide",
            TITLE,
            "The Beginner's Guide to Gym Equipment"),
        row(
            "JSON-LD with a raw line break inside a string",
            "<script type=\"application/ld+json\">{\"@type\": \"Article\", \"description\": \"two\n"
                + "lines\", \"datePublished\": \"2023-12-22T12:15:02+05:30\"}</script>",
            "",
            "https://www.example.in/article/1",
            DATE,
            LocalDate.of(2023, 12, 22)),
        row(
            "the publication date, not the modification date",
            "<meta property=\"article:modified_time\" content=\"2023-12-24T07:00:00Z\">"
                + "<meta property=\"article:published_time\" content=\"2023-12-21T10:12:07Z\">",
            "",
            "https://vogue.example/article/kidman",
            DATE,
            LocalDate.of(2023, 12, 21)),
        row(
            "the date in the page's address",
            "",
            "<h1>Police chase ends with crash in the city</h1>",
            "https://news.example.com/2023/12/20/police-chase/",
            DATE,
            LocalDate.of(2023, 12, 20)),
        row(
            "a dateline under the headline",
            "",
            "<h1>Ranking fatigue is a worldwide phenomenon</h1><p>Posted on May 8, 2023 by the"
                + " editors</p>",
            "https://blogs.example.edu/ranking-fatigue/",
            DATE,
            LocalDate.of(2023, 5, 8)),
        row(
            "a date after the byline's name",
            "<meta name=\"author\" content=\"Eric Berger - Dec 21\">",
            "",
            "https://arstechnica.example/space/telescope/",
            AUTHORS,
            List.of("Eric Berger")),
        row(
            "\"View all posts by\"",
            "",
            "<div class=\"byline\"><a rel=\"author\">View all posts by Will Macmaster</a></div>",
            "https://techreport.example/vpn/",
            AUTHORS,
            List.of("Will Macmaster")),
        row(
            "what a bar sets off after the name",
            "<meta name=\"author\" content=\"Jeremy Schneider | NJ Advance Media for NJ.com\">",
            "",
            "https://www.nj.example/tv/gabagool",
            AUTHORS,
            List.of("Jeremy Schneider")),
        row(
            "a role after the name, with the outlet's word",
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\":"
                + " [{\"name\": \"Travis Andersen\"}, {\"name\": \"Adam Sennott Globe Staff\"}]}"
                + "</script>",
            "",
            "https://www.bostonglobe.com/metro/norwood",
            AUTHORS,
            List.of("Travis Andersen", "Adam Sennott")),
        row(
            "the page's own outlet is its source, not an author",
            "<meta property=\"og:site_name\" content=\"BBC News\"><meta name=\"author\""
                + " content=\"BBC News\">",
            "",
            "https://www.bbc.co.uk/news/uk-northern-ireland-1",
            AUTHORS,
            List.of()),
        row(
            "a name written twice, run into \"Published\"",
            "",
            "<div class=\"byline\">Courtney Carr Courtney CarrPublished: December 20, 2023</div>",
            "https://theboot.example/voice",
            AUTHORS,
            List.of("Courtney Carr")),
        row(
            "a role after a comma is no second author",
            "<meta name=\"author\" content=\"Noah Eastwood, Money Reporter\">",
            "",
            "https://www.telegraph.example/money/tesla",
            AUTHORS,
            List.of("Noah Eastwood")),
        row(
            "a byline in microdata, the name in a <meta>",
            "",
            "<span itemprop=\"author\" itemscope><meta itemprop=\"name\" content=\"Monroe"
                + " Roark\"></span>",
            "https://thecitizen.example/2023/12/18/intruder/",
            AUTHORS,
            List.of("Monroe Roark")),
        row(
            "a byline in a class that names an author's name",
            "",
            "<div class=\"td-author-name vcard author\"><a href=\"/u/1\">Monroe Roark</a></div>",
            "https://thecitizen.example/2023/12/18/intruder/",
            AUTHORS,
            List.of("Monroe Roark")),
        row(
            "a JSON-LD author that cleans to nothing gives way to the byline",
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\":"
                + " {\"name\": \", Coldwater Daily Reporter\"}}</script>",
            "<div class=\"byline-section\"><a href=\"/staff/1/greyson-steele/\""
                + " class=\"authors\">Greyson Steele</a></div>",
            "https://www.coldwaterdailyreporter.example/story/news/1/",
            AUTHORS,
            List.of("Greyson Steele")),
        row(
            "an author in a block-element-modifier class",
            "",
            "<p class=\"story-meta__authors\">By <span class=\"vcard\"><a"
                + " href=\"/u/1\">John Sakellariadis</a></span></p>",
            "https://www.politico.example/news/2023/12/20/sanctions",
            AUTHORS,
            List.of("John Sakellariadis")),
        row(
            "an outlet in capitals run after the name",
            "",
            "<div class=\"byline\">Craig Meyer USA TODAY NETWORK</div>",
            "https://www.tennessean.example/story/sports/1/",
            AUTHORS,
            List.of("Craig Meyer")),
        row(
            "an author whose itemprop holds several properties",
            "",
            "<span itemprop=\"author creator\" itemscope>By <a href=\"/by/corey-kilgannon\"><span"
                + " itemprop=\"name\">Corey Kilgannon</span></a></span>",
            "https://www.nytimes.example/2019/02/21/nyregion/winter.html",
            AUTHORS,
            List.of("Corey Kilgannon")),
        row(
            "an affiliation after the name ends the authors; a role at the end does not",
            "<meta name=\"author\" content=\"Daniel Kahn Gillmor, Senior Staff Technologist,"
                + " Privacy, Technology Project\">",
            "",
            "https://www.aclu.example/blog/privacy",
            AUTHORS,
            List.of("Daniel Kahn Gillmor")),
        row(
            "a second author with a role after the name",
            "<meta name=\"author\" content=\"Travis Andersen, Adam Sennott Globe Staff\">",
            "",
            "https://www.bostonglobe.example/2023/12/20/metro/",
            AUTHORS,
            List.of("Travis Andersen", "Adam Sennott")),
        row(
            "the site's logo in an <h1> is no headline",
            "<title>White House looks to its hackers - POLITICO</title>",
            "<h1>POLITICO Politico Logo</h1>",
            "https://www.politico.com/news/2023/12/22/north-korea",
            TITLE,
            "White House looks to its hackers"),
        row(
            "a hosted page's outlet is its registrable domain",
            "",
            "<h1>Officials say the storm has passed the coast</h1>",
            "https://hosted.ap.org/article/storm",
            SOURCE,
            "ap.org"),
        row(
            "the site's own name before a publisher that is a desk",
            "<meta property=\"og:site_name\" content=\"Deccan Herald\"><script"
                + " type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"publisher\": {\"name\":"
                + " \"DH News Service\"}}</script>",
            "",
            "https://www.deccanherald.example/india/1",
            SOURCE,
            "Deccan Herald"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void metadataFromThePagesOwnEvidence(
      String what,
      String head,
      String body,
      String url,
      Function<HtmlPage, Object> field,
      Object expected) {
    assertThat(field.apply(page(head, body, url))).as(what).isEqualTo(expected);
  }

  @Test
  void eachFieldSaysWhereItCameFrom() {
    HtmlPage page =
        page(
            "<meta property=\"og:site_name\" content=\"The Example Post\"><meta name=\"author\""
                + " content=\"By Jane Doe\">",
            "<h1>Kirby rejects claim about talks</h1>",
            "https://example.org/2022/10/11/kirby");
    assertThat(page.origins())
        .isEqualTo(new HtmlPage.Origins("h1", "url", "meta author", "og:site_name"));
    assertThat(page.authors()).containsExactly("Jane Doe");
  }

  @Test
  void aWrongTitleOrAFieldTheTruthLacksIsScoredAsSuch() {
    HtmlPage page =
        page("", "<h1>A headline of some words</h1>", "https://example.org/2023/01/02/x");
    MetadataScorer.PageScore score =
        MetadataScorer.score("A headline of some words.", "2023-01-03", "", null, page);
    assertThat(score.title()).isEqualTo(MetadataScorer.Outcome.RIGHT);
    assertThat(score.date()).isEqualTo(MetadataScorer.Outcome.WRONG);
    assertThat(score.dateNear()).isEqualTo(MetadataScorer.Outcome.RIGHT);
    assertThat(score.authors()).isEqualTo(MetadataScorer.Outcome.RIGHT);
    assertThat(score.outlet()).isEqualTo(MetadataScorer.Outcome.UNSCORED);
  }
}
