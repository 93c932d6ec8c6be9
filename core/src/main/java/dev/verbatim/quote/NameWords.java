package dev.verbatim.quote;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists that tell what a capitalised phrase names: organisations, places, party and
 * nationality labels, name suffixes and particles, and the nouns of role that describe a person or
 * an organisation ("the senator", "the ministry").
 *
 * <p>Provenance: written for Verbatim. Countries are the JDK's English display names of the ISO
 * 3166 codes; the rest are common English words of news writing, checked against the people and
 * organisations named in PolNeAR's training articles. No list was copied from another project.
 */
final class NameWords {
  private NameWords() {}

  /** Words that make a capitalised phrase an organisation, an outlet or a document. */
  static final Set<String> ORGANISATION =
      words(
          "house", "department", "ministry", "committee", "times", "post", "news", "party",
          "campaign", "agency", "office", "court", "council", "association", "university",
          "institute", "company", "inc", "corp", "corporation", "bank", "commission",
          "administration", "government", "senate", "congress", "police", "journal", "network",
          "foundation", "group", "center", "centre", "union", "federation", "league", "kremlin",
          "pentagon", "reuters", "press", "tribune", "herald", "guardian", "telegraph", "gazette",
          "magazine", "cnn", "msnbc", "nbc", "cbs", "abc", "npr", "bbc", "afp", "politico",
          "politifact", "fund", "organization", "organisation", "alliance", "coalition",
          "caucus", "board", "bureau", "service", "authority", "parliament", "assembly",
          "cabinet", "army", "navy", "military", "forces", "club", "society", "council",
          "watch", "project", "report", "daily", "hill", "atlantic", "economist", "wire",
          "fbi", "cia", "nato", "eu", "un", "gop", "dnc", "rnc", "llc", "ltd", "plc", "co",
          "airlines", "motors", "systems", "technologies", "partners", "capital", "holdings",
          "school", "college", "hospital", "church", "museum", "studio", "studios", "twitter",
          "facebook", "google", "microsoft", "apple", "amazon", "tesla", "spacex", "fox");

  /** Party and nationality labels that stand before a name: "Republican Donald Trump". */
  static final Set<String> LABELS =
      words(
          "republican", "republicans", "democrat", "democrats", "democratic", "libertarian",
          "independent", "conservative", "liberal", "labour", "gop", "rival", "former", "then",
          "incumbent", "acting", "outgoing", "incoming", "fellow", "late", "presidential",
          "vice", "deputy", "assistant", "senior", "chief", "top", "u.s", "us", "american",
          "british", "russian", "ukrainian", "chinese", "french", "german", "israeli",
          "iranian", "mexican", "canadian", "european", "state", "federal", "national",
          "general", "attorney", "press");

  /** Suffixes that follow a surname: "Vann R. Newkirk II". */
  static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** Lower-case particles inside a name: "Ursula von der Leyen". */
  static final Set<String> PARTICLES =
      Set.of("de", "da", "van", "von", "der", "den", "bin", "al", "la", "le", "del", "di", "du");

  /** Nouns of an organisation or a document that can speak: "the ministry said". */
  static final Set<String> ORGANISATION_NOUNS =
      words(
          "company", "ministry", "department", "agency", "campaign", "committee", "report",
          "statement", "study", "survey", "poll", "government", "administration", "group",
          "organization", "organisation", "firm", "bank", "court", "commission", "council",
          "office", "party", "newspaper", "network", "magazine", "paper", "website", "memo",
          "complaint", "lawsuit", "ruling", "indictment", "filing", "letter", "document",
          "union", "board", "embassy", "kremlin", "white", "coalition", "alliance", "team",
          "foundation", "institute", "university", "school", "police", "army", "military",
          "senate", "house", "congress", "parliament", "cabinet", "club", "outlet", "station");

  /** Places that are never speakers. */
  static final Set<String> PLACES = places();

  private static Set<String> places() {
    Set<String> places = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      places.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    places.addAll(
        Set.of(
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
            "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
            "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
            "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
            "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
            "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
            "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
            "washington d.c", "new york city", "los angeles", "chicago", "houston", "phoenix",
            "philadelphia", "san francisco", "boston", "miami", "atlanta", "detroit", "seattle",
            "denver", "dallas", "baltimore", "cleveland", "london", "paris", "berlin", "moscow",
            "beijing", "tokyo", "kyiv", "kiev", "brussels", "rome", "madrid", "jerusalem",
            "tehran", "damascus", "baghdad", "kabul", "ankara", "istanbul", "cairo",
            "new delhi", "mumbai", "hong kong", "taipei", "seoul", "pyongyang", "havana",
            "mexico city", "toronto", "ottawa", "sydney", "geneva", "vienna", "warsaw",
            "europe", "asia", "africa", "america", "north america", "south america",
            "latin america", "middle east", "united states", "u.s", "us", "usa", "uk",
            "britain", "great britain", "england", "scotland", "wales", "russia", "ukraine",
            "crimea", "gaza", "west bank", "syria", "iran", "iraq", "north korea",
            "south korea", "wall street", "capitol hill", "silicon valley", "midwest",
            "manhattan", "brooklyn", "queens", "bronx", "harlem", "st", "fort", "mount"));
    return Set.copyOf(places);
  }

  private static Set<String> words(String... words) {
    return Set.copyOf(new HashSet<>(java.util.Arrays.asList(words)));
  }

  static boolean isOrganisationWord(String lower) {
    return ORGANISATION.contains(lower);
  }
}
