package dev.verbatim.quote;

import dev.verbatim.text.TextBoundaries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The geometry of one article as attribution reads it: its words with their offsets, and the
 * sentence and paragraph each word is in.
 *
 * <p>Sentences are {@link TextBoundaries}' (ICU's rules with the English abbreviation suppressions,
 * the same boundaries as the analyzer's {@code w/s}); paragraphs are separated by blank lines, or
 * by a line break after a line that ends a sentence (scraped text often breaks lines inside
 * sentences).
 */
final class ArticleText {
  /** One word of the text. */
  record Token(
      String text,
      String lower,
      int start,
      int end,
      int sentence,
      int paragraph,
      boolean pluralPossessive) {
    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    /** "Musk’s", and "Sanders' senior adviser" (the apostrophe after the word). */
    boolean possessive() {
      return lower.endsWith("’s") || lower.endsWith("'s") || pluralPossessive;
    }

    /** The word without a possessive ending: "Musk’s" is "Musk". */
    String bare() {
      return hasPossessiveEnding() ? text.substring(0, text.length() - 2) : text;
    }

    /** Whether the word itself ends with "’s" (a plural possessive's apostrophe is outside it). */
    boolean hasPossessiveEnding() {
      return lower.endsWith("’s") || lower.endsWith("'s");
    }
  }

  final String text;
  final List<Token> tokens;
  final List<int[]> paragraphs;
  private final int[] sentenceStarts;

  ArticleText(String text) {
    this(text, paragraphs(text));
  }

  /** The geometry of {@code text} whose paragraphs, from {@link #paragraphs}, are known. */
  ArticleText(String text, List<int[]> paragraphs) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.sentenceStarts = TextBoundaries.of(text).sentenceStarts();
    List<int[]> words = new ArrayList<>();
    Set<String> standalone = new HashSet<>();
    for (int i = 0; i < text.length(); ) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      words.add(new int[] {i, end});
      if (Character.isUpperCase(text.charAt(i))) {
        standalone.add(text.substring(i, end)); // glued words are split only into capitalised parts
      }
      i = end;
    }
    List<Token> list = new ArrayList<>(words.size());
    int p = 0;
    for (int[] w : words) {
      while (p + 1 < paragraphs.size() && paragraphs.get(p + 1)[0] <= w[0]) {
        p++;
      }
      int glue = glued(text.substring(w[0], w[1]), standalone);
      if (glue == 0) {
        glue = lostSpace(text.substring(w[0], w[1]), standalone);
      }
      if (glue > 0) {
        list.add(token(w[0], w[0] + glue, p));
        list.add(token(w[0] + glue, w[1], p));
      } else if (glue < 0) {
        list.add(token(w[0], w[0] - glue, p));
        list.add(token(w[0] - glue + 1, w[1], p));
      } else {
        list.add(token(w[0], w[1], p));
      }
    }
    this.tokens = List.copyOf(list);
  }

  /**
   * The end of the word starting at {@code start}: letters and digits, joined by an apostrophe, a
   * hyphen or an ampersand ("don’t", "Ocasio-Cortez", "AT&T") or by a period before a letter
   * ("U.S", "G.K").
   */
  private static int wordEnd(String text, int start) {
    int i = start;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
        char c = text.charAt(i);
        boolean joins =
            c == '’'
                || c == '\''
                || c == '-'
                || c == '&'
                || (c == '.' && Character.isLetter(text.charAt(i + 1)));
        if (joins) {
          i++;
          continue;
        }
      }
      return i;
    }
    return i;
  }

  private Token token(int start, int end, int paragraph) {
    String word = text.substring(start, end);
    String lower = word.toLowerCase(Locale.ROOT);
    boolean pluralPossessive =
        lower.endsWith("s")
            && end + 2 < text.length()
            && (text.charAt(end) == '’' || text.charAt(end) == '\'')
            && text.charAt(end + 1) == ' '
            && Character.isLowerCase(text.charAt(end + 2));
    return new Token(word, lower, start, end, sentenceOf(start), paragraph, pluralPossessive);
  }

  /**
   * Where two words lost the space between them ("Foley.Obama", "FlakeTrump"): after a period
   * between two words of three letters or more, or before a capital that starts a word the article
   * writes alone: the length of the first word, negated when the period between them is dropped; 0
   * otherwise. Initials and names such as "U.S." or "McDonald" are left whole.
   */
  private static int lostSpace(String word, Set<String> standalone) {
    if (word.length() < 7 || !Character.isUpperCase(word.charAt(0))) {
      return 0;
    }
    int dot = word.indexOf('.');
    if (dot >= 3 && word.length() - dot > 3 && Character.isUpperCase(word.charAt(dot + 1))) {
      return -dot; // split at the period: the period itself is dropped
    }
    for (int i = 4; i < word.length() - 2; i++) {
      if (!Character.isLowerCase(word.charAt(i - 1)) || !Character.isUpperCase(word.charAt(i))) {
        continue;
      }
      String first = word.substring(0, i);
      String second = word.substring(i);
      boolean both = standalone.contains(first) && standalone.contains(second);
      // "MuellerSpeier", "TrumpGOP": two words of a name's shape, one of them written alone
      boolean either =
          RUN_TOGETHER.matcher(word).matches()
              && (standalone.contains(first) || standalone.contains(second));
      if (both || either) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Two words run together by scraping: a capital and four or more lower-case letters, then a
   * capital and four or more lower-case letters, or two or more capitals ("MuellerSpeier",
   * "TrumpGOP"); never the short prefixes of names ("McConnell", "DeSantis", "MacArthur") nor brand
   * names, shorter on one side ("WikiLeaks", "PolitiFact", "YouTube"). Split here, and checked for
   * in a speaker's name by {@link SpeakerNameCheck}.
   */
  static final Pattern RUN_TOGETHER =
      Pattern.compile("\\p{Lu}\\p{Ll}{4,}(\\p{Lu}\\p{Ll}{4,}|\\p{Lu}{2,})");

  /**
   * Where a name and the next word were glued together by scraping ("Muskowner", "Groupwrote"): the
   * length of the name when the rest is a verb of saying or a noun of role and the name stands
   * alone elsewhere in the article (or is an organisation's word); 0 otherwise.
   */
  private static int glued(String word, Set<String> standalone) {
    if (word.length() < 8 || !Character.isUpperCase(word.charAt(0))) {
      return 0;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return 0;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    for (int cut = 3; cut <= word.length() - 5; cut++) {
      String rest = lower.substring(cut);
      String name = word.substring(0, cut);
      if ((Cues.VERBS.contains(rest) || Cues.ROLE_NOUNS.contains(rest))
          && (standalone.contains(name)
              || NameWords.ORGANISATION.contains(name.toLowerCase(Locale.ROOT)))) {
        return cut;
      }
    }
    return 0;
  }

  /** The index of the sentence holding character {@code at}. */
  int sentenceOf(int at) {
    int i = Arrays.binarySearch(sentenceStarts, at);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  /** The offset where sentence {@code s} starts. */
  int sentenceStart(int s) {
    return sentenceStarts.length == 0 ? 0 : sentenceStarts[Math.min(s, sentenceStarts.length - 1)];
  }

  /** The index of the first token starting at or after {@code offset}. */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The text between two tokens, exclusive of both; empty when either is not a token. */
  String gap(int left, int right) {
    if (left < 0 || right >= tokens.size() || left >= right) {
      return "";
    }
    return text.substring(tokens.get(left).end(), tokens.get(right).start());
  }

  /** Paragraph ranges: blank lines, or a line break after a line that ends a sentence. */
  static List<int[]> paragraphs(String text) {
    List<int[]> paragraphs = new ArrayList<>();
    int start = 0;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) != '\n') {
        continue;
      }
      String line = text.substring(lineStart, i).strip();
      boolean blank = line.isEmpty();
      if (blank || TextBoundaries.lineEndsSentence(line) || i == text.length()) {
        int end = blank ? lineStart : i;
        if (!text.substring(start, end).isBlank()) {
          paragraphs.add(new int[] {start, end});
        }
        start = i + 1;
      }
      lineStart = i + 1;
    }
    return paragraphs;
  }
}
