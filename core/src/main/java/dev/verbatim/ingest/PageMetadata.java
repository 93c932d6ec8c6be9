package dev.verbatim.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A web page's metadata from its own evidence, each field with where it came from ({@link
 * HtmlPage.Origins}). The order, field by field (docs/ingest.md):
 *
 * <ul>
 *   <li><b>title</b>: the headline the page shows (its {@code <h1>}: the one whose words the page's
 *       meta titles share most, else the first of three words or more), else the JSON-LD {@code
 *       headline}, {@code og:title}, {@code twitter:title}, {@code <title>}; a meta title loses the
 *       site's name written before or after it ("… - ESPN", "… | Opinion | The Harvard Crimson")
 *       and a label in capitals ("WATCH: ").
 *   <li><b>date</b>: the JSON-LD {@code datePublished}, the publication meta tags ({@code
 *       article:published_time}, {@code itemprop=datePublished}, Dublin Core, …), the date in the
 *       page's address ({@code /2023/12/20/}), a {@code <time datetime>} (the article's first), a
 *       dateline near the headline ("December 20, 2023").
 *   <li><b>authors</b>: the JSON-LD {@code author} names, the {@code author} meta tags, the byline
 *       the page shows, the first whose names survive cleaning; each cleaned of "By", "View all
 *       posts by", a date or time, a role after the name ("Globe Staff", "Money Reporter") and what
 *       follows a bar ("| NJ Advance Media"); the page's own outlet is no author (it is the
 *       source).
 *   <li><b>source</b>: the JSON-LD publisher, else {@code og:site_name}, else the host.
 * </ul>
 */
final class PageMetadata {
  /**
   * Lenient as browsers' consumers of JSON-LD are: pages write raw newlines and trailing commas.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  String title;
  String siteName;
  String publisher;
  LocalDate date;
  List<String> authors = new ArrayList<>();

  /** The author names of each JSON-LD article node, in page order. */
  private final List<List<String>> jsonLdAuthors = new ArrayList<>();

  String language;
  String canonical;
  String articleBody;
  String titleOrigin;
  String dateOrigin;
  String authorsOrigin;

  private String jsonLdHeadline;

  private PageMetadata() {}

  /** The metadata of {@code doc}, fetched from {@code url} (or null). */
  static PageMetadata of(Document doc, String url) {
    PageMetadata m = new PageMetadata();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        m.jsonLd(JSON.readTree(script.data()));
      } catch (IOException | RuntimeException broken) {
        // a page's broken JSON-LD is ignored; the markup still has the article
      }
    }
    m.siteName = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
    m.canonical = firstNonBlank(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"));
    m.title(doc);
    if (m.date == null) {
      m.date(doc, url);
    }
    m.authors(doc, url);
    if (m.language == null) {
      m.language = firstNonBlank(attr(doc, "html[lang]", "lang"), meta(doc, "og:locale"));
    }
    if (m.language != null) {
      m.language = m.language.replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
    }
    return m;
  }

  /** The origins of the fields, for {@link HtmlPage#origins()}. */
  HtmlPage.Origins origins(String source, String sourceOrigin) {
    return new HtmlPage.Origins(
        title == null ? null : titleOrigin,
        date == null ? null : dateOrigin,
        authors.isEmpty() ? null : authorsOrigin,
        source == null ? null : sourceOrigin);
  }

  // ---- JSON-LD

  private void jsonLd(JsonNode node) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(this::jsonLd);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("@graph")) {
      jsonLd(node.get("@graph"));
    }
    String type =
        node.path("@type").isArray()
            ? node.path("@type").path(0).asText()
            : node.path("@type").asText();
    if (!type.endsWith("Article") && !type.equals("BlogPosting") && !type.equals("Report")) {
      return;
    }
    if (jsonLdHeadline == null) {
      jsonLdHeadline = text(node.get("headline"));
    }
    if (date == null) {
      date = HtmlExtractor.date(text(node.get("datePublished")));
      dateOrigin = "json-ld datePublished";
    }
    JsonNode author = node.get("author");
    if (author != null) {
      List<String> names = new ArrayList<>();
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        String name = a.isObject() ? text(a.get("name")) : text(a);
        if (name != null && !name.startsWith("http")) {
          names.add(name.strip());
        }
      }
      jsonLdAuthors.add(names); // each article node's, in page order (see authors())
    }
    if (publisher == null && node.path("publisher").isObject()) {
      publisher = text(node.path("publisher").get("name"));
    }
    if (language == null) {
      language = text(node.get("inLanguage"));
    }
    if (articleBody == null) {
      articleBody = text(node.get("articleBody"));
    }
  }

  // ---- title

  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»•~]{1,2}\\s+");
  private static final Pattern LABEL = Pattern.compile("^\\p{Lu}{4,}(?: \\p{Lu}{2,})?:\\s+");

  private void title(Document doc) {
    List<String> metaTitles = new ArrayList<>();
    for (String t :
        new String[] {
          jsonLdHeadline, meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title()
        }) {
      if (t != null && !t.isBlank()) {
        metaTitles.add(t.strip());
      }
    }
    String h1 = headline(doc, metaTitles, siteWords(doc.location()));
    if (h1 != null) {
      title = withoutLabel(h1);
      titleOrigin = "h1";
      return;
    }
    String[] origins = {"json-ld headline", "og:title", "twitter:title", "title"};
    String[] values = {
      jsonLdHeadline, meta(doc, "og:title"), meta(doc, "twitter:title"), doc.title()
    };
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null && !values[i].isBlank()) {
        title = withoutLabel(withoutSiteName(values[i].strip(), doc));
        titleOrigin = origins[i];
        return;
      }
    }
  }

  /**
   * The page's visible headline: of the {@code <h1>}s outside navigation and footers with three
   * words or more, the one whose words the meta titles share most, else the first; null when none.
   */
  private static String headline(Document doc, List<String> metaTitles, Set<String> siteWords) {
    String best = null;
    double bestShare = -1;
    for (Element h1 : doc.select("h1")) {
      if (h1.parents().stream().anyMatch(a -> a.is("nav, footer, aside"))) {
        continue;
      }
      String text = h1.text().strip();
      int words = text.isEmpty() ? 0 : text.split("\\s+").length;
      if (words < 3 || text.length() > 300 || logo(text, siteWords)) {
        continue;
      }
      double share = 0;
      for (String t : metaTitles) {
        share = Math.max(share, shared(text, t));
      }
      if (share > bestShare) {
        best = text;
        bestShare = share;
      }
    }
    return best;
  }

  /** Whether an {@code <h1>} is the site's logo ("POLITICO Politico Logo"), not a headline. */
  private static boolean logo(String text, Set<String> siteWords) {
    Set<String> words = words(text);
    words.removeAll(siteWords);
    words.removeAll(Set.of("logo", "home", "homepage"));
    return words.isEmpty();
  }

  /** The share of {@code a}'s words that {@code b} has, case aside. */
  private static double shared(String a, String b) {
    Set<String> bWords = words(b);
    Set<String> aWords = words(a);
    if (aWords.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : aWords) {
      n += bWords.contains(w) ? 1 : 0;
    }
    return (double) n / aWords.size();
  }

  private static Set<String> words(String s) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * {@code title} without the site's name before or after it: the parts a separator sets off that
   * name the site (its {@code og:site_name}, its publisher, its host), with the parts beyond them.
   */
  private String withoutSiteName(String title, Document doc) {
    Set<String> siteWords = siteWords(doc.location());
    List<String> parts = new ArrayList<>();
    Matcher m = TITLE_SEPARATOR.matcher(title);
    int start = 0;
    while (m.find()) {
      parts.add(title.substring(start, m.start()));
      start = m.end();
    }
    parts.add(title.substring(start));
    if (parts.size() < 2) {
      return title;
    }
    int from = 0;
    int to = parts.size();
    // the site's name after the headline, with a tagline after it ("- Urge Fitness | Gyms in PA")
    for (int i = 1; i < parts.size(); i++) {
      if (namesSite(parts.get(i), siteWords)) {
        to = i;
        // a section between the headline and the site's name goes with it ("| Opinion |")
        while (to > 1 && parts.get(to - 1).split("\\s+").length <= 2) {
          to--;
        }
        break;
      }
    }
    while (to - from > 1 && namesSite(parts.get(from), siteWords)) {
      from++;
    }
    if (from == 0 && to == parts.size()) {
      return title;
    }
    // the kept parts as written, separators included
    int begin = title.indexOf(parts.get(from));
    String last = parts.get(to - 1);
    int end = title.indexOf(last, begin) + last.length();
    return title.substring(begin, end).strip();
  }

  /** Whether a title part names the site: all its words are the site's own. */
  private boolean namesSite(String part, Set<String> hostWords) {
    Set<String> words = words(part);
    if (words.isEmpty() || words.size() > 6) {
      return false;
    }
    Set<String> site = new LinkedHashSet<>(hostWords);
    for (String name : new String[] {siteName, publisher}) {
      if (name != null) {
        site.addAll(words(name));
      }
    }
    for (String host : hostWords) {
      if (host.length() > 3 && spells(host, List.copyOf(words))) {
        return true; // "Forbes India" for forbesindia.com, "The Harvard Crimson" for thecrimson.com
      }
    }
    words.removeAll(site);
    words.removeAll(Set.of("the", "com", "news", "online"));
    return words.isEmpty();
  }

  /** Whether {@code label} is some of {@code words}, in order, written together. */
  private static boolean spells(String label, List<String> words) {
    if (label.isEmpty()) {
      return true;
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (label.startsWith(w)
          && spells(label.substring(w.length()), words.subList(i + 1, words.size()))) {
        return true;
      }
    }
    return false;
  }

  /** The words of the host's name ("www.bostonglobe.com" → bostonglobe), and the site's name. */
  private Set<String> siteWords(String url) {
    Set<String> words = new LinkedHashSet<>();
    String host = host(firstNonBlank(canonical, url));
    if (host != null) {
      String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
      for (int i = 0; i < labels.length - 1; i++) {
        words.add(labels[i]);
      }
    }
    if (siteName != null) {
      words.addAll(words(siteName));
    }
    if (publisher != null) {
      words.addAll(words(publisher));
    }
    return words;
  }

  private static String withoutLabel(String title) {
    Matcher m = LABEL.matcher(title);
    if (m.find() && title.substring(m.end()).split("\\s+").length >= 3) {
      return title.substring(m.end());
    }
    return title;
  }

  // ---- date

  private static final String[] DATE_METAS = {
    "article:published_time",
    "og:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publish-date",
    "publishdate",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "citation_publication_date"
  };

  private static final Pattern URL_DATE =
      Pattern.compile(
          "/(20\\d\\d|19\\d\\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[^\\d])");

  private static final Pattern MONTHS =
      Pattern.compile(
          "\\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
              + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?");

  private static final Pattern TEXT_DATE =
      Pattern.compile(
          "(?:"
              + MONTHS.pattern()
              + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)|(\\d{1,2})\\s+"
              + MONTHS.pattern()
              + ",?\\s+((?:19|20)\\d\\d))");

  /** How far after the headline a dateline is looked for, in characters. */
  private static final int NEAR = 2500;

  private void date(Document doc, String url) {
    for (String name : DATE_METAS) {
      String value =
          firstNonBlank(
              meta(doc, name),
              attr(doc, "meta[itemprop=" + name + "]", "content"),
              name.equals("datePublished")
                  ? attr(doc, "[itemprop=datePublished][datetime]", "datetime")
                  : null);
      LocalDate d = HtmlExtractor.date(value);
      if (d != null) {
        date = d;
        dateOrigin = "meta " + name;
        return;
      }
    }
    Matcher m = URL_DATE.matcher(firstNonBlank(canonical, url, "") + "/");
    if (m.find()) {
      date = safeDate(m.group(1), m.group(2), m.group(3));
      if (date != null) {
        dateOrigin = "url";
        return;
      }
    }
    // a <time> of the article before one of the page's header or sidebar (today's date)
    LocalDate time =
        HtmlExtractor.date(
            firstNonBlank(
                attr(doc, "article time[datetime], main time[datetime]", "datetime"),
                attr(doc, "time[datetime]", "datetime")));
    if (time != null) {
      date = time;
      dateOrigin = "time datetime";
      return;
    }
    Element body = doc.body();
    if (body != null) {
      // a dateline is written near the headline (or the page's top), not anywhere on the page
      String text = body.text();
      int at = title == null ? -1 : text.indexOf(title);
      int from = Math.max(0, at);
      int to = Math.min(text.length(), at >= 0 ? at + title.length() + NEAR : NEAR);
      Matcher t = TEXT_DATE.matcher(text.substring(from, to));
      if (t.find()) {
        date =
            t.group(1) != null
                ? safeDate(t.group(3), month(t.group(1)), t.group(2))
                : safeDate(t.group(6), month(t.group(5)), t.group(4));
        dateOrigin = date == null ? null : "dateline";
      }
    }
  }

  private static String month(String name) {
    String[] months = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return Integer.toString(i + 1);
      }
    }
    return "0";
  }

  private static LocalDate safeDate(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  // ---- authors

  private static final Pattern BY =
      Pattern.compile(
          "(?i)^(?:view all posts by|more from|written by|posted by|review by|reviewed by|words by"
              + "|story by|by|from|von|por|par|di)\\s+");

  /** A date or time run into or after a name: "Dec 21", "Published: December 20", "Updated …". */
  private static final Pattern DATE_TAIL =
      Pattern.compile(
          "(?:^|\\s*[-–—·,|]\\s*|\\s+|(?<=\\p{Ll}))(?:(?:Published|Updated|Posted|Modified)\\b:?.*|"
              + MONTHS.pattern()
              + "\\s+\\d{1,2}\\b.*|\\d{1,2}:\\d\\d.*|\\d{4}-\\d\\d-\\d\\d.*)$");

  private static final Set<String> ROLES =
      Set.of(
          "staff",
          "reporter",
          "correspondent",
          "contributor",
          "writer",
          "editor",
          "columnist",
          "producer",
          "reports",
          "desk",
          "team",
          "wire",
          "agencies",
          "journalist");

  /**
   * The authors of the first source, in the documented order, whose names survive cleaning: a
   * JSON-LD author that cleans to nothing (", Coldwater Daily Reporter") gives way to the next
   * source rather than leaving the page without an author.
   */
  private void authors(Document doc, String url) {
    Set<String> site = siteWords(url);
    for (List<String> names : jsonLdAuthors) {
      if (take(names, site, "json-ld author")) {
        return;
      }
    }
    for (String name :
        new String[] {"author", "article:author", "parsely-author", "sailthru.author"}) {
      String author = meta(doc, name);
      if (author != null
          && !author.isBlank()
          && !author.startsWith("http")
          && take(split(author), site, "meta " + name)) {
        return;
      }
    }
    for (List<String> names : bylines(doc)) {
      if (take(names, site, "byline")) {
        return;
      }
    }
  }

  /**
   * Takes the cleaned {@code names} as the authors, from {@code origin}, unless none is left. A
   * part after the first with a role word before its last word ends the names: "Daniel Kahn
   * Gillmor, Senior Staff Technologist, Privacy, Technology Project" is one author and his
   * affiliation, where "Travis Andersen, Adam Sennott Globe Staff" is two authors.
   */
  private boolean take(List<String> names, Set<String> site, String origin) {
    Set<String> cleaned = new LinkedHashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String author = names.get(i);
      if (i > 0 && holdsRoleBeforeItsEnd(author)) {
        break;
      }
      String name = clean(author, site);
      if (name != null) {
        cleaned.add(name);
      }
    }
    if (cleaned.isEmpty()) {
      return false;
    }
    authors = new ArrayList<>(cleaned);
    authorsOrigin = origin;
    return true;
  }

  /**
   * A name as a reader writes it, or null for none: "By", a date after it, what a bar or a dash
   * sets off, a role after it (with the outlet's words before the role) taken off; the page's own
   * outlet and a role alone are no author.
   */
  private String clean(String author, Set<String> site) {
    String name = Parser.unescapeEntities(author, false).replaceAll("\\s+", " ").strip();
    name = BY.matcher(name).replaceFirst("");
    name = DATE_TAIL.matcher(name).replaceFirst("");
    name = name.split("\\s*[|•]\\s*|\\s+[-–—]\\s+|(?i)\\s+edited by\\s+")[0].strip();
    name = name.replaceAll("(?<=\\p{L})\\d.*$", ""); // "Lucas Nolan22 Dec 2016"
    name = name.replaceAll("[-–—,;:·]+$", "").strip();
    List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
    // "Craig Meyer USA TODAY NETWORK": an outlet in capitals run after a name in mixed case
    int caps = 0;
    while (caps < words.size() && isCapitals(words.get(words.size() - 1 - caps))) {
      caps++;
    }
    if (caps >= 2 && words.size() - caps >= 2) {
      words = new ArrayList<>(words.subList(0, words.size() - caps));
    }
    // "Adam Sennott Globe Staff" → Adam Sennott; "Noah Eastwood, Money Reporter" is split before
    if (ROLES.contains(words.getLast().toLowerCase(Locale.ROOT))) {
      words.removeLast();
      while (words.size() > 2 && isSiteWord(words.getLast().toLowerCase(Locale.ROOT), site)) {
        words.removeLast();
      }
      if (words.size() < 2) {
        return null; // "Money Reporter", "Staff reports": a role, no name
      }
    }
    // a name written twice: "Courtney Carr Courtney Carr"
    int half = words.size() / 2;
    if (words.size() % 2 == 0
        && half > 0
        && words.subList(0, half).equals(words.subList(half, words.size()))) {
      words = words.subList(0, half);
    }
    name = String.join(" ", words);
    if (name.length() < 2 || name.length() > 60 || !Character.isLetter(name.codePointAt(0))) {
      return null;
    }
    Set<String> nameWords = words(name);
    Set<String> rest = new LinkedHashSet<>(nameWords);
    rest.removeAll(ROLES);
    if (rest.isEmpty()) {
      return null; // "Staff reports"
    }
    if (namesSite(name, site)) {
      return null; // the page's own outlet is its source, not an author
    }
    rest.removeAll(site);
    rest.removeAll(Set.of("the"));
    if (rest.isEmpty()) {
      return null; // "Autoblog Staff", "Tech Digest Correspondent"
    }
    return name;
  }

  /** Whether a role word ("staff", "editor") stands in {@code part} before its last word. */
  private static boolean holdsRoleBeforeItsEnd(String part) {
    String[] words = part.strip().toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = 0; i < words.length - 1; i++) {
      if (ROLES.contains(words[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is written in capitals: two letters or more, none in lower case. */
  private static boolean isCapitals(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }

  /** Whether {@code word} is one of the site's words, or part of one ("globe" of bostonglobe). */
  private static boolean isSiteWord(String word, Set<String> site) {
    if (site.contains(word)) {
      return true;
    }
    for (String w : site) {
      if (word.length() >= 4 && w.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Names in one meta value or byline: split at commas, "and", "&". */
  private static List<String> split(String names) {
    List<String> parts = new ArrayList<>();
    for (String part : names.split("\\s*(?:,|\\band\\b|&|\\bund\\b|\\by\\b)\\s*")) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  /**
   * Where pages write their bylines, most specific first: schema.org microdata (a {@code <meta
   * itemprop=name>} inside the author), {@code rel=author}, then classes that name a byline or an
   * author's name ("byline", "td-author-name", "AuthorNameLink", "story-meta__authors"), then a
   * link to an author's or a staff member's page.
   */
  private static final List<String> BYLINES =
      List.of(
          // itemprop may hold several properties: "author creator"
          "[itemprop~=(?i)(^|\\s)author(\\s|$)] [itemprop=name]",
          "[itemprop~=(?i)(^|\\s)author(\\s|$)]",
          "a[rel=author]",
          ".byline, .author-name, .article-author, .article-byline",
          "[class~=(?i)(byline|author-?name|authorname)], [data-testid~=(?i)author-?name]",
          // a block-element-modifier class whose part is the author: "story-meta__authors",
          // "oc-c-article__author", "ArticleHeader--authName--2GjjR", a plain "authors"
          "[class~=(?i)(?:^|\\s|_|-)(?:authors?|authname)(?:$|\\s|__|--)]",
          "a[href*=/author/], a[href*=/authors/], a[href*=/writer/], a[href*=/staff/],"
              + " a[href*=/reporters/], a[href*=/bios/]");

  /** The text of a byline element: a {@code <meta>}'s content, else its text. */
  private static String byline(Element e) {
    return (e.tagName().equals("meta") ? e.attr("content") : e.text()).strip();
  }

  /**
   * The names of the bylines the page shows ("By Jane Doe and John Roe"), one list per kind of
   * byline element found, most specific first.
   */
  private static List<List<String>> bylines(Document doc) {
    List<List<String>> found = new ArrayList<>();
    for (String query : BYLINES) {
      Element e = doc.selectFirst(query);
      if (e == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (String part : split(BY.matcher(byline(e)).replaceFirst(""))) {
        if (part.length() > 2 && part.length() < 80 && Character.isUpperCase(part.codePointAt(0))) {
          names.add(part);
        }
      }
      if (names.size() > 5) {
        return found; // a list of the site's writers, not a byline
      }
      if (!names.isEmpty()) {
        found.add(names);
      }
    }
    return found;
  }

  // ---- the page's elements

  private static String text(JsonNode node) {
    return node == null || !node.isValueNode() || node.asText().isBlank()
        ? null
        : Parser.unescapeEntities(node.asText(), false).strip();
  }

  static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return e == null ? null : e.attr("content").strip();
  }

  static String attr(Document doc, String query, String attribute) {
    Element e = doc.selectFirst(query);
    return e == null ? null : e.attr(attribute).strip();
  }

  static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  /** The host of {@code url} without "www.", or null. */
  static String host(String url) {
    try {
      String host = url == null ? null : URI.create(url).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException bad) {
      return null;
    }
  }
}
