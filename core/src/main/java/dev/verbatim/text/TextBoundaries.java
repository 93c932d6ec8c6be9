package dev.verbatim.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The sentence and paragraph boundaries of a text, as sorted character offsets where a sentence or
 * a paragraph starts.
 *
 * <p>Sentences come from ICU's sentence break rules with the English abbreviation suppressions
 * ({@code en@ss=standard}), so "Mr. Musk" and "U.S. officials" do not end a sentence, and neither
 * does a middle initial ("Michael J. Petrilli", which the suppressions do not know). A paragraph
 * starts after any line break: Verbatim's ingest joins lines broken inside a sentence before
 * indexing, so a line break that reaches the index is a real paragraph boundary.
 *
 * <p>NOTE: instances are immutable; {@link #of(CharSequence)} is thread-safe.
 */
public final class TextBoundaries {
  private static final ULocale ENGLISH_WITH_SUPPRESSIONS = new ULocale("en@ss=standard");
  private static final ThreadLocal<BreakIterator> SENTENCES =
      ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ENGLISH_WITH_SUPPRESSIONS));

  private final int[] sentenceStarts;
  private final int[] paragraphStarts;

  private TextBoundaries(int[] sentenceStarts, int[] paragraphStarts) {
    this.sentenceStarts = sentenceStarts;
    this.paragraphStarts = paragraphStarts;
  }

  /** Finds the boundaries of {@code text}. */
  public static TextBoundaries of(CharSequence text) {
    String s = text.toString();
    return new TextBoundaries(sentenceStarts(s), paragraphStarts(s));
  }

  /**
   * Where the paragraphs of {@code text} start, as {@link #of} finds them, without reading its
   * sentences (which costs far more).
   */
  public static int[] paragraphStarts(CharSequence text) {
    String s = text.toString();
    int[] paragraphs = new int[8];
    int paragraphCount = 0;
    paragraphs[paragraphCount++] = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2029') {
        int next = i + 1;
        while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
          next++;
        }
        if (next < s.length() && next > paragraphs[paragraphCount - 1]) {
          if (paragraphCount == paragraphs.length) {
            paragraphs = Arrays.copyOf(paragraphs, paragraphCount * 2);
          }
          paragraphs[paragraphCount++] = next;
        }
        i = next - 1;
      }
    }
    return Arrays.copyOf(paragraphs, paragraphCount);
  }

  private static int[] sentenceStarts(String s) {
    BreakIterator it = SENTENCES.get();
    it.setText(s);
    int[] sentences = new int[16];
    int sentenceCount = 0;
    for (int start = it.first(); start != BreakIterator.DONE && start < s.length(); ) {
      int skipped = start;
      while (skipped < s.length() && Character.isWhitespace(s.charAt(skipped))) {
        skipped++;
      }
      // a blank line is two ICU breaks that skip to the same start: keep one
      if (skipped < s.length()
          && (sentenceCount == 0
              || (sentences[sentenceCount - 1] != skipped && !followsAbbreviation(s, skipped)))) {
        if (sentenceCount == sentences.length) {
          sentences = Arrays.copyOf(sentences, sentenceCount * 2);
        }
        sentences[sentenceCount++] = skipped;
      }
      start = it.next();
    }
    return Arrays.copyOf(sentences, sentenceCount);
  }

  /**
   * Whether an ICU sentence start at {@code start} only follows a middle initial or a title before
   * a name: a capital letter alone before a period ("J. Petrilli"), or a title abbreviation the
   * suppressions lack ("Sen. Lamar Alexander", "Gov. Doug Ducey"), then blanks, then a capital.
   * Such a start is no sentence start.
   */
  public static boolean followsAbbreviation(CharSequence text, int start) {
    if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 1 || i >= start - 1 || text.charAt(i) != '.') {
      return false;
    }
    int word = wordStart(text, i);
    if (word > 0
        && !Character.isWhitespace(text.charAt(word - 1))
        && text.charAt(word - 1) != '(') {
      return false;
    }
    String before = text.subSequence(word, i).toString();
    return !before.isEmpty() && Character.isUpperCase(before.charAt(0)) && abbreviation(before);
  }

  /**
   * Whether the period at {@code dot} of {@code text} ends a sentence: not after an abbreviated
   * title or an initial ("Sen.", "J."), and followed by a capital letter or the end, not by ")" or
   * "," ("Rep. Gwen Moore (D-Wis.) said"), closing quote marks skipped. The quick test for one
   * period, where {@link #of} reads a whole text.
   */
  public static boolean periodEndsSentence(CharSequence text, int dot) {
    if (abbreviation(text.subSequence(wordStart(text, dot), dot).toString())) {
      return false;
    }
    int i = dot + 1;
    while (i < text.length() && QuoteMarks.closes(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && (text.charAt(i) == ')' || text.charAt(i) == ',')) {
      return false;
    }
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || !Character.isLowerCase(text.charAt(i));
  }

  /** The start of the run of letters that ends at {@code end}. */
  private static int wordStart(CharSequence text, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** Whether a word before a period abbreviates: an initial ("J.") or a title ("Sen."). */
  private static boolean abbreviation(String word) {
    return word.length() == 1 || TITLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Titles written abbreviated before a name; a period after one ends no sentence. */
  private static final Set<String> TITLES = WordList.load("abbreviated-titles.txt");

  /** The offsets where sentences start, ascending; the first is the first non-blank character. */
  public int[] sentenceStarts() {
    return sentenceStarts.clone();
  }

  /**
   * Whether a line of scraped text ends a sentence: . ! ? … or : before any closing quotes and
   * brackets. A line break after such a line is a paragraph break; any other line break is a line
   * broken inside a sentence, which ingest joins and quote finding reads through.
   */
  public static boolean lineEndsSentence(String line) {
    int end = line.length();
    while (end > 0 && "\"'”’»)]".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?…:".indexOf(line.charAt(end - 1)) >= 0;
  }

  /** The offsets where paragraphs start, ascending; the first is 0. */
  public int[] paragraphStarts() {
    return paragraphStarts.clone();
  }

  /** Whether a sentence starts in the half-open range {@code (from, to]}. */
  public boolean sentenceStartsIn(int from, int to) {
    return startsIn(sentenceStarts, from, to);
  }

  /** Whether a paragraph starts in the half-open range {@code (from, to]}. */
  public boolean paragraphStartsIn(int from, int to) {
    return startsIn(paragraphStarts, from, to);
  }

  private static boolean startsIn(int[] starts, int from, int to) {
    int i = Arrays.binarySearch(starts, from + 1);
    int insertion = i >= 0 ? i : -i - 1;
    return insertion < starts.length && starts[insertion] <= to;
  }
}
