package dev.verbatim.verify;

import dev.verbatim.text.Folding;
import dev.verbatim.text.TextBoundaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of a claim against an attested wording, ignoring case, punctuation and quote
 * style. {@code equal} runs are in both, {@code delete} runs are in the claim only, {@code insert}
 * runs are in the attested wording only. Longest common subsequence, so the result is stable: the
 * same inputs give the same diff.
 */
public final class WordDiff {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'\\-][\\p{L}\\p{N}]+)*");

  /** One run of the diff. */
  public enum Op {
    EQUAL,
    INSERT,
    DELETE;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A run of words with one operation.
   *
   * @param op what happened to the words
   * @param text the words, separated by single spaces, as the claim or the wording wrote them
   */
  public record Run(Op op, String text) {}

  private WordDiff() {}

  /** The words of a text, as written. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /**
   * For each word of {@link #words(String)}, the number of its sentence in the text, by the
   * sentence boundaries the index uses ({@link TextBoundaries}): "U.S. officials" is one sentence.
   */
  static int[] sentences(String text) {
    int[] starts = TextBoundaries.of(text).sentenceStarts();
    List<Integer> numbers = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int sentence = 0;
    while (m.find()) {
      while (sentence + 1 < starts.length && starts[sentence + 1] <= m.start()) {
        sentence++;
      }
      numbers.add(sentence);
    }
    return numbers.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * For each word of {@link #words(String)}, the number of its clause: a new clause starts after a
   * sentence's or a clause's punctuation (. , ; : ? ! — – ( ) and quotation marks) and at "but".
   */
  static int[] clauses(String text) {
    List<Integer> numbers = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int clause = 0;
    int end = 0;
    while (m.find()) {
      String gap = text.substring(end, m.start());
      if (!numbers.isEmpty()
          && (CLAUSE_PUNCTUATION.matcher(gap).find() || m.group().equalsIgnoreCase("but"))) {
        clause++;
      }
      numbers.add(clause);
      end = m.end();
    }
    return numbers.stream().mapToInt(Integer::intValue).toArray();
  }

  private static final Pattern CLAUSE_PUNCTUATION =
      Pattern.compile("[.,;:?!—–()\\[\\]\"“”«»]|\\s[-‘’']|[-‘’']\\s");

  /**
   * A word folded for comparison: lower case, accents and other marks dropped ("Erdoğan" is
   * "erdogan", "İstanbul" is "istanbul"), curly apostrophes straight.
   */
  static String fold(String word) {
    return Folding.caseAndAccents(word).replace('’', '\'');
  }

  /** The diff of {@code claim} against {@code attested}. */
  public static List<Run> diff(String claim, String attested) {
    return diff(words(claim), words(attested));
  }

  static List<Run> diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            fold(a.get(i)).equals(fold(b.get(j)))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Run> runs = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && fold(a.get(i)).equals(fold(b.get(j)))) {
        add(runs, Op.EQUAL, b.get(j));
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        add(runs, Op.INSERT, b.get(j++));
      } else {
        add(runs, Op.DELETE, a.get(i++));
      }
    }
    return runs;
  }

  private static void add(List<Run> runs, Op op, String word) {
    if (!runs.isEmpty() && runs.getLast().op() == op) {
      Run last = runs.removeLast();
      runs.add(new Run(op, last.text() + " " + word));
    } else {
      runs.add(new Run(op, word));
    }
  }

  /**
   * The diff without the attested wording's words before the first and after the last word it
   * shares with the claim: a claim that quotes part of a longer quote is compared with that part.
   */
  public static List<Run> aligned(List<Run> runs) {
    int from = 0;
    int to = runs.size();
    while (from < to && runs.get(from).op() == Op.INSERT) {
      from++;
    }
    while (to > from && runs.get(to - 1).op() == Op.INSERT) {
      to--;
    }
    return runs.subList(from, to);
  }

  /** How many words the runs with {@code op} hold. */
  static int count(List<Run> runs, Op op) {
    int n = 0;
    for (Run r : runs) {
      if (r.op() == op) {
        n += r.text().split(" ").length;
      }
    }
    return n;
  }
}
