package dev.verbatim.ingest;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which address a web page may be indexed under. A page names itself ({@code <link rel=canonical>},
 * {@code og:url}), and that name is its article's id: re-fetching a page under another address
 * updates one article instead of adding a copy. But the name is the page's claim, and a page may
 * only claim an identity its origin vouches for: the same site (registrable domain, by the Public
 * Suffix List: {@code edition.cnn.com} may name {@code www.cnn.com}, {@code evil.example} may not,
 * nor may one {@code .co.uk} site name another) as the address it was fetched from or posted for,
 * or an origin the operator trusts to name any site (an archive such as {@code web.archive.org}, an
 * AMP cache, the newsroom's own mirror). Otherwise the page keeps that address, and the name it
 * claimed is reported beside it ({@link HtmlPage#claimedUrl()}). A name that is no http(s) URL
 * ({@code javascript:}, {@code data:}) is never an id or a URL.
 */
public final class PageIdentity {
  /** Only the same site vouches for a page's name: the default. */
  public static final PageIdentity SAME_SITE = new PageIdentity(Set.of());

  private final Set<String> trustedSites;

  private PageIdentity(Set<String> trustedSites) {
    this.trustedSites = Set.copyOf(trustedSites);
  }

  /**
   * The same-site rule, and besides it: pages fetched from (or posted for) these origins may name
   * an address on any site.
   *
   * @param origins host names ({@code web.archive.org}) or URLs; each stands for its whole site
   * @throws IllegalArgumentException if one is neither a host name nor an http(s) URL
   */
  public static PageIdentity trusting(Collection<String> origins) {
    Set<String> sites = new LinkedHashSet<>();
    for (String origin : origins) {
      String url = origin == null ? null : origin.contains("://") ? origin : "https://" + origin;
      if (!web(url)) {
        throw new IllegalArgumentException(
            "not a host name or http(s) address: " + (origin == null ? "null" : origin));
      }
      sites.add(site(url));
    }
    return sites.isEmpty() ? SAME_SITE : new PageIdentity(sites);
  }

  /** The sites trusted to name any address, beyond the same-site rule; empty by default. */
  public Set<String> trustedSites() {
    return trustedSites;
  }

  /**
   * The address to index a page under.
   *
   * @param claimed the page's own canonical URL, or null
   * @param address where it was fetched from or posted for, or null when that is unknown (a saved
   *     file: whoever put it there vouches for it)
   * @return {@code claimed} when the origin vouches for it, else {@code address} (null when neither
   *     is a usable URL)
   */
  public String of(String claimed, String address) {
    String origin = web(address) ? address : null;
    if (!web(claimed)) {
      return origin;
    }
    if (origin == null) {
      return claimed;
    }
    String from = site(origin);
    return from.equals(site(claimed)) || trustedSites.contains(from) ? claimed : origin;
  }

  /** Whether {@code url} is an http(s) URL with a host. */
  static boolean web(String url) {
    if (url == null) {
      return false;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The site a URL belongs to: its registrable domain, else its host (an IP, localhost). */
  static String site(String url) {
    String host = URI.create(url.strip()).getHost().toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (!InternetDomainName.isValid(host)) {
      return host;
    }
    InternetDomainName name = InternetDomainName.from(host);
    return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : host;
  }

  @Override
  public String toString() {
    return trustedSites.isEmpty() ? "same site" : "same site, or from " + trustedSites;
  }
}
