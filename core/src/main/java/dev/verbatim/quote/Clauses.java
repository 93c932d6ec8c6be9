package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.quote.Mention.Kind;
import dev.verbatim.text.TextBoundaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The grammar attribution reads in one article's sentences: subjects of verbs, noun phrases after
 * inverted cues, appositives, parentheses, possessives and clause boundaries, over the article's
 * tokens and {@link Mentions}. The {@link Construction}s ask it; it decides nothing itself.
 *
 * <p>Not thread-safe: one instance per article.
 */
final class Clauses {
  /** How far back a clause's subject is looked for: a long sentence's first words. */
  private static final int CLAUSE_WORDS = 40;

  final ArticleText article;
  final Mentions mentions;
  private final List<QuoteSpans.Span> spans;
  private Works works;

  Clauses(ArticleText article, Mentions mentions, List<QuoteSpans.Span> spans) {
    this.article = article;
    this.mentions = mentions;
    this.spans = spans;
  }

  /** The titled works the article names with their authors, read once when first asked. */
  Works works() {
    if (works == null) {
      works = new Works(this, spans);
    }
    return works;
  }

  // ---- noun phrases

  /** A subject: a mention (or unnamed words) over tokens {@code [first, last]}. */
  record Subject(Mention mention, String unnamed, int first, int last) {}

  /**
   * The subject of the verb at token {@code v}: the mention right before it (adverbs skipped),
   * before an appositive ("Seth McKee, a political scientist at …, told"), or unnamed words
   * ("officials said", "a spokeswoman says").
   */
  Subject subjectBefore(int v, int lower) {
    int j = v - 1;
    while (j >= lower && Cues.BETWEEN.contains(tok(j).lower())) {
      j--;
    }
    j = beforeParenthesis(j, lower);
    if (j < lower) {
      return null;
    }
    if (article.gap(j, j + 1).contains(",")) {
      return beforeAppositives(j, lower);
    }
    Mention m = mentions.at(j);
    if (m != null) {
      if (!m.canSpeak() || m.last() != j || mentionIsPossessive(m)) {
        return null; // "Donald Trump’s fired campaign manager": a possessive is no subject
      }
      if (m.kind() != Kind.PERSON && m.kind() != Kind.PRONOUN) {
        Subject head = headBeforePreposition(m.first(), lower);
        if (head == null) {
          head = beforeRelativeClause(m.first(), lower);
        }
        if (head != null) {
          return head;
        }
      }
      return new Subject(m, null, m.first(), m.last());
    }
    Token t = tok(j);
    String singular = t.lower().endsWith("s") ? t.lower().substring(0, t.lower().length() - 1) : "";
    boolean roleNoun = Cues.ROLE_NOUNS.contains(t.lower()) || Cues.ROLE_NOUNS.contains(singular);
    if (t.capitalised() || !roleNoun) {
      return null; // unnamed subjects are people by role: "officials said", "a spokeswoman says"
    }
    int start = j;
    for (int k = j - 1; k >= Math.max(lower, j - 3); k--) {
      Token w = tok(k);
      if (article.gap(k, k + 1).contains(",")
          || Cues.FUNCTION_WORDS.contains(w.lower())
          || Cues.isVerb(w.lower())) {
        break;
      }
      start = k;
      if (Cues.DETERMINERS.contains(w.lower()) || w.possessive()) {
        break;
      }
    }
    return new Subject(null, span(start, j), start, j);
  }

  /**
   * The head of a noun phrase whose last words are a prepositional phrase: "Ian Bremmer, founder of
   * the consultancy Eurasia Group" is Bremmer, "a spokesman for the Justice Department" a
   * spokesman. Null when the words before {@code first} are no such phrase.
   */
  private Subject headBeforePreposition(int first, int lower) {
    int k = first - 1;
    while (k >= lower && (isModifier(tok(k)) || Cues.DETERMINERS.contains(tok(k).lower()))) {
      k--;
    }
    if (k < lower || !PREPOSITIONS_IN_NAMES.contains(tok(k).lower())) {
      return null;
    }
    Mention named = mentions.at(k - 1);
    if (named != null && named.canSpeak() && named.kind() == Kind.ORGANISATION) {
      return subject(named); // "the U.S. Court of Appeals for the 3rd Circuit"
    }
    for (int j = k - 1; j >= Math.max(lower, k - 8); j--) {
      Mention m = mentions.at(j);
      if (m != null && m.canSpeak() && (m.kind() == Kind.PERSON || m.kind() == Kind.DESCRIPTION)) {
        return new Subject(m, null, m.first(), m.last());
      }
      Token t = tok(j);
      boolean glue = t.lower().equals("and") || Cues.ROLE_NOUNS.contains(t.lower());
      if (m == null
          && !glue
          && (Cues.FUNCTION_WORDS.contains(t.lower()) || Cues.isVerb(t.lower()))) {
        break;
      }
    }
    return null;
  }

  private static final Set<String> PREPOSITIONS_IN_NAMES =
      Set.of("of", "for", "at", "from", "with");

  private boolean isModifier(Token t) {
    return !t.capitalised() && !Cues.FUNCTION_WORDS.contains(t.lower()) && !Cues.isVerb(t.lower());
  }

  /**
   * The subject of the clause before token {@code k}: going back, the nearest speaking mention that
   * is not the object of a preposition or a verb and is followed by a lower-case word.
   */
  Subject clauseSubject(int k, int lower) {
    Subject found = null;
    for (int j = k - 1; j >= lower && j >= k - CLAUSE_WORDS; j--) {
      Mention m = mentions.at(j);
      if (m == null || quoted(j)) {
        continue;
      }
      j = m.first();
      String before = j > lower ? tok(j - 1).lower() : "";
      boolean object = Cues.OBJECT_MARKERS.contains(before) || Cues.isVerb(before);
      if (m.canSpeak()
          && m.kind() != Kind.PLACE
          && !object
          && !tok(m.last()).possessive()
          && m.last() + 1 < k
          && !tok(m.last() + 1).capitalised()
          && (found == null || rank(m) > rank(found.mention()))) {
        found = new Subject(m, null, m.first(), m.last());
        if (m.kind() == Kind.PERSON || m.kind() == Kind.PRONOUN) {
          return found;
        }
      }
    }
    return found;
  }

  /**
   * The subject before one or more appositives that end at token {@code j} with a comma: "Seth
   * McKee, a political scientist at Texas Tech University, told", "Her campaign manager, Robby
   * Mook, suggested", "Harry Bond, 30, of Raleigh, N.C., who was polled, said". Going back comma by
   * comma, the first person who opens a segment or stands before a comma; else the mention before
   * the nearest comma; else, when the commas were lost, the clause's first person.
   */
  private Subject beforeAppositives(int j, int lower) {
    Mention nearest = null;
    boolean first = true;
    for (int k = j; k > Math.max(lower, j - 30); k--) {
      if (!article.gap(k - 1, k).contains(",")) {
        continue;
      }
      Mention opening = mentions.at(k);
      if (opening != null
          && isPerson(opening)
          && opening.first() == k
          && !mentionIsPossessive(opening)) { // not "Tad Devine, Sanders's chief strategist, said"
        return subject(opening);
      }
      Mention before = mentions.at(beforeParenthesis(k - 1, lower));
      if (before != null && before.canSpeak()) {
        if (before.kind() == Kind.PERSON) {
          return subject(before);
        }
        // "Col. Tim Collins of the British Army, who gained prominence …, said": the person whose
        // organisation it is
        Subject head = headBeforePreposition(before.first(), lower);
        if (head != null && head.mention() != null && head.mention().kind() == Kind.PERSON) {
          return head;
        }
        if (first) {
          nearest = before;
        }
      }
      first = false;
    }
    if (nearest != null) {
      return subject(nearest);
    }
    // an appositive whose commas were lost: the first person of the clause
    return clauseSubject(j + 1, lower);
  }

  /** "Katie Packer, who is chairman of Our Principles PAC said": the person before ", who". */
  private Subject beforeRelativeClause(int first, int lower) {
    for (int k = first - 1; k > Math.max(lower, first - 12); k--) {
      String w = tok(k).lower();
      if ((w.equals("who") || w.equals("whose")) && article.gap(k - 1, k).contains(",")) {
        Mention m = mentions.at(beforeParenthesis(k - 1, lower));
        return m != null && m.kind() == Kind.PERSON ? subject(m) : null;
      }
    }
    return null;
  }

  static Subject subject(Mention m) {
    return new Subject(m, null, m.first(), m.last());
  }

  /**
   * The word before a short parenthesis that ends at token {@code j} ("Zoe Lofgren (D-Calif.)" is
   * Lofgren), or {@code j} when there is none.
   */
  private int beforeParenthesis(int j, int lower) {
    if (j < lower || j + 1 >= article.tokens.size() || !article.gap(j, j + 1).contains(")")) {
      return j;
    }
    for (int k = j; k > Math.max(lower, j - 5); k--) {
      if (article.gap(k - 1, k).contains("(")) {
        return k - 1;
      }
    }
    return j;
  }

  /** The speaker named after an inverted cue: "said Kremlin spokesman Dmitry Peskov, who …". */
  Subject nounPhraseAfter(int from, int to) {
    Subject best = null;
    int bestRank = -1;
    for (int k = from; k < Math.min(to, from + 10); k++) {
      if (k > from && best != null && article.gap(k - 1, k).contains(",")) {
        Mention appositive = mentions.at(k);
        // "said Weinstein's attorney, Benjamin Brafman": a possessive names whose the speaker is
        boolean modifier =
            best.mention() == null
                || !isPerson(best.mention())
                || mentionIsPossessive(best.mention());
        if (modifier && appositive != null && appositive.first() == k && isPerson(appositive)) {
          return subject(appositive); // "said the bureau's director, James B. Comey, on Monday"
        }
        break;
      }
      Mention m = mentions.at(k);
      if (m != null) {
        if (!m.canSpeak()) {
          if (best != null) {
            break;
          }
          k = m.last();
          continue;
        }
        int rank = rank(m);
        if (rank >= bestRank) {
          best = new Subject(m, null, m.first(), m.last());
          bestRank = rank;
        }
        k = m.last();
        continue;
      }
      Token t = tok(k);
      if (Cues.FUNCTION_WORDS.contains(t.lower()) || Cues.isVerb(t.lower())) {
        break;
      }
      String singular =
          t.lower().endsWith("s") ? t.lower().substring(0, t.lower().length() - 1) : "";
      boolean role = Cues.ROLE_NOUNS.contains(t.lower()) || Cues.ROLE_NOUNS.contains(singular);
      if (best == null && role && (k == from || Cues.DETERMINERS.contains(tok(from).lower()))) {
        best = new Subject(null, span(from, k), from, k); // "said a spokeswoman", "said officials"
        bestRank = 0;
      }
    }
    return best;
  }

  /** Longest description before the name it ends, after an inverted cue. */
  private static final int MAX_DESCRIPTION_WORDS = 16;

  /**
   * A person named at the end of a role description right after an inverted cue, longer or more
   * varied than a title: "said New York investment banker and major GOP donor Jeffrey Berenson."
   * The words from {@code from} to the clause's end (a comma, {@code to}) hold a role noun and no
   * verb, and end with a person's name; null otherwise.
   */
  Subject personEndingDescription(int from, int to) {
    Mention last = null;
    boolean role = false;
    int k = from;
    for (; k < Math.min(to, from + MAX_DESCRIPTION_WORDS); k++) {
      if (k > from && article.gap(k - 1, k).contains(",")) {
        break;
      }
      Mention m = mentions.at(k);
      if (m != null) {
        last = m;
        k = m.last();
        continue;
      }
      String w = tok(k).lower();
      if (Cues.isVerb(w) || quoted(k)) {
        return null;
      }
      role |= Cues.ROLE_NOUNS.contains(w);
      last = null; // a word after a name: the name did not end the description
    }
    boolean clauseEnded = k >= to || article.gap(k - 1, k).contains(",");
    return clauseEnded && role && last != null && last.kind() == Kind.PERSON && last.canSpeak()
        ? subject(last)
        : null;
  }

  static int rank(Mention m) {
    return switch (m.kind()) {
      case PERSON -> 4;
      case NAME -> 3;
      case ORGANISATION, DESCRIPTION -> 2;
      case PRONOUN -> 1;
      case PLACE -> 0;
    };
  }

  /**
   * The subject of the sentence {@code [from, to)}: its first speaking mention that is not the
   * object of a preposition, when a verb follows it.
   */
  Subject sentenceSubject(int from, int to) {
    int main = mainClause(from, to);
    if (main > from) {
      // "After Romney lost …, Boehner shifted his stance, saying …": the main clause's subject
      Subject s = sentenceSubject(main, to);
      if (s != null) {
        return s;
      }
    }
    for (int k = from; k < Math.min(to, from + 12); k++) {
      if (quoted(k)) {
        return null;
      }
      Mention m = mentions.at(k);
      if (m == null) {
        continue;
      }
      boolean objectOfPreposition =
          (k > from && Cues.OBJECT_MARKERS.contains(tok(k - 1).lower()))
              || Cues.OBJECT_MARKERS.contains(tok(m.first()).lower()) // "Of Carson, Levine said"
              || (m.kind() == Kind.PERSON && mentionIsPossessive(m));
      if (m.canSpeak() && !objectOfPreposition && m.first() == k) {
        m = headOfNounPhrase(m, to);
        int after = m.last() + 1;
        if (after < to && article.gap(m.last(), after).contains("(")) {
          // "Ed Rendell (D), a Clinton supporter, praised"
          int closed = afterParenthesis(after, to);
          after = closed < to ? closed : after;
        }
        if (after < to && !tok(after).capitalised() && !quoted(after)) {
          return new Subject(m, null, m.first(), m.last());
        }
        if (m.kind() == Kind.PERSON && after < to && article.gap(m.last(), after).contains(",")) {
          after =
              afterAppositive(after, to); // "Corey Lewandowski, Trump’s campaign manager, ripped"
          if (after < to && !tok(after).capitalised() && !quoted(after)) {
            return new Subject(m, null, m.first(), m.last());
          }
        }
      }
      k = m.last();
    }
    return null;
  }

  /** Words that open a subordinate clause before a sentence's main clause. */
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "after",
          "when",
          "while",
          "although",
          "though",
          "because",
          "if",
          "since",
          "before",
          "once",
          "unless",
          "until",
          "whereas",
          "whenever");

  /**
   * The first token of the main clause of {@code [from, to)} when the sentence opens with a
   * subordinate clause ("After Romney lost by a huge margin, Boehner shifted …"): the token after
   * the clause's comma; otherwise {@code from}.
   */
  int mainClause(int from, int to) {
    if (from >= to || !SUBORDINATORS.contains(tok(from).lower())) {
      return from;
    }
    for (int j = from + 2; j < Math.min(to, from + 20); j++) {
      if (quoted(j)) {
        return from;
      }
      if (article.gap(j - 1, j).contains(",")) {
        return j;
      }
    }
    return from;
  }

  boolean noCueBetween(int from, int to) {
    for (int j = from; j < to; j++) {
      if (Cues.isVerb(tok(j).lower()) && !modifiesNoun(tok(j - 1))) {
        return false;
      }
    }
    return true;
  }

  static boolean personSubject(Subject s) {
    return s != null && s.mention() != null && isPerson(s.mention());
  }

  /** Whether the quote opens its sentence: nothing but blanks between the two. */
  boolean opensSentence(QuoteSpans.Span span) {
    int open = Math.max(0, span.start() - 1);
    int start = article.sentenceStart(article.sentenceOf(open));
    return start >= open || article.text.substring(start, open).isBlank();
  }

  /** The token after the short parenthesis that token {@code k} is in, or {@code to}. */
  private int afterParenthesis(int k, int to) {
    for (int j = k; j < Math.min(to, k + 5); j++) {
      if (article.gap(j, j + 1).contains(")")) {
        return j + 1;
      }
    }
    return to;
  }

  /** The token after the comma that closes an appositive starting at {@code k}, or {@code to}. */
  int afterAppositive(int k, int to) {
    for (int j = k + 1; j < Math.min(to, k + 25); j++) {
      if (quoted(j) || (Cues.isVerb(tok(j).lower()) && !modifiesNoun(tok(j - 1)))) {
        return to;
      }
      if (article.gap(j - 1, j).contains(",")) {
        return j;
      }
    }
    return to;
  }

  /**
   * A person's possessive in the few lower-case words before the opening mark: "Romney’s “47
   * percent” comment", "Trump's controversial pledge to be “neutral”".
   */
  Subject possessiveBefore(int from, int to) {
    for (int k = to - 1; k >= Math.max(from, to - 6); k--) {
      Mention m = mentions.at(k);
      if (m != null) {
        boolean person = isPerson(m);
        return person && mentionIsPossessive(m) && !quoted(k) ? subject(m) : null;
      }
      Token t = tok(k);
      if (t.capitalised() || Cues.isVerb(t.lower()) || quoted(k)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The person a noun phrase names when a mention only modifies it: "Campaign chair Paul Manafort",
   * "Clinton top aide Huma Abedin".
   */
  Mention headOfNounPhrase(Mention m, int to) {
    int k = m.last() + 1;
    int roles = 0;
    while (k < to && roles < 3 && !tok(k).capitalised() && isRole(tok(k))) {
      k++;
      roles++;
    }
    Mention next = roles > 0 ? mentions.at(k) : null;
    return next != null && next.first() == k && next.kind() == Kind.PERSON ? next : m;
  }

  private static boolean isRole(Token t) {
    String w = t.lower();
    return Cues.ROLE_NOUNS.contains(w)
        || NameWords.LABELS.contains(w)
        || w.equals("top")
        || w.equals("chair")
        || w.equals("campaign");
  }

  private static final Set<String> ARTICLES_AND_POSSESSIVES =
      Set.of("the", "a", "an", "his", "its", "their", "our", "my", "your");

  /** Whether a word before a cue verb makes the verb an adjective: a possessive, a determiner. */
  static boolean modifiesNoun(Token before) {
    return before.possessive() || ARTICLES_AND_POSSESSIVES.contains(before.lower());
  }

  /** A person by name: in full, or a surname the article gave a full name for. */
  static boolean isPerson(Mention m) {
    return m.kind() == Kind.PERSON
        || (m.kind() == Kind.NAME && m.entity() != null && m.entity().person);
  }

  boolean mentionIsPossessive(Mention m) {
    return tok(m.last()).possessive();
  }

  /**
   * The subject of the clause reported by "told him (that) …" after the last cue of a chain: "Musk
   * told him Putin was “…”" is Putin's. Null for any other shape.
   */
  Subject toldHimThat(int from, int to) {
    int k = from;
    if (k < to && OBJECT_PRONOUNS.contains(tok(k).lower())) {
      k++;
    } else {
      return null;
    }
    if (k < to && tok(k).lower().equals("that")) {
      k++;
    }
    Mention m = k < to ? mentions.at(k) : null;
    return m != null && m.first() == k ? freePerson(k, to) : null;
  }

  /**
   * A person or organisation starting at token {@code k}, before token {@code to}, or null; the
   * person an organisation's role words lead to ("by Fox Business host Gerard Baker").
   */
  Subject agentAt(int k, int to) {
    Mention m = mentions.at(k);
    return m != null && m.first() == k && rank(m) >= 2 && !quoted(k)
        ? subject(headOfNounPhrase(m, to))
        : null;
  }

  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "me", "us", "them");

  /** A person named after the last cue of a chain, as the subject of a clause of their own. */
  private Subject freePerson(int from, int to) {
    for (int k = from; k < to; k++) {
      Mention m = mentions.at(k);
      if (m == null || quoted(k)) {
        continue;
      }
      String before = k > 0 ? tok(k - 1).lower() : "";
      if (m.kind() == Kind.PERSON
          && m.first() == k
          && !Cues.OBJECT_MARKERS.contains(before)
          && !Cues.isVerb(before)
          && !mentionIsPossessive(m)
          && m.last() + 1 < to
          && !tok(m.last() + 1).capitalised()) {
        return new Subject(m, null, m.first(), m.last());
      }
      k = m.last();
    }
    return null;
  }

  // ---- helpers

  static List<String> names(List<Subject> chain) {
    List<String> names = new ArrayList<>();
    for (Subject s : chain) {
      String name =
          s.mention() != null && s.mention().entity() != null
              ? s.mention().entity().name
              : s.mention() != null ? s.mention().words() : s.unnamed();
      if (name != null && (names.isEmpty() || !names.getLast().equals(name))) {
        names.add(name);
      }
    }
    return names;
  }

  Token tok(int i) {
    return article.tokens.get(i);
  }

  private String span(int first, int last) {
    return article.text.substring(tok(first).start(), tok(last).end());
  }

  /** The quote after {@code span} in the article, or null. */
  QuoteSpans.Span spanAfter(QuoteSpans.Span span) {
    for (QuoteSpans.Span s : spans) {
      if (s.start() > span.start()) {
        return s;
      }
    }
    return null;
  }

  /** Whether token {@code k} lies inside a quote. */
  boolean quoted(int k) {
    int at = tok(k).start();
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) { // spans are sorted and disjoint
      int mid = (lo + hi) >>> 1;
      QuoteSpans.Span s = spans.get(mid);
      if (at < s.start()) {
        hi = mid - 1;
      } else if (at >= s.end()) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the period at {@code dot} ends a sentence ({@link TextBoundaries#periodEndsSentence}).
   */
  boolean endsSentence(int dot) {
    return TextBoundaries.periodEndsSentence(article.text, dot);
  }
}
