package dev.verbatim.ingest;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;

/**
 * Which address a web page may be indexed under. A page names itself ({@code <link rel=canonical>},
 * {@code og:url}), and that name is its article's id: re-fetching a page under another address
 * updates one article instead of adding a copy. But the name is the page's claim, and a page may
 * only claim an identity its origin vouches for: the same site (registrable domain, by the Public
 * Suffix List: {@code edition.cnn.com} may name {@code www.cnn.com}, {@code evil.example} may not,
 * nor may one {@code .co.uk} site name another) as the address it was fetched from or posted for.
 * Otherwise it keeps that address. A name that is no http(s) URL ({@code javascript:}, {@code
 * data:}) is never an id or a URL.
 */
final class PageIdentity {
  private PageIdentity() {}

  /**
   * The address to index a page under.
   *
   * @param claimed the page's own canonical URL, or null
   * @param address where it was fetched from or posted for, or null when that is unknown (a saved
   *     file: whoever put it there vouches for it)
   * @return {@code claimed} when the origin vouches for it, else {@code address} (null when neither
   *     is a usable URL)
   */
  static String of(String claimed, String address) {
    String origin = web(address) ? address : null;
    if (!web(claimed)) {
      return origin;
    }
    if (origin == null || site(claimed).equals(site(origin))) {
      return claimed;
    }
    return origin;
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
    } catch (java.net.URISyntaxException e) {
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
}
