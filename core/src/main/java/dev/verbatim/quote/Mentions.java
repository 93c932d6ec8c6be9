package dev.verbatim.quote;

import static dev.verbatim.quote.Mention.DOCUMENT;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.quote.Mention.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is in an article, found before any quote is attributed: people (full names, surnames,
 * honorifics and titles), organisations and outlets, descriptions ("the Tesla CEO", "a
 * spokeswoman", "the ministry") and pronouns, each at its words, and the coreference between them.
 *
 * <p>Coreference within the article: a surname, a first name or an honorific and surname ("Kirby",
 * "Mr. Musk") is the person the article names in full; a description is the person introduced with
 * that role ("Tesla CEO Elon Musk", "Seth McKee, a political scientist") or the organisation whose
 * name holds its noun ("the ministry" for "the Foreign Ministry"); pronouns are resolved by {@link
 * Attributor}, which knows who has spoken. Canonical names are the fullest form the article writes,
 * without titles, middle initials kept; an organisation keeps a capitalised "The" ("The New York
 * Times"). Places, party labels and fragments are never names of speakers.
 */
final class Mentions {
  /** Whether a document noun stands in the paragraph of token {@code i} or the one before. */
  private boolean documentBefore(int i) {
    List<Token> tokens = article.tokens;
    int paragraph = tokens.get(i).paragraph();
    for (int k = i - 1; k >= 0 && tokens.get(k).paragraph() >= paragraph - 1; k--) {
      if (NameWords.DOCUMENT_NOUNS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Verbs only a document is the subject of: "It reads in part", "it states". */
  private static final Set<String> DOCUMENT_VERBS = Set.of("reads", "read", "states", "stated");

  final ArticleText article;
  private final NameRuns runs;
  final List<Mention> all = new ArrayList<>();
  final Mention[] covering;
  final Map<String, List<Entity>> bySurname = new HashMap<>();
  final Map<String, Entity> byFirstName = new HashMap<>();
  final Map<String, Entity> unexplained = new HashMap<>();
  final Map<String, List<Entity>> byRole = new HashMap<>();
  final Map<String, Entity> organisations = new HashMap<>();
  final Set<String> lowerCaseWords = new HashSet<>();

  /** The name a noun was given: "group" for "a group calling itself the Cyber Caliphate". */
  final Map<String, Entity> namedAs = new HashMap<>();

  /**
   * Finds the mentions of {@code article}: names everywhere (coreference needs them all), pronouns
   * and descriptions only in the sentences {@code near} holds (those attribution reads).
   */
  Mentions(ArticleText article, BitSet near) {
    this.article = article;
    this.runs = new NameRuns(article);
    List<Token> tokens = article.tokens;
    this.covering = new Mention[tokens.size()];
    for (Token t : tokens) {
      if (!t.capitalised()) {
        lowerCaseWords.add(t.lower());
      }
    }
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      int end = runs.runEnd(i);
      if (end > i) {
        spans.add(new int[] {i, end});
        i = end;
      } else {
        i++;
      }
    }
    // full names first, so that a surname anywhere resolves to the fullest form
    List<int[]> single = new ArrayList<>();
    Names names = new Names(this, runs);
    for (int[] run : spans) {
      if (!names.fullName(run[0], run[1])) {
        single.add(run);
      }
    }
    for (int[] run : single) {
      names.shortName(run[0], run[1]);
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!near.get(t.sentence())) {
        continue;
      }
      if (covering[i] == null && (t.lower().equals("he") || t.lower().equals("she"))) {
        add(new Mention(Kind.PRONOUN, i, i, null, t.text(), t.lower().equals("he") ? 'm' : 'f'));
      }
      if (covering[i] == null
          && t.lower().equals("it")
          && i + 1 < tokens.size()
          && DOCUMENT_VERBS.contains(tokens.get(i + 1).lower())
          && documentBefore(i)) {
        // "It reads in part, “…”": a document named before speaks
        add(new Mention(Kind.DESCRIPTION, i, i, null, t.text(), DOCUMENT));
      }
    }
    Descriptions descriptions = new Descriptions(this, runs);
    descriptions.rolesBeforeAndAfterNames();
    descriptions.namingPhrases();
    for (int i = 0; i < tokens.size(); i++) {
      if (covering[i] == null && near.get(tokens.get(i).sentence())) {
        descriptions.description(i);
      }
    }
    all.sort((a, b) -> Integer.compare(a.first(), b.first()));
  }

  /**
   * The name (no description) whose last token is {@code j}, even when a description covers it:
   * "National Research Council" inside "a National Research Council report"; or null.
   */
  Mention nameEndingAt(int j) {
    for (Mention m : all) {
      if (m.last() == j && m.kind() != Kind.DESCRIPTION && m.kind() != Kind.PRONOUN) {
        return m;
      }
    }
    return null;
  }

  /** The mention covering token {@code i}, or null. */
  Mention at(int i) {
    return i >= 0 && i < covering.length ? covering[i] : null;
  }

  /** The full names of the people the article names, each once, in order of first mention. */
  List<String> fullNames() {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (Mention m : all) {
      if (m.kind() == Kind.PERSON && m.entity().name.indexOf(' ') > 0) {
        names.add(m.entity().name);
      }
    }
    return List.copyOf(names);
  }

  /** The person a surname or first name in capitals ("PENCE") names, or null. */
  Entity personNamed(String word) {
    String key = word.toLowerCase(Locale.ROOT);
    List<Entity> people = bySurname.get(key);
    if (people != null) {
      return people.getFirst();
    }
    return byFirstName.get(key);
  }

  // ---- names

  /** The person named by tokens {@code [from, to)}: an existing one when the names agree. */
  Entity person(int from, int to, boolean afterTitle) {
    List<Token> tokens = article.tokens;
    int last = runs.surname(from, to);
    String surname = tokens.get(last).bare();
    String first = tokens.get(from).text();
    String key = surname.toLowerCase(Locale.ROOT);
    String name = runs.phrase(from, to);
    List<Entity> people = bySurname.computeIfAbsent(key, x -> new ArrayList<>());
    for (Entity e : people) {
      if (e.firstName == null || sameFirstName(e.firstName, first)) {
        if (name.length() > e.name.length() || e.firstName == null) {
          e.name = name; // the fullest form the article writes: "Charles B. Rangel"
        }
        return e;
      }
      if (name.endsWith(" " + e.name)) {
        return e; // "Miss Universe Alicia Machado" after "Alicia Machado": a title in front
      }
      if (e.name.endsWith(" " + name)) {
        if (!e.afterTitle) {
          return e; // "Stone Fish" after "Isaac Stone Fish": the fuller form stays
        }
        e.name = name; // "Alicia Machado" after "Miss Universe Alicia Machado"
        e.afterTitle = afterTitle;
        e.firstName = first;
        byFirstName.putIfAbsent(first.toLowerCase(Locale.ROOT), e);
        return e;
      }
    }
    Entity e = new Entity(name, true, first);
    e.afterTitle = afterTitle;
    people.add(e);
    byFirstName.putIfAbsent(first.toLowerCase(Locale.ROOT), e);
    return e;
  }

  private static boolean sameFirstName(String a, String b) {
    return a.equalsIgnoreCase(b)
        || (a.length() <= 2 && b.toLowerCase(Locale.ROOT).startsWith(a.toLowerCase(Locale.ROOT)))
        || (b.length() <= 2 && a.toLowerCase(Locale.ROOT).startsWith(b.toLowerCase(Locale.ROOT)));
  }

  /** The organisation the article names in full whose name ends with {@code word}, or null. */
  private Entity organisationEndingWith(String word) {
    for (var e : organisations.entrySet()) {
      if (e.getKey().endsWith(" " + word)) {
        return e.getValue();
      }
    }
    return null;
  }

  void organisation(int from, int to) {
    List<Token> tokens = article.tokens;
    String name = runs.phrase(from, to);
    Token before = from > 0 ? tokens.get(from - 1) : null;
    boolean capitalThe =
        before != null
            && before.text().equals("The")
            && before.sentence() == tokens.get(from).sentence()
            && article.sentenceStart(before.sentence()) != before.start();
    String key = name.toLowerCase(Locale.ROOT);
    Entity full = to - from == 1 ? organisationEndingWith(key) : null;
    if (full != null) {
      // "the Times" after "The New York Times"
      add(new Mention(Kind.ORGANISATION, from, to - 1, full, runs.phrase(from, to), (char) 0));
      return;
    }
    Entity org = organisations.computeIfAbsent(key, x -> new Entity(name, false, null));
    if (capitalThe && !org.name.startsWith("The ")) {
      org.name = "The " + org.name;
    }
    add(new Mention(Kind.ORGANISATION, from, to - 1, org, runs.phrase(from, to), (char) 0));
  }

  // ---- roles and descriptions

  void addRole(Entity e, String role) {
    if (!e.roles.contains(role)) {
      e.roles.add(role);
      byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(e);
    }
  }

  /** The role a title or noun gives: "sen" is "senator"; null when the word is no role. */
  static String role(String w) {
    String expanded = Cues.TITLE_ROLES.getOrDefault(w, w);
    return Cues.ROLE_NOUNS.contains(expanded) ? expanded : null;
  }

  static boolean isTitle(String w) {
    if (Cues.HONORIFICS.contains(w) || Cues.ROLE_NOUNS.contains(w)) {
      return true;
    }
    // "President-elect", "ex-Governor", "Vice-President": a hyphenated title
    int hyphen = w.indexOf('-');
    return hyphen > 0 && (isTitle(w.substring(0, hyphen)) || isTitle(w.substring(hyphen + 1)));
  }

  /**
   * The organisation the article names whose initials {@code acronym} is ("NRC" for "National
   * Research Council"), or null.
   */
  Entity expandAcronym(String acronym) {
    if (acronym.length() < 2 || !acronym.equals(acronym.toUpperCase(Locale.ROOT))) {
      return null;
    }
    for (Entity org : organisations.values()) {
      StringBuilder initials = new StringBuilder();
      for (String w : org.name.split("\\s+")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("The")) {
          initials.append(w.charAt(0));
        }
      }
      if (initials.toString().equals(acronym)) {
        return org;
      }
    }
    return null;
  }

  /** The person the article names most; on a tie, the one named first. */
  Entity mostMentioned() {
    Entity best = null;
    for (Mention m : all) {
      boolean named =
          m.kind() == Kind.PERSON
              || (m.kind() == Kind.NAME && !m.words().equals(m.words().toUpperCase(Locale.ROOT)));
      if (named && (best == null || m.entity().mentions > best.mentions)) {
        best = m.entity();
      }
    }
    return best;
  }

  void add(Mention m) {
    if (m.entity() != null) {
      m.entity().mentions++;
    }
    for (int j = m.first(); j <= m.last(); j++) {
      covering[j] = m;
    }
    all.add(m);
  }
}
