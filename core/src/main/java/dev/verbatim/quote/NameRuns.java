package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.text.QuoteMarks;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the names of an article run, read from its tokens alone: the end of a run of capitalised
 * words ({@link #runEnd}), what stops one (a date, a headline's verb of saying, a gap that is no
 * single space), and the shapes a run takes that name no one who speaks (a party label, a place, an
 * event, a headline in capitals). {@link Mentions} decides who the runs name.
 */
final class NameRuns {
  private final ArticleText article;

  NameRuns(ArticleText article) {
    this.article = article;
  }

  /** The end (exclusive) of a run of capitalised words starting at {@code i}; == i if none. */
  int runEnd(int i) {
    List<Token> tokens = article.tokens;
    if (!tokens.get(i).capitalised() || dateAbbreviation(i)) {
      return i;
    }
    int end = i + 1;
    while (end < tokens.size() && !tokens.get(end - 1).possessive()) {
      Token next = tokens.get(end);
      if (dateAbbreviation(end)) {
        break; // "On Feb. 24": a date ends the run
      }
      if (titleCaseCue(end)) {
        break; // "Hillary Clinton Joked “…”", "Clinton Said That The Blame …": a headline's verb
      }
      if (next.capitalised() && adjacent(end - 1)) {
        end++;
      } else if (next.capitalised() && suffixAfterComma(end - 1)) {
        end++; // "Paul L. Howard, Jr.": the suffix belongs to the name, not a name of its own
      } else if ((NameWords.PARTICLES.contains(next.lower())
              || (next.lower().equals("of") && joinsOf(tokens.get(end - 1))))
          && end + 1 < tokens.size()
          && tokens.get(end + 1).capitalised()
          && adjacent(end - 1)
          && adjacent(end)) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether token {@code i} is a verb of saying in the past tense and in title case, as a headline
   * writes one, followed by a quote or by "That": "Clinton Joked “…”", "Clinton Said That …"; not a
   * name that is also a verb ("Edward Said wrote", "United States").
   */
  boolean titleCaseCue(int i) {
    List<Token> tokens = article.tokens;
    Token t = tokens.get(i);
    String w = t.lower();
    boolean pastTense = w.endsWith("ed") || w.equals("said") || w.equals("told");
    if (!t.capitalised()
        || !pastTense
        || t.text().equals(t.text().toUpperCase(Locale.ROOT))
        || !Cues.isVerb(w)
        || !adjacent(i - 1)) {
      return false;
    }
    String text = article.text;
    int after = t.end();
    if (after + 1 < text.length()
        && text.charAt(after) == ' '
        && QuoteMarks.opens(text.charAt(after + 1))) {
      return true;
    }
    return i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("that") && adjacent(i);
  }

  /**
   * Whether token {@code i} is a month's abbreviation before a day or a year, "on Jan. 5", "a Feb.
   * 7 op-ed", "Sept 2019": a date, never a name ("Jan Brewer" stays one).
   */
  boolean dateAbbreviation(int i) {
    Token t = article.tokens.get(i);
    if (!NameWords.MONTH_ABBREVIATIONS.contains(t.lower())) {
      return false;
    }
    String text = article.text;
    int after = t.end();
    if (after < text.length() && text.charAt(after) == '.') {
      after++;
    }
    return after + 1 < text.length()
        && text.charAt(after) == ' '
        && Character.isDigit(text.charAt(after + 1));
  }

  /** "Secretary of State", "Bank of America": "of" joins a name after a role or an institution. */
  static boolean joinsOf(Token before) {
    return Cues.ROLE_NOUNS.contains(before.lower())
        || NameWords.ORGANISATION.contains(before.lower())
        || Cues.HONORIFICS.contains(before.lower());
  }

  /** Whether token {@code i + 1} is a name suffix set off from token {@code i} by a comma. */
  boolean suffixAfterComma(int i) {
    Token a = article.tokens.get(i);
    Token b = article.tokens.get(i + 1);
    return NameWords.SUFFIXES.contains(b.lower())
        && a.sentence() == b.sentence()
        && article.text.substring(a.end(), b.start()).replace('\u00a0', ' ').equals(", ");
  }

  /** Whether token {@code i} and the next are separated by one space (or ". " after an initial). */
  boolean adjacent(int i) {
    Token a = article.tokens.get(i);
    Token b = article.tokens.get(i + 1);
    if (a.sentence() != b.sentence() && !abbreviated(a)) {
      return false;
    }
    String gap = article.text.substring(a.end(), b.start()).replace('\u00a0', ' ');
    return gap.equals(" ")
        || (gap.equals(". ") && abbreviated(a))
        || (gap.equals(".") && a.text().length() == 1);
  }

  /** Whether token {@code k} is an initial: one capital letter and a full stop ("A."). */
  boolean initial(int k) {
    Token t = article.tokens.get(k);
    return t.text().length() == 1
        && Character.isUpperCase(t.text().charAt(0))
        && article.text.startsWith(".", t.end());
  }

  static boolean abbreviated(Token t) {
    return Cues.HONORIFICS.contains(t.lower()) || t.text().length() == 1 || t.text().contains(".");
  }

  /** Whether the {@code n} tokens from {@code a} are the {@code n} tokens from {@code b}. */
  boolean sameWords(int a, int b, int n) {
    for (int i = 0; i < n; i++) {
      if (!article.tokens.get(a + i).lower().equals(article.tokens.get(b + i).lower())) {
        return false;
      }
    }
    return true;
  }

  /** Whether tokens {@code [start, nameFrom)} hold a title's "of": "Director of …". */
  boolean titleOfBefore(int start, int nameFrom) {
    for (int k = start + 1; k < nameFrom; k++) {
      if (article.tokens.get(k).lower().equals("of")
          && Mentions.isTitle(article.tokens.get(k - 1).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a name starts after a title's object ("Director of National Intelligence James Clapper",
   * "Chief of Staff Denis McDonough"): its last two words, three when the middle one is an initial
   * or the last a suffix ("Richard J. Durbin", "Paul L. Howard Jr.").
   */
  int afterTitleObject(int nameFrom, int to) {
    List<Token> tokens = article.tokens;
    int surname = surname(nameFrom, to);
    int core = surname - 1;
    if (core - 1 >= nameFrom && tokens.get(core).bare().length() == 1) {
      core--; // a middle initial
    }
    return Math.max(nameFrom, core);
  }

  static final Pattern CONTRACTION = Pattern.compile(".*['\u2019](ve|m|ll|d|re)");

  static final Pattern ADJECTIVE_COMPOUND =
      Pattern.compile(".*-(born|based|led|backed|owned|run|style|era|old|made)$");

  /**
   * Words that are never a name whatever their case: numbers ("Seventy-seven", "Seventeen-year-
   * old"), compounds of adjectives ("US-born") or of many words ("I’m-ready-for-the-…"), and the
   * plural of a party or nationality label ("Americans", "Republicans").
   */
  static boolean notAName(String w) {
    int hyphen = w.indexOf('-');
    if (CONTRACTION.matcher(w).matches()) {
      return true; // "I’ve", "We'll": a pronoun and a verb
    }
    if (hyphen < 0) {
      return NameWords.NUMBERS.contains(w)
          || (w.endsWith("s") && NameWords.LABELS.contains(w.substring(0, w.length() - 1)));
    }
    return NameWords.NUMBERS.contains(w.substring(0, hyphen))
        || ADJECTIVE_COMPOUND.matcher(w).matches()
        || w.chars().filter(c -> c == '-').count() > 2;
  }

  /** "R-Wis", "D-N.Y": a party and a state. */
  static boolean partyLabel(Token t) {
    String w = t.text();
    return w.length() > 2 && "RDI".indexOf(w.charAt(0)) >= 0 && w.charAt(1) == '-';
  }

  /** Whether token {@code i} sits in a short parenthesis: "(D-N.Y.)", "(R)". */
  boolean insideParentheses(int i) {
    String text = article.text;
    int at = article.tokens.get(i).start();
    int open = -1;
    for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
      if (text.charAt(k) == '(') {
        open = k;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    int close = text.indexOf(')', at);
    return (close > 0 && close - open < 14 && text.indexOf('(', open + 1) < 0)
        || (close > 0 && close - open < 14 && text.indexOf('(', open + 1) > close);
  }

  /**
   * Whether tokens {@code [start, to)} describe a member of a party by place and party ("Ohio
   * Republican", "New York Democrat"), which is no name.
   */
  boolean partyMember(int start, int to) {
    List<Token> tokens = article.tokens;
    if (to - start < 2 || !NameWords.PARTY_MEMBERS.contains(tokens.get(to - 1).lower())) {
      return false;
    }
    String place = article.text.substring(tokens.get(start).start(), tokens.get(to - 2).end());
    return NameWords.PLACES.contains(place.toLowerCase(Locale.ROOT));
  }

  /** Whether a run names a place, a building, an event or a law ("the Grand Hotel"). */
  boolean neverSpeaks(int from, int start, int to) {
    List<Token> tokens = article.tokens;
    String last = tokens.get(to - 1).bare().toLowerCase(Locale.ROOT);
    boolean afterThe =
        (start > from && tokens.get(from).lower().equals("the"))
            || (from > 0 && tokens.get(from - 1).lower().equals("the"));
    return NameWords.NEVER_SPEAK.contains(last)
        || (afterThe && NameWords.NEVER_SPEAK_AFTER_THE.contains(last));
  }

  /**
   * Whether a run ending in a noun of role is a description ("The Tesla CEO", "the Kremlin
   * Spokesman"), not a name that happens to end in one ("Charlie King"): a determiner before it, or
   * the role in capitals.
   */
  boolean describedRun(int from, int start, int to) {
    List<Token> tokens = article.tokens;
    if (start > from || allCaps(to - 1, to)) {
      return true;
    }
    if (from == 0) {
      return false;
    }
    Token before = tokens.get(from - 1);
    return Cues.DETERMINERS.contains(before.lower()) || before.possessive();
  }

  boolean allCaps(int from, int to) {
    for (int k = from; k < to; k++) {
      String t = article.tokens.get(k).text();
      if (t.length() < 2 || !t.equals(t.toUpperCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The token of the surname of the name in tokens {@code [from, to)}: its last word that is not a
   * suffix ("Bozell" in "Brent Bozell III"), or its first word.
   */
  int surname(int from, int to) {
    int last = to - 1;
    while (last > from && NameWords.SUFFIXES.contains(article.tokens.get(last).lower())) {
      last--;
    }
    return last;
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
    if (to - 1 > from && suffixAfterComma(to - 2)) {
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

  /** Honorifics and words that are never names, which a name's run may begin with. */
  static boolean skippable(String w) {
    return Cues.NOT_NAMES.contains(w) || Cues.HONORIFICS.contains(w);
  }

  /** The gender an honorific gives ("Mr.", "Mrs."), else {@code otherwise}. */
  static char genderOf(String w, char otherwise) {
    return switch (w) {
      case "mr" -> 'm';
      case "mrs", "ms", "miss" -> 'f';
      default -> otherwise;
    };
  }
}
