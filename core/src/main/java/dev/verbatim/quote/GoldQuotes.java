package dev.verbatim.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads hand-checked quotes from JSON Lines (plain or gzip'd), one quote a line: {@code article,
 * start, end, quote, speaker, kind}, and for PolNeAR's derived set also {@code compartment} and
 * {@code annotator}. Used by the tests and by {@code eval-quotes}.
 */
public final class GoldQuotes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldQuotes() {}

  /**
   * The gold quotes of {@code file} by article, in file order.
   *
   * @param compartment only quotes of this compartment (PolNeAR's train, dev, test), or null
   * @param kind only quotes of this kind ({@code direct}, {@code mixed}, {@code speech}), or null
   * @param match the speaker rule: a gold mention that names nobody under it counts as no speaker
   * @throws IOException if the file cannot be read or a line is not JSON
   */
  public static Map<String, List<QuoteScorer.Gold>> read(
      Path file, String compartment, String kind, SpeakerMatch match) throws IOException {
    Map<String, List<QuoteScorer.Gold>> byArticle = new LinkedHashMap<>();
    Map<String, String> annotatorOf = new HashMap<>();
    try (BufferedReader reader = open(file)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode g = JSON.readTree(line);
        if (compartment != null && !compartment.equals(g.path("compartment").asText(null))) {
          continue;
        }
        String goldKind = g.path("kind").asText("speech");
        if (kind != null && !kind.equals(goldKind)) {
          continue;
        }
        String article = g.get("article").asText();
        String annotator = g.path("annotator").asText("");
        // articles with several annotators: the first annotator's quotes only
        if (!annotatorOf.computeIfAbsent(article, a -> annotator).equals(annotator)) {
          continue;
        }
        String speaker = g.path("speaker").isNull() ? null : g.path("speaker").asText(null);
        if (speaker != null && !match.names(speaker)) {
          speaker = null;
        }
        byArticle
            .computeIfAbsent(article, a -> new ArrayList<>())
            .add(
                new QuoteScorer.Gold(
                    article,
                    g.get("start").asInt(),
                    g.get("end").asInt(),
                    g.path("quote").asText(""),
                    speaker,
                    !goldKind.equals("term")));
      }
    }
    return byArticle;
  }

  /** A reader of a plain or gzip'd UTF-8 file. */
  static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
