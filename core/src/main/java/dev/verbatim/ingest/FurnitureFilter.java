package dev.verbatim.ingest;

import dev.verbatim.text.TextBoundaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Takes page furniture out of scraped article text, finds the headline and the byline, and joins
 * lines broken inside a sentence.
 *
 * <p>Each removed line is reported with the rule that removed it ({@link CleanedText#removals()}):
 *
 * <ul>
 *   <li>{@code skip-link}: "Skip to Content", "Skip to navigation";
 *   <li>{@code comment-prompt}: "Be the first to comment", "Leave a Reply", "Your email address
 *       will not be published.", "Jump to comments";
 *   <li>{@code photo-credit}: a credit line ("Matt Rourke/AP", a caption ending in "(REUTERS / Mike
 *       Blake / file)", the same in HTML markup);
 *   <li>{@code caption}: a short line with no sentence punctuation right next to a photo credit;
 *   <li>{@code image-residue}: an image file name left in the text ("1665516979 934 …");
 *   <li>{@code media-control}: a player's or gallery's controls with the caption after them
 *       ("Enlarge this image toggle caption Evan Vucci/AP", "View all (4)", "Image 2 of 7");
 *   <li>{@code relative-time}: a line that only says how long ago ("6 years ago", "Updated 2 hours
 *       ago");
 *   <li>{@code byline}: "By Natasha Bertrand and Jessie Yeung, CNN", whose names become authors;
 *   <li>{@code headline}: the first line, when it stands alone, has no sentence punctuation at its
 *       end and is at most 30 words; or the first line when it repeats the title given;
 *   <li>{@code related-list}: a heading such as "Related News", "Recommended", "Video Articles",
 *       "Keep reading:", and everything after it;
 *   <li>{@code copyright}: a copyright line ("© 2022 …", "All rights reserved") and everything
 *       after it.
 * </ul>
 *
 * <p>The two tail rules fire only after the third non-blank line and only when no line after the
 * heading is longer than {@value #TAIL_MAX_LINE} characters, so a "Read more" in the middle of an
 * article does not cut it short.
 *
 * <p>Lines are then grouped into paragraphs. Blank lines separate paragraphs. Within a run of
 * non-blank lines, a line that does not end a sentence (". ! ? … :" before any closing quote or
 * bracket) is joined to the next one; if the run uses indented first lines (wire copy), only an
 * indented line starts a paragraph. Thread-safe.
 */
public final class FurnitureFilter {
  static final int TAIL_MAX_LINE = 300;
  private static final int HEADLINE_MAX_WORDS = 30;
  private static final int CAPTION_MAX_WORDS = 8;
  private static final int BYLINE_SEARCH_LINES = 10;

  private FurnitureFilter() {}

  /**
   * Cleans {@code raw}.
   *
   * @param raw the article text as read
   * @param knownTitle the headline from the article's metadata, or null to find it in the text
   */
  public static CleanedText clean(String raw, String knownTitle) {
    String[] lines = normaliseNewlines(raw).split("\n", -1);
    String[] trimmed = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      trimmed[i] = trim(lines[i]);
    }
    String[] rule = new String[lines.length];
    markTail(trimmed, rule);
    markLines(trimmed, rule);
    markCaptions(trimmed, rule);
    List<String> authors = markByline(trimmed, rule);
    String title = markHeadline(trimmed, rule, knownTitle);

    List<Removal> removals = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (rule[i] != null) {
        removals.add(new Removal(i + 1, rule[i], lines[i]));
      }
    }
    List<Integer> joined = new ArrayList<>();
    String body = paragraphs(lines, trimmed, rule, joined);
    if (body.isEmpty()) {
      // a headline-only item (a wire flash): the headline is the whole story
      for (int i = 0; i < rule.length; i++) {
        if ("headline".equals(rule[i])) {
          rule[i] = null;
          body = trimmed[i];
          removals.removeIf(r -> r.rule().equals("headline"));
        }
      }
    }
    return new CleanedText(title, authors, body, removals, joined, mask(raw, rule));
  }

  /** {@code raw} with the lines removed for any rule but {@code headline} replaced by spaces. */
  private static String mask(String raw, String[] rule) {
    StringBuilder masked = new StringBuilder(raw);
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i <= raw.length(); i++) {
      if (i == raw.length() || raw.charAt(i) == '\n') {
        if (line < rule.length && rule[line] != null && !rule[line].equals("headline")) {
          for (int k = lineStart; k < i; k++) {
            masked.setCharAt(k, ' ');
          }
        }
        line++;
        lineStart = i + 1;
      }
    }
    return masked.toString();
  }

  private static void markTail(String[] lines, String[] rule) {
    int nonBlank = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      nonBlank++;
      if (nonBlank <= 3) {
        continue;
      }
      String tailRule =
          FurnitureLines.RELATED_HEADING.matcher(lines[i]).matches()
              ? "related-list"
              : FurnitureLines.COPYRIGHT.matcher(lines[i]).matches() ? "copyright" : null;
      if (tailRule != null && shortLinesFrom(lines, i + 1)) {
        for (int j = i; j < lines.length; j++) {
          if (!lines[j].isEmpty()) {
            rule[j] = tailRule;
          }
        }
        return;
      }
    }
  }

  private static boolean shortLinesFrom(String[] lines, int from) {
    for (int j = from; j < lines.length; j++) {
      if (lines[j].length() > TAIL_MAX_LINE) {
        return false;
      }
    }
    return true;
  }

  private static void markLines(String[] lines, String[] rule) {
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (rule[i] != null || line.isEmpty()) {
        continue;
      }
      if (FurnitureLines.SKIP_LINK.matcher(line).matches()) {
        rule[i] = "skip-link";
      } else if (FurnitureLines.COMMENT_PROMPT.matcher(line).matches()) {
        rule[i] = "comment-prompt";
      } else if (FurnitureLines.IMAGE_RESIDUE.matcher(line).matches()) {
        rule[i] = "image-residue";
      } else if (isMediaControl(line)) {
        rule[i] = "media-control";
      } else if (FurnitureLines.RELATIVE_TIME.matcher(line).matches()) {
        rule[i] = "relative-time";
      } else if (isCredit(line)) {
        rule[i] = "photo-credit";
      }
    }
  }

  /**
   * Whether a line or paragraph is a media player's or gallery's controls ("Enlarge this image
   * toggle caption …", "View all (4)"), never article text; shared with {@link HtmlExtractor}.
   */
  static boolean isMediaControl(String line) {
    return FurnitureLines.MEDIA_CONTROL.matcher(line).matches() && line.split("\\s+").length <= 30;
  }

  private static boolean isCredit(String line) {
    if (FurnitureLines.CREDIT_LABEL.matcher(line).matches()
        || FurnitureLines.CREDIT_SLASH.matcher(line).matches()) {
      return true;
    }
    if (FurnitureLines.CREDIT_PAREN.matcher(line).matches() && line.split("\\s+").length <= 40) {
      return true;
    }
    if (FurnitureLines.HTML_TAG.matcher(line).find()) {
      String text =
          FurnitureLines.HTML_TAG.matcher(line.replaceAll("(?i)<br\\s*/?>", "\n")).replaceAll("");
      for (String part : text.split("\n")) {
        if (FurnitureLines.CREDIT_SLASH.matcher(trim(part)).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void markCaptions(String[] lines, String[] rule) {
    for (int i = 0; i < lines.length; i++) {
      if (rule[i] != null
          || lines[i].isEmpty()
          || !isShortUnpunctuated(lines[i], CAPTION_MAX_WORDS)) {
        continue;
      }
      boolean creditBefore = i > 0 && "photo-credit".equals(rule[i - 1]);
      boolean creditAfter = i + 1 < lines.length && "photo-credit".equals(rule[i + 1]);
      if (creditBefore || creditAfter) {
        rule[i] = "caption";
      }
    }
  }

  private static List<String> markByline(String[] lines, String[] rule) {
    int seen = 0;
    for (int i = 0; i < lines.length && seen < BYLINE_SEARCH_LINES; i++) {
      if (rule[i] != null || lines[i].isEmpty()) {
        continue;
      }
      seen++;
      Matcher m = FurnitureLines.BYLINE.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      List<String> authors = new ArrayList<>();
      boolean allNames = true;
      for (String part : FurnitureLines.BYLINE_SEPARATOR.split(m.group(1))) {
        if (part.isEmpty()) {
          continue;
        }
        if (!FurnitureLines.NAME.matcher(part).matches()) {
          allNames = false;
          break;
        }
        if (part.contains(" ")) {
          authors.add(part);
        }
      }
      if (allNames && !authors.isEmpty()) {
        rule[i] = "byline";
        return authors;
      }
    }
    return List.of();
  }

  private static String markHeadline(String[] lines, String[] rule, String knownTitle) {
    int first = -1;
    for (int i = 0; i < lines.length; i++) {
      if (rule[i] == null && !lines[i].isEmpty()) {
        first = i;
        break;
      }
    }
    if (knownTitle != null && !knownTitle.isBlank()) {
      if (first >= 0 && comparable(lines[first]).equals(comparable(knownTitle))) {
        rule[first] = "headline";
      }
      return trim(knownTitle);
    }
    if (first < 0) {
      return null;
    }
    boolean standsAlone = first + 1 >= lines.length || lines[first + 1].isEmpty();
    if (standsAlone && isShortUnpunctuated(lines[first], HEADLINE_MAX_WORDS)) {
      rule[first] = "headline";
      return lines[first];
    }
    return null;
  }

  private static String paragraphs(
      String[] lines, String[] trimmed, String[] rule, List<Integer> joined) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < lines.length) {
      if (rule[i] != null || trimmed[i].isEmpty()) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.length && rule[end] == null && !trimmed[end].isEmpty()) {
        end++;
      }
      boolean indented = false;
      for (int j = i + 1; j < end; j++) {
        indented |= lines[j].startsWith("  ") || lines[j].startsWith("\t");
      }
      for (int j = i; j < end; j++) {
        boolean startsParagraph =
            j == i
                || (indented
                    ? lines[j].startsWith("  ") || lines[j].startsWith("\t")
                    : endsSentence(trimmed[j - 1]));
        if (startsParagraph) {
          flush(current, paragraphs);
        } else {
          joined.add(j + 1);
          current.append(' ');
        }
        current.append(trimmed[j]);
      }
      flush(current, paragraphs);
      i = end;
    }
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  private static boolean isShortUnpunctuated(String line, int maxWords) {
    int words = line.split("\\s+").length;
    return words <= maxWords && !endsSentence(line) && !line.endsWith(",");
  }

  /** Whether a line ends a sentence: the one rule of {@link TextBoundaries#lineEndsSentence}. */
  static boolean endsSentence(String line) {
    return TextBoundaries.lineEndsSentence(line);
  }

  private static String comparable(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String normaliseNewlines(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          continue;
        }
        sb.append('\n');
      } else if (c == '\uFEFF' || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
        // a byte-order mark or a control character: dropped
      } else if (c == '\u2028' || c == '\u2029') {
        sb.append('\n');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Trims whitespace including no-break spaces, which {@link String#strip()} keeps. */
  static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
