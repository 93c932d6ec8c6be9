package dev.verbatim.quote;

import dev.verbatim.quote.Clauses.Subject;
import java.util.List;
import java.util.Set;

/**
 * A verb of saying in the words after the quote: subject first, "“…,” Bremmer said" ({@link
 * AttributionRule#CUE_AFTER}); inverted, "“…,” said Kremlin spokesman Dmitry Peskov" ({@link
 * AttributionRule#CUE_AFTER_INVERTED}); "“…,” according to X" ({@link
 * AttributionRule#ACCORDING_TO}); and a clause that goes on from the quote, "“…” and suggested …",
 * whose subject is the quote's clause's ({@link AttributionRule#CUE_BEFORE}). When the words after
 * the quote hold no verb of saying the word lists know, nor one that decided against attributing,
 * {@link PastTenseAfter} reads them.
 */
final class CueAfter implements Construction {
  private static final Construction UNKNOWN_VERB = new PastTenseAfter();

  /** Prepositions that open a phrase going on from the quote's words, before an inverted cue. */
  private static final Set<String> ADJUNCT_OPENERS =
      Set.of("on", "about", "over", "regarding", "concerning", "for", "in");

  /** How many words after the quote a cue is looked for. */
  private static final int POST_CUE_WORDS = 25;

  /** How many words may stand between the quote and the subject of a cue after it. */
  private static final int MAX_WORDS_BEFORE_SUBJECT = 4;

  /** Whether the quote ends mid-sentence, without the comma or stop of a quoted sentence. */
  private static boolean partialQuote(QuoteSite q) {
    String text = q.clauses.article.text;
    return ",.?!".indexOf(text.charAt(Math.max(q.span.start(), q.span.end() - 1))) < 0;
  }

  /**
   * Whether a verb of saying before the quote in its sentence has a subject that names someone:
   * "While Sanders admitted that …"; not a pronoun ("Though he once said", which the name after may
   * explain), a participle ("While saying …") or unnamed people ("ministers have agreed").
   */
  private static boolean cueBefore(QuoteSite q) {
    Clauses c = q.clauses;
    for (int k = q.beforeFrom; k < q.beforeTo; k++) {
      if (c.quoted(k) || !Cues.isVerb(c.tok(k).lower())) {
        continue;
      }
      Subject s = c.subjectBefore(k, q.beforeFrom);
      if (s != null && s.mention() != null && Clauses.rank(s.mention()) >= 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of the verb of saying whose reported clause {@code subject} opens, "Paul suggested
   * that Rubio was “…” and argued …" (Paul, not Rubio: "argued" goes with "suggested"); null when
   * no verb of saying stands right before it (with or without "that"), or the subject has a verb of
   * saying of its own before the quote's opening mark {@code open}.
   */
  private static Subject reporterOf(Clauses c, Subject subject, int sentenceFrom, int open) {
    for (int k = subject.last() + 1; k < open; k++) {
      if (Cues.isVerb(c.tok(k).lower())) {
        return null; // "Trump kept saying “…”", "Simona Papadopoulos said, “…”": the subject speaks
      }
    }
    int v = subject.first() - 1;
    if (v > sentenceFrom && c.tok(v).lower().equals("that")) {
      v--;
    }
    return v > sentenceFrom && Cues.isVerb(c.tok(v).lower())
        ? c.subjectBefore(v, sentenceFrom)
        : null;
  }

  @Override
  public Attribution attribute(QuoteSite q) {
    if (!q.wordsAfter() || q.dashAfter) {
      return null;
    }
    Clauses c = q.clauses;
    int a = q.afterFrom;
    int b = q.afterTo;
    for (int v = a; v < Math.min(b, a + POST_CUE_WORDS); v++) {
      String w = c.tok(v).lower();
      if (w.equals("according") && v + 1 < b && c.tok(v + 1).lower().equals("to")) {
        return v != a
            ? null
            : q.attribution(
                c.nounPhraseAfter(v + 2, b),
                List.of(),
                "according to",
                AttributionRule.ACCORDING_TO,
                true);
      }
      if (!Cues.isVerb(w)) {
        continue;
      }
      boolean coordinated = v == a + 1 && c.tok(a).lower().equals("and");
      if (coordinated || (v == a && w.endsWith("ing"))) {
        return ofTheQuotesClause(q, w);
      }
      if (v == a) {
        Subject named = c.nounPhraseAfter(v + 1, b);
        return q.attribution(
            named != null ? named : c.personEndingDescription(v + 1, b),
            List.of(),
            w,
            AttributionRule.CUE_AFTER_INVERTED,
            true);
      }
      if (w.endsWith("ing")) {
        continue; // "“…” without reporters asking him": a participle after a quote attributes
        // nothing
      }
      Subject subject = c.subjectBefore(v, a);
      Attribution inverted = invertedAfterComma(q, v, subject);
      if (inverted != null) {
        return inverted;
      }
      if (subject != null) {
        return subjectFirst(q, v, subject);
      }
    }
    return UNKNOWN_VERB.attribute(q);
  }

  /**
   * "“…” and suggested building …", "“…,” noting …": the subject of the quote's clause, or of the
   * verb that reported that clause.
   */
  private static Attribution ofTheQuotesClause(QuoteSite q, String cue) {
    Clauses c = q.clauses;
    ArticleText article = c.article;
    int open = article.tokenAt(q.open);
    int sentenceFrom = article.tokenAt(article.sentenceStart(article.sentenceOf(q.span.start())));
    Subject subject = open > sentenceFrom ? c.clauseSubject(open, sentenceFrom) : null;
    Subject reporter = subject == null ? null : reporterOf(c, subject, sentenceFrom, open);
    return q.attribution(
        reporter != null ? reporter : subject, List.of(), cue, AttributionRule.CUE_BEFORE, false);
  }

  /**
   * An inverted cue after a comma, "“…” but to take the lead, says Evan Tracey, a consultant", when
   * no named subject stands before the verb (not "Ramos, 58, told AFP"); null otherwise.
   */
  private static Attribution invertedAfterComma(QuoteSite q, int v, Subject subject) {
    Clauses c = q.clauses;
    String w = c.tok(v).lower();
    if (!c.article.gap(v - 1, v).contains(",") || w.startsWith("t")) {
      return null;
    }
    Subject after = c.nounPhraseAfter(v + 1, q.afterTo);
    boolean named =
        subject != null && subject.mention() != null && Clauses.rank(subject.mention()) >= 3;
    // "“…” on the Obamacare rulings, said Curt Levey": a phrase the quote's words go on into,
    // opened by a preposition, holds no subject
    boolean adjunct = ADJUNCT_OPENERS.contains(c.tok(q.afterFrom).lower());
    return after != null && (!named || adjunct)
        ? q.attribution(after, List.of(), w, AttributionRule.CUE_AFTER_INVERTED, true)
        : null;
  }

  /**
   * "“…,” Bremmer said": the subject before the verb at token {@code v}, when it is the quote's.
   */
  private static Attribution subjectFirst(QuoteSite q, int v, Subject subject) {
    Clauses c = q.clauses;
    ArticleText article = c.article;
    int a = q.afterFrom;
    String w = c.tok(v).lower();
    boolean newSentence =
        q.runsIntoQuote
            || (v + 1 < q.afterTo && c.tok(v + 1).lower().equals("that"))
            || !c.opensSentence(q.span);
    if (q.endsWithFullStop() && newSentence) {
      // "Sanders called Trump a “pathological liar.” Carly Fiorina said Ted Cruz “…”": after a
      // full stop that ends a sentence begun before the quote, or before a clause that reports
      // words of its own, a cue starts a sentence of its own, not this quote's cue
      return null;
    }
    boolean partial = partialQuote(q);
    if (subject.first() > a && article.gap(subject.first() - 1, subject.first()).contains(",")) {
      // "… more “conversant” about climate change, Ban said."; not after a partial quote that a
      // verb of saying before it reports: "While Sanders admitted that it would be “very hard”
      // for his campaign to win, his campaign has argued …" is Sanders's
      return partial && cueBefore(q)
          ? null
          : q.attribution(subject, List.of(), w, AttributionRule.CUE_AFTER, true);
    }
    if (subject.first() - a > MAX_WORDS_BEFORE_SUBJECT) {
      return null;
    }
    for (int k = a; k < subject.first(); k++) {
      String between = c.tok(k).lower();
      boolean function =
          Cues.FUNCTION_WORDS.contains(between) && !Cues.SUBJECT_GLUE.contains(between);
      if (function || Cues.isVerb(between)) {
        return null;
      }
      boolean conjunction = between.equals("and") || between.equals("but");
      if (conjunction && (partial || (k > a && article.gap(k - 1, k).contains(",")))) {
        // "Cruz accuses Obama of “leading from behind” and Donald Trump says …", "“…,” for
        // instance, and Trump vowed": a clause of its own, with its own quote
        return null;
      }
    }
    return q.attribution(subject, List.of(), w, AttributionRule.CUE_AFTER, true);
  }
}
