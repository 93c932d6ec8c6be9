package dev.verbatim.http;

/**
 * How the server is configured.
 *
 * @param token the bearer token that {@code POST /api/articles} requires; null refuses all writes
 * @param maxBodyBytes largest request body, in bytes; larger ones get 413
 */
public record ServerSettings(String token, long maxBodyBytes) {
  /** Default largest request body: 16 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

  /** Checks the values. */
  public ServerSettings {
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
  }

  /**
   * Settings from the environment: the token from {@code VERBATIM_TOKEN}, default limits.
   *
   * @param token a token given on the command line, which wins over the environment; or null
   */
  public static ServerSettings fromEnvironment(String token) {
    String t = token != null ? token : System.getenv("VERBATIM_TOKEN");
    return new ServerSettings(t, DEFAULT_MAX_BODY_BYTES);
  }

  @Override
  public String toString() {
    // the token never reaches a log line
    return "ServerSettings[token="
        + (token == null ? "none" : "set")
        + ", maxBodyBytes="
        + maxBodyBytes
        + "]";
  }
}
