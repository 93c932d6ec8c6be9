package dev.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verbatim.http.Json;
import dev.verbatim.ingest.ArticleReader;
import dev.verbatim.ingest.IngestRecord;
import dev.verbatim.quote.ArticleQuotes;
import dev.verbatim.quote.GoldQuotes;
import dev.verbatim.quote.Quote;
import dev.verbatim.quote.QuoteExtractor;
import dev.verbatim.quote.QuoteScorer;
import dev.verbatim.quote.SpeakerDirectory;
import dev.verbatim.quote.SpeakerMatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code verbatim eval-quotes}: score the quote extractor against hand-checked quotes. */
@Command(
    name = "eval-quotes",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Score quote extraction against gold quotes: precision, recall and F1 (spans overlapping by"
          + " at least 80%% of the longer), and speaker accuracy over matched speech quotes with a"
          + " named gold speaker.",
      "Seeds: --gold seeds/quotes.gold.jsonl (articles from the gold file's folder). PolNeAR:"
          + " --gold .../polnear/direct_quotes.jsonl.gz --articles .../polnear/articles.jsonl.gz"
          + " --compartment test."
    })
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE",
      description = "gold quotes, JSON Lines")
  Path gold;

  @Option(
      names = "--articles",
      paramLabel = "PATH",
      description = "the articles (default: the gold file's folder)")
  Path articles;

  @Option(
      names = "--compartment",
      paramLabel = "NAME",
      description = "only gold quotes and articles of this compartment (PolNeAR: train, dev, test)")
  String compartment;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "only gold quotes of this kind (PolNeAR: direct or mixed)")
  String kind;

  @Option(
      names = "--speaker-match",
      defaultValue = "exact",
      paramLabel = "exact|full|compatible|surname|last-word",
      description =
          "exact: same full name (case and accents ignored); full: the same canonical name with"
              + " case, accents and punctuation folded; compatible: the same last word, and one"
              + " name's words a subset of the other's (\"Trump\" for \"Donald Trump\"); surname: our speaker's last word is"
              + " the surname of the person the gold mention names (its head name, before an"
              + " appositive, a parenthesis or a prepositional phrase: Brazile in \"Donna Brazile,"
              + " the interim chairwoman of the DNC\"), and gold mentions that name nobody"
              + " (pronouns, descriptions) are not scored; last-word: the older rule, the gold"
              + " mention's last capitalised word wherever it stands (default ${DEFAULT-VALUE})")
  String speakerMatch;

  @Option(
      names = "--double-marks-only",
      description =
          "lenient rule for gold sets made from double quotation marks only (PolNeAR's derived"
              + " quotes): leave out predicted quotes opened by a single mark or by two apostrophes")
  boolean doubleMarksOnly;

  @Option(names = "--errors", defaultValue = "20", paramLabel = "N", description = "errors to list")
  int errors;

  @Option(names = "--json", description = "print the figures as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    SpeakerMatch match = SpeakerMatch.fromName(speakerMatch);
    Map<String, List<QuoteScorer.Gold>> goldQuotes =
        GoldQuotes.read(gold, compartment, kind, match);
    Map<String, List<Quote>> predicted = predict(goldQuotes);
    QuoteScorer.Scores scores = QuoteScorer.score(goldQuotes, predicted, match::matches);
    Map<String, Double> byMatch = byMatch(predicted);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.mapper().writeValueAsString(body(predicted.size(), scores, byMatch)));
    } else {
      print(out, predicted.size(), scores, byMatch);
    }
    out.flush();
    return 0;
  }

  /**
   * The quotes found in the articles scored (those of the compartment, else those the gold holds),
   * one speaker per person across them, as {@code verbatim quotes} prints them; every article read
   * gets a gold entry, empty when it has none.
   */
  private Map<String, List<Quote>> predict(Map<String, List<QuoteScorer.Gold>> goldQuotes)
      throws IOException {
    Path source = articles != null ? articles : gold.toAbsolutePath().getParent();
    Set<String> scope = compartment == null ? null : articlesIn(source, compartment);
    Map<String, List<Quote>> predicted = new HashMap<>();
    QuoteExtractor extractor = new QuoteExtractor();
    SpeakerDirectory directory = new SpeakerDirectory();
    try (Stream<IngestRecord> records = ArticleReader.read(source)) {
      for (Iterator<IngestRecord> it = records.iterator(); it.hasNext(); ) {
        if (it.next() instanceof IngestRecord.Accepted a) {
          String id = key(a.article().id(), goldQuotes);
          if (scope != null ? scope.contains(a.article().id()) : goldQuotes.containsKey(id)) {
            String text = a.cleaning().masked();
            ArticleQuotes article = extractor.read(text);
            directory.addArticle(article.people());
            List<Quote> quotes = article.quotes();
            if (doubleMarksOnly) {
              quotes = quotes.stream().filter(q -> openedByDoubleMark(text, q)).toList();
            }
            predicted.put(id, quotes);
            goldQuotes.putIfAbsent(id, List.of());
          }
        }
      }
    }
    predicted.replaceAll((id, quotes) -> directory.canonicalise(quotes));
    return predicted;
  }

  /**
   * The speaker accuracy under every match rule, so that full names are reported beside surnames.
   */
  private Map<String, Double> byMatch(Map<String, List<Quote>> predicted) throws IOException {
    Map<String, Double> byMatch = new LinkedHashMap<>();
    for (SpeakerMatch other : SpeakerMatch.values()) {
      Map<String, List<QuoteScorer.Gold>> otherGold =
          GoldQuotes.read(gold, compartment, kind, other);
      for (String id : predicted.keySet()) {
        otherGold.putIfAbsent(id, List.of());
      }
      byMatch.put(
          other.toString(),
          round(QuoteScorer.score(otherGold, predicted, other::matches).speakerAccuracy()));
    }
    return byMatch;
  }

  private Map<String, Object> body(
      int articleCount, QuoteScorer.Scores scores, Map<String, Double> byMatch) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("articles", articleCount);
    body.put("gold", scores.gold());
    body.put("predicted", scores.predicted());
    body.put("matched", scores.matched());
    body.put("precision", round(scores.precision()));
    body.put("recall", round(scores.recall()));
    body.put("f1", round(scores.f1()));
    body.put("speaker_scored", scores.speakerScored());
    body.put("speaker_correct", scores.speakerCorrect());
    body.put("speaker_accuracy", round(scores.speakerAccuracy()));
    body.put("speaker_by_match", byMatch);
    body.put("speaker_by_rule", scores.byRule());
    body.put("missed", scores.missed().stream().limit(errors).toList());
    body.put("spurious", scores.spurious().stream().limit(errors).toList());
    body.put("wrong_speaker", scores.wrongSpeaker().stream().limit(errors).toList());
    return body;
  }

  private void print(
      PrintWriter out, int articleCount, QuoteScorer.Scores scores, Map<String, Double> byMatch) {
    out.printf(
        Locale.ROOT,
        "articles %d, gold %d, predicted %d, matched %d%n"
            + "precision %.3f, recall %.3f, F1 %.3f%n"
            + "speaker accuracy %.3f (%d of %d matched speech quotes with a named gold speaker)%n",
        articleCount,
        scores.gold(),
        scores.predicted(),
        scores.matched(),
        scores.precision(),
        scores.recall(),
        scores.f1(),
        scores.speakerAccuracy(),
        scores.speakerCorrect(),
        scores.speakerScored());
    out.printf(Locale.ROOT, "speaker accuracy by match rule: %s%n", byMatch);
    out.printf(Locale.ROOT, "speaker accuracy by rule:%n");
    for (QuoteScorer.RuleScore r : scores.byRule()) {
      out.printf(
          Locale.ROOT,
          "  %-20s %.3f (%d of %d)%n",
          r.rule(),
          r.accuracy(),
          r.correct(),
          r.scored());
    }
    list(out, "missed", scores.missed());
    list(out, "spurious", scores.spurious());
    list(out, "wrong speaker", scores.wrongSpeaker());
  }

  private void list(PrintWriter out, String what, List<QuoteScorer.Miss> misses) {
    if (misses.isEmpty() || errors == 0) {
      return;
    }
    out.printf(Locale.ROOT, "%n%s (%d):%n", what, misses.size());
    for (QuoteScorer.Miss m : misses.stream().limit(errors).toList()) {
      String text = m.text().length() > 70 ? m.text().substring(0, 70) + "…" : m.text();
      out.printf(
          Locale.ROOT,
          "  %s %d-%d “%s”%s%n",
          m.article(),
          m.start(),
          m.end(),
          text,
          m.expected() == null && m.got() == null
              ? ""
              : " expected " + m.expected() + ", got " + m.got());
    }
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  /** Gold "000_x.txt" names the article whose id is "000_x". */
  private static String key(String id, Map<String, List<QuoteScorer.Gold>> gold) {
    return gold.containsKey(id + ".txt") ? id + ".txt" : id;
  }

  private static Set<String> articlesIn(Path file, String compartment) throws IOException {
    Set<String> ids = new HashSet<>();
    if (Files.isDirectory(file)) {
      return ids;
    }
    try (BufferedReader reader = open(file)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          JsonNode a = Json.mapper().readTree(line);
          if (compartment.equals(a.path("compartment").asText(null))) {
            ids.add(a.get("id").asText());
          }
        }
      }
    }
    return ids;
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Whether the mark before a quote is a double one: “ „ « or a lone straight ". */
  private static boolean openedByDoubleMark(String text, Quote q) {
    int i = q.start() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = text.charAt(i);
    return "“„«".indexOf(c) >= 0 || (c == '"' && (i == 0 || text.charAt(i - 1) != '\''));
  }
}
