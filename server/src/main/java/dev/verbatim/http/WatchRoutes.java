package dev.verbatim.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.verbatim.Limits;
import dev.verbatim.Scope;
import dev.verbatim.SearchRequest;
import dev.verbatim.Snippet;
import dev.verbatim.Verbatim;
import dev.verbatim.Watch;
import dev.verbatim.WatchMatch;
import dev.verbatim.WatchMatches;
import dev.verbatim.WatchRequest;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The watch routes: {@code /api/watches} (bearer token) and each watch's Atom feed, which a feed
 * reader opens with the watch's secret key in its URL instead of the token.
 */
final class WatchRoutes {
  /** Matches in a watch's feed: the newest. */
  static final int FEED_ENTRIES = 50;

  private static final String USAGE =
      "{\"q\": \"query\", \"scope\": \"articles\", \"source\": [...], \"speaker\": [...],"
          + " \"from\": \"YYYY-MM-DD\", \"to\": \"YYYY-MM-DD\"} or {\"quote\": \"claim\","
          + " \"speaker\": \"Name\"}, either with \"webhook\": \"https://…\" if wanted";

  private final Verbatim verbatim;
  private final ApiRoutes api;
  private final Webhooks webhooks;

  WatchRoutes(Verbatim verbatim, ApiRoutes api, Webhooks webhooks) {
    this.verbatim = verbatim;
    this.api = api;
    this.webhooks = webhooks;
  }

  /** {@code POST /api/watches} (token): a search's or a claim's parameters → 201 and the watch. */
  void add(Context ctx) throws IOException {
    api.authorise(ctx);
    JsonNode body = api.jsonBody(ctx, ApiRoutes.MAX_VERIFY_BODY_BYTES, USAGE);
    if (body == null || !body.isObject()) {
      throw HttpException.badRequest("the body must be a JSON object: " + USAGE);
    }
    WatchRequest request = request(body);
    String webhook = optionalText(body, "webhook");
    if (webhook != null) {
      webhooks.allowed(webhook); // refused before the watch is made
    }
    Watch watch = api.onPlatform(() -> verbatim.watch(request));
    Map<String, Object> view = view(ctx, watch);
    if (webhook != null) {
      Webhooks.Hook hook = webhooks.add(watch.id(), webhook);
      // the secret is shown this once: the receiver needs it to check the signatures
      view.put("webhook", new Webhooks.Created(hook.url(), hook.secret()));
    }
    ctx.status(201).json(view);
  }

  private static WatchRequest request(JsonNode body) {
    boolean search = body.hasNonNull("q");
    boolean claim = body.hasNonNull("quote");
    if (search == claim) {
      throw HttpException.badRequest(
          "give q (a saved search) or quote (a claim), not both: " + USAGE);
    }
    if (claim) {
      return WatchRequest.claim(text(body, "quote"), optionalText(body, "speaker"));
    }
    SearchRequest filters =
        SearchRequest.builder(text(body, "q"))
            .sources(texts(body, "source"))
            .speakers(texts(body, "speaker"))
            .from(day(body, "from"))
            .to(day(body, "to"))
            .build();
    String scope = optionalText(body, "scope");
    return WatchRequest.search(filters, scope == null ? Scope.ARTICLES : Scope.parse(scope));
  }

  /** {@code GET /api/watches} (token): every watch, oldest first. */
  void list(Context ctx) throws IOException {
    api.authorise(ctx);
    List<Map<String, Object>> views = new ArrayList<>();
    for (Watch w : api.onPlatform(() -> verbatim.watches().list())) {
      views.add(view(ctx, w));
    }
    ctx.json(Map.of("watches", views));
  }

  /** {@code GET /api/watches/{id}} (token). */
  void get(Context ctx) throws IOException {
    api.authorise(ctx);
    ctx.json(view(ctx, watch(ctx)));
  }

  /** {@code DELETE /api/watches/{id}} (token): the watch and its matches; 204. */
  void remove(Context ctx) throws IOException {
    api.authorise(ctx);
    String id = ctx.pathParam("id");
    if (!api.onPlatform(() -> verbatim.watches().remove(id))) {
      throw HttpException.notFound("no watch with id " + id);
    }
    webhooks.remove(id);
    ctx.status(204);
  }

  /** {@code POST /api/watches/{id}/feed_key} (token): a new feed URL; the old one stops working. */
  void renewFeedKey(Context ctx) throws IOException {
    api.authorise(ctx);
    String id = ctx.pathParam("id");
    Watch renewed =
        api.onPlatform(() -> verbatim.watches().renewFeedToken(id))
            .orElseThrow(() -> HttpException.notFound("no watch with id " + id));
    ctx.json(view(ctx, renewed));
  }

  /** {@code GET /api/watches/{id}/matches} (token): newest first, {@code cursor}, {@code size}. */
  void matches(Context ctx) throws IOException {
    api.authorise(ctx);
    String id = ctx.pathParam("id");
    int size = QueryParams.integer(ctx, "size", Limits.DEFAULT_PAGE_SIZE);
    String cursor = ctx.queryParam("cursor");
    WatchMatches page =
        api.gated(ctx, () -> verbatim.watches().matches(id, cursor, size))
            .orElseThrow(() -> HttpException.notFound("no watch with id " + id));
    ctx.json(page);
  }

  /**
   * {@code GET /api/watches/{id}/feed.atom?key=…}: the newest {@value #FEED_ENTRIES} matches as an
   * Atom 1.0 feed; the key is the watch's feed secret (or send the bearer token).
   */
  void feed(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    String key = ctx.queryParam("key");
    Watch watch;
    if (key != null) {
      watch = api.onPlatform(() -> verbatim.watches().byFeedToken(key)).orElse(null);
      if (watch == null
          || !MessageDigest.isEqual(
              watch.id().getBytes(StandardCharsets.UTF_8), id.getBytes(StandardCharsets.UTF_8))) {
        throw new HttpException(
            401, "unauthorized", "this feed key is not (or no longer) the key of watch " + id);
      }
    } else {
      api.authorise(ctx);
      watch = watch(ctx);
    }
    WatchMatches page =
        api.gated(ctx, () -> verbatim.watches().matches(id, null, FEED_ENTRIES)).orElseThrow();
    ctx.contentType("application/atom+xml; charset=utf-8").result(atom(ctx, watch, page));
  }

  private Watch watch(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    return api.onPlatform(() -> verbatim.watches().get(id))
        .orElseThrow(() -> HttpException.notFound("no watch with id " + id));
  }

  /** The feed: one entry per match, its id the watch and article, so a reader shows it once. */
  private static String atom(Context ctx, Watch watch, WatchMatches page) {
    Feed feed = new Feed("atom_1.0");
    feed.setId("urn:verbatim:watch:" + watch.id());
    feed.setTitle("Verbatim watch: " + describe(watch));
    Link self = new Link();
    self.setRel("self");
    self.setHref(base(ctx) + "/api/watches/" + watch.id() + "/feed.atom");
    feed.setOtherLinks(List.of(self));
    // Atom wants an author for the feed when its entries name none: the server that matched them
    Person verbatim = new Person();
    verbatim.setName("Verbatim");
    feed.setAuthors(List.of(verbatim));
    feed.setUpdated(
        Date.from(
            page.matches().isEmpty() ? watch.created() : page.matches().getFirst().matched()));
    List<Entry> entries = new ArrayList<>();
    for (WatchMatch m : page.matches()) {
      Entry entry = new Entry();
      entry.setId("urn:verbatim:watch:" + watch.id() + ":" + m.article());
      entry.setTitle(title(m));
      entry.setUpdated(Date.from(m.matched()));
      if (m.url() != null && (m.url().startsWith("http://") || m.url().startsWith("https://"))) {
        Link link = new Link();
        link.setRel("alternate");
        link.setHref(m.url());
        entry.setAlternateLinks(List.of(link));
      }
      Content summary = new Content();
      summary.setType("html");
      summary.setValue(summary(m));
      entry.setSummary(summary);
      entries.add(entry);
    }
    feed.setEntries(entries);
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("the watch's feed could not be written", e);
    }
  }

  private static String title(WatchMatch m) {
    StringBuilder t = new StringBuilder(m.title() != null ? m.title() : m.article());
    if (m.source() != null) {
      t.append(" (").append(m.source()).append(')');
    }
    return t.toString();
  }

  /** The match's marked text, its speaker and verdict, as HTML (escaped by the serializer). */
  private static String summary(WatchMatch m) {
    StringBuilder html = new StringBuilder();
    if (m.verdict() != null) {
      html.append("<p>").append(m.verdict()).append("</p>");
    }
    html.append("<p>").append(SnippetHtml.of(m.text())).append("</p>");
    if (m.speaker() != null) {
      html.append("<p>— ").append(SnippetHtml.of(Snippet.plain(m.speaker()))).append("</p>");
    }
    if (m.date() != null) {
      html.append("<p>").append(m.date()).append("</p>");
    }
    return html.toString();
  }

  private static String describe(Watch w) {
    return w.request().isClaim() ? "“" + w.request().claim() + "”" : w.request().query();
  }

  /** The watch as the API shows it, with its matches' and feed's addresses. */
  private Map<String, Object> view(Context ctx, Watch w) {
    WatchRequest r = w.request();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", w.id());
    view.put("kind", r.isClaim() ? "claim" : "search");
    view.put("scope", r.scope().toString().toLowerCase(Locale.ROOT));
    view.put("q", r.query());
    view.put("source", r.sources());
    view.put("speaker", r.isClaim() ? r.speaker() : r.speakers());
    view.put("from", r.search() == null ? null : r.search().from());
    view.put("to", r.search() == null ? null : r.search().to());
    view.put("quote", r.claim());
    view.put("created", w.created().toString());
    String base = base(ctx) + "/api/watches/" + w.id();
    view.put("matches", base + "/matches");
    view.put(
        "feed",
        base + "/feed.atom?key=" + URLEncoder.encode(w.feedToken(), StandardCharsets.UTF_8));
    webhooks.of(w.id()).ifPresent(h -> view.put("webhook", Webhooks.Standing.of(h)));
    return view;
  }

  private static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  private static String text(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || !v.isTextual()) {
      throw HttpException.badRequest(name + " must be a string: " + USAGE);
    }
    return v.asText();
  }

  private static String optionalText(JsonNode body, String name) {
    return body.hasNonNull(name) ? text(body, name) : null;
  }

  /** A string or an array of strings. */
  private static List<String> texts(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    List<String> values = new ArrayList<>();
    if (v.isArray()) {
      for (JsonNode e : v) {
        if (!e.isTextual()) {
          break;
        }
        values.add(e.asText());
      }
      if (values.size() == v.size()) {
        return values;
      }
    }
    throw HttpException.badRequest(name + " must be a string or an array of strings: " + USAGE);
  }

  private static LocalDate day(JsonNode body, String name) {
    return QueryParams.day(name, optionalText(body, name));
  }
}
