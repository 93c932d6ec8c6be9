package dev.verbatim.internal.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.quote.AttributionRule;
import dev.verbatim.quote.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * Editors' corrections of quote speakers, kept beside the index in {@value #FILE}: per article, per
 * quote text, the speaker an editor named (or none: "nobody is named"). Quote extraction applies
 * them whenever the article is indexed, so a correction outlives re-ingesting the same article; and
 * they are part of the article's fingerprint, so that re-adding it after a correction rewrites its
 * quotes. Thread-safe.
 */
public final class SpeakerCorrections {
  /** The file in the index's directory; Lucene's own files never have this name. */
  static final String FILE = "verbatim-speaker-corrections.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An empty speaker: the editor says nobody is named. */
  private static final String NOBODY = "";

  private final Directory directory;
  private final Map<String, Map<String, String>> byArticle = new ConcurrentHashMap<>();

  private SpeakerCorrections(Directory directory) {
    this.directory = directory;
  }

  /** The corrections stored in {@code directory}, or none; null directory: kept in memory only. */
  public static SpeakerCorrections load(Directory directory) throws IOException {
    SpeakerCorrections corrections = new SpeakerCorrections(directory);
    List<String> files = directory == null ? List.of() : List.of(directory.listAll());
    // a save cut between removing the old file and renaming the new one left only the new one
    String file =
        files.contains(FILE) ? FILE : files.contains(FILE + ".new") ? FILE + ".new" : null;
    if (file != null) {
      try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
        byte[] bytes = new byte[(int) in.length()];
        in.readBytes(bytes, 0, bytes.length);
        JsonNode root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        for (var article : root.properties()) {
          Map<String, String> quotes = new TreeMap<>();
          for (var quote : article.getValue().properties()) {
            quotes.put(quote.getKey(), quote.getValue().asText());
          }
          corrections.byArticle.put(article.getKey(), quotes);
        }
      }
    }
    return corrections;
  }

  /**
   * Records that the quote {@code text} of article {@code id} was said by {@code speaker} (null:
   * nobody is named), and stores every correction durably before returning.
   */
  public synchronized void put(String id, String text, String speaker) throws IOException {
    byArticle
        .computeIfAbsent(id, k -> new TreeMap<>())
        .put(text, speaker == null ? NOBODY : speaker);
    save();
  }

  /** This article's corrections as text for its fingerprint: empty when there are none. */
  public String fingerprint(String id) {
    Map<String, String> quotes = byArticle.get(id);
    return quotes == null ? "" : quotes.toString();
  }

  /** {@code quotes} of article {@code id} with the editors' speakers in place of the found ones. */
  public List<Quote> apply(String id, List<Quote> quotes) {
    Map<String, String> corrected = byArticle.get(id);
    if (corrected == null) {
      return quotes;
    }
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      String speaker = corrected.get(q.text());
      out.add(
          speaker == null
              ? q
              : new Quote(
                  q.start(),
                  q.end(),
                  q.text(),
                  speaker.equals(NOBODY) ? null : speaker,
                  List.of(),
                  q.kind(),
                  q.cue(),
                  AttributionRule.EDITOR.confidence(),
                  AttributionRule.EDITOR,
                  null));
    }
    return out;
  }

  /** Writes all corrections to a new file, synced, then renames it over the old one. */
  private void save() throws IOException {
    if (directory == null) {
      return;
    }
    ObjectNode root = JSON.createObjectNode();
    new TreeMap<>(byArticle)
        .forEach(
            (id, quotes) -> {
              ObjectNode article = root.putObject(id);
              quotes.forEach(article::put);
            });
    byte[] bytes = JSON.writeValueAsBytes(root);
    String temp = FILE + ".new";
    if (List.of(directory.listAll()).contains(temp)) {
      directory.deleteFile(temp);
    }
    try (IndexOutput out = directory.createOutput(temp, IOContext.DEFAULT)) {
      out.writeBytes(bytes, bytes.length);
    }
    directory.sync(List.of(temp));
    if (List.of(directory.listAll()).contains(FILE)) {
      directory.deleteFile(FILE);
    }
    directory.rename(temp, FILE);
    directory.syncMetaData();
  }
}
