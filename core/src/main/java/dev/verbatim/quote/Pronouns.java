package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.quote.Clauses.Subject;
import dev.verbatim.quote.Mention.Kind;
import java.util.HashMap;
import java.util.Map;

/**
 * Who a pronoun subject ("he said", "she told") refers to, from the article so far: a person named
 * before it in its sentence, else whoever spoke in the sentences before, else the people named
 * there. It learns who spoke as quotes are attributed in text order ({@link #spoke}).
 *
 * <p>Not thread-safe: one instance per article, used in text order.
 */
final class Pronouns {
  private final Clauses clauses;
  private final Map<Integer, Entity> speakerBySentence = new HashMap<>();

  private final DocumentAuthors documents;

  Pronouns(Clauses clauses) {
    this.clauses = clauses;
    this.documents = new DocumentAuthors(clauses, this);
  }

  /**
   * Whom a mention that names nobody itself stands for: a pronoun's or a description's antecedent
   * ({@link #resolvePronoun}), or a document's author ("the letter states": {@link
   * DocumentAuthors}).
   */
  Entity resolve(Mention m) {
    return m.document() ? documents.authorOf(m) : resolvePronoun(m);
  }

  /** Records that a quote in sentence {@code sentence} was attributed to {@code speaker}. */
  void spoke(int sentence, Entity speaker) {
    if (speaker != null) {
      speakerBySentence.put(sentence, speaker);
    }
  }

  /** Whether a quote before was attributed to {@code speaker}. */
  boolean hasSpoken(Entity speaker) {
    return speakerBySentence.containsValue(speaker);
  }

  /**
   * The person a pronoun refers to: in its own sentence, a person named before it; else, sentence
   * by sentence backwards, whoever spoke there, then the people named there, first the subject; the
   * first whose pronouns agree.
   */
  Entity resolvePronoun(Mention pronoun) {
    return resolvePronoun(pronoun, 0);
  }

  private Entity resolvePronoun(Mention pronoun, int depth) {
    int sentence = clauses.tok(pronoun.first()).sentence();
    int stopParagraph = clauses.tok(pronoun.first()).paragraph() - 2;
    Entity unexplained = null;
    Entity inSentence = inOwnSentence(pronoun, depth);
    if (inSentence != null) {
      return agree(inSentence, pronoun.gender());
    }
    int paragraph = clauses.tok(pronoun.first()).paragraph();
    boolean paragraphBeforeRead = false;
    for (int k = pronoun.first() - 1; k >= 0; k--) {
      Token t = clauses.tok(k);
      if (t.paragraph() < stopParagraph) {
        break;
      }
      if (t.sentence() == sentence) {
        continue;
      }
      if (!paragraphBeforeRead && t.paragraph() == paragraph - 1) {
        // the paragraph before: the person it reports speaking is the one a pronoun opening this
        // paragraph's speech refers to, before anyone named after ("McConnell led the charge,
        // saying … Kassig was executed. ¶ “…,” he said" is McConnell's)
        paragraphBeforeRead = true;
        Entity reporter = reporter(t.paragraph(), k + 1, pronoun.gender(), depth);
        if (reporter != null) {
          return agree(reporter, pronoun.gender());
        }
      }
      int s = t.sentence();
      int start = k;
      while (start > 0 && clauses.tok(start - 1).sentence() == s) {
        start--;
      }
      Entity spoke = speakerBySentence.get(s);
      if (spoke != null && compatible(spoke, pronoun.gender())) {
        return agree(spoke, pronoun.gender());
      }
      Entity e = firstPerson(start, k + 1, pronoun.gender(), depth);
      if (e != null && !e.unexplained) {
        return agree(e, pronoun.gender());
      }
      if (unexplained == null) {
        unexplained = e; // "They send Westerners back home": a named person further back wins
      }
      k = start;
    }
    return unexplained == null ? null : agree(unexplained, pronoun.gender());
  }

  /**
   * "Cross said he …": the nearest person before the pronoun in its own sentence who is no object
   * of a verb or preposition; never for a description, which refers to someone named before its
   * sentence, not to a name beside it ("…, Channing D. Phillips - the Utah Republican asks").
   */
  private Entity inOwnSentence(Mention pronoun, int depth) {
    int sentence = clauses.tok(pronoun.first()).sentence();
    int own = pronoun.gender() == Mention.ANY_GENDER ? -1 : sentence;
    for (int k = pronoun.first() - 1; k >= 0 && clauses.tok(k).sentence() == own; k--) {
      Mention m = clauses.mentions.at(k);
      if (m == null || clauses.quoted(k)) {
        continue;
      }
      k = m.first();
      String before =
          k > 0 && clauses.tok(k - 1).sentence() == sentence ? clauses.tok(k - 1).lower() : "";
      boolean object = Cues.OBJECT_MARKERS.contains(before) || Cues.isVerb(before);
      Entity e = object ? null : antecedent(m, pronoun.gender(), depth);
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  /**
   * The person paragraph {@code p} (its tokens up to {@code to}) reports speaking, when no quote
   * there was attributed: the last subject of a verb of saying ("argued", "told", "saying …"), a
   * pronoun of {@code gender} can refer to; null when the paragraph reports nobody, or a quote of
   * it was attributed (who spoke there answers then).
   */
  private Entity reporter(int p, int to, char gender, int depth) {
    int from = to - 1;
    while (from > 0 && clauses.tok(from - 1).paragraph() == p) {
      from--;
    }
    int lastFrom = to - 1;
    while (lastFrom > from
        && clauses.tok(lastFrom - 1).sentence() == clauses.tok(to - 1).sentence()) {
      lastFrom--;
    }
    Subject last = clauses.sentenceSubject(lastFrom, to);
    if (last != null && last.mention() != null && !passive(last.last() + 1, to)) {
      // "… Cronin worries that …. ¶ “…,” she says": the paragraph's last subject, an agent, is
      // nearer than anyone reported speaking before it; only a patient ("Kassig was executed")
      // gives way
      return null;
    }
    Entity found = null;
    for (int v = from; v < to; v++) {
      Token t = clauses.tok(v);
      if (speakerBySentence.containsKey(t.sentence())) {
        return null;
      }
      if (clauses.quoted(v) || !Cues.isVerb(t.lower())) {
        continue;
      }
      int sentenceFrom = v;
      while (sentenceFrom > from && clauses.tok(sentenceFrom - 1).sentence() == t.sentence()) {
        sentenceFrom--;
      }
      int sentenceTo = v;
      while (sentenceTo < to && clauses.tok(sentenceTo).sentence() == t.sentence()) {
        sentenceTo++;
      }
      // the subject of the sentence's verb of saying, or of its main clause for a participle
      // ("McConnell led the charge, saying …"); after the verb when it is inverted ("…, said Sen.
      // Mary Landrieu"); the sentence's subject, not the nearest name, when a long appositive
      // stands between ("Anthony Fauci, director of the Institute of Allergy and Infectious
      // Diseases told")
      Subject s =
          v > sentenceFrom
                  && !t.lower().endsWith("ing")
                  && clauses.article.gap(v - 1, v).contains(",")
              ? clauses.nounPhraseAfter(v + 1, sentenceTo)
              : clauses.sentenceSubject(sentenceFrom, v);
      // a person the article names as one, not a capitalised phrase that may be anything
      boolean person =
          s != null
              && s.mention() != null
              && (s.mention().kind() == Kind.PERSON || s.mention().kind() == Kind.DESCRIPTION);
      Entity e = person ? antecedent(s.mention(), gender, depth) : null;
      if (e != null && !e.unexplained) {
        found = e;
      }
    }
    return found;
  }

  /** Whether the verb at token {@code k} is passive: "was executed", "were killed", "is taken". */
  private boolean passive(int k, int to) {
    if (k + 1 >= to) {
      return false;
    }
    String be = clauses.tok(k).lower();
    String participle = clauses.tok(k + 1).lower();
    boolean auxiliary =
        be.equals("was")
            || be.equals("were")
            || be.equals("is")
            || be.equals("are")
            || be.equals("been");
    return auxiliary && (participle.endsWith("ed") || participle.endsWith("en"));
  }

  /**
   * The first person of tokens {@code [from, to)} a pronoun of {@code gender} can refer to; a
   * capitalised word the article never explains ("Westerners") only when no named person agrees.
   */
  private Entity firstPerson(int from, int to, char gender, int depth) {
    int main = clauses.mainClause(from, to);
    if (main > from) {
      Entity e = firstPerson(main, to, gender, depth);
      if (e != null && !e.unexplained) {
        return e; // the main clause's subject before a person in the clause ahead of it
      }
    }
    Entity unexplained = null;
    Entity object = null;
    for (int k = from; k < to; k++) {
      Mention m = clauses.mentions.at(k);
      if (m != null && !clauses.quoted(k)) {
        m = clauses.headOfNounPhrase(m, to); // "San Diego chapter president Luis Osuna" is Osuna
        Entity e = antecedent(m, gender, depth);
        boolean ofPreposition =
            m.first() > from && Cues.OBJECT_MARKERS.contains(clauses.tok(m.first() - 1).lower());
        if (e != null && !e.unexplained && ofPreposition) {
          // "one of the proponents of Common Core, Jeb Bush, is …": a preposition's object only
          // when nobody else in the clause agrees
          if (object == null) {
            object = e;
          }
        } else if (e != null && !e.unexplained) {
          return e;
        }
        if (unexplained == null && (e == null || e.unexplained)) {
          unexplained = e;
        }
        k = m.last();
      }
    }
    return object != null ? object : unexplained;
  }

  /**
   * The person a mention can be the antecedent of a pronoun as: a name or a resolved description
   * (not a possessive: "she believed Northam's record" is not about Northam speaking), or, for a
   * pronoun of the same gender, whoever that pronoun refers to ("she said she believed …").
   */
  private Entity antecedent(Mention m, char gender, int depth) {
    if (m.kind() == Kind.PRONOUN) {
      return (m.gender() == gender || gender == Mention.ANY_GENDER) && depth < 3
          ? resolvePronoun(m, depth + 1)
          : null;
    }
    boolean named =
        m.kind() == Kind.PERSON
            || m.kind() == Kind.NAME
            || (m.kind() == Kind.DESCRIPTION && m.entity() != null && m.entity().person);
    if (!named || m.entity() == null || clauses.mentionIsPossessive(m)) {
      return null;
    }
    return compatible(m.entity(), gender) ? m.entity() : null;
  }

  private static boolean compatible(Entity e, char gender) {
    return (e.person || e.unexplained)
        && (e.gender == 0 || e.gender == gender || gender == Mention.ANY_GENDER);
  }

  private static Entity agree(Entity e, char gender) {
    if (e.gender == 0 && gender != Mention.ANY_GENDER) {
      e.gender = gender;
    }
    return e;
  }
}
