package dev.verbatim.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response.
 *
 * @param error a stable code: {@code bad_query}, {@code bad_request}, {@code unauthorized}, {@code
 *     writes_disabled}, {@code not_found}, {@code too_large}, {@code internal}
 * @param message what went wrong, for a person
 * @param position for {@code bad_query}: the 0-based character position in the query
 */
public record ApiError(
    String error, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Integer position) {}
