package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.text.QuoteMarks;
import dev.verbatim.text.WordList;
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
  /** What a mention is. */
  enum Kind {
    PERSON,
    ORGANISATION,
    /** A capitalised word the article never explains: a surname, an outlet, an agency. */
    NAME,
    PRONOUN,
    DESCRIPTION,
    PLACE
  }

  /** Someone or something the article names. */
  static final class Entity {
    String name;
    final boolean person;

    /** A capitalised word the article never explains: maybe a person, maybe an outlet. */
    boolean unexplained;

    /**
     * Whether the name was written after an honorific or a title, whose last words it may still
     * hold ("Universe Alicia Machado" after "Miss"): a shorter form then replaces it.
     */
    boolean afterTitle;

    String firstName;
    char gender;
    int mentions;
    final List<String> roles = new ArrayList<>();

    Entity(String name, boolean person, String firstName) {
      this.name = name;
      this.person = person;
      this.firstName = firstName;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The gender of a description that refers back as a pronoun does, to a person of either gender:
   * "the Ohio Republican conceded" after Boehner spoke.
   */
  static final char ANY_GENDER = '*';

  /**
   * The "gender" of a definite description of a document, "the letter", "the statement", "the
   * authors": it refers back to a document named before, and speaks for whoever wrote it ({@link
   * DocumentAuthors}).
   */
  static final char DOCUMENT = 'd';

  /**
   * The "gender" of people named jointly, "Glenn Beck and Kyle Olson" ({@link Works}): no "he" or
   * "she" refers to them.
   */
  static final char PLURAL = 'p';

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

  /**
   * One mention: tokens {@code [first, last]}, the entity it refers to (null for a pronoun, which
   * the attributor resolves, and for a description of someone unnamed), and the words as written.
   */
  record Mention(Kind kind, int first, int last, Entity entity, String words, char gender) {
    /** Whether this mention names nobody itself and refers back to a person, as "he" does. */
    boolean refersBack() {
      return kind == Kind.PRONOUN || gender == ANY_GENDER;
    }

    /** Whether this mention is a definite description of a document written before. */
    boolean document() {
      return gender == DOCUMENT;
    }

    boolean canSpeak() {
      return kind != Kind.PLACE;
    }
  }

  final ArticleText article;
  private final NameRuns runs;
  final List<Mention> all = new ArrayList<>();
  private final Mention[] covering;
  private final Map<String, List<Entity>> bySurname = new HashMap<>();
  private final Map<String, Entity> byFirstName = new HashMap<>();
  private final Map<String, Entity> unexplained = new HashMap<>();
  private final Map<String, List<Entity>> byRole = new HashMap<>();
  private final Map<String, Entity> organisations = new HashMap<>();
  private final Set<String> lowerCaseWords = new HashSet<>();

  /** The name a noun was given: "group" for "a group calling itself the Cyber Caliphate". */
  private final Map<String, Entity> namedAs = new HashMap<>();

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
    for (int[] run : spans) {
      if (!fullName(run[0], run[1])) {
        single.add(run);
      }
    }
    for (int[] run : single) {
      shortName(run[0], run[1]);
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
    rolesBeforeAndAfterNames();
    namingPhrases();
    for (int i = 0; i < tokens.size(); i++) {
      if (covering[i] == null && near.get(tokens.get(i).sentence())) {
        description(i);
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

  /** Registers a run of two or more name words; false when the run is a single name to resolve. */
  private boolean fullName(int from, int to) {
    List<Token> tokens = article.tokens;
    if (to < tokens.size() && article.gap(to - 1, to).equals("/") && tokens.get(to).capitalised()) {
      return true; // "Chip Somodevilla/Getty": a photo credit names no one in the story
    }
    for (int k = to - 1; k >= from; k--) {
      if (NameWords.FURNITURE.contains(tokens.get(k).lower())) {
        from = k + 1; // "AP Photos Paul", "WATCHED Obama": a caption or label run into a name
        break;
      }
    }
    for (int n = (to - from) / 2; n >= 2; n--) {
      if (runs.sameWords(to - 2 * n, to - n, n)) {
        from = to - n; // "Sen. Nancy Pelosi Nancy Pelosi": a scraped link and its text
        break;
      }
    }
    if (to - from == 1) {
      return false;
    }
    if (from == to) {
      return true;
    }
    if (to - from > 1 && sentenceInitialCommonWord(from)) {
      from++; // "Reading from a prepared text, Ben Carson", "Debating Clinton"
    }
    while (to - from > 1 && NameWords.TIME_WORDS.contains(tokens.get(to - 1).lower())) {
      to--; // "told MSNBC Monday"
    }
    if (runs.insideParentheses(from) || NameRuns.partyLabel(tokens.get(from))) {
      return true; // "(D-Calif.)", "R-Wis.": a party label, not a name
    }
    int start = from;
    char gender = 0;
    while (start < to
        && (skippable(tokens.get(start).lower()) || NameRuns.notAName(tokens.get(start).lower()))) {
      gender = genderOf(tokens.get(start).lower(), gender);
      start++;
    }
    if (start == to
        || (role(tokens.get(to - 1).lower()) != null && runs.describedRun(from, start, to))) {
      return true; // "The Tesla CEO": a description, read later
    }
    if (runs.partyMember(start, to)) {
      return true; // "Illinois Democrat", "the Ohio Republican": a description, read later
    }
    boolean institution = false;
    for (int k = start; k < to; k++) {
      institution |= NameWords.ORGANISATION.contains(tokens.get(k).lower());
    }
    while (to - start > 2
        && !institution
        && NameWords.PLACES.contains(tokens.get(start).bare().toLowerCase(Locale.ROOT))) {
      start++; // "Germany Andrij Melnyk" after "Ambassador to"
    }
    // a word before the name's suffixes is its surname even when it is also a title: "Angus S.
    // King Jr.", "Martin Luther King III"
    int surname = runs.surname(start, to);
    int lastTitle = -1;
    for (int k = start; k < to - 1; k++) {
      String w = tokens.get(k).lower();
      if (k < surname && (isTitle(w) || w.equals("of") || NameWords.LABELS.contains(w))) {
        lastTitle = k;
      }
      gender = genderOf(w, gender);
    }
    int nameFrom = lastTitle + 1 > start ? lastTitle + 1 : start;
    boolean organisation =
        lastTitle > start
            && tokens.get(lastTitle).lower().equals("of")
            && NameWords.ORGANISATION.contains(tokens.get(lastTitle - 1).lower());
    if (organisation) {
      nameFrom = start; // "Illinois Board of Elections": an institution of something, not a title
    }
    for (int k = nameFrom; k < to; k++) {
      organisation |= NameWords.isOrganisationWord(tokens.get(k).lower());
    }
    if (organisation && NameWords.PLACES.contains(phrase(start, to).toLowerCase(Locale.ROOT))) {
      // "Capitol Hill": a place whose last word an organisation may end with ("The Hill")
      add(new Mention(Kind.PLACE, from, to - 1, null, phrase(from, to), (char) 0));
      return true;
    }
    if (organisation) {
      // "CEO of Washington Restaurant Association": the title stays out of the organisation
      boolean titled = nameFrom > start && tokens.get(nameFrom - 1).lower().equals("of");
      organisation(titled ? nameFrom : start, to);
      return true;
    }
    String phrase = phrase(start, to).toLowerCase(Locale.ROOT);
    String namePhrase = phrase(nameFrom, to).toLowerCase(Locale.ROOT);
    if (NameWords.PLACES.contains(phrase)
        || NameWords.PLACES.contains(namePhrase)
        || runs.neverSpeaks(from, start, to)) {
      add(new Mention(Kind.PLACE, from, to - 1, null, phrase(from, to), (char) 0));
      return true;
    }
    int nameWords = to - nameFrom;
    if (nameWords == 1) {
      return false;
    }
    if (nameFrom == start && from > 0 && tokens.get(from - 1).text().equals("the")) {
      organisation(start, to); // "the Grand Ole Opry": no person is "the" anybody
      return true;
    }
    for (int k = nameFrom; k < to; k++) {
      String w = tokens.get(k).lower();
      if (runs.initial(k)) {
        continue; // "Peter A. Brown": an initial, not the article "a"
      }
      if (Cues.NOT_NAMES.contains(w) || Cues.isVerb(w) || NameRuns.notAName(w)) {
        return true; // a headline or a sentence in title case, not a name
      }
    }
    if (nameWords > 4 || runs.allCaps(nameFrom, to)) {
      return true;
    }
    while (to - nameFrom > 2
        && tokens.get(nameFrom).bare().equalsIgnoreCase(tokens.get(to - 1).bare())) {
      nameFrom++; // "Trump Donald John Trump": a surname written twice by a scraped link
    }
    if (runs.titleOfBefore(start, nameFrom)) {
      nameFrom = runs.afterTitleObject(nameFrom, to); // "Chief of Staff Denis McDonough"
    }
    Entity person = person(nameFrom, to, start > from || nameFrom > start);
    if (gender != 0 && person.gender == 0) {
      person.gender = gender;
    }
    for (int k = start; k < nameFrom; k++) {
      String role = role(tokens.get(k).lower());
      if (role != null) {
        addRole(person, role);
      }
    }
    add(new Mention(Kind.PERSON, from, to - 1, person, phrase(from, to), person.gender));
    return true;
  }

  /**
   * Whether the article writes {@code w} as a word of a full name ("Ban" of "Ban Ki-moon"): then a
   * common word is a name here ("Critics say" is not, "Ban said" is).
   */
  private boolean namePart(String w) {
    return bySurname.containsKey(w) || byFirstName.containsKey(w);
  }

  /**
   * Whether token {@code i} opens its sentence and is a common word the article also writes in
   * lower case ("Reading", "Audiences"): capitalised by position, not a name.
   */
  private boolean sentenceInitialCommonWord(int i) {
    Token t = article.tokens.get(i);
    if (article.sentenceStart(t.sentence()) != t.start()) {
      return false;
    }
    String w = t.lower();
    boolean adverbOrParticiple =
        w.length() > 5 && (w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing"));
    return lowerCaseWords.contains(w) || (adverbOrParticiple && !bySurname.containsKey(w));
  }

  /** A single capitalised word (after honorifics and titles): resolved against the full names. */
  private void shortName(int from, int to) {
    List<Token> tokens = article.tokens;
    if (runs.insideParentheses(from) || NameRuns.partyLabel(tokens.get(from))) {
      return;
    }
    char gender = 0;
    boolean titled = false;
    int k = from;
    for (; k < to - 1; k++) {
      String w = tokens.get(k).lower();
      gender = genderOf(w, gender);
      titled |= isTitle(w);
    }
    Token word = tokens.get(to - 1);
    String w = word.bare().toLowerCase(Locale.ROOT);
    if (NameWords.FURNITURE.contains(w)) {
      return; // "Advertisement", "Photos"
    }
    boolean known = bySurname.containsKey(w); // "Cuban" in an article about Mark Cuban
    if (!known
        && (NameRuns.notAName(w)
            || Cues.NOT_NAMES.contains(w)
            || isTitle(w)
            || Cues.isVerb(w)
            || NameWords.LABELS.contains(w)
            || NameWords.SUFFIXES.contains(w) // "Harris, Jr.": a suffix alone names no one
            || (WordList.COMMON_WORDS.contains(w) && !titled && !namePart(w))
            || (to - 1 == from && sentenceInitialCommonWord(from)))) {
      return;
    }
    Entity entity = null;
    List<Entity> people = bySurname.get(w);
    if (people != null) {
      entity = people.getFirst();
      for (Entity e : people) {
        if (gender != 0 && e.gender == gender) {
          entity = e;
          break;
        }
      }
    } else if (byFirstName.containsKey(w) && !titled) {
      entity = byFirstName.get(w);
    }
    if (entity == null && NameWords.PLACES.contains(w)) {
      add(new Mention(Kind.PLACE, from, to - 1, null, word.text(), (char) 0));
      return;
    }
    if (entity == null && NameWords.isOrganisationWord(w)) {
      organisation(to - 1, to);
      return;
    }
    if (entity == null && titled) {
      String surname = word.bare();
      entity = new Entity(surname, true, null);
      bySurname.computeIfAbsent(w, x -> new ArrayList<>()).add(entity);
    }
    Kind kind = Kind.PERSON;
    if (entity == null) {
      String name = word.bare();
      if (runs.allCaps(to - 1, to) && name.length() > 5) {
        return; // an acronym of a headline or a shout, not a name
      }
      entity =
          unexplained.computeIfAbsent(
              w,
              x -> {
                Entity e = new Entity(name, false, null);
                e.unexplained = true;
                return e;
              });
      kind = Kind.NAME;
    }
    if (gender != 0 && entity.gender == 0) {
      entity.gender = gender;
    }
    for (int j = from; j < to - 1; j++) {
      String role = role(tokens.get(j).lower());
      if (role != null) {
        addRole(entity, role);
      }
    }
    add(new Mention(kind, from, to - 1, entity, phrase(from, to), entity.gender));
  }

  /** The person named by tokens {@code [from, to)}: an existing one when the names agree. */
  private Entity person(int from, int to, boolean afterTitle) {
    List<Token> tokens = article.tokens;
    int last = runs.surname(from, to);
    String surname = tokens.get(last).bare();
    String first = tokens.get(from).text();
    String key = surname.toLowerCase(Locale.ROOT);
    String name = phrase(from, to);
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

  private void organisation(int from, int to) {
    List<Token> tokens = article.tokens;
    String name = phrase(from, to);
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
      add(new Mention(Kind.ORGANISATION, from, to - 1, full, phrase(from, to), (char) 0));
      return;
    }
    Entity org = organisations.computeIfAbsent(key, x -> new Entity(name, false, null));
    if (capitalThe && !org.name.startsWith("The ")) {
      org.name = "The " + org.name;
    }
    add(new Mention(Kind.ORGANISATION, from, to - 1, org, phrase(from, to), (char) 0));
  }

  /** The words of tokens {@code [from, to)} as written, a final possessive dropped. */
  String phrase(int from, int to) {
    List<Token> tokens = article.tokens;
    String s =
        article
            .text
            .substring(tokens.get(from).start(), tokens.get(to - 1).end())
            .replace('\u00a0', ' ');
    if (s.indexOf('\n') >= 0 || s.indexOf("  ") >= 0 || s.indexOf('\t') >= 0) {
      s = String.join(" ", s.split("\\s+"));
    }
    if (to - 1 > from && runs.suffixAfterComma(to - 2)) {
      int comma = s.lastIndexOf(", ");
      s = s.substring(0, comma) + s.substring(comma + 1); // "Paul L. Howard Jr"
    }
    if (tokens.get(to - 1).hasPossessiveEnding() && s.length() > 2) {
      s = s.substring(0, s.length() - 2);
    }
    if (tokens.get(to - 1).text().length() == 1
        && to - 1 > from
        && article.text.startsWith(".", tokens.get(to - 1).end())) {
      s = s + ".";
    }
    return s;
  }

  // ---- roles and descriptions

  /** "pollster Peter Fenn", "Seth McKee, a political scientist at …,": roles of named people. */
  private void rolesBeforeAndAfterNames() {
    List<Token> tokens = article.tokens;
    for (Mention m : List.copyOf(all)) {
      if (m.kind() != Kind.PERSON) {
        continue;
      }
      for (int j = m.first() - 1; j >= Math.max(0, m.first() - 3) && covering[j] == null; j--) {
        String role = role(tokens.get(j).lower());
        if (role != null) {
          addRole(m.entity(), role);
        }
      }
      int after = m.last() + 1;
      if (after + 1 < tokens.size()
          && article.gap(m.last(), after).strip().equals(",")
          && isDeterminer(tokens.get(after).lower())) {
        for (int j = after + 1; j < Math.min(tokens.size(), after + 7); j++) {
          String role = role(tokens.get(j).lower());
          if (role != null) {
            addRole(m.entity(), role);
          }
          if (article.gap(j - 1, j).contains(",")) {
            break;
          }
        }
      }
    }
  }

  /**
   * A description ending at token {@code i}: a determiner or possessive, up to three modifiers and
   * a noun of role ("the Tesla CEO", "a White House spokeswoman", "the ministry").
   */
  private void description(int i) {
    List<Token> tokens = article.tokens;
    Token head = tokens.get(i);
    boolean partyMember =
        head.capitalised()
            && NameWords.PARTY_MEMBERS.contains(head.lower())
            && (i + 1 >= tokens.size() || !runs.adjacent(i) || !tokens.get(i + 1).capitalised());
    // "the letter", "the statement": a document named before; "a tweet" is no mention at all
    boolean document =
        !head.capitalised()
            && NameWords.DOCUMENT_NOUNS.contains(head.lower())
            && i > 0
            && tokens.get(i - 1).lower().equals("the");
    boolean personRole = !document && (role(head.lower()) != null || partyMember);
    boolean orgRole =
        document || (!head.capitalised() && NameWords.ORGANISATION_NOUNS.contains(head.lower()));
    if (!personRole && !orgRole) {
      return;
    }
    if (i + 1 < tokens.size()
        && tokens.get(i + 1).capitalised()
        && runs.adjacent(i)
        && at(i + 1) != null
        && at(i + 1).kind() == Kind.PERSON) {
      return; // "spokesman Dmitry Peskov": the role of a name that follows
    }
    int det = -1;
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      Token t = tokens.get(j);
      if (t.sentence() != head.sentence() || article.gap(j, j + 1).contains(",")) {
        break;
      }
      if (isDeterminer(t.lower()) || t.possessive()) {
        det = j;
        break;
      }
      if (Cues.FUNCTION_WORDS.contains(t.lower()) || Cues.isVerb(t.lower())) {
        break;
      }
    }
    if (det < 0) {
      return;
    }
    for (int j = det; j <= i; j++) {
      if (covering[j] != null && covering[j].kind() == Kind.PERSON) {
        return;
      }
    }
    String words = article.text.substring(tokens.get(det).start(), head.end());
    Entity entity = null;
    if (personRole) {
      List<Entity> people = byRole.get(role(head.lower()));
      boolean definite =
          tokens.get(det).lower().equals("the") || tokens.get(det).lower().equals("this");
      if (people != null && definite) { // "a spokeswoman" is somebody new, not the one named before
        // "the president": the person with that role the article names most
        entity = people.getFirst();
        for (Entity e : people) {
          if (e.mentions > entity.mentions) {
            entity = e;
          }
        }
      } else if (partyMember && definite) {
        entity = null; // "the Ohio Republican": refers back, resolved as a pronoun is (ANY_GENDER)
      } else if (people == null && tokens.get(det).lower().equals("the")) {
        entity = mostMentioned(); // "the Tesla CEO": the story's subject, when nobody has the role
      }
    } else if (det == i - 1 && namedAs.get(head.lower()) != null) {
      entity = namedAs.get(head.lower()); // "the group" after "a group calling itself …"
    } else {
      for (Entity org : organisations.values()) {
        if (org.name.toLowerCase(Locale.ROOT).contains(head.lower())) {
          entity = org; // "the ministry" for "the Foreign Ministry"
          break;
        }
      }
    }
    boolean definite = tokens.get(det).lower().equals("the");
    boolean refersBack = partyMember && entity == null && definite;
    // "the letter states": whoever wrote the letter named before
    boolean writtenBefore = document && definite;
    if (writtenBefore) {
      entity = null;
    }
    char gender = refersBack ? ANY_GENDER : writtenBefore ? DOCUMENT : (char) 0;
    Mention d = new Mention(Kind.DESCRIPTION, det, i, entity, words, gender);
    for (int j = det; j <= i; j++) {
      covering[j] = d;
    }
    all.add(d);
  }

  /**
   * Words that give a noun its name: "a group calling itself …", "an agency known as …" (not
   * "called", which is as often the verb: "his team called Trump an idiot").
   */
  private static final List<List<String>> NAMING =
      List.of(
          List.of("calling", "itself"),
          List.of("calls", "itself"),
          List.of("called", "itself"),
          List.of("known", "as"));

  /**
   * Finds the nouns of organisation given a name in so many words ("a group calling itself the
   * Islamic State Hacking Division", "a coalition known as …"), so that "the group" refers to it.
   */
  private void namingPhrases() {
    List<Token> tokens = article.tokens;
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token noun = tokens.get(i);
      if (noun.capitalised() || !NameWords.ORGANISATION_NOUNS.contains(noun.lower())) {
        continue;
      }
      for (List<String> words : NAMING) {
        int j = after(i + 1, words);
        if (j < 0) {
          continue;
        }
        if (j < tokens.size() && tokens.get(j).lower().equals("the")) {
          j++;
        }
        Mention name = j < tokens.size() ? covering[j] : null;
        if (name == null
            || name.first() != j
            || name.entity() == null
            || quoteMarkBefore(j) // a group known as "the Watergate Prosecutors": a term
            || name.kind() == Kind.PLACE
            || tokens.get(j).sentence() != noun.sentence()) {
          continue;
        }
        if (name.kind() != Kind.ORGANISATION) {
          // what "a group calls itself" is a group's name, however it reads ("Hacking Division")
          String called = phrase(name.first(), name.last() + 1);
          Entity org =
              organisations.computeIfAbsent(
                  called.toLowerCase(Locale.ROOT), k -> new Entity(called, false, null));
          Mention renamed =
              new Mention(
                  Kind.ORGANISATION, name.first(), name.last(), org, name.words(), (char) 0);
          all.set(all.indexOf(name), renamed);
          for (int k = name.first(); k <= name.last(); k++) {
            covering[k] = renamed;
          }
          name = renamed;
        }
        namedAs.putIfAbsent(noun.lower(), name.entity());
        break;
      }
    }
  }

  /** The token after {@code words} when they stand from token {@code from} on; -1 when not. */
  private int after(int from, List<String> words) {
    List<Token> tokens = article.tokens;
    if (from + words.size() > tokens.size()) {
      return -1;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!tokens.get(from + k).lower().equals(words.get(k))) {
        return -1;
      }
    }
    return from + words.size();
  }

  /** Whether a quote mark opens right before token {@code j}. */
  private boolean quoteMarkBefore(int j) {
    int start = article.tokens.get(j).start();
    return start > 0 && QuoteMarks.opens(article.text.charAt(start - 1));
  }

  private static boolean isDeterminer(String w) {
    return Cues.DETERMINERS.contains(w);
  }

  private void addRole(Entity e, String role) {
    if (!e.roles.contains(role)) {
      e.roles.add(role);
      byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(e);
    }
  }

  /** The role a title or noun gives: "sen" is "senator"; null when the word is no role. */
  private static String role(String w) {
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

  private static boolean skippable(String w) {
    return Cues.NOT_NAMES.contains(w) || Cues.HONORIFICS.contains(w);
  }

  private static char genderOf(String w, char otherwise) {
    return switch (w) {
      case "mr" -> 'm';
      case "mrs", "ms", "miss" -> 'f';
      default -> otherwise;
    };
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
  private Entity mostMentioned() {
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

  private void add(Mention m) {
    if (m.entity() != null) {
      m.entity().mentions++;
    }
    for (int j = m.first(); j <= m.last(); j++) {
      covering[j] = m;
    }
    all.add(m);
  }
}
