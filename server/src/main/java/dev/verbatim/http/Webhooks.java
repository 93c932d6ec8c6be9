package dev.verbatim.http;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.verbatim.Verbatim;
import dev.verbatim.WatchMatch;
import dev.verbatim.WatchMatches;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks: each new match of a watch that has one is POSTed, as JSON, to the watch's URL, oldest
 * first, at least once, in order; a failed delivery is retried after 1 s, 2 s, 4 s … up to an hour,
 * and the matches after it wait. Only hosts the operator allows ({@code serve --webhook-host}) can
 * be named, and no redirect is followed, so a watch cannot make the server send requests elsewhere.
 * Each body is signed with the watch's webhook secret (HMAC-SHA256, header {@value #SIGNATURE}).
 * What was delivered is kept in a file beside the index, so a restart resumes where it stopped.
 */
final class Webhooks implements Closeable {
  /** The header with the body's HMAC-SHA256 under the webhook's secret: {@code sha256=<hex>}. */
  static final String SIGNATURE = "Verbatim-Signature";

  /** The header naming one delivery ({@code watch:sequence}), the same on every retry of it. */
  static final String DELIVERY = "Verbatim-Delivery";

  /** One watch's webhook and how its deliveries stand. */
  record Hook(
      String url,
      String secret,
      long delivered,
      int failures,
      String lastError,
      Instant nextAttempt) {}

  /** A webhook as {@code POST /api/watches} answers it, this once with its secret. */
  record Created(String url, String secret) {}

  /** How a watch's webhook stands, as {@code GET /api/watches/{id}} shows it (no secret). */
  record Standing(String url, long delivered, int failures, String lastError, Instant nextAttempt) {
    static Standing of(Hook h) {
      return new Standing(
          h.url(),
          h.delivered(),
          h.failures(),
          h.lastError(),
          h.failures() == 0 ? null : h.nextAttempt());
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(Webhooks.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration MAX_BACKOFF = Duration.ofHours(1);
  private static final int PAGE = 100;

  private final Verbatim verbatim;
  private final Set<String> allowedHosts;
  private final Path file;
  private final Map<String, Hook> hooks = new ConcurrentHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final SecureRandom random = new SecureRandom();
  private volatile Thread sender;
  private volatile boolean closed;

  /**
   * @param allowedHosts the hosts a webhook may name (lower case); empty: webhooks are off
   * @param file where deliveries are remembered, or null to keep them in memory only
   */
  Webhooks(Verbatim verbatim, Set<String> allowedHosts, Path file) throws IOException {
    this.verbatim = verbatim;
    this.allowedHosts =
        allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.file = file;
    if (file != null && Files.exists(file)) {
      hooks.putAll(
          Json.mapper().readValue(file.toFile(), new TypeReference<Map<String, Hook>>() {}));
    }
  }

  /**
   * Gives {@code watch} a webhook to {@code url}: its secret is made here and shown once.
   *
   * @throws HttpException 400 when webhooks are off, or the URL is no http(s) URL of an allowed
   *     host
   */
  Hook add(String watch, String url) throws IOException {
    URI uri = allowed(url);
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    Hook hook =
        new Hook(
            uri.toString(),
            Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
            0,
            0,
            null,
            Instant.EPOCH);
    hooks.put(watch, hook);
    save();
    return hook;
  }

  /** Checks a webhook URL before any watch is made with it. */
  URI allowed(String url) {
    if (allowedHosts.isEmpty()) {
      throw HttpException.badRequest(
          "webhooks are off on this server: its operator allows no host (verbatim serve"
              + " --webhook-host HOST)");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw HttpException.badRequest("webhook must be an http or https URL, was " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
      throw HttpException.badRequest("webhook must be an http or https URL, was " + url);
    }
    if (uri.getRawUserInfo() != null
        || !allowedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
      throw HttpException.badRequest(
          "webhook host "
              + uri.getHost()
              + " is not one this server's operator allows ("
              + String.join(", ", new TreeSet<>(allowedHosts))
              + ")");
    }
    return uri;
  }

  Optional<Hook> of(String watch) {
    return Optional.ofNullable(hooks.get(watch));
  }

  void remove(String watch) throws IOException {
    if (hooks.remove(watch) != null) {
      save();
    }
  }

  /** Starts the thread that delivers, once a second. */
  synchronized void start() {
    if (sender != null || closed) {
      return;
    }
    sender =
        Thread.ofPlatform()
            .name("verbatim-webhooks")
            .daemon()
            .start(
                () -> {
                  while (!closed) {
                    try {
                      deliverDue();
                      Thread.sleep(1_000);
                    } catch (InterruptedException e) {
                      return;
                    } catch (IOException | RuntimeException e) {
                      LOG.warn("webhook deliveries failed: {}", e.toString());
                    }
                  }
                });
  }

  /** Delivers every watch's new matches whose time has come; returns how many were delivered. */
  int deliverDue() throws IOException, InterruptedException {
    int sent = 0;
    for (String watch : List.copyOf(hooks.keySet())) {
      Hook hook = hooks.get(watch);
      if (hook == null || hook.nextAttempt().isAfter(Instant.now())) {
        continue;
      }
      Optional<List<WatchMatch>> pending = undelivered(watch, hook.delivered());
      if (pending.isEmpty()) {
        remove(watch); // the watch was removed
        continue;
      }
      for (WatchMatch m : pending.get()) {
        String error = post(hook, watch, m);
        if (error != null) {
          int failures = hook.failures() + 1;
          Duration wait = Duration.ofSeconds(1L << Math.min(failures - 1, 12));
          hook =
              new Hook(
                  hook.url(),
                  hook.secret(),
                  hook.delivered(),
                  failures,
                  error,
                  Instant.now().plus(wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait));
          hooks.put(watch, hook);
          save();
          break;
        }
        hook = new Hook(hook.url(), hook.secret(), m.sequence(), 0, null, Instant.EPOCH);
        hooks.put(watch, hook);
        save();
        sent++;
      }
    }
    return sent;
  }

  /**
   * The watch's matches after sequence {@code delivered}, oldest first (at most a page); empty when
   * the watch is gone.
   */
  private Optional<List<WatchMatch>> undelivered(String watch, long delivered) throws IOException {
    List<WatchMatch> newer = new ArrayList<>();
    String cursor = null;
    do {
      Optional<WatchMatches> page = verbatim.watches().matches(watch, cursor, PAGE);
      if (page.isEmpty()) {
        return Optional.empty();
      }
      for (WatchMatch m : page.get().matches()) {
        if (m.sequence() <= delivered) {
          return Optional.of(oldestFirst(newer));
        }
        newer.add(m);
      }
      cursor = page.get().nextCursor();
    } while (cursor != null);
    return Optional.of(oldestFirst(newer));
  }

  private static List<WatchMatch> oldestFirst(List<WatchMatch> newestFirst) {
    List<WatchMatch> oldest = new ArrayList<>(newestFirst.reversed());
    return oldest.size() > PAGE ? oldest.subList(0, PAGE) : oldest;
  }

  /** POSTs one match; returns null when the receiver took it (2xx), else what went wrong. */
  private String post(Hook hook, String watch, WatchMatch m) throws InterruptedException {
    try {
      URI uri = allowed(hook.url()); // the operator may have withdrawn the host since
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("watch", watch);
      body.put("delivery", watch + ":" + m.sequence());
      body.put("match", m);
      byte[] json = Json.mapper().writeValueAsBytes(body);
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", "Verbatim webhooks")
              .header(DELIVERY, watch + ":" + m.sequence())
              .header(SIGNATURE, "sha256=" + sign(hook.secret(), json))
              .POST(HttpRequest.BodyPublishers.ofByteArray(json))
              .build();
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return status >= 200 && status < 300 ? null : "HTTP " + status;
    } catch (HttpException e) {
      return e.getMessage();
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** The hex HMAC-SHA256 of {@code body} under {@code secret}. */
  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private synchronized void save() throws IOException {
    if (file == null) {
      return;
    }
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new TreeMap<>(hooks));
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() {
    closed = true;
    Thread t = sender;
    if (t != null) {
      t.interrupt();
    }
  }
}
