package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.quote.Clauses.Subject;
import dev.verbatim.quote.Mention.Kind;
import java.util.Set;

/**
 * Who a document speaks for: "the letter states" after "Rubeo then wrote a letter" is Rubeo's; "the
 * statement said" after "a statement from the ministry" the ministry's; "the authors wrote" after
 * "the NRC report" the National Research Council's. Going back from a definite description of a
 * document ({@link Mention#DOCUMENT}), the nearest document the article named before, and its
 * author as the words around it give one: "from" or "by" someone after it ("a response from
 * Orinthia Dias"), someone's name right before it ("the NRC report", "Department of Education
 * guidance", "Mr Hollande's statement"), or the subject of a verb that made it ("Rubeo then wrote a
 * letter"). None of them: nobody, rather than a guess.
 */
final class DocumentAuthors {
  /** Verbs that make a document: their subject wrote it. */
  private static final Set<String> MAKING =
      Set.of(
          "wrote",
          "written",
          "sent",
          "issued",
          "released",
          "published",
          "filed",
          "posted",
          "signed",
          "drafted",
          "submitted",
          "produced",
          "authored",
          "put",
          "launched");

  /** Nouns of a body a person heads, written as that person's: "Mr Hollande's office". */
  private static final Set<String> OFFICES = Set.of("office", "campaign", "team", "lawyers");

  /** How many paragraphs back a document is looked for. */
  private static final int PARAGRAPHS_BACK = 3;

  private final Clauses clauses;
  private final Pronouns pronouns;

  DocumentAuthors(Clauses clauses, Pronouns pronouns) {
    this.clauses = clauses;
    this.pronouns = pronouns;
  }

  /** The author of the document {@code reference} refers back to, or null. */
  Entity authorOf(Mention reference) {
    int paragraph = clauses.tok(reference.first()).paragraph();
    for (int d = reference.first() - 1; d >= 0; d--) {
      Token t = clauses.tok(d);
      if (t.paragraph() < paragraph - PARAGRAPHS_BACK) {
        return null;
      }
      if (clauses.quoted(d) || !NameWords.DOCUMENT_NOUNS.contains(t.lower())) {
        continue;
      }
      Mention covering = clauses.mentions.at(d);
      if (covering != null && covering.document()) {
        continue; // another "the letter": look further back for the letter itself
      }
      return author(d);
    }
    return null;
  }

  /** The author the words around the document noun at token {@code d} give, or null. */
  private Entity author(int d) {
    // "a response from Orinthia Dias", "a statement from Mr Hollande's office"
    int k = d + 1;
    if (k < clauses.article.tokens.size()
        && (clauses.tok(k).lower().equals("from") || clauses.tok(k).lower().equals("by"))) {
      k++;
      while (k < clauses.article.tokens.size()
          && Cues.DETERMINERS.contains(clauses.tok(k).lower())) {
        k++;
      }
      Entity from = named(k);
      if (from != null) {
        return from;
      }
    }
    // "the NRC report", "Department of Education guidance", "Rubeo's letter"
    int j = d - 1;
    while (j >= 0 && !clauses.tok(j).capitalised() && isModifier(clauses.tok(j).lower())) {
      j--;
    }
    Mention before = j >= 0 ? clauses.mentions.nameEndingAt(j) : null;
    if (before != null && before.canSpeak()) {
      Entity e = entityOf(before);
      if (e != null) {
        return e;
      }
    }
    if (before == null && j >= 0) {
      Entity acronym = clauses.mentions.expandAcronym(clauses.tok(j).text()); // "the NRC report"
      if (acronym != null) {
        return acronym;
      }
    }
    // "Rubeo then wrote a letter": the subject of the verb that made it
    int v = j;
    while (v >= 0 && Cues.DETERMINERS.contains(clauses.tok(v).lower())) {
      v--;
    }
    if (v >= 0 && MAKING.contains(clauses.tok(v).lower())) {
      int sentenceFrom = v;
      while (sentenceFrom > 0
          && clauses.tok(sentenceFrom - 1).sentence() == clauses.tok(v).sentence()) {
        sentenceFrom--;
      }
      Subject s = clauses.subjectBefore(v, sentenceFrom);
      if (s != null && s.mention() != null) {
        return entityOf(s.mention());
      }
    }
    return null;
  }

  /** The person or organisation named at token {@code k}, "X's office" as a body of its own. */
  private Entity named(int k) {
    Mention m = k < clauses.article.tokens.size() ? clauses.mentions.at(k) : null;
    if (m == null || m.first() != k || !m.canSpeak()) {
      return null;
    }
    Entity e = entityOf(m);
    int after = m.last() + 1;
    if (e != null
        && e.person
        && clauses.mentionIsPossessive(m)
        && after < clauses.article.tokens.size()
        && OFFICES.contains(clauses.tok(after).lower())) {
      return new Entity(e.name + "'s " + clauses.tok(after).lower(), false, null);
    }
    return e;
  }

  private Entity entityOf(Mention m) {
    if (m.kind() == Kind.PRONOUN) {
      return pronouns.resolvePronoun(m);
    }
    if (m.entity() == null || m.kind() == Kind.PLACE || m.document()) {
      return null;
    }
    Entity expanded = clauses.mentions.expandAcronym(m.words());
    return expanded != null ? expanded : m.entity();
  }

  private static boolean isModifier(String w) {
    return !Cues.FUNCTION_WORDS.contains(w) && !Cues.isVerb(w) && !MAKING.contains(w);
  }
}
