package dev.verbatim.follow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A site's robots.txt as RFC 9309 reads it: the group naming this crawler's product token, else the
 * group for {@code *}; the longest matching rule decides, {@code Allow} winning a tie; {@code *}
 * matches any characters and a final {@code $} the end of the path.
 */
final class Robots {
  /** A site without robots.txt (or whose robots.txt answers 4xx): everything may be fetched. */
  static final Robots ALLOW_ALL = new Robots(List.of(), 0);

  /** A site whose robots.txt cannot be read (5xx, unreachable): nothing may be fetched for now. */
  static final Robots DISALLOW_ALL =
      new Robots(List.of(new Rule(false, "/", Pattern.compile("/.*"))), 0);

  private record Rule(boolean allow, String path, Pattern pattern) {}

  private final List<Rule> rules;
  private final long crawlDelaySeconds;

  private Robots(List<Rule> rules, long crawlDelaySeconds) {
    this.rules = rules;
    this.crawlDelaySeconds = crawlDelaySeconds;
  }

  /** The rules of {@code text} that apply to {@code agent} (a product token, e.g. "Verbatim"). */
  static Robots parse(String text, String agent) {
    String token = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> any = new ArrayList<>();
    long mineDelay = 0;
    long anyDelay = 0;
    boolean namedMe = false;
    boolean namedAny = false;
    boolean inAgents = false;
    boolean groupIsMine = false;
    boolean groupIsAny = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (!inAgents) {
          groupIsMine = false;
          groupIsAny = false;
          inAgents = true;
        }
        String named = value.toLowerCase(Locale.ROOT);
        if (named.equals("*")) {
          groupIsAny = true;
          namedAny = true;
        } else if (!named.isEmpty() && token.startsWith(named)) {
          groupIsMine = true;
          namedMe = true;
        }
        continue;
      }
      inAgents = false;
      if (key.equals("allow") || key.equals("disallow")) {
        if (value.isEmpty()) {
          continue; // "Disallow:" with no path allows everything
        }
        Rule rule = new Rule(key.equals("allow"), value, pattern(value));
        if (groupIsMine) {
          mine.add(rule);
        }
        if (groupIsAny) {
          any.add(rule);
        }
      } else if (key.equals("crawl-delay")) {
        long seconds = seconds(value);
        if (groupIsMine) {
          mineDelay = seconds;
        }
        if (groupIsAny) {
          anyDelay = seconds;
        }
      }
    }
    if (namedMe) {
      return new Robots(List.copyOf(mine), mineDelay);
    }
    return namedAny ? new Robots(List.copyOf(any), anyDelay) : ALLOW_ALL;
  }

  private static long seconds(String value) {
    try {
      return Math.max(0, Math.min(60, (long) Math.ceil(Double.parseDouble(value))));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Pattern pattern(String path) {
    boolean anchored = path.endsWith("$");
    String body = anchored ? path.substring(0, path.length() - 1) : path;
    StringBuilder regex = new StringBuilder();
    for (String part : body.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(part));
    }
    return Pattern.compile(regex + (anchored ? "" : ".*"), Pattern.DOTALL);
  }

  /** Whether a path with its query ("/news/a?x=1") may be fetched. */
  boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule r : rules) {
      if (r.pattern.matcher(path).matches()
          && (best == null
              || r.path.length() > best.path.length()
              || (r.path.length() == best.path.length() && r.allow && !best.allow))) {
        best = r;
      }
    }
    return best == null || best.allow;
  }

  /** The Crawl-delay the site asks of this crawler, in seconds (at most 60); 0 when none. */
  long crawlDelaySeconds() {
    return crawlDelaySeconds;
  }
}
