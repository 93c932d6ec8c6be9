package dev.verbatim.ingest;

import java.util.regex.Pattern;

/**
 * The shapes of the lines {@link FurnitureFilter} removes from a plain-text article: skip links,
 * comment prompts, a media player's controls, relative times, image residue, photo credits, HTML
 * tags, bylines, related-content headings and copyright lines.
 */
final class FurnitureLines {
  private FurnitureLines() {}

  static final Pattern SKIP_LINK =
      Pattern.compile(
          "skip to (main )?(content|navigation|main content)|skip navigation",
          Pattern.CASE_INSENSITIVE);
  static final Pattern COMMENT_PROMPT =
      Pattern.compile(
          "(be the first to comment|leave a (reply|comment)|post a comment|add a comment"
              + "|your email address will not be published.*|required fields are marked.*"
              + "|jump to comments.*|(show |view )?comments|\\d+ comments?|join the conversation)"
              + "[.!]?",
          Pattern.CASE_INSENSITIVE);

  /**
   * A media player's or gallery's controls written out as text, with the caption or credit that
   * follows them on the same line: "Enlarge this image toggle caption Evan Vucci/AP", "View all
   * (4)", "Image 2 of 7".
   */
  static final Pattern MEDIA_CONTROL =
      Pattern.compile(
          "(?:enlarge this image|(?:toggle|hide|show|expand) caption|view (?:all|gallery|photos?"
              + "|slideshow|image)(?: \\(\\d+\\))?|(?:photo|image|slide) \\d+ (?:of|/) \\d+"
              + "|play video|watch video)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /**
   * A line that is only how long ago something was posted: "6 years ago", "Updated 2 hours ago".
   */
  static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "(?:(?:updated|posted|published)\\s+)?(?:\\d+|an?|one)\\s+(?:seconds?|secs?|minutes?|mins?"
              + "|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\.?",
          Pattern.CASE_INSENSITIVE);

  static final Pattern IMAGE_RESIDUE = Pattern.compile("\\d{9,11}\\s+\\d{1,5}(\\s.*)?");
  static final String NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
  static final Pattern CREDIT_SLASH =
      Pattern.compile(
          "(?:"
              + NAME_WORD
              + "\\s+){1,3}"
              + NAME_WORD
              + "\\s*/\\s*(?:[\\p{Lu}][\\p{L}.&'’-]*\\s*){1,4}");
  static final Pattern CREDIT_PAREN = Pattern.compile(".*\\([^()]*\\s/\\s[^()]*\\)");
  static final Pattern CREDIT_LABEL =
      Pattern.compile("(photo|image|picture)( credit)?:.*", Pattern.CASE_INSENSITIVE);
  static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(i|em|b|strong|br|img|figure|figcaption|span|div|p|a)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);
  static final Pattern BYLINE = Pattern.compile("By\\s+(\\p{Lu}.{0,118})");
  static final Pattern BYLINE_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
  static final Pattern NAME =
      Pattern.compile("(?:" + NAME_WORD + ")(?:\\s+" + NAME_WORD + "){0,3}");
  static final Pattern RELATED_HEADING =
      Pattern.compile(
          "(related( news| articles| stories| content| coverage| posts)?"
              + "|recommended( for you| stories| articles)?|video articles|more (stories|news)"
              + "|read more|read next|you (may|might) also like|keep reading|most (read|popular)"
              + "|trending( now| stories)?|also read|what to read next)\\s*:?",
          Pattern.CASE_INSENSITIVE);
  static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?:™\\s*&\\s*)?(?:©|\\(c\\)|copyright\\b).*|.*\\ball rights reserved\\b.*",
          Pattern.CASE_INSENSITIVE);
}
