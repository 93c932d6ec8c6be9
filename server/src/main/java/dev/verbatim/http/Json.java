package dev.verbatim.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON mapping of Verbatim's records, used by the CLI's {@code --json} and the HTTP API so
 * that both print the same bodies: snake_case names ({@code took_ms}, {@code next_cursor}), dates
 * as {@code YYYY-MM-DD}, nulls kept so that every documented field is always present.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          // snippets, quote texts and verify contexts are HTML strings, as they always were
          .addModule(new SimpleModule().addSerializer(new SnippetHtml.Serializer()))
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          // enums whose JSON form differs from their Java name say so in toString ("speech")
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
          .build();

  private Json() {}

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
