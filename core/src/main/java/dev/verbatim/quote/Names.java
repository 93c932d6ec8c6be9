package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.quote.Mention.Kind;
import dev.verbatim.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who a run of capitalised words names, for {@link Mentions}: a run of two or more words is a
 * person's full name, an organisation, a place, or a headline to pass over ({@link #fullName}); a
 * single word is resolved against the full names the article wrote, else kept as a name it never
 * explains ({@link #shortName}).
 */
final class Names {
  private final Mentions mentions;
  private final ArticleText article;
  private final NameRuns runs;

  Names(Mentions mentions, NameRuns runs) {
    this.mentions = mentions;
    this.article = mentions.article;
    this.runs = runs;
  }

  /** What a step of reading a run decided. */
  private enum Read {
    /** The run is registered, or names no one: nothing more to read. */
    DONE,
    /** The run is a single name, to resolve against the full names ({@link #shortName}). */
    SINGLE,
    /** Read on. */
    ON
  }

  /**
   * A run of name words as {@link #fullName} narrows it: {@code [from, to)} the run, {@code start}
   * its first word after honorifics and words that are never names, {@code nameFrom} its first word
   * after titles; the gender its honorifics give.
   */
  private static final class Run {
    int from;
    int to;
    int start;
    int nameFrom;
    char gender;

    Run(int from, int to) {
      this.from = from;
      this.to = to;
    }
  }

  /** Registers a run of two or more name words; false when the run is a single name to resolve. */
  boolean fullName(int from, int to) {
    Run r = new Run(from, to);
    Read read = trim(r);
    if (read == Read.ON) {
      read = leadingWords(r);
    }
    if (read == Read.ON) {
      read = placeOrOrganisation(r, titles(r));
    }
    if (read == Read.ON) {
      read = notAPerson(r);
    }
    if (read == Read.ON) {
      person(r);
      read = Read.DONE;
    }
    return read != Read.SINGLE;
  }

  /**
   * Trims what a run of names carries that is no name (a caption's label, a link's text written
   * twice, a sentence's capitalised first word, a day), or passes over a photo credit and a party
   * label.
   */
  private Read trim(Run r) {
    List<Token> tokens = article.tokens;
    if (r.to < tokens.size()
        && article.gap(r.to - 1, r.to).equals("/")
        && tokens.get(r.to).capitalised()) {
      return Read.DONE; // "Chip Somodevilla/Getty": a photo credit names no one in the story
    }
    for (int k = r.to - 1; k >= r.from; k--) {
      if (NameWords.FURNITURE.contains(tokens.get(k).lower())) {
        r.from = k + 1; // "AP Photos Paul", "WATCHED Obama": a caption or label run into a name
        break;
      }
    }
    for (int n = (r.to - r.from) / 2; n >= 2; n--) {
      if (runs.sameWords(r.to - 2 * n, r.to - n, n)) {
        r.from = r.to - n; // "Sen. Nancy Pelosi Nancy Pelosi": a scraped link and its text
        break;
      }
    }
    if (r.to - r.from == 1) {
      return Read.SINGLE;
    }
    if (r.from == r.to) {
      return Read.DONE;
    }
    if (r.to - r.from > 1 && sentenceInitialCommonWord(r.from)) {
      r.from++; // "Reading from a prepared text, Ben Carson", "Debating Clinton"
    }
    while (r.to - r.from > 1 && NameWords.TIME_WORDS.contains(tokens.get(r.to - 1).lower())) {
      r.to--; // "told MSNBC Monday"
    }
    if (runs.insideParentheses(r.from) || NameRuns.partyLabel(tokens.get(r.from))) {
      return Read.DONE; // "(D-Calif.)", "R-Wis.": a party label, not a name
    }
    return Read.ON;
  }

  /**
   * Skips the honorifics and words that are never names before a name, and the place before a name
   * after "Ambassador to"; passes over a description ("The Tesla CEO", "the Ohio Republican"), read
   * later.
   */
  private Read leadingWords(Run r) {
    List<Token> tokens = article.tokens;
    r.start = r.from;
    while (r.start < r.to
        && (NameRuns.skippable(tokens.get(r.start).lower())
            || NameRuns.notAName(tokens.get(r.start).lower()))) {
      r.gender = NameRuns.genderOf(tokens.get(r.start).lower(), r.gender);
      r.start++;
    }
    if (r.start == r.to
        || (Mentions.role(tokens.get(r.to - 1).lower()) != null
            && runs.describedRun(r.from, r.start, r.to))) {
      return Read.DONE; // "The Tesla CEO": a description, read later
    }
    if (runs.partyMember(r.start, r.to)) {
      return Read.DONE; // "Illinois Democrat", "the Ohio Republican": a description, read later
    }
    boolean institution = false;
    for (int k = r.start; k < r.to; k++) {
      institution |= NameWords.ORGANISATION.contains(tokens.get(k).lower());
    }
    while (r.to - r.start > 2
        && !institution
        && NameWords.PLACES.contains(tokens.get(r.start).bare().toLowerCase(Locale.ROOT))) {
      r.start++; // "Germany Andrij Melnyk" after "Ambassador to"
    }
    return Read.ON;
  }

  /**
   * Where the name starts after its titles ({@code r.nameFrom}), and whether the run is an
   * institution of something ("Illinois Board of Elections"), whose "of" is no title's.
   */
  private boolean titles(Run r) {
    List<Token> tokens = article.tokens;
    // a word before the name's suffixes is its surname even when it is also a title: "Angus S.
    // King Jr.", "Martin Luther King III"
    int surname = runs.surname(r.start, r.to);
    int lastTitle = -1;
    for (int k = r.start; k < r.to - 1; k++) {
      String w = tokens.get(k).lower();
      if (k < surname && (Mentions.isTitle(w) || w.equals("of") || NameWords.LABELS.contains(w))) {
        lastTitle = k;
      }
      r.gender = NameRuns.genderOf(w, r.gender);
    }
    r.nameFrom = lastTitle + 1 > r.start ? lastTitle + 1 : r.start;
    boolean institution =
        lastTitle > r.start
            && tokens.get(lastTitle).lower().equals("of")
            && NameWords.ORGANISATION.contains(tokens.get(lastTitle - 1).lower());
    if (institution) {
      r.nameFrom = r.start; // "Illinois Board of Elections": an institution, not a title
    }
    return institution;
  }

  /** Registers the run as an organisation or a place when it is one. */
  private Read placeOrOrganisation(Run r, boolean institution) {
    List<Token> tokens = article.tokens;
    boolean organisation = institution;
    for (int k = r.nameFrom; k < r.to; k++) {
      organisation |= NameWords.isOrganisationWord(tokens.get(k).lower());
    }
    String whole = runs.phrase(r.from, r.to);
    if (organisation
        && NameWords.PLACES.contains(runs.phrase(r.start, r.to).toLowerCase(Locale.ROOT))) {
      // "Capitol Hill": a place whose last word an organisation may end with ("The Hill")
      mentions.add(new Mention(Kind.PLACE, r.from, r.to - 1, null, whole, (char) 0));
      return Read.DONE;
    }
    if (organisation) {
      // "CEO of Washington Restaurant Association": the title stays out of the organisation
      boolean titled = r.nameFrom > r.start && tokens.get(r.nameFrom - 1).lower().equals("of");
      mentions.organisation(titled ? r.nameFrom : r.start, r.to);
      return Read.DONE;
    }
    String phrase = runs.phrase(r.start, r.to).toLowerCase(Locale.ROOT);
    String namePhrase = runs.phrase(r.nameFrom, r.to).toLowerCase(Locale.ROOT);
    if (NameWords.PLACES.contains(phrase)
        || NameWords.PLACES.contains(namePhrase)
        || runs.neverSpeaks(r.from, r.start, r.to)) {
      mentions.add(new Mention(Kind.PLACE, r.from, r.to - 1, null, whole, (char) 0));
      return Read.DONE;
    }
    return Read.ON;
  }

  /**
   * Whether what is left after the titles is one word (a single name to resolve), a thing "the"
   * names (an organisation), or no name at all (a headline or a sentence in title case).
   */
  private Read notAPerson(Run r) {
    List<Token> tokens = article.tokens;
    int nameWords = r.to - r.nameFrom;
    if (nameWords == 1) {
      return Read.SINGLE;
    }
    if (r.nameFrom == r.start && r.from > 0 && tokens.get(r.from - 1).text().equals("the")) {
      mentions.organisation(r.start, r.to); // "the Grand Ole Opry": no person is "the" anybody
      return Read.DONE;
    }
    for (int k = r.nameFrom; k < r.to; k++) {
      String w = tokens.get(k).lower();
      if (runs.initial(k)) {
        continue; // "Peter A. Brown": an initial, not the article "a"
      }
      if (Cues.NOT_NAMES.contains(w) || Cues.isVerb(w) || NameRuns.notAName(w)) {
        return Read.DONE; // a headline or a sentence in title case, not a name
      }
    }
    if (nameWords > 4 || runs.allCaps(r.nameFrom, r.to)) {
      return Read.DONE;
    }
    return Read.ON;
  }

  /** Registers the run as a person's name, with the roles its titles give. */
  private void person(Run r) {
    List<Token> tokens = article.tokens;
    while (r.to - r.nameFrom > 2
        && tokens.get(r.nameFrom).bare().equalsIgnoreCase(tokens.get(r.to - 1).bare())) {
      r.nameFrom++; // "Trump Donald John Trump": a surname written twice by a scraped link
    }
    if (runs.titleOfBefore(r.start, r.nameFrom)) {
      r.nameFrom = runs.afterTitleObject(r.nameFrom, r.to); // "Chief of Staff Denis McDonough"
    }
    Entity person = mentions.person(r.nameFrom, r.to, r.start > r.from || r.nameFrom > r.start);
    if (r.gender != 0 && person.gender == 0) {
      person.gender = r.gender;
    }
    for (int k = r.start; k < r.nameFrom; k++) {
      String role = Mentions.role(tokens.get(k).lower());
      if (role != null) {
        mentions.addRole(person, role);
      }
    }
    mentions.add(
        new Mention(
            Kind.PERSON, r.from, r.to - 1, person, runs.phrase(r.from, r.to), person.gender));
  }

  /**
   * Whether the article writes {@code w} as a word of a full name ("Ban" of "Ban Ki-moon"): then a
   * common word is a name here ("Critics say" is not, "Ban said" is).
   */
  boolean namePart(String w) {
    return mentions.bySurname.containsKey(w) || mentions.byFirstName.containsKey(w);
  }

  /**
   * Whether token {@code i} opens its sentence and is a common word the article also writes in
   * lower case ("Reading", "Audiences"): capitalised by position, not a name.
   */
  boolean sentenceInitialCommonWord(int i) {
    Token t = article.tokens.get(i);
    if (article.sentenceStart(t.sentence()) != t.start()) {
      return false;
    }
    String w = t.lower();
    boolean adverbOrParticiple =
        w.length() > 5 && (w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing"));
    return mentions.lowerCaseWords.contains(w)
        || (adverbOrParticiple && !mentions.bySurname.containsKey(w));
  }

  /** A single capitalised word (after honorifics and titles): resolved against the full names. */
  void shortName(int from, int to) {
    List<Token> tokens = article.tokens;
    if (runs.insideParentheses(from) || NameRuns.partyLabel(tokens.get(from))) {
      return;
    }
    char gender = 0;
    boolean titled = false;
    for (int k = from; k < to - 1; k++) {
      String w = tokens.get(k).lower();
      gender = NameRuns.genderOf(w, gender);
      titled |= Mentions.isTitle(w);
    }
    Token word = tokens.get(to - 1);
    String w = word.bare().toLowerCase(Locale.ROOT);
    if (!namesAnyone(w, titled, from, to)) {
      return;
    }
    Entity entity = known(w, gender, titled);
    if (entity == null && NameWords.PLACES.contains(w)) {
      mentions.add(new Mention(Kind.PLACE, from, to - 1, null, word.text(), (char) 0));
      return;
    }
    if (entity == null && NameWords.isOrganisationWord(w)) {
      mentions.organisation(to - 1, to);
      return;
    }
    if (entity == null && titled) {
      entity = new Entity(word.bare(), true, null);
      mentions.bySurname.computeIfAbsent(w, x -> new ArrayList<>()).add(entity);
    }
    Kind kind = Kind.PERSON;
    if (entity == null) {
      String name = word.bare();
      if (runs.allCaps(to - 1, to) && name.length() > 5) {
        return; // an acronym of a headline or a shout, not a name
      }
      entity = unexplained(w, name);
      kind = Kind.NAME;
    }
    if (gender != 0 && entity.gender == 0) {
      entity.gender = gender;
    }
    for (int j = from; j < to - 1; j++) {
      String role = Mentions.role(tokens.get(j).lower());
      if (role != null) {
        mentions.addRole(entity, role);
      }
    }
    mentions.add(new Mention(kind, from, to - 1, entity, runs.phrase(from, to), entity.gender));
  }

  /**
   * Whether the single word {@code w} (the last of tokens {@code [from, to)}) may name someone: not
   * a caption's word, a title, a verb, a label or a common word, unless the article wrote it in a
   * full name ("Cuban" in an article about Mark Cuban).
   */
  private boolean namesAnyone(String w, boolean titled, int from, int to) {
    if (NameWords.FURNITURE.contains(w)) {
      return false; // "Advertisement", "Photos"
    }
    if (mentions.bySurname.containsKey(w)) {
      return true;
    }
    return !(NameRuns.notAName(w)
        || Cues.NOT_NAMES.contains(w)
        || Mentions.isTitle(w)
        || Cues.isVerb(w)
        || NameWords.LABELS.contains(w)
        || NameWords.SUFFIXES.contains(w) // "Harris, Jr.": a suffix alone names no one
        || (WordList.COMMON_WORDS.contains(w) && !titled && !namePart(w))
        || (to - 1 == from && sentenceInitialCommonWord(from)));
  }

  /**
   * The person the article named in full whose surname (the one of {@code gender} first) or, with
   * no title, first name {@code w} is; null when none.
   */
  private Entity known(String w, char gender, boolean titled) {
    List<Entity> people = mentions.bySurname.get(w);
    if (people != null) {
      for (Entity e : people) {
        if (gender != 0 && e.gender == gender) {
          return e;
        }
      }
      return people.getFirst();
    }
    return titled ? null : mentions.byFirstName.get(w);
  }

  /** The entity of a capitalised word the article never explains, one per word. */
  private Entity unexplained(String w, String name) {
    return mentions.unexplained.computeIfAbsent(
        w,
        x -> {
          Entity e = new Entity(name, false, null);
          e.unexplained = true;
          return e;
        });
  }
}
