package dev.verbatim.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Article;
import dev.verbatim.Limits;
import dev.verbatim.ingest.IngestRecord.Accepted;
import dev.verbatim.ingest.IngestRecord.Rejected;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One article record from JSON (a JSON Lines line, a POST body, a text file's sidecar): checked
 * field by field, a bad one rejected with its origin, the text cleaned of page furniture.
 */
final class JsonRecords {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");

  private JsonRecords() {}

  /** The record a JSON object gives; a rejection for anything else. */
  static IngestRecord parse(String line, String origin) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Rejected(origin, null, "record", "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Rejected(origin, null, "record", "must be a JSON object");
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      return new Rejected(origin, null, "id", "missing");
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return new Rejected(origin, id, "text", "missing");
    }
    return toRecord(id, node, text.asText(), origin);
  }

  static IngestRecord toRecord(String id, JsonNode metadata, String raw, String origin) {
    if (id.length() > Limits.MAX_ID_LENGTH) {
      return new Rejected(
          origin, null, "id", "longer than " + Limits.MAX_ID_LENGTH + " characters");
    }
    LocalDate date;
    try {
      date = date(text(metadata, "date"));
    } catch (DateTimeParseException e) {
      return new Rejected(
          origin, id, "date", "'" + text(metadata, "date") + "' is not a date (YYYY-MM-DD)");
    }
    if (raw.isBlank()) {
      return new Rejected(origin, id, "text", "empty");
    }
    CleanedText cleaned = FurnitureFilter.clean(raw, text(metadata, "title"));
    if (cleaned.body().isBlank()) {
      return new Rejected(origin, id, "text", "nothing is left once page furniture is removed");
    }
    List<String> authors = authors(metadata);
    Article article =
        new Article(
            id,
            text(metadata, "source"),
            text(metadata, "url"),
            cleaned.title(),
            authors.isEmpty() ? cleaned.authors() : authors,
            date,
            text(metadata, "language"),
            cleaned.body());
    return new Accepted(article, cleaned, origin);
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String day = value.strip();
    if (day.length() > 10 && (day.charAt(10) == 'T' || day.charAt(10) == ' ')) {
      day = day.substring(0, 10);
    }
    return LocalDate.parse(day);
  }

  private static List<String> authors(JsonNode metadata) {
    JsonNode node = metadata.has("authors") ? metadata.get("authors") : metadata.get("author");
    List<String> authors = new ArrayList<>();
    if (node == null || node.isNull()) {
      return authors;
    }
    if (node.isArray()) {
      node.forEach(n -> addAuthor(authors, n.asText()));
    } else {
      for (String part : AUTHOR_SEPARATOR.split(node.asText())) {
        addAuthor(authors, part);
      }
    }
    return authors;
  }

  private static void addAuthor(List<String> authors, String name) {
    String trimmed = FurnitureFilter.trim(name);
    if (!trimmed.isEmpty() && !authors.contains(trimmed)) {
      authors.add(trimmed);
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }
}
