package dev.verbatim.ingest;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and tag say of it, for {@link HtmlExtractor}: boilerplate (a share
 * box, a menu, a hidden block), never the article (a cookie notice), the article's container, and
 * its kind.
 */
final class ContainerCues {
  private ContainerCues() {}

  /** Class and id words of boilerplate containers. */
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "(?i)(^|[-_ ])(comments?|share|sharing|social|related|recommend(ed|ations)?|promo|"
              + "newsletter|subscribe|subscription|signup|advert(isement)?|ads?|adslot|sponsor(ed)?|"
              + "sidebar|footer|nav|navbar|navigation|menu|breadcrumbs?|cookies?|consent|popup|modal|"
              + "outbrain|taboola|tags|byline|author-?bio|bio|caption|credits?|paywall|toolbar|"
              + "print|cta|donate|donations?|most-?(popular|read)|trending|read-?more|more-?stories|also-?read|"
              + "skip|masthead|sr-only|disclaimer|copyright|timestamp|"
              + "dateline|meta)([-_ ]|$)");

  /**
   * A class word that hides its element ("hidden", "is-hidden", "visually-hidden"); not one that
   * hides it at some screen sizes only ("hidden-xs", Bulma's "is-hidden-touch", a page builder's
   * "hidden-12t0irv"), which is how a page shows the same text in a layout for each size.
   */
  private static final Pattern HIDDEN = Pattern.compile("(?i)(^|[-_ ])hidden( |$)");

  /**
   * Class and id words of what is never the article, whatever else its class says and however much
   * text it holds ("privacy-content-box", a cookie list longer than the story).
   */
  private static final Pattern NEVER_CONTENT =
      Pattern.compile(
          "(?i)(^|[-_ ])(cookies?|consent|privacy|gdpr|outbrain|taboola)" + "([-_ ]|$)");

  /**
   * Class and id words of the article's container, matched as whole words of the class or id (split
   * at dashes, underscores and case changes: "articleBody", "entry__content"), so that a site named
   * "huffpost" or a "cli-text" widget is not taken for a post or a text.
   */
  private static final Set<String> POSITIVE =
      Set.of(
          "article",
          "body",
          "content",
          "entry",
          "main",
          "post",
          "story",
          "text",
          "blog",
          "prose",
          "richtext");

  /** A class or id as words: split at separators and at a lower-case letter before a capital. */
  private static final Pattern CUE_BREAK =
      Pattern.compile("[^\\p{Alnum}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  /** Whether a class or id holds a word of the article's container. */
  static boolean positive(String cues) {
    for (String word : CUE_BREAK.split(cues)) {
      if (POSITIVE.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a class or id names boilerplate, or hides its element. */
  static boolean boilerplate(String cues) {
    return NEGATIVE.matcher(cues).find() || HIDDEN.matcher(cues).find();
  }

  /** Whether a class or id names what is never the article, however much text it holds. */
  static boolean neverContent(String cues) {
    return NEVER_CONTENT.matcher(cues).find();
  }

  /**
   * A container's weight from its class, id and tag (Readability's): the article's words and tags
   * up, boilerplate's down.
   */
  static double weight(Element e) {
    String cues = e.className() + " " + e.id();
    double w = 0;
    if (positive(cues)) {
      w += 25;
    }
    if (boilerplate(cues)) {
      w -= 25;
    }
    switch (e.tagName()) {
      case "article" -> w += 15;
      case "main" -> w += 10;
      case "div", "section" -> w += 5;
      case "pre", "td", "blockquote" -> w += 3;
      case "ol", "ul", "dl", "li", "form" -> w -= 3;
      default -> {}
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      w += 30;
    }
    return w;
  }

  /**
   * An element's kind: its classes but those that end in an id (four or more letters and digits
   * with a digit among them after a dash), which name the element itself (a page builder's
   * "elementor-element-5636d6d", "post-4163") rather than what it is ("col-md-8" and a CSS module's
   * hash, "fa265be5", are kinds).
   */
  static Set<String> kind(Element e) {
    Set<String> kind = new LinkedHashSet<>();
    for (String c : e.classNames()) {
      if (!c.isEmpty() && !ELEMENT_ID.matcher(c).find()) {
        kind.add(c);
      }
    }
    return kind;
  }

  private static final Pattern ELEMENT_ID =
      Pattern.compile("-(?=[a-z0-9]*[0-9])[a-z0-9]{4,}$", Pattern.CASE_INSENSITIVE);
}
