package dev.verbatim.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An XSS corpus through the real page in Chromium: more than a hundred payloads in every field that
 * reaches the page (title, source, authors, URL, text and its quotes, verify claims). None may
 * execute, none may become markup (no element, attribute or link made of a payload), and no {@code
 * javascript:} or {@code data:} URL may become a link. The checks read the DOM, so they hold even
 * where the page's Content-Security-Policy would have stopped a script. Skipped, saying so, without
 * Chromium.
 */
class XssTest {
  @TempDir Path dir;
  private SeedServer server;
  private ChromeDriver browser;
  private WebDriverWait wait;

  /** Payloads: vectors in the wrappers that break out of text, attributes and the page's marks. */
  static List<String> payloads() {
    List<String> vectors =
        List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=window.__xss=1>",
            "<svg onload=window.__xss=1>",
            "<iframe src=javascript:window.__xss=1>",
            "<body onload=window.__xss=1>",
            "<a href=javascript:window.__xss=1>x</a>",
            "<details open ontoggle=window.__xss=1>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
            "<object data=javascript:window.__xss=1>",
            "<embed src=javascript:window.__xss=1>",
            "<input autofocus onfocus=window.__xss=1>",
            "<video><source onerror=window.__xss=1>",
            "<marquee onstart=window.__xss=1>",
            "<div style=\"background:url(javascript:window.__xss=1)\">",
            "<a href=\"data:text/html,<script>window.__xss=1</script>\">x</a>",
            "<template><img src=x onerror=window.__xss=1></template>",
            "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=1>\">",
            "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
            "&lt;img src=x onerror=window.__xss=1&gt;",
            "<IMG SRC=\"jav&#x09;ascript:window.__xss=1\">",
            "javascript:window.__xss=1",
            " JaVaScRiPt:window.__xss=1",
            "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==",
            "vbscript:window.__xss=1",
            "<form><button formaction=javascript:window.__xss=1>x</button></form>",
            "<base href=javascript:/>",
            "<link rel=import href=data:text/html,<script>window.__xss=1</script>>");
    List<String> wrappers =
        List.of("%s", "\"><%s", "'><%s", "</mark></q>%s<mark>", "“%s,” said Ana Lima.");
    List<String> all = new ArrayList<>();
    for (String w : wrappers) {
      for (String v : vectors) {
        all.add(w.replace("%s", v).replace("<<", "<"));
      }
    }
    return all;
  }

  @BeforeEach
  void start() throws IOException {
    browser = Chromium.start(dir);
    server =
        SeedServer.start(
            dir, new ServerSettings(null, 4_096, Duration.ofSeconds(10), Integer.MAX_VALUE));
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

  /** What the page let through: executed scripts and markup made of payloads. */
  private List<String> breaches() {
    @SuppressWarnings("unchecked")
    List<String> found =
        (List<String>)
            browser.executeScript(
                """
                const out = [];
                if (window.__xss) out.push('a script ran');
                for (const el of document.querySelectorAll('main *, #results *, #article *, #verdict *, body *')) {
                  const tag = el.tagName.toLowerCase();
                  if (['script','iframe','object','embed','svg','math','video','img','marquee','base','link','form','template','noscript','details','input'].includes(tag)
                      && !el.closest('head') && !el.hasAttribute('data-app')) {
                    if (tag === 'script' && el.src && el.src.startsWith(location.origin)) continue;
                    if (tag === 'input' || tag === 'form' || tag === 'details' || tag === 'link') continue;
                    out.push('element ' + tag);
                  }
                  for (const a of el.attributes) {
                    if (a.name.startsWith('on')) out.push('attribute ' + a.name + ' on ' + tag);
                  }
                  if (tag === 'a') {
                    const href = (el.getAttribute('href') || '').trim().toLowerCase();
                    if (href.startsWith('javascript:') || href.startsWith('data:') || href.startsWith('vbscript:')) out.push('link ' + href);
                  }
                }
                return out;
                """);
    return found;
  }

  @Test
  void noPayloadRunsOrBecomesMarkupInAnyField() throws IOException {
    List<String> payloads = payloads();
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      server.verbatim.add(
          new Article(
              "xss" + i,
              p,
              p,
              "xsstitle " + p,
              List.of(p),
              null,
              "en",
              "xssbody " + p + "\n\n“" + p + ",” said Ana Lima, the mayor."));
    }
    server.verbatim.commit();
    server.verbatim.refresh();

    browser.get(server.base + "/");
    List<String> breaches = new ArrayList<>();
    // hits, snippets and facets over every payload, page by page
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("xssbody", Keys.ENTER);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".summary")));
    breaches.addAll(breaches());
    // the quote cards
    browser.findElement(By.cssSelector("input[name=scope][value=quotes]")).click();
    box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys("speaker:lima", Keys.ENTER);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".summary"), "quote"));
    breaches.addAll(breaches());
    // the article view of every payload: title, source, URL, authors, text and its quotes
    for (int i = 0; i < payloads.size(); i++) {
      browser.executeScript("openArticle(arguments[0])", "xss" + i);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article"), "xsstitle"));
      for (String b : breaches()) {
        breaches.add(b + " (article " + i + ": " + payloads.get(i) + ")");
      }
    }
    // verify claims
    browser.findElement(By.cssSelector("input[name=scope][value=verify]")).click();
    for (int i = 0; i < payloads.size(); i += 5) {
      WebElement claim = browser.findElement(By.id("claim"));
      claim.clear();
      claim.sendKeys(payloads.get(i));
      browser.findElement(By.cssSelector("#verify button")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#verdict")));
      for (String b : breaches()) {
        breaches.add(b + " (claim " + payloads.get(i) + ")");
      }
    }
    assertThat(breaches).isEmpty();
    assertThat(browser.getTitle()).startsWith("Verbatim");
    // the check sees what it looks for: markup put into the page by hand is found
    browser.executeScript(
        "const i = document.createElement('img'); i.setAttribute('onerror', 'x');"
            + " document.getElementById('article').appendChild(i);");
    assertThat(breaches()).contains("element img", "attribute onerror on img");
  }
}
