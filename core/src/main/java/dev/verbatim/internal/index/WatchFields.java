package dev.verbatim.internal.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.verbatim.Scope;
import dev.verbatim.SearchRequest;
import dev.verbatim.Snippet;
import dev.verbatim.Watch;
import dev.verbatim.WatchMatch;
import dev.verbatim.WatchRequest;
import dev.verbatim.verify.Verification.Verdict;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The documents of watches and their matches, written and read in one place. They live in the index
 * beside the articles, so a match is committed in the same commit as the article it matched: a
 * crash loses neither or both. Neither carries {@link Fields#ARTICLE_ID} or {@link
 * Fields#TEXT_HASH}, so replacing or deleting an article leaves its matches; every search keeps to
 * articles or quotes by {@link Fields#DOC_KIND}.
 */
public final class WatchFields {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WatchFields() {}

  /** A filter that keeps watch documents. */
  public static Query watchesOnly() {
    return new TermQuery(new Term(Fields.DOC_KIND, Fields.KIND_WATCH));
  }

  /** The term every document of a watch (the watch and its matches) carries. */
  public static Term watchTerm(String id) {
    return new Term(Fields.WATCH_ID, id);
  }

  /** The term of a watch's feed secret. */
  public static Term feedTerm(String token) {
    return new Term(Fields.WATCH_FEED, token);
  }

  /** The term of the one match a watch may have of an article. */
  public static Term matchKey(String watch, String article) {
    return new Term(Fields.MATCH_KEY, watch + '\u001f' + article);
  }

  /** The document of a watch; {@code vector} is a claim's embedding, or null. */
  public static Document watchDocument(Watch watch, float[] vector) {
    Document doc = new Document();
    doc.add(new StringField(Fields.DOC_KIND, Fields.KIND_WATCH, Field.Store.NO));
    doc.add(new StringField(Fields.WATCH_ID, watch.id(), Field.Store.NO));
    doc.add(new StringField(Fields.WATCH_FEED, watch.feedToken(), Field.Store.NO));
    doc.add(new StoredField(Fields.WATCH_JSON, toJson(watch)));
    if (vector != null) {
      ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES);
      bytes.asFloatBuffer().put(vector);
      doc.add(new StoredField(Fields.WATCH_VECTOR, bytes.array()));
    }
    ArticleDocuments.addEmptyTextFields(doc);
    return doc;
  }

  /** The watch a stored watch document holds. */
  public static Watch watch(Document doc) {
    JsonNode node = read(doc.get(Fields.WATCH_JSON));
    String claim = text(node, "claim");
    WatchRequest request;
    if (claim != null) {
      request = WatchRequest.claim(claim, text(node, "speaker"));
    } else {
      SearchRequest search =
          SearchRequest.builder(text(node, "q"))
              .sources(strings(node.get("sources")))
              .speakers(strings(node.get("speakers")))
              .from(date(text(node, "from")))
              .to(date(text(node, "to")))
              .build();
      request =
          WatchRequest.search(search, Scope.valueOf(text(node, "scope").toUpperCase(Locale.ROOT)));
    }
    return new Watch(
        text(node, "id"), request, Instant.parse(text(node, "created")), text(node, "feed"));
  }

  /** The claim's embedding a stored watch document holds, or null. */
  public static float[] vector(Document doc) {
    BytesRef bytes = doc.getBinaryValue(Fields.WATCH_VECTOR);
    if (bytes == null) {
      return null;
    }
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).asFloatBuffer().get(vector);
    return vector;
  }

  private static String toJson(Watch watch) {
    WatchRequest r = watch.request();
    ObjectNode node = JSON.createObjectNode();
    node.put("id", watch.id());
    node.put("created", watch.created().toString());
    node.put("feed", watch.feedToken());
    node.put("scope", r.scope().toString().toLowerCase(Locale.ROOT));
    if (r.isClaim()) {
      node.put("claim", r.claim());
      node.put("speaker", r.speaker());
    } else {
      node.put("q", r.query());
      r.sources().forEach(node.putArray("sources")::add);
      r.speakers().forEach(node.putArray("speakers")::add);
      node.put("from", r.search().from() == null ? null : r.search().from().toString());
      node.put("to", r.search().to() == null ? null : r.search().to().toString());
    }
    return node.toString();
  }

  /** The document of a match. */
  public static Document matchDocument(WatchMatch match) {
    Document doc = new Document();
    doc.add(new StringField(Fields.DOC_KIND, Fields.KIND_MATCH, Field.Store.NO));
    doc.add(new StringField(Fields.WATCH_ID, match.watch(), Field.Store.NO));
    doc.add(
        new StringField(
            Fields.MATCH_KEY, matchKey(match.watch(), match.article()).bytes(), Field.Store.NO));
    doc.add(new NumericDocValuesField(Fields.MATCH_SEQ, match.sequence()));
    doc.add(new StoredField(Fields.WATCH_JSON, toJson(match)));
    ArticleDocuments.addEmptyTextFields(doc);
    return doc;
  }

  private static String toJson(WatchMatch m) {
    ObjectNode node = JSON.createObjectNode();
    node.put("watch", m.watch());
    node.put("sequence", m.sequence());
    node.put("matched", m.matched().toString());
    node.put("article", m.article());
    node.put("quote", m.quote());
    node.put("title", m.title());
    node.put("source", m.source());
    node.put("date", m.date() == null ? null : m.date().toString());
    node.put("url", m.url());
    node.put("speaker", m.speaker());
    node.put("verdict", m.verdict() == null ? null : m.verdict().toString());
    node.put("meaning", m.meaning());
    ObjectNode text = node.putObject("text");
    text.put("text", m.text().text());
    ArrayNode marks = text.putArray("marks");
    for (Snippet.Mark mark : m.text().marks()) {
      marks
          .addObject()
          .put("start", mark.start())
          .put("end", mark.end())
          .put("kind", mark.kind().name());
    }
    return node.toString();
  }

  /** The match a stored match document holds. */
  public static WatchMatch match(Document doc) {
    JsonNode node = read(doc.get(Fields.WATCH_JSON));
    JsonNode text = node.get("text");
    List<Snippet.Mark> marks = new ArrayList<>();
    for (JsonNode mark : text.get("marks")) {
      marks.add(
          new Snippet.Mark(
              mark.get("start").asInt(),
              mark.get("end").asInt(),
              Snippet.Kind.valueOf(mark.get("kind").asText())));
    }
    String verdict = text(node, "verdict");
    return new WatchMatch(
        text(node, "watch"),
        node.get("sequence").asLong(),
        Instant.parse(text(node, "matched")),
        text(node, "article"),
        text(node, "quote"),
        text(node, "title"),
        text(node, "source"),
        date(text(node, "date")),
        text(node, "url"),
        new Snippet(text.get("text").asText(), marks),
        text(node, "speaker"),
        verdict == null ? null : Verdict.valueOf(verdict.toUpperCase(Locale.ROOT)),
        node.hasNonNull("meaning") ? node.get("meaning").asDouble() : null);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a watch document of the index is not JSON", e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> values.add(v.asText()));
    }
    return values;
  }

  private static LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }
}
