package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.quote.Quote;
import dev.verbatim.quote.QuoteExtractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  /** A news page as CMSs make them: furniture around the article, metadata in the head. */
  static final String PAGE =
      """
      <!doctype html><html lang="en-GB"><head>
      <title>Kirby rejects claim | The Example Post</title>
      <link rel="canonical" href="https://example.org/world/kirby-rejects-claim">
      <meta property="og:site_name" content="The Example Post">
      <script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},
       {"@type":"NewsArticle","headline":"Kirby rejects claim about talks",
        "datePublished":"2022-10-11T09:30:00-04:00",
        "author":[{"@type":"Person","name":"Natasha Bertrand"},{"@type":"Person","name":"Jessie Yeung"}],
        "publisher":{"@type":"Organization","name":"The Example Post"}}]}
      </script></head>
      <body>
      <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
      <main><article class="story">
        <h1>Kirby rejects claim about talks</h1>
        <div class="byline">By Natasha Bertrand, CNN</div>
        <div class="article-body">
          <p>WASHINGTON — John Kirby, a spokesman for the National Security Council, rejected the
          report on Tuesday, saying the account did not match what officials had seen.</p>
          <figure><img src="a.jpg"><figcaption>Kirby at the White House. Photo: AP</figcaption></figure>
          <p>“We have no indication that those talks took place,” Kirby said. “None at all.”</p>
          <blockquote><p>“I have spoken to Putin only once, and that was about space,” Musk wrote.</p></blockquote>
          <div class="newsletter-signup">Sign up for our daily newsletter, delivered every morning.</div>
          <h2>What comes next</h2>
          <p>Officials said the administration would keep talking to allies in Europe, Asia and the
          Middle East about the war, and about what a settlement could look like.</p>
        </div>
      </article></main>
      <aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about talks</a></li>
      <li><a href="/b">A third story about something else entirely</a></li></ul></aside>
      <section id="comments"><p>Great article, thanks for writing this, very informative.</p></section>
      <footer><p>© 2022 The Example Post. All rights reserved.</p></footer>
      </body></html>
      """;

  @Test
  void theBodyIsTheArticleParagraphByParagraphWithoutFurniture() {
    HtmlPage page = HtmlExtractor.extract(PAGE, "https://example.org/world/kirby?utm=x");
    assertThat(page.text().split("\n\n"))
        .containsExactly(
            "WASHINGTON — John Kirby, a spokesman for the National Security Council, rejected the"
                + " report on Tuesday, saying the account did not match what officials had seen.",
            "“We have no indication that those talks took place,” Kirby said. “None at all.”",
            "“I have spoken to Putin only once, and that was about space,” Musk wrote.",
            "What comes next",
            "Officials said the administration would keep talking to allies in Europe, Asia and the"
                + " Middle East about the war, and about what a settlement could look like.");
  }

  @Test
  void metadataComesFromJsonLdCanonicalAndLang() {
    HtmlPage page = HtmlExtractor.extract(PAGE, "https://example.org/world/kirby?utm=x");
    assertThat(page.title()).isEqualTo("Kirby rejects claim about talks");
    assertThat(page.date()).isEqualTo(LocalDate.of(2022, 10, 11));
    assertThat(page.authors()).containsExactly("Natasha Bertrand", "Jessie Yeung");
    assertThat(page.source()).isEqualTo("The Example Post");
    assertThat(page.language()).isEqualTo("en");
    assertThat(page.url()).isEqualTo("https://example.org/world/kirby-rejects-claim");
  }

  @Test
  void withoutMetadataTheHostIsTheSourceAndOpenGraphTheTitle() {
    HtmlPage page =
        HtmlExtractor.extract(
            "<html><head><meta property=\"og:title\" content=\"A title\">"
                + "<meta property=\"article:published_time\" content=\"2021-03-04\"></head><body>"
                + "<div><p>One paragraph of the story, long enough to count as text, with a comma,"
                + " and another.</p></div></body></html>",
            "https://www.news.example.com/x");
    assertThat(page.source()).isEqualTo("example.com"); // the registrable domain
    assertThat(page.title()).isEqualTo("A title");
    assertThat(page.date()).isEqualTo(LocalDate.of(2021, 3, 4));
    assertThat(page.text()).startsWith("One paragraph of the story");
  }

  @Test
  void withoutMetadataTheBylineInThePageNamesTheAuthors() {
    HtmlPage page =
        HtmlExtractor.extract(
            "<html><body><article><h1>A title</h1><p class=\"byline\">By Jane Doe and John Roe</p>"
                + "<p>One paragraph of the story, long enough to count as text, with a comma,"
                + " and another.</p></article></body></html>",
            "https://news.example.com/x");
    assertThat(page.authors()).containsExactly("Jane Doe", "John Roe");
    assertThat(page.text()).doesNotContain("Jane Doe");
  }

  @Test
  void quotesInParagraphsAndBlockquotesAreFoundAndAttributedAsFromText() {
    String body = HtmlExtractor.extract(PAGE, null).text();
    List<Quote> quotes = new QuoteExtractor().extract(body);
    assertThat(quotes)
        .extracting(Quote::text, Quote::speaker)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "We have no indication that those talks took place,", "John Kirby"),
            org.assertj.core.groups.Tuple.tuple(
                "I have spoken to Putin only once, and that was about space,", "Musk"));
  }

  @Test
  void brokenOrEmptyMarkupGivesAnEmptyBodyNotAnError() {
    assertThat(HtmlExtractor.extract("", null).text()).isEmpty();
    assertThat(HtmlExtractor.extract("<html><body><div><p>", null).text()).isEmpty();
    assertThat(
            HtmlExtractor.extract(
                    "<script type=\"application/ld+json\">{not json</script><p>Short.</p>", null)
                .title())
        .isNull();
  }

  @Test
  void theBenchmarkMetricMatchesItsDefinition() {
    ExtractionScorer.Counts same = ExtractionScorer.compare("a b c d e", "a b c d e");
    assertThat(same.tp()).isEqualTo(1.0);
    ExtractionScorer.Counts half = ExtractionScorer.compare("a b c d e f", "a b c d x y");
    // true shingles abcd bcde cdef; predicted abcd bcdx cdxy: 1 matched, 2 extra, 2 missed
    assertThat(half.tp()).isEqualTo(0.2);
    assertThat(ExtractionScorer.score(List.of(same, half)).precision())
        .isEqualTo((1.0 + 1.0 / 3) / 2);
  }

  private static String text(String body, String url) {
    return HtmlExtractor.extract("<html><body>" + body + "</body></html>", url).text();
  }

  private static final String STORY =
      "<div class=\"zn-body__read-all\">"
          + "<div class=\"zn-body__paragraph\">“This is a good day for the country,” Biden said in a"
          + " statement, adding that both parties had to give ground to reach a deal.</div>"
          + "<div class=\"zn-body__paragraph\">Republicans in the House had pushed for deeper cuts,"
          + " and some conservatives voted against the final version, saying it did not go far"
          + " enough.</div>"
          + "<div class=\"zn-body__paragraph\">The Senate passed the measure late on Thursday,"
          + " sending it to the president with days to spare, officials said.</div></div>";

  @Test
  void aLeadParagraphInAContainerOfItsOwnKindIsKept() {
    String page =
        "<article><h1>Biden signs the bill into law after weeks of talks</h1><section"
            + " class=\"zn-body\"><div class=\"l-container\">"
            + "<div class=\"el__leafmedia el__leafmedia--sourced-paragraph\"><p><cite"
            + " class=\"el-editorial-source\">(CNN) </cite>President Joe Biden signed the bill into"
            + " law on Tuesday, ending weeks of negotiations over the borrowing limit.</p></div>"
            + "<div class=\"zn-body__paragraph speakable\">The law suspends the debt ceiling until"
            + " 2025, and caps spending for the next two years, officials said.</div>"
            + STORY
            + "</div></section></article>";
    assertThat(text(page, "https://edition.cnn.example/2023/05/02/politics/biden").split("\n\n"))
        .hasSize(5)
        .startsWith(
            "(CNN) President Joe Biden signed the bill into law on Tuesday, ending weeks of"
                + " negotiations over the borrowing limit.",
            "The law suspends the debt ceiling until 2025, and caps spending for the next two"
                + " years, officials said.");
  }

  @Test
  void aGallerysViewAllIsNoParagraph() {
    String page =
        "<main><div class=\"RichTextStoryBody\"><p>WASHINGTON (AP) — The storm reached the coast"
            + " on Tuesday, and officials ordered thousands of people to leave their homes.</p>"
            + "<div class=\"CarouselSlide\"><span>View all (4)</span></div>"
            + "<p>Forecasters said the storm would weaken over land, but warned of flooding in"
            + " low-lying areas, and of winds strong enough to bring down power lines.</p>"
            + "</div></main>";
    assertThat(text(page, "https://hosted.ap.org/article/storm"))
        .contains("WASHINGTON (AP)", "Forecasters said")
        .doesNotContain("View all");
  }

  @Test
  void pageBuildersFormsAndStreamedBlocksKeepTheirText() {
    // every paragraph in a page builder's "widget"; the whole page in ASP.NET's one <form>; the
    // page streamed into a hidden block for a script to move (React's Suspense)
    String widgets =
        "<div class=\"elementor-widget elementor-widget-text-editor\"><div"
            + " class=\"elementor-widget-container\">"
            + STORY
            + "</div></div>";
    String form = "<form id=\"Form\"><div class=\"post-content\">" + STORY + "</div></form>";
    String streamed = "<div hidden id=\"S:0\"><div class=\"prose\">" + STORY + "</div></div>";
    for (String page : List.of(widgets, form, streamed)) {
      assertThat(text(page, "https://example.org/a")).as(page).contains("The Senate passed");
    }
  }

  @Test
  void aCookieListLongerThanTheStoryAndAnAppealNamedForTheSiteAreNotTheArticle() {
    String cookies =
        "<div class=\"privacy-content-box\">"
            + "<p>A cookie is a small piece of data, a text file, that a website asks your browser to"
            + " store, and it can be used to remember your preferences, your device and you.</p>"
                .repeat(8)
            + "</div>";
    String appeal =
        "<div class=\"cli-support-huffpost__message\" hidden><p>At HuffPost, we believe that"
            + " everyone needs high-quality journalism, but we understand that not everyone can"
            + " afford to pay, and we ask you to help.</p></div>";
    String page = cookies + "<article>" + STORY + appeal + "</article>";
    assertThat(text(page, "https://example.org/a"))
        .startsWith("“This is a good day")
        .doesNotContain("cookie", "HuffPost");
  }

  @Test
  void aSectionMadeAHeaderAndLayoutsPerScreenSizeKeepTheirText() {
    // page builders make every section a <header> and show the text in one layout per screen
    // size, each hidden at the other sizes ("hidden-xs", "is-hidden-touch", "hidden-12t0irv")
    String section =
        "<header class=\"site-masthead\"><p>Home, Blog, Contact</p></header>"
            + "<header class=\"section_blog-post-content\"><div class=\"rich-text\">"
            + STORY
            + "</div></header>";
    String layouts =
        "<div class=\"ssr-variant hidden-12t0irv\">"
            + STORY
            + "</div><div class=\"ssr-variant hidden-1rq27kw\">"
            + STORY
            + "</div><div class=\"column is-hidden-touch\">"
            + STORY
            + "</div>";
    for (String page : List.of(section, layouts)) {
      assertThat(text(page, "https://example.org/a"))
          .as(page)
          .contains("The Senate passed")
          .doesNotContain("Home, Blog");
    }
    String hidden =
        "<article><div class=\"story\"><p>The Senate passed the measure late on Thursday, sending"
            + " it to the president with days to spare, officials said.</p><p class=\"is-hidden\">"
            + "Get our best stories every morning, delivered to your inbox, with a weekly roundup on"
            + " Sundays.</p><p>Republicans in the House had pushed for deeper cuts, and some"
            + " conservatives voted against the final version.</p></div></article>";
    assertThat(text(hidden, "https://example.org/a"))
        .contains("deeper cuts")
        .doesNotContain("inbox");
  }

  @Test
  void anArticleInOneWidgetPerSectionIsReadWhole() {
    // a page builder gives each widget a class naming itself ("widget-7f3e2a1") beside its kind
    String[] paragraphs = {
      "“This is a good day for the country,” Biden said in a statement, adding that both parties"
          + " had to give ground to reach a deal, and that more work remained.",
      "Republicans in the House had pushed for deeper cuts, and some conservatives voted against"
          + " the final version, saying it did not go far enough for them.",
      "The Senate passed the measure late on Thursday, sending it to the president with days to"
          + " spare, officials said, after a long week of talks in Washington."
    };
    StringBuilder page = new StringBuilder("<div class=\"builder builder-4411\">");
    String[] ids = {"7f3e2a1", "90bc4d2", "c81a7e3"};
    for (int i = 0; i < ids.length; i++) {
      page.append("<section class=\"builder-section builder-section-")
          .append(ids[i])
          .append("\"><div class=\"builder-widget builder-widget-")
          .append(ids[i])
          .append(" text-widget\"><p>")
          .append(paragraphs[i])
          .append("</p><p>A second paragraph of the same part, with a comma, and another one.</p>")
          .append("</div></section>");
    }
    page.append("</div>");
    assertThat(text(page.toString(), "https://example.org/a"))
        .contains("a good day", "deeper cuts", "The Senate passed");
  }
}
