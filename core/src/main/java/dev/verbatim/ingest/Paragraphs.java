package dev.verbatim.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The paragraphs of the parts {@link HtmlExtractor} chose, in document order: blocks, loose text
 * between them, each read once (a block that repeats what was read is a summary box or a second
 * copy), and the labels before and after the article dropped.
 */
final class Paragraphs {
  private Paragraphs() {}

  /** Block elements whose text is one paragraph of the body. */
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td");

  /**
   * Drops the labels a page puts before and after its article ("Share", "Whatsapp Facebook",
   * "Advertisement", section names): short paragraphs without a sentence's punctuation.
   */
  static void trimLabels(List<String> paragraphs) {
    while (!paragraphs.isEmpty() && isLabel(paragraphs.getFirst())) {
      paragraphs.removeFirst();
    }
    while (!paragraphs.isEmpty() && isLabel(paragraphs.getLast())) {
      paragraphs.removeLast();
    }
  }

  private static boolean isLabel(String paragraph) {
    if (paragraph.length() >= 40) {
      return false;
    }
    for (int i = 0; i < paragraph.length(); i++) {
      if (".!?:;…\"“”'’)".indexOf(paragraph.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The paragraphs of {@code e}, in document order: blocks, and loose text between them. */
  static void collect(Element e, List<String> out, Set<String> seen) {
    StringBuilder loose = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        loose.append(t.text());
      } else if (child instanceof Element c) {
        String tag = c.tagName();
        if (isInline(c)) {
          loose.append(c.text());
          continue;
        }
        add(loose.toString(), out, seen, 0);
        loose.setLength(0);
        if (tag.equals("br")) {
          continue;
        }
        if (PARAGRAPHS.contains(tag) && !hasBlockChildren(c)) {
          add(c.text(), out, seen, HtmlExtractor.linkDensity(c));
        } else if (!tag.equals("h1")) {
          collect(c, out, seen); // the title is not body text
        }
      }
    }
    add(loose.toString(), out, seen, 0);
  }

  private static void add(String text, List<String> out, Set<String> seen, double links) {
    String t = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    if (t.isEmpty()
        || (links > 0.5 && t.length() < 200)
        || FurnitureFilter.isMediaControl(t)
        || !seen.add(t)) {
      return; // links, a gallery's "View all (4)", a paragraph already read
    }
    // a block that repeats what was already read (a summary box, a second copy of the text)
    List<String> shingles = shingles(t);
    int repeated = 0;
    for (String sh : shingles) {
      repeated += seen.contains(sh) ? 1 : 0;
    }
    if (shingles.size() >= 8 && repeated >= shingles.size() * 0.7) {
      return;
    }
    seen.addAll(shingles);
    out.add(t);
  }

  /** The paragraph's runs of four words, marked apart from whole paragraphs in the seen set. */
  private static List<String> shingles(String paragraph) {
    String[] words = paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> shingles = new ArrayList<>();
    for (int i = 0; i + 4 <= words.length; i++) {
      shingles.add(
          "\u0000" + words[i] + " " + words[i + 1] + " " + words[i + 2] + " " + words[i + 3]);
    }
    return shingles;
  }

  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
          "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
          "font", "del", "ins", "label");

  static boolean isInline(Element e) {
    return INLINE.contains(e.tagName()) && !hasBlockChildren(e);
  }

  static boolean hasBlockChildren(Element e) {
    for (Element c : e.children()) {
      if (!INLINE.contains(c.tagName()) && !c.tagName().equals("br")) {
        return true;
      }
    }
    return false;
  }
}
