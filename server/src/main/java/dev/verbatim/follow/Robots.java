package dev.verbatim.follow;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A site's robots.txt as RFC 9309 reads it, by crawler-commons' parser: the group naming this
 * crawler's product token, else the group for {@code *}; the longest matching rule decides, {@code
 * Allow} winning a tie; {@code *} matches any characters and a final {@code $} the end of the path.
 * A Crawl-delay over a minute disallows the whole site (the parser's rule for delays a crawler will
 * not honour).
 */
final class Robots {
  /** A site without robots.txt (or whose robots.txt answers 4xx): everything may be fetched. */
  static final Robots ALLOW_ALL = new Robots(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));

  /** A site whose robots.txt cannot be read (5xx, unreachable): nothing may be fetched for now. */
  static final Robots DISALLOW_ALL = new Robots(new SimpleRobotRules(RobotRulesMode.ALLOW_NONE));

  /** Longest Crawl-delay honoured, in milliseconds. */
  private static final long MAX_CRAWL_DELAY_MS = 60_000;

  /** The rules are matched against addresses of this origin; only their paths matter. */
  private static final String ORIGIN = "http://robots.invalid";

  private final BaseRobotRules rules;

  private Robots(BaseRobotRules rules) {
    this.rules = rules;
  }

  /** The rules of {@code text} that apply to {@code agent} (a product token, e.g. "Verbatim"). */
  static Robots parse(String text, String agent) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY_MS, 10);
    return new Robots(
        parser.parseContent(
            ORIGIN + "/robots.txt",
            text.getBytes(StandardCharsets.UTF_8),
            "text/plain",
            List.of(agent.toLowerCase(Locale.ROOT))));
  }

  /** The rules for a robots.txt that answered {@code status}: 4xx allows all, 5xx nothing. */
  static Robots failedFetch(int status) {
    return new Robots(new SimpleRobotRulesParser().failedFetch(status));
  }

  /** Whether a path with its query ("/news/a?x=1") may be fetched. */
  boolean allows(String pathAndQuery) {
    return rules.isAllowed(ORIGIN + (pathAndQuery.isEmpty() ? "/" : pathAndQuery));
  }

  /** The Crawl-delay the site asks of this crawler, in whole seconds (at most 60); 0 when none. */
  long crawlDelaySeconds() {
    long ms = rules.getCrawlDelay();
    return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms <= 0 ? 0 : (ms + 999) / 1000;
  }
}
