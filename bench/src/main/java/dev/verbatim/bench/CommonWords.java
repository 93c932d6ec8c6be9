package dev.verbatim.bench;

import dev.verbatim.Article;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the list of common words: words that news prose writes in lower case inside a sentence far
 * more often than capitalised, so that a capitalised one at a sentence's start or in a headline is
 * no name ("Sure,", "Critics say", "Along with"). Counted on corpora the quote sets never score
 * (Reuters-21578 and PolNeAR), so nothing is fitted on an evaluation's answers.
 *
 * <p>{@code verbatim bench common-words OUT FILE...}; the project's copy is
 * core/src/main/resources/dev/verbatim/text/common-words.txt.
 */
public final class CommonWords {
  /** Fewest occurrences inside sentences before a word is judged. */
  static final int MIN_COUNT = 20;

  /** Share of those occurrences in lower case. */
  static final double MIN_LOWER_SHARE = 0.9;

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");

  private CommonWords() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: common-words OUT FILE...");
      System.exit(2);
    }
    Map<String, int[]> counts = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      try (Stream<IngestRecord> records = ArticleReader.read(Path.of(args[i]))) {
        records.forEach(
            r -> {
              if (r instanceof IngestRecord.Accepted accepted) {
                count(accepted.article(), counts);
              }
            });
      }
    }
    TreeSet<String> common = new TreeSet<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int lower = e.getValue()[0];
      int total = lower + e.getValue()[1];
      if (total >= MIN_COUNT && lower >= MIN_LOWER_SHARE * total && e.getKey().length() > 1) {
        common.add(e.getKey());
      }
    }
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
      out.println(
          "# Words news prose writes in lower case inside a sentence (at least "
              + (int) (MIN_LOWER_SHARE * 100)
              + " % of at least "
              + MIN_COUNT
              + " uses).");
      out.println(
          "# Made by: ./verbatim bench common-words OUT ../shared/corpus/reuters21578/"
              + "articles.jsonl.gz ../shared/corpus/polnear/articles.jsonl.gz");
      common.forEach(out::println);
    }
    System.out.println(common.size() + " common words written to " + args[0]);
  }

  /** Counts each word inside a sentence (not its first) as lower case or capitalised. */
  private static void count(Article article, Map<String, int[]> counts) {
    String text = article.text();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (startsSentence(text, m.start())) {
        continue;
      }
      boolean lower = Character.isLowerCase(w.charAt(0));
      boolean capitalised =
          Character.isUpperCase(w.charAt(0))
              && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
      if (lower || capitalised) {
        counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2])[lower ? 0 : 1]++;
      }
    }
  }

  /** Whether only blanks, marks or a sentence end stand between the word and what came before. */
  private static boolean startsSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0
        && (Character.isWhitespace(text.charAt(i)) || "\"“‘'([—–-".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;”\"".indexOf(text.charAt(i)) >= 0 || text.charAt(i + 1) == '\n';
  }
}
