package dev.verbatim;

import java.util.List;

/**
 * What a watch looks for in every article added after it is made: a saved search, or a claim
 * matched as {@link Verbatim#verify} matches it.
 *
 * @param scope for a search: whether it matches articles or quotes; {@link Scope#QUOTES} for a
 *     claim
 * @param search the saved search's query and filters ({@link SearchRequest#query()}, {@code
 *     sources}, its speakers filter, {@code from}, {@code to}; its page, sort and facet settings
 *     are not used); null for a claim
 * @param claim the claimed quote; null for a search
 * @param speaker who the claim is attributed to, or null (as {@link Verbatim#verify}'s speaker)
 */
public record WatchRequest(Scope scope, SearchRequest search, String claim, String speaker) {

  /**
   * Checks the request.
   *
   * @throws IllegalArgumentException when it is neither a search nor a claim, or both, or a claim
   *     is blank or too long
   */
  public WatchRequest {
    if ((search == null) == (claim == null)) {
      throw new IllegalArgumentException("a watch is a search (q) or a claim (quote), not both");
    }
    if (search != null && search.like() != null) {
      throw new IllegalArgumentException("a watch by meaning is a claim watch (quote), not like");
    }
    if (search != null && search.query().isBlank()) {
      throw new IllegalArgumentException("a search watch needs a query (q)");
    }
    if (claim != null
        && (claim.codePoints().noneMatch(Character::isLetterOrDigit)
            || claim.length() > Limits.MAX_QUERY_LENGTH)) {
      throw new IllegalArgumentException(
          "a claim must have words and be at most " + Limits.MAX_QUERY_LENGTH + " characters");
    }
    if (speaker != null && speaker.isBlank()) {
      speaker = null;
    }
    if (speaker != null && search != null) {
      throw new IllegalArgumentException(
          "speaker names a claim's speaker; a search filters by speakers");
    }
    if (speaker != null && speaker.length() > Limits.MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "speaker must be at most " + Limits.MAX_ID_LENGTH + " characters");
    }
    scope = claim != null ? Scope.QUOTES : scope == null ? Scope.ARTICLES : scope;
  }

  /** A saved search of articles or quotes. */
  public static WatchRequest search(SearchRequest search, Scope scope) {
    return new WatchRequest(scope, search, null, null);
  }

  /** A claim, with the speaker it is attributed to or null. */
  public static WatchRequest claim(String claim, String speaker) {
    return new WatchRequest(Scope.QUOTES, null, claim, speaker);
  }

  /** Whether this is a claim watch. */
  public boolean isClaim() {
    return claim != null;
  }

  /** The search's query, or null for a claim. */
  public String query() {
    return search == null ? null : search.query();
  }

  /** The search's outlets filter; empty for a claim. */
  public List<String> sources() {
    return search == null ? List.of() : search.sources();
  }

  /** The search's speakers filter; empty for a claim. */
  public List<String> speakers() {
    return search == null ? List.of() : search.speakers();
  }
}
