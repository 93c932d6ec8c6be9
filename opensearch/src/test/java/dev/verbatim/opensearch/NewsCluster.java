package dev.verbatim.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.transport.client.Client;

/**
 * What the cluster tests and the cluster benchmark share: the AllSides records as received, and the
 * documented index and pipeline of docs/opensearch.md.
 */
final class NewsCluster {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String INDEX = "news";

  private NewsCluster() {}

  /**
   * The first {@code docs} AllSides articles (the parts in order), read in place from {@code
   * -Dverbatim.corpus} (default ../../shared/corpus), as JSON records with the text as received;
   * none when this machine has no copy.
   */
  static List<Map<String, Object>> allsides(int docs) throws IOException {
    Path dir = Path.of(System.getProperty("verbatim.corpus", "../../shared/corpus"), "allsides");
    List<Map<String, Object>> records = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return records;
    }
    List<Path> parts;
    try (Stream<Path> files = Files.list(dir)) {
      parts = files.filter(f -> f.toString().endsWith(".jsonl.gz")).sorted().toList();
    }
    for (Path part : parts) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(part));
          BufferedReader lines =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = lines.readLine();
            line != null && records.size() < docs;
            line = lines.readLine()) {
          @SuppressWarnings("unchecked")
          Map<String, Object> all = JSON.readValue(line, Map.class);
          Map<String, Object> record = new LinkedHashMap<>();
          for (String key : List.of("id", "source", "url", "title", "date", "language", "text")) {
            record.put(key, all.get(key));
          }
          records.add(record);
        }
      }
    }
    return records;
  }

  /** The plugin's own resource ({@code index.json}, {@code pipeline.json}). */
  static String resource(String name) throws IOException {
    try (InputStream in = VerbatimPlugin.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Puts the pipeline and creates the index, as docs/opensearch.md does with curl. */
  static void create(Client client) throws IOException {
    var index = JSON.readTree(resource("index.json"));
    boolean pipeline =
        client
            .admin()
            .cluster()
            .preparePutPipeline(
                "verbatim", new BytesArray(resource("pipeline.json")), MediaTypeRegistry.JSON)
            .get()
            .isAcknowledged();
    boolean created =
        client
            .admin()
            .indices()
            .prepareCreate(INDEX)
            // the REST body of docs/opensearch.md, split as the Java client takes it
            .setSettings(JSON.writeValueAsString(index.get("settings")), MediaTypeRegistry.JSON)
            .setMapping(JSON.writeValueAsString(index.get("mappings")))
            .get()
            .isAcknowledged();
    if (!pipeline || !created) {
      throw new IllegalStateException("the cluster did not acknowledge the pipeline or index");
    }
  }

  /** Sends the records through the pipeline in bulk requests of 500, the text as {@code body}. */
  static void index(Client client, List<Map<String, Object>> records) {
    BulkRequestBuilder bulk = client.prepareBulk();
    for (Map<String, Object> record : records) {
      Map<String, Object> doc = new LinkedHashMap<>(record);
      doc.put("body", doc.remove("text"));
      doc.values().removeIf(Objects::isNull);
      bulk.add(client.prepareIndex(INDEX).setId((String) record.get("id")).setSource(doc));
      if (bulk.numberOfActions() == 500) {
        send(bulk);
        bulk = client.prepareBulk();
      }
    }
    if (bulk.numberOfActions() > 0) {
      send(bulk);
    }
  }

  private static void send(BulkRequestBuilder bulk) {
    BulkResponse response = bulk.get();
    if (response.hasFailures()) {
      throw new IllegalStateException(response.buildFailureMessage());
    }
  }
}
