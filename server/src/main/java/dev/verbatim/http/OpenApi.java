package dev.verbatim.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written OpenAPI 3 document of the HTTP API ({@code openapi.yaml}), as YAML and JSON. */
public final class OpenApi {
  private static final String YAML = load();
  private static final String JSON = toJson(YAML);

  private OpenApi() {}

  /** The document as written. */
  public static String yaml() {
    return YAML;
  }

  /** The same document as JSON. */
  public static String json() {
    return JSON;
  }

  private static String load() {
    try (InputStream in = OpenApi.class.getResourceAsStream("/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String toJson(String yaml) {
    try {
      return new ObjectMapper()
          .writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException("openapi.yaml is not valid YAML", e);
    }
  }
}
