package dev.verbatim.quote;

import static dev.verbatim.quote.Mention.ANY_GENDER;
import static dev.verbatim.quote.Mention.DOCUMENT;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.quote.Mention.Kind;
import dev.verbatim.text.QuoteMarks;
import java.util.List;
import java.util.Locale;

/**
 * The roles and descriptions of an article's {@link Mentions}, read once its names are known: the
 * roles named people are given ("pollster Peter Fenn", "Seth McKee, a political scientist"), the
 * descriptions that refer to one of them or to an organisation ("the Tesla CEO", "the ministry"),
 * and the nouns an organisation is named as ("a group calling itself …": "the group").
 */
final class Descriptions {
  private final Mentions mentions;
  private final ArticleText article;
  private final NameRuns runs;

  Descriptions(Mentions mentions, NameRuns runs) {
    this.mentions = mentions;
    this.article = mentions.article;
    this.runs = runs;
  }

  /** "pollster Peter Fenn", "Seth McKee, a political scientist at …,": roles of named people. */
  void rolesBeforeAndAfterNames() {
    List<Token> tokens = article.tokens;
    for (Mention m : List.copyOf(mentions.all)) {
      if (m.kind() != Kind.PERSON) {
        continue;
      }
      for (int j = m.first() - 1;
          j >= Math.max(0, m.first() - 3) && mentions.covering[j] == null;
          j--) {
        String role = Mentions.role(tokens.get(j).lower());
        if (role != null) {
          mentions.addRole(m.entity(), role);
        }
      }
      int after = m.last() + 1;
      if (after + 1 < tokens.size()
          && article.gap(m.last(), after).strip().equals(",")
          && isDeterminer(tokens.get(after).lower())) {
        for (int j = after + 1; j < Math.min(tokens.size(), after + 7); j++) {
          String role = Mentions.role(tokens.get(j).lower());
          if (role != null) {
            mentions.addRole(m.entity(), role);
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
  void description(int i) {
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
    boolean personRole = !document && (Mentions.role(head.lower()) != null || partyMember);
    boolean orgRole =
        document || (!head.capitalised() && NameWords.ORGANISATION_NOUNS.contains(head.lower()));
    if (!personRole && !orgRole) {
      return;
    }
    if (i + 1 < tokens.size()
        && tokens.get(i + 1).capitalised()
        && runs.adjacent(i)
        && mentions.at(i + 1) != null
        && mentions.at(i + 1).kind() == Kind.PERSON) {
      return; // "spokesman Dmitry Peskov": the role of a name that follows
    }
    int det = determinerBefore(i);
    if (det < 0) {
      return;
    }
    for (int j = det; j <= i; j++) {
      if (mentions.covering[j] != null && mentions.covering[j].kind() == Kind.PERSON) {
        return;
      }
    }
    String words = article.text.substring(tokens.get(det).start(), head.end());
    Entity entity = referent(i, det, personRole, partyMember);
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
      mentions.covering[j] = d;
    }
    mentions.all.add(d);
  }

  /**
   * The determiner or possessive that opens the description whose noun is token {@code i}, at most
   * four words before it in its sentence and clause; -1 when there is none.
   */
  private int determinerBefore(int i) {
    List<Token> tokens = article.tokens;
    Token head = tokens.get(i);
    for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
      Token t = tokens.get(j);
      if (t.sentence() != head.sentence() || article.gap(j, j + 1).contains(",")) {
        return -1;
      }
      if (isDeterminer(t.lower()) || t.possessive()) {
        return j;
      }
      if (Cues.FUNCTION_WORDS.contains(t.lower()) || Cues.isVerb(t.lower())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whom the description from token {@code det} to its noun {@code i} refers to: for a role, the
   * person most mentioned with it ("the spokeswoman"), or the story's subject when nobody has it
   * ("the Tesla CEO"); for an organisation's noun, the organisation named as it ("the group") or
   * whose name holds it ("the ministry"); null when nobody named.
   */
  private Entity referent(int i, int det, boolean personRole, boolean partyMember) {
    List<Token> tokens = article.tokens;
    Token head = tokens.get(i);
    Entity entity = null;
    if (personRole) {
      List<Entity> people = mentions.byRole.get(Mentions.role(head.lower()));
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
        // "the Tesla CEO": the story's subject, when nobody has the role
        entity = mentions.mostMentioned();
      }
    } else if (det == i - 1 && mentions.namedAs.get(head.lower()) != null) {
      entity = mentions.namedAs.get(head.lower()); // "the group" after "a group calling itself …"
    } else {
      for (Entity org : mentions.organisations.values()) {
        if (org.name.toLowerCase(Locale.ROOT).contains(head.lower())) {
          entity = org; // "the ministry" for "the Foreign Ministry"
          break;
        }
      }
    }
    return entity;
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
  void namingPhrases() {
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
        Mention name = j < tokens.size() ? mentions.covering[j] : null;
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
          String called = runs.phrase(name.first(), name.last() + 1);
          Entity org =
              mentions.organisations.computeIfAbsent(
                  called.toLowerCase(Locale.ROOT), k -> new Entity(called, false, null));
          Mention renamed =
              new Mention(
                  Kind.ORGANISATION, name.first(), name.last(), org, name.words(), (char) 0);
          mentions.all.set(mentions.all.indexOf(name), renamed);
          for (int k = name.first(); k <= name.last(); k++) {
            mentions.covering[k] = renamed;
          }
          name = renamed;
        }
        mentions.namedAs.putIfAbsent(noun.lower(), name.entity());
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
}
