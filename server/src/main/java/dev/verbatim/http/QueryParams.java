package dev.verbatim.http;

import dev.verbatim.DateFacet;
import dev.verbatim.Limits;
import dev.verbatim.SortOrder;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The query parameters the routes share, read and checked: a bad one is a 400 that names it and
 * what it must be.
 */
final class QueryParams {
  private QueryParams() {}

  /** A day given as query parameter {@code name}, as {@link #day} reads it. */
  static LocalDate date(Context ctx, String name) {
    return day(name, ctx.queryParam(name));
  }

  /**
   * A day, {@code YYYY-MM-DD}, given as parameter {@code name}; null when blank.
   *
   * @throws HttpException 400 naming the parameter when it is not a day
   */
  static LocalDate day(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw HttpException.badRequest(name + " must be a day, YYYY-MM-DD, was '" + value + "'");
    }
  }

  static int integer(Context ctx, String name, int fallback) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    // ASCII digits only: Integer.parseInt also takes "+5" and other scripts' digits ("٣")
    if (!value.matches("[0-9]{1,9}")) {
      throw HttpException.badRequest(
          name + " must be a whole number (digits 0-9), was '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  /** A names route's {@code size}, checked here so that the message names the parameter sent. */
  static int namesSize(Context ctx) {
    int size = integer(ctx, "size", ApiRoutes.DEFAULT_NAMES);
    if (size < 1 || size > Limits.MAX_FACET_SIZE) {
      throw HttpException.badRequest("size must be 1.." + Limits.MAX_FACET_SIZE + ", was " + size);
    }
    return size;
  }

  static SortOrder sort(String value) {
    return value == null ? SortOrder.RELEVANCE : SortOrder.parse(value);
  }

  /** An optional true/false query parameter, true when absent. */
  static boolean bool(String value, String name) {
    if (value == null || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw HttpException.badRequest(name + " must be true or false, was " + value);
  }

  static DateFacet dateFacet(String value) {
    return value == null ? DateFacet.MONTH : DateFacet.parse(value);
  }
}
