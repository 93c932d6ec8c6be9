package dev.verbatim.follow;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches as a polite crawler does: requests to one host start at least {@code hostDelay} apart (or
 * the site's Crawl-delay, if longer), only what the host's robots.txt allows (the robots.txt of the
 * address asked for; a redirect elsewhere is followed without reading the other host's),
 * conditional GETs when a validator is known, bounded bodies and timeouts. Thread-safe: requests to
 * different hosts start at once, and a slow answer holds up no other request.
 */
final class PoliteClient {
  /** What one GET answered. {@code body} is empty for a 304. */
  static final class Response {
    private final URI uri;
    private final int status;
    private final byte[] body;
    private final String contentType;
    private final String etag;
    private final String lastModified;

    Response(
        URI uri, int status, byte[] body, String contentType, String etag, String lastModified) {
      this.uri = uri;
      this.status = status;
      this.body = body;
      this.contentType = contentType;
      this.etag = etag;
      this.lastModified = lastModified;
    }

    /** The address that answered, after redirects. */
    URI uri() {
      return uri;
    }

    int status() {
      return status;
    }

    /** The body as received (not copied: do not change it). */
    byte[] body() {
      return body;
    }

    String etag() {
      return etag;
    }

    String lastModified() {
      return lastModified;
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }

    /** The charset the Content-Type header declares, or null. */
    String charset() {
      if (contentType == null) {
        return null;
      }
      Matcher m = CHARSET.matcher(contentType);
      return m.find() ? m.group(1) : null;
    }
  }

  /** A fetch refused before it was sent: robots.txt disallows it. */
  static final class Disallowed extends IOException {
    private static final long serialVersionUID = 1L;

    Disallowed(URI uri) {
      super("robots.txt of " + uri.getHost() + " disallows " + uri.getRawPath());
    }
  }

  private static final Pattern CHARSET =
      Pattern.compile("charset=\"?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /** The product token robots.txt groups are matched against. */
  static final String AGENT_TOKEN = "Verbatim";

  private static final String USER_AGENT = AGENT_TOKEN + "/0.1 (news feed follower)";

  /** How long a host's robots.txt is trusted before it is read again. */
  private static final Duration ROBOTS_TTL = Duration.ofHours(24);

  private record CachedRobots(Robots robots, Instant read) {}

  private final HttpClient http;
  private final Duration hostDelay;
  private final Duration timeout;
  private final int maxBytes;
  private final WarcLog warc;
  private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
  private final Map<String, Long> nextStart = new ConcurrentHashMap<>();
  private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();

  PoliteClient(Duration hostDelay, Duration timeout, int maxBytes, WarcLog warc) {
    this.hostDelay = hostDelay;
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.warc = warc;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * GETs {@code uri}, conditionally when {@code etag} or {@code lastModified} is known.
   *
   * @throws Disallowed when the host's robots.txt disallows the path
   * @throws IOException when the fetch fails, times out or the body is too large
   */
  Response get(URI uri, String etag, String lastModified) throws IOException, InterruptedException {
    Robots rules = robotsOf(uri);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (!rules.allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())) {
      throw new Disallowed(uri);
    }
    return fetch(uri, etag, lastModified, rules.crawlDelaySeconds());
  }

  private Robots robotsOf(URI uri) throws InterruptedException {
    String origin = origin(uri);
    CachedRobots cached = robots.get(origin);
    if (cached != null && cached.read.plus(ROBOTS_TTL).isAfter(Instant.now())) {
      return cached.robots;
    }
    Robots rules;
    try {
      Response r = fetch(URI.create(origin + "/robots.txt"), null, null, 0);
      rules =
          r.ok()
              ? Robots.parse(new String(r.body, StandardCharsets.UTF_8), AGENT_TOKEN)
              : Robots.failedFetch(r.status); // 4xx: no robots.txt, all allowed; 5xx: none
    } catch (IOException e) {
      rules = Robots.DISALLOW_ALL; // unreachable: assume nothing is allowed until it answers
    }
    robots.put(origin, new CachedRobots(rules, Instant.now()));
    return rules;
  }

  private static String origin(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + uri.getRawAuthority().toLowerCase(Locale.ROOT);
  }

  private Response fetch(URI uri, String etag, String lastModified, long crawlDelaySeconds)
      throws IOException, InterruptedException {
    String host = origin(uri);
    long delay = Math.max(hostDelay.toMillis(), crawlDelaySeconds * 1000);
    synchronized (hostLocks.computeIfAbsent(host, h -> new Object())) {
      long wait = nextStart.getOrDefault(host, 0L) - System.currentTimeMillis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
      nextStart.put(host, System.currentTimeMillis() + delay);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT).GET();
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    HttpRequest sent = request.build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(sent, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new IOException("no answer within " + timeout.toSeconds() + " s", e);
    }
    byte[] body;
    try (InputStream in = response.body()) {
      body = in.readNBytes(maxBytes + 1);
    } catch (HttpTimeoutException e) {
      throw new IOException("no complete answer within " + timeout.toSeconds() + " s", e);
    }
    if (body.length > maxBytes) {
      throw new IOException("larger than " + maxBytes + " bytes");
    }
    HttpHeaders headers = response.headers();
    Response r =
        new Response(
            response.uri(),
            response.statusCode(),
            body,
            headers.firstValue("Content-Type").orElse(null),
            headers.firstValue("ETag").orElse(null),
            headers.firstValue("Last-Modified").orElse(null));
    if (warc != null) {
      warc.write(sent, response, body);
    }
    return r;
  }
}
