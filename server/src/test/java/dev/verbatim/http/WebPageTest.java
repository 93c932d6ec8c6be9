package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in Debian's headless Chromium: type a query, see marked results, click a facet, open
 * an article, search quotes, see a query error with its position. CI installs chromium and
 * chromium-driver; where they are missing the test is skipped, saying so.
 */
class WebPageTest {
  @TempDir Path dir;
  private SeedServer server;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private String base;

  @BeforeEach
  void start() throws IOException {
    browser = Chromium.start(dir);
    server = SeedServer.start(dir, new ServerSettings(null, 4_096));
    base = server.base + "/";
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  /** Saves what the browser shows to target/screenshots/, to look at after the run. */
  private void screenshot(String name) throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "screenshots"));
    Files.write(folder.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** Opens the page at a verification's permalink: {@code ?verify=CLAIM[&speaker=NAME]}. */
  private void openVerification(String claim, String speaker) {
    String link =
        base
            + "?verify="
            + java.net.URLEncoder.encode(claim, java.nio.charset.StandardCharsets.UTF_8);
    if (speaker != null) {
      link +=
          "&speaker="
              + java.net.URLEncoder.encode(speaker, java.nio.charset.StandardCharsets.UTF_8);
    }
    browser.get(link);
  }

  private void query(String q) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(q, Keys.ENTER);
  }

  private String summary() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".summary")))
        .getText();
  }

  @Test
  void journalistSearchesFiltersAndReads() throws IOException {
    browser.get(base);
    assertThat(browser.getTitle()).startsWith("Verbatim");
    query("putin w/12 nuclear");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".summary"), "2 articles"));
    // the result list exports as CSV and JSON, marks taken out
    String csv = (String) browser.executeScript("return exportRows('csv')");
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo("id,title,source,date,url,authors,speakers,snippets");
    assertThat(csv.lines().count()).isEqualTo(3);
    assertThat(csv).contains("Focus Washington").doesNotContain("<mark>");
    String json = (String) browser.executeScript("return exportRows('json')");
    assertThat(json).contains("\"source\": \"The Deep Dive\"");
    // "/" focuses the search box
    browser.findElement(By.tagName("body")).sendKeys("/");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    List<WebElement> marks = browser.findElements(By.cssSelector(".snippet mark"));
    assertThat(marks).extracting(WebElement::getText).contains("Putin", "nuclear");
    screenshot("results.png");

    // a source facet narrows the results to that outlet
    WebElement deepDive =
        browser.findElements(By.cssSelector("button.facet[data-facet=source]")).stream()
            .filter(b -> b.getText().startsWith("The Deep Dive"))
            .findFirst()
            .orElseThrow();
    deepDive.click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".summary"), "1 article"));
    assertThat(browser.findElement(By.id("source")).getAttribute("value"))
        .isEqualTo("The Deep Dive");
    // its proximity match crosses a sentence boundary: one snippet, both ends marked in it
    List<WebElement> snippets = browser.findElements(By.cssSelector(".snippet"));
    assertThat(snippets).hasSize(1);
    assertThat(snippets.getFirst().findElements(By.tagName("mark")))
        .extracting(WebElement::getText)
        .containsExactly("nuclear", "Putin");

    // the article view marks its quotes in the text
    browser.findElement(By.cssSelector(".hit h3 a")).click();
    WebElement article =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article")));
    assertThat(article.findElement(By.tagName("h2")).getText()).contains("Peace Plan");
    assertThat(article.findElements(By.cssSelector(".q[data-speaker]")))
        .extracting(e -> e.getAttribute("data-speaker"))
        .contains("Vladimir Putin", "Elon Musk");
  }

  @Test
  void factCheckerSearchesQuotesAndSeesErrors() throws IOException {
    browser.get(base);
    browser.findElement(By.cssSelector("input[name=scope][value=quotes]")).click();
    query("speaker:zelensky");
    assertThat(summary()).startsWith("3 quotes");
    assertThat(browser.findElements(By.cssSelector(".quote-card .speaker")))
        .extracting(WebElement::getText)
        .containsOnly("Volodymyr Zelensky");
    screenshot("quotes.png");

    // a quote card's variants: the same words across outlets on a timeline
    query("\"spoken to Putin only once\"");
    // the page replaces the previous results: wait for the new ones before holding a card
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "1 quote"));
    WebElement card = browser.findElement(By.cssSelector(".quote-card"));
    WebElement where = card.findElement(By.cssSelector(".card-variants button"));
    assertThat(where.getAttribute("aria-expanded")).isEqualTo("false");
    where.click();
    WebElement cardTimeline =
        wait.until(
                ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                    card, By.cssSelector("svg.timeline")))
            .getFirst();
    assertThat(where.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(cardTimeline.findElements(By.cssSelector("circle.attestation")))
        .hasSizeGreaterThanOrEqualTo(1);
    assertThat(cardTimeline.findElements(By.cssSelector("circle.first"))).hasSize(1);
    assertThat(card.findElements(By.cssSelector("p.variant")))
        .extracting(WebElement::getText)
        .anyMatch(t -> t.startsWith("First reported by"));
    screenshot("quote-card-variants.png");

    browser.findElement(By.cssSelector("input[name=scope][value=verify]")).click();
    browser.findElement(By.id("claim")).sendKeys("I have spoken to Putin only once");
    browser.findElement(By.id("claimed-speaker")).sendKeys("Ian Bremmer");
    browser.findElement(By.cssSelector("#verify button")).click();
    WebElement verdict =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verdict .verdict")));
    assertThat(verdict.getText()).isEqualTo("exact — attributed to Elon Musk, not to Ian Bremmer");
    assertThat(browser.findElement(By.cssSelector("#verdict p.why")).getText())
        .endsWith("The evidence attributes them to Elon Musk, not to Ian Bremmer.");
    // the diff's marks are explained, and each card says why in words
    assertThat(browser.findElement(By.cssSelector("[data-app=diff-legend]")).getText())
        .isEqualTo("Word diff: words in both, words only in the quote, words only in the claim.");
    assertThat(browser.findElements(By.cssSelector("#verdict .quote-card p.why")))
        .extracting(WebElement::getText)
        .contains("The same words except 'only' moved.");
    assertThat(browser.findElements(By.cssSelector("#verdict .diff ins")))
        .extracting(WebElement::getText)
        .contains("only");
    screenshot("verify.png");

    query("musk (putin");
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(error.getText())
        .contains("'(' is never closed")
        .contains("musk (putin")
        .contains("     ^");
  }

  @Test
  void onlyHttpUrlsBecomeLinks() throws IOException {
    List<String> hostile =
        List.of(
            "javascript:document.title='pwned'",
            " JaVaScRiPt:document.title='pwned'",
            "data:text/html,<script>document.title='pwned'</script>",
            "vbscript:msgbox(1)");
    for (int i = 0; i < hostile.size(); i++) {
      server.verbatim.add(
          new dev.verbatim.Article(
              "x" + i, "Wire", hostile.get(i), "Hostile " + i, List.of(), null, null, "Text " + i));
    }
    server.verbatim.add(
        new dev.verbatim.Article(
            "ok", "Wire", "https://example.org/story", "Fine", List.of(), null, null, "Text."));
    server.verbatim.commit();
    server.verbatim.refresh();
    browser.get(base);
    for (int i = 0; i < hostile.size(); i++) {
      browser.executeScript("openArticle(arguments[0])", "x" + i);
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("article"), "Hostile " + i));
      assertThat(browser.findElements(By.cssSelector("#article a"))).as(hostile.get(i)).isEmpty();
      assertThat(browser.findElement(By.id("article")).getText()).contains(hostile.get(i).strip());
    }
    browser.executeScript("openArticle('ok')");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article"), "Fine"));
    assertThat(browser.findElements(By.cssSelector("#article a")))
        .extracting(a -> a.getAttribute("href"))
        .containsExactly("https://example.org/story");
    assertThat(browser.getTitle()).doesNotContain("pwned");
  }

  @Test
  void searchesAndVerificationsArePermalinksAndBackWalksThem() throws IOException {
    // a verification opened from its URL reproduces the view
    openVerification("I have spoken to Putin only once", "Elon Musk");
    WebElement verdict =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verdict .verdict")));
    assertThat(verdict.getText()).isEqualTo("exact — attributed to Elon Musk");
    // CNN's attesting sentence with its cue marked, and 004's diff with the moved word
    List<WebElement> cards = browser.findElements(By.cssSelector("#verdict .quote-card.match"));
    assertThat(cards.getFirst().getText()).contains("CNN").contains("Musk tweeted");
    assertThat(cards.getFirst().findElements(By.cssSelector("p.meta mark")))
        .extracting(WebElement::getText)
        .containsExactly("tweeted");
    assertThat(cards)
        .anySatisfy(
            card -> {
              assertThat(card.getText()).contains("Infobae");
              assertThat(card.findElements(By.cssSelector(".diff ins")))
                  .extracting(WebElement::getText)
                  .contains("only");
              assertThat(card.findElements(By.cssSelector(".diff del")))
                  .extracting(WebElement::getText)
                  .contains("only");
            });
    // the timeline: a row per outlet, one dot per attestation, the first appearance called out
    WebElement timeline = browser.findElement(By.cssSelector("#verdict svg.timeline"));
    assertThat(timeline.findElements(By.cssSelector("circle.attestation"))).hasSize(cards.size());
    assertThat(timeline.findElements(By.cssSelector("circle.first"))).hasSize(1);
    assertThat(timeline.findElements(By.cssSelector("text.outlet")))
        .extracting(e -> e.getText().strip())
        .contains("CNN");
    assertThat(timeline.findElement(By.cssSelector("text.first-label")).getText())
        .startsWith("first: 2022-10-");
    assertThat(seriousAccessibilityFindings()).isEmpty();
    screenshot("verify-1200.png");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1400));
    screenshot("verify-390.png");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1400));
    browser.findElement(By.cssSelector(".claimreview-button")).click();
    WebElement review =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.claimreview")));
    assertThat(review.getText()).contains("\"@type\": \"ClaimReview\"").contains("firstAppearance");

    // two searches are two history entries; back returns to the first
    query("putin w/12 nuclear");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".summary"), "2 articles"));
    assertThat(browser.getCurrentUrl()).contains("q=putin+w%2F12+nuclear");
    query("\"spoken to Putin only once\"");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".summary"), "1 article"));
    browser.navigate().back();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".summary"), "2 articles"));
    assertThat(browser.findElement(By.id("q")).getAttribute("value"))
        .isEqualTo("putin w/12 nuclear");
    browser.navigate().back();
    wait.until(ExpectedConditions.urlContains("verify="));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#verdict .verdict"), "exact"));
  }

  @Test
  void aQuoteNobodyIsNamedForIsNeitherConfirmationNorMisattribution() throws IOException {
    server.addUnattributedQuote();
    openVerification("If you like your health care plan, you can keep it", "Barack Obama");
    WebElement verdict =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verdict .verdict")));
    assertThat(verdict.getText())
        .isEqualTo(
            "exact — no speaker named in the evidence: unconfirmed that Barack Obama said it")
        .doesNotContain("NOT");
    assertThat(browser.findElement(By.cssSelector("#verdict .quote-card .meta")).getText())
        .contains("speaker unknown");
    browser.findElement(By.cssSelector(".claimreview-button")).click();
    WebElement review =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.claimreview")));
    assertThat(review.getText())
        .contains("\"ratingValue\": 3")
        .contains("unconfirmed that Barack Obama said it")
        .doesNotContain("not from");
    screenshot("verify-no-speaker-1200.png");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1400));
    screenshot("verify-no-speaker-390.png");
  }

  @Test
  void anArticleHasAnAddressOpensAtTheQuoteNamesItsSpeakersAndCitesItself() throws IOException {
    String claim = "I have spoken to Putin only once";
    openVerification(claim, null);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verdict .verdict")));
    // "read the article" opens CNN's article at the quote, marked, under an address of its own
    browser
        .findElement(By.cssSelector("#verdict .quote-card.match"))
        .findElement(By.linkText("read the article"))
        .click();
    WebElement at =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .q.at")));
    assertThat(at.getText()).startsWith("I have spoken to Putin only once");
    wait.until(ExpectedConditions.urlContains("article=002_bc97ad8f4dd9a4f7"));
    String address = browser.getCurrentUrl();
    // speakers are written beside their quotes, not only on hover
    assertThat(browser.findElements(By.cssSelector("#article .who")))
        .extracting(WebElement::getText)
        .contains(" [Elon Musk]".strip());
    // a citation to copy: outlet, date, headline, URL
    WebElement cite = browser.findElement(By.cssSelector("#article .copy-citation"));
    cite.click();
    wait.until(ExpectedConditions.attributeToBeNotEmpty(cite, "data-citation"));
    assertThat(cite.getAttribute("data-citation")).startsWith("CNN, 2022-10-11, “");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1400));
    screenshot("article-at-quote-390.png");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1300, 1400));
    screenshot("article-at-quote-1300.png");
    // the address alone brings the article back, and back returns to the verification
    browser.get(address);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article .q.at")));
    browser.navigate().back();
    wait.until(ExpectedConditions.urlContains("verify="));

    // nothing found: the nearest attempts are folded away, not shown as evidence
    openVerification("Putin told me he would use nuclear weapons", null);
    WebElement fold =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("details.nearest")));
    assertThat(fold.getAttribute("open")).isNull();
    assertThat(fold.findElement(By.tagName("summary")).getText())
        .startsWith("The nearest quotes (")
        .endsWith("none of which says it");
    screenshot("verify-not-found-1300.png");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1400));
    screenshot("verify-not-found-390.png");
  }

  @Test
  void onAPhoneTheFiltersFoldTheSortShowsItsDefaultAndTheTimelineFits() throws IOException {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 1400));
    browser.get(base + "?q=putin");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "article"));
    assertThat(browser.findElement(By.id("filters")).getAttribute("open")).isNull();
    org.openqa.selenium.support.ui.Select sort =
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort")));
    // folded, so read from the DOM rather than as shown
    assertThat(sort.getFirstSelectedOption().getDomProperty("text"))
        .isEqualTo("relevance (default)");
    screenshot("search-390.png");
    openVerification("everything needed to be done to avoid that outcome", null);
    WebElement timeline =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#verdict svg.timeline")));
    // drawn at the view's width, not scaled down: its labels keep their size
    int width = Integer.parseInt(timeline.getAttribute("width"));
    assertThat(width).isLessThanOrEqualTo(390);
    assertThat(timeline.getDomAttribute("viewBox")).startsWith("0 0 " + width + " ");
    screenshot("timeline-390.png");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1300, 1400));
    browser.get(base + "?q=putin");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "article"));
    assertThat(browser.findElement(By.id("filters")).getAttribute("open")).isNotNull();
  }

  @Test
  void aReprintedStoryShowsOnceWithItsFirstOutletAndItsCopiesInTheArticleView() throws IOException {
    server.addReprint("002_bc97ad8f4dd9a4f7", "reprint", "Reprint Gazette");
    browser.get(
        base
            + "?q="
            + java.net.URLEncoder.encode(
                "\"spoken to Putin only once\"", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(summary()).startsWith("2 articles");
    assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(2);
    WebElement line =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".hit .copies")));
    assertThat(line.getText()).contains("Also in 1 other outlet (2 articles)");

    browser.findElement(By.id("collapse")).click();
    query("\"spoken to Putin only once\"");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "1 story"));
    assertThat(browser.findElements(By.cssSelector(".hit"))).hasSize(1);
    assertThat(browser.getCurrentUrl()).contains("collapse=copies");
    screenshot("copies-collapsed-1300.png");

    // the reprint's article view lists the story's copies, the first outlet called first
    browser.get(base + "?article=reprint");
    WebElement copies =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#article ul.copies")));
    assertThat(copies.getText()).contains("CNN, 2022-10-11 (first)").contains("(this article)");
    screenshot("copies-article-1300.png");
  }

  @Test
  void quotesCanBeSearchedByMeaningFromThePage() throws IOException {
    browser.get(base);
    browser.findElement(By.cssSelector("input[name=scope][value=quotes]")).click();
    browser.findElement(By.id("by-meaning")).click();
    query("I talked with the Russian president a single time");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "quote"));
    assertThat(browser.getCurrentUrl()).contains("like=").doesNotContain("q=");
    assertThat(browser.findElements(By.cssSelector(".quote-card blockquote")))
        .extracting(WebElement::getText)
        .anyMatch(t -> t.contains("spoken to Putin"));
    screenshot("quotes-by-meaning-1300.png");
  }

  @Test
  void anEditorCorrectsASpeakerFromTheQuoteCard() throws IOException {
    server.close();
    server = SeedServer.start(dir.resolve("writable"), new ServerSettings("editor-token", 4_096));
    base = server.base + "/";
    browser.get(
        base
            + "?scope=quotes&q="
            + java.net.URLEncoder.encode(
                "\"subject matter\"", java.nio.charset.StandardCharsets.UTF_8));
    WebElement card =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".quote-card")));
    assertThat(card.findElement(By.cssSelector(".speaker")).getText()).isEqualTo("Elon Musk");
    card.findElement(By.cssSelector("details.correction summary")).click();
    card.findElement(By.cssSelector(".correct-name")).sendKeys("Jane Editor");
    card.findElement(By.cssSelector(".correct-token")).sendKeys("editor-token");
    card.findElement(By.cssSelector(".correct-save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElement(
            card.findElement(By.cssSelector(".speaker")), "Jane Editor"));
    assertThat(card.findElement(By.cssSelector(".attribution")).getText())
        .contains("corrected by an editor");
    // a new search shows the correction as such
    browser.navigate().refresh();
    WebElement again =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".quote-card")));
    assertThat(again.findElement(By.cssSelector(".speaker")).getText()).isEqualTo("Jane Editor");
    assertThat(again.findElement(By.cssSelector(".attribution")).getText())
        .contains("corrected by an editor");
  }

  @Test
  void csvExportCellsASpreadsheetWouldRunAreText() throws IOException {
    server.verbatim.add(
        new dev.verbatim.Article(
            "formula",
            "+cmd|' /C calc'!A0",
            null,
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            List.of("@SUM(1+1)", " -2+3"),
            null,
            null,
            "Zanzibarian words for the export."));
    server.verbatim.commit();
    server.verbatim.refresh();
    browser.get(base);
    query("zanzibarian");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".summary"), "1 article"));
    String row =
        ((String) browser.executeScript("return exportRows('csv')")).lines().toList().get(1);
    assertThat(row)
        .startsWith(
            "formula,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+cmd|' /C calc'!A0,")
        .contains("'@SUM(1+1)");
  }

  @Test
  void aCopiedClaimReviewPastedIntoAPageRunsNothing() throws IOException {
    String hostile = "</script><script>window.pwned=1</script> spoken to Putin only once";
    openVerification(hostile, "Elon Musk");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verdict .verdict")));
    browser.findElement(By.cssSelector(".claimreview-button")).click();
    String pasted =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.claimreview")))
            .getText();
    assertThat(pasted).contains("ClaimReview").doesNotContain("</script>");
    // a publisher's page with the ClaimReview pasted where schema.org says to put it
    String publisherPage =
        "<html><head><script type=\"application/ld+json\">"
            + pasted
            + "</script></head><body><p id=\"p\">story</p></body></html>";
    browser.get(
        "data:text/html;charset=utf-8,"
            + java.net.URLEncoder.encode(publisherPage, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("p")));
    assertThat(browser.executeScript("return typeof window.pwned")).isEqualTo("undefined");
    Object parsed =
        browser.executeScript(
            "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]')"
                + ".textContent).claimReviewed");
    assertThat(parsed).isEqualTo(hostile);
  }

  /**
   * axe-core's serious and critical findings on the page as it is now; axe-core comes from the npm
   * registry (.ci/run fetches it into target/axe/); without it the check is skipped, saying so.
   */
  private List<String> seriousAccessibilityFindings() throws IOException {
    Path axe = Path.of(System.getProperty("verbatim.root", "..")).resolve("target/axe/axe.min.js");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(axe), "axe-core is not in target/axe/; .ci/run fetches it from npm");
    browser.executeScript(Files.readString(axe));
    @SuppressWarnings("unchecked")
    List<String> findings =
        (List<String>)
            browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " axe.run(document).then(r => done(r.violations"
                    + " .filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + " .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
    return findings;
  }

  @Test
  void aJournalistWatchesASearchAndReadsWhatArrivesAfter() throws IOException {
    // the page's own server takes no writes: one with a token, on its own index
    try (SeedServer writable =
        SeedServer.start(dir.resolve("watching"), new ServerSettings("page-token", 4_096))) {
      browser.get(writable.base + "/");
      query("lighthouse keeper");
      browser.findElement(By.cssSelector("#watch-search summary")).click();
      browser.findElement(By.cssSelector("#watch-search .watch-token")).sendKeys("page-token");
      browser.findElement(By.cssSelector("#watch-search .watch-make")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#watch-search .watch-status"), "Watching"));
      assertThat(
              browser.findElement(By.cssSelector("#watch-search .watch-feed")).getAttribute("href"))
          .contains("/feed.atom?key=");

      writable.verbatim.addAndCommit(
          java.util.List.of(
              new dev.verbatim.Article(
                  "lh1",
                  "Tide Times",
                  null,
                  "Keeper retires",
                  java.util.List.of(),
                  null,
                  "en",
                  "The lighthouse keeper retired on Friday.")));
      browser.findElement(By.cssSelector("#watches summary")).click();
      WebElement token = browser.findElement(By.cssSelector("#watches .watch-token"));
      token.clear();
      token.sendKeys("page-token");
      browser.findElement(By.cssSelector("#watches .watches-show")).click();
      WebElement item =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#watches-list .watch-item summary")));
      assertThat(item.getText()).contains("lighthouse keeper").contains("1 unread of 1");
      item.click();
      WebElement match =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("#watches-list .watch-match")));
      assertThat(match.getText()).contains("Keeper retires (Tide Times)");
      assertThat(match.findElements(By.tagName("mark")))
          .extracting(WebElement::getText)
          .containsExactly("lighthouse", "keeper");
      screenshot("watches.png");
      // read once, it is no longer unread
      browser.findElement(By.cssSelector("#watches .watches-show")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector("#watches-list .watch-item summary"), "0 unread of 1"));
    }
  }
}
