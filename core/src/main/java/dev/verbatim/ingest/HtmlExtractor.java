package dev.verbatim.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article in a news web page: its body without navigation, ads, share bars, related
 * links, comments, captions and newsletter boxes, paragraphs kept as paragraphs; and its metadata
 * from what news pages publish (schema.org JSON-LD, OpenGraph and {@code article:} meta tags,
 * {@code <link rel=canonical>}, {@code <html lang>}, bylines).
 *
 * <p>Written on jsoup with the ideas of Readability and trafilatura: boilerplate is removed by tag,
 * role and class/id cues; paragraphs score their ancestors by length and commas; the best-scoring
 * container, discounted by its link density, is the body, with the sibling blocks that score nearly
 * as well. When the page's JSON-LD {@code articleBody} is much longer than what the markup gave
 * (pages that render their text with scripts), it is used instead. Measured on real pages with
 * {@code verbatim eval-extraction} (docs/ingest.md).
 *
 * <p>Thread-safe: it keeps no state.
 */
public final class HtmlExtractor {

  /** Tags whose content is never article text. */
  private static final String DROPPED_TAGS =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, button, input,"
          + " select, textarea, nav, footer, aside, figcaption, figure, picture, video,"
          + " audio, map, dialog, menu";

  private HtmlExtractor() {}

  /**
   * The article of {@code html}.
   *
   * @param url the page's address, for relative links and as the fallback source; may be null
   */
  public static HtmlPage extract(String html, String url) {
    return extract(Jsoup.parse(html, url == null ? "" : url), url, PageIdentity.SAME_SITE);
  }

  /**
   * The article of a page's bytes, decoded with {@code charset} or, when that is null, with the
   * charset the page declares (its byte-order mark or {@code <meta charset>}), else UTF-8.
   *
   * @throws java.io.IOException if the stream cannot be read
   */
  public static HtmlPage extract(InputStream html, String charset, String url) throws IOException {
    return extract(html, charset, url, PageIdentity.SAME_SITE);
  }

  /**
   * The article of a page's bytes, as {@link #extract(java.io.InputStream, String, String)}, its
   * own name taken as its address only when {@code identity} lets its origin vouch for it.
   *
   * @throws java.io.IOException if the stream cannot be read
   */
  public static HtmlPage extract(
      InputStream html, String charset, String url, PageIdentity identity) throws IOException {
    String cs = charset;
    if (cs != null && !Charset.isSupported(cs)) {
      cs = null;
    }
    return extract(Jsoup.parse(html, cs, url == null ? "" : url), url, identity);
  }

  private static HtmlPage extract(Document doc, String url, PageIdentity identity) {
    PageMetadata meta = PageMetadata.of(doc, url);
    String body = body(doc);
    if (meta.articleBody != null
        && meta.articleBody.length() > 2 * body.length() + 200
        && meta.articleBody.length() > 400) {
      body = paragraphs(meta.articleBody); // the markup held less than the page says it has
    }
    String canonical = identity.of(meta.canonical, url);
    // a page that claims another site's address is not trusted to name that site's outlet either
    boolean claimRefused =
        PageIdentity.web(meta.canonical) && canonical != null && !canonical.equals(meta.canonical);
    // the site's own name first: a publisher may be the desk that wrote it ("DH News Service")
    String source = claimRefused ? null : meta.siteName != null ? meta.siteName : meta.publisher;
    String sourceOrigin = meta.siteName != null ? "og:site_name" : "json-ld publisher";
    if (source == null && canonical != null) {
      source = siteOf(canonical); // "ap.org" for hosted.ap.org, not "Hosted"
      sourceOrigin = "host";
    }
    return new HtmlPage(
        canonical,
        meta.title,
        source,
        meta.date,
        meta.authors,
        meta.language,
        body.strip(),
        claimRefused ? meta.canonical.strip() : null,
        meta.origins(source, sourceOrigin));
  }

  /** The registrable domain of a page's address ("ap.org" for hosted.ap.org), else its host. */
  private static String siteOf(String url) {
    try {
      return PageIdentity.site(url);
    } catch (IllegalArgumentException | NullPointerException noHost) {
      return PageMetadata.host(url);
    }
  }

  /** The day of an ISO date or date-time ("2019-11-19", "2019-11-19T10:00:00-05:00"), or null. */
  static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toLocalDate();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDate.parse(value.substring(0, 10));
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }

  // ---- body

  private static String body(Document doc) {
    Element root = doc.body();
    if (root == null) {
      return "";
    }
    root.select(DROPPED_TAGS).remove();
    int page = Math.max(1, root.text().length());
    for (Element wrapper : root.select("form, header")) {
      // a form is a search box or a sign-up, unless it wraps the page (ASP.NET's one <form>); a
      // header is the masthead or a headline's block, unless it wraps the text (page builders
      // that make every section a <header>)
      if (wrapper.parent() != null && wrapper.text().length() < page * 0.5) {
        wrapper.remove();
      }
    }
    root.select(
            "[role=navigation], [role=complementary], [role=banner], [role=contentinfo],"
                + " [role=dialog], [role=alert]")
        .remove();
    int all = Math.max(1, root.text().length());
    for (Element e : root.select("[hidden], [aria-hidden=true]")) {
      // a hidden block with most of the page's text is the page itself, streamed there by the
      // server for a script to move into place (React's Suspense: <div hidden id="S:0">)
      if (e.parent() != null && e.text().length() < all * 0.5) {
        e.remove();
      }
    }
    int total = Math.max(1, root.text().length());
    for (Element e : root.select("*")) {
      if (e.parent() == null || e.equals(root)) {
        continue;
      }
      String cues = e.className() + " " + e.id();
      if (cues.isBlank() || e.tagName().equals("article") || e.tagName().equals("main")) {
        continue;
      }
      int length = e.text().length();
      boolean boilerplate =
          ContainerCues.boilerplate(cues) && !ContainerCues.positive(cues) && length < total * 0.4;
      if (boilerplate || (ContainerCues.neverContent(cues) && length < total * 0.8)) {
        e.remove();
      }
    }
    Element best = bestContainer(root);
    if (best == null) {
      return "";
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Element part : inDocumentOrder(root, withKindred(root, best, withSiblings(best)))) {
      Paragraphs.collect(part, out, seen);
    }
    Paragraphs.trimLabels(out);
    return String.join("\n\n", out);
  }

  /** The container the paragraphs point to: Readability's scoring, discounted by link density. */
  private static Element bestContainer(Element root) {
    Map<Element, Double> scores = new HashMap<>(); // jsoup's nodes are equal only to themselves
    for (Element p : root.select("p, pre, td, blockquote, div, section, li")) {
      String text = ownParagraphText(p);
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      // loose text in a container is a paragraph of that container; a paragraph, of its parent
      Element parent = isContainerText(p) ? p : p.parent();
      for (int level = 0; parent != null && level < 3; level++) {
        scores.merge(parent, score / (level == 0 ? 1 : level == 1 ? 2 : level * 3), Double::sum);
        parent = parent.parent();
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element el = e.getKey();
      // a class or tag cue adds to what the paragraphs say, never more than twice as much: a
      // newsletter box named "Contents" is no article
      double s =
          (e.getValue() + Math.min(ContainerCues.weight(el), 2 * e.getValue()))
              * (1 - linkDensity(el));
      if (s > bestScore) {
        bestScore = s;
        best = el;
      }
    }
    if (best == null) {
      return root;
    }
    // a container that holds several strong candidates is the article, not one of its parts
    Element up = best.parent();
    while (up != null && !up.equals(root)) {
      int strong = 0;
      for (Map.Entry<Element, Double> e : scores.entrySet()) {
        if (!e.getKey().equals(best)
            && e.getValue() >= bestScore * 0.5
            && isAncestor(up, e.getKey())) {
          strong++;
        }
      }
      if (strong < 2) {
        break;
      }
      best = up;
      up = up.parent();
    }
    return best;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts of an article split by figures, pull quotes or ads into several containers of one
   * kind: every element with the best container's tag and {@linkplain ContainerCues#kind kind},
   * elsewhere in the page, that reads as text (not links) and is not inside a part already taken.
   */
  private static List<Element> withKindred(Element root, Element best, List<Element> parts) {
    Set<String> kind = ContainerCues.kind(best);
    if (kind.isEmpty()) {
      return parts;
    }
    List<Element> all = new ArrayList<>(parts);
    for (Element e : root.getElementsByClass(kind.iterator().next())) {
      if (!e.tagName().equals(best.tagName())
          || !ContainerCues.kind(e).equals(kind)
          || all.contains(e)
          || linkDensity(e) > 0.3
          || e.text().length() < 50) {
        continue;
      }
      boolean nested = false;
      for (Element taken : all) {
        nested |= isAncestor(taken, e) || isAncestor(e, taken);
      }
      if (!nested) {
        all.add(e);
      }
    }
    return all;
  }

  private static List<Element> inDocumentOrder(Element root, List<Element> parts) {
    if (parts.size() < 2) {
      return parts;
    }
    Map<Element, Integer> order = new HashMap<>();
    int i = 0;
    for (Element e : root.getAllElements()) {
      order.put(e, i++);
    }
    List<Element> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingInt(e -> order.getOrDefault(e, 0)));
    return sorted;
  }

  /** The best container and the siblings that read as more of the article. */
  private static List<Element> withSiblings(Element best) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    List<Element> parts = new ArrayList<>();
    int bestLength = Math.max(1, best.text().length());
    for (Element sibling : parent.children()) {
      if (sibling.equals(best)) {
        parts.add(sibling);
        continue;
      }
      String text = sibling.text();
      double links = linkDensity(sibling);
      // a paragraph: a <p>, or a block that holds one paragraph and reads as a sentence (a lead
      // paragraph in a container of its own kind: "(CNN) President …")
      boolean paragraph =
          text.length() > 80
              && links < 0.25
              && (sibling.tagName().equals("p") || (oneParagraph(sibling) && endsSentence(text)));
      boolean sameKind =
          !sibling.className().isBlank() && sibling.className().equals(best.className());
      boolean substantial = text.length() > bestLength * 0.2 && links < 0.2 && commas(text) > 2;
      if (paragraph || (sameKind && links < 0.3) || substantial) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  /** Whether {@code e} holds at most one block: its text is one paragraph. */
  private static boolean oneParagraph(Element e) {
    return e.select("p, div, li, h1, h2, h3, h4, h5, h6, blockquote, section, table").size() <= 2;
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".!?…\"”’)".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static boolean isContainerText(Element e) {
    String tag = e.tagName();
    return (tag.equals("div") || tag.equals("section") || tag.equals("li"))
        && Paragraphs.hasBlockChildren(e);
  }

  /** The text of {@code e} that is its own paragraph: its text when it has no block children. */
  private static String ownParagraphText(Element e) {
    if (e.tagName().equals("div") || e.tagName().equals("section") || e.tagName().equals("li")) {
      if (Paragraphs.hasBlockChildren(e)) {
        StringBuilder own = new StringBuilder();
        for (TextNode t : e.textNodes()) {
          own.append(t.text());
        }
        return own.toString().strip();
      }
    }
    return e.text();
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '،') {
        n++;
      }
    }
    return n;
  }

  static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    int links = 0;
    Elements anchors = e.select("a");
    for (Element a : anchors) {
      links += a.text().length();
    }
    return Math.min(1, (double) links / length);
  }

  /** Text with paragraphs separated by blank lines, from JSON-LD's articleBody. */
  private static String paragraphs(String text) {
    String t = text.replace("\r\n", "\n").strip();
    return t.contains("\n\n") ? t : t.replace("\n", "\n\n");
  }
}
