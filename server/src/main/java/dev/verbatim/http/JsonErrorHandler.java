package dev.verbatim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors — a request it refuses before any route sees it (a malformed request line, a
 * URI or headers too large: 400, 414, 431) — as the API's JSON error body, with the same security
 * headers as every other response, never an HTML page or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    VerbatimServer.securityHeaders(headers::put);
    // Jetty drops the connection after refusing a request it could not parse, without saying so;
    // a client that reused it would get no answer to its next request (found by HttpFuzzTest)
    headers.put(HttpHeader.CONNECTION, "close");
    response.write(true, body(code, message), callback);
  }

  private static ByteBuffer body(int status, String message) {
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    try {
      return ByteBuffer.wrap(
          Json.mapper()
              .writeValueAsString(new ApiError(VerbatimServer.code(status), text, null))
              .getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body is always JSON", e);
    }
  }
}
