package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.quote.Clauses.Subject;
import dev.verbatim.text.WordList;
import java.util.List;
import java.util.Set;

/**
 * A cue clause that ends the quote's sentence, set off by a comma after words the quote's own cue
 * rules do not read: "his endorsements will carry “a great deal of weight” and help bring
 * candidates the “grass-roots firepower” they need to win, DFA spokesman Neil Sroka said"; "“He can
 * assert it, but it seems extremely unlikely” that Sanders can catch Clinton, said Steve Elmendorf,
 * deputy campaign manager" ({@link AttributionRule#SENTENCE_END_CUE}). The whole sentence is the
 * speaker's report, so every quote in it is. Tried after every other construction of the quote's
 * sentence.
 */
final class SentenceEndCue implements Construction {
  private static final Construction AFTER = new CueAfter();

  /** Most quotes of one sentence followed to its end. */
  private static final int MAX_QUOTES = 6;

  /**
   * Cue verbs whose noun phrase after them is no speaker: the listener ("…, told reporters") or a
   * name given ("…, called the Liberal Party").
   */
  private static final Set<String> NOT_INVERTED = WordList.load("not-inverted-cues.txt");

  /** The only function words a subject-first cue clause may hold before its speaker's name. */
  private static final Set<String> DESCRIPTION_GLUE = Set.of("the", "a", "an", "former");

  /**
   * Most words of a subject-first cue clause before its verb: "DFA spokesman Neil Sroka said", "Ed
   * Day, the county executive, told".
   */
  private static final int MAX_SUBJECT_WORDS = 10;

  @Override
  public Attribution attribute(QuoteSite q) {
    QuoteSite last = q;
    for (int n = 0; last.runsIntoQuote; n++) {
      if (n == MAX_QUOTES || endsSentence(last) || leadsIn(last)) {
        return null;
      }
      last = last.following();
      if (last == null) {
        return null;
      }
    }
    if (endsSentence(last) || !last.wordsAfter()) {
      return null;
    }
    Clauses c = last.clauses;
    ArticleText article = c.article;
    int a = last.afterFrom;
    int b = last.afterTo;
    if (last != q) {
      Attribution own = ownCue(last);
      if (own != null) {
        return own;
      }
    }
    // after a quote run into from this one, the last quote's own cue is the sentence's: "“The
    // health of our county” will not be “compromised …,” Ed Day, the county executive, told"
    String closing = article.text.substring(Math.max(0, last.span.end() - 1), c.tok(a).start());
    int first = last != q && closing.contains(",") ? a : a + 1;
    int depth = 0; // "(D., N.Y.)": a comma inside parentheses sets off no clause
    for (int k = first; k < b; k++) {
      String gap = k == a ? closing : article.gap(k - 1, k);
      depth = Math.max(0, depth + count(gap, '(') - count(gap, ')'));
      if (depth == 0 && gap.contains(",")) {
        Attribution found = cueClause(last, k, b);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The cue right after the sentence's last quote, as {@link CueAfter} reads it there ("“…” or “his
   * praise for Putin,” Clinton said"), unless its subject is a pronoun after other words: "“Bernie
   * Bros,” a term she agreed with" is no cue.
   */
  private static Attribution ownCue(QuoteSite last) {
    Attribution own = AFTER.attribute(last);
    if (own == null
        || (own.rule() != AttributionRule.CUE_AFTER
            && own.rule() != AttributionRule.CUE_AFTER_INVERTED)) {
      return null;
    }
    Clauses c = last.clauses;
    int a = last.afterFrom;
    int v = a;
    while (v < last.afterTo && !c.tok(v).lower().equals(own.cue())) {
      v++;
    }
    if (v > a) {
      Subject subject = c.subjectBefore(v, a);
      boolean pronoun =
          subject != null
              && subject.mention() != null
              && subject.mention().kind() == Mention.Kind.PRONOUN;
      if (subject == null || (pronoun && subject.first() > a)) {
        return null;
      }
    }
    return own.as(AttributionRule.SENTENCE_END_CUE);
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  /**
   * Whether the words from quote {@code q} to the next quote lead in to that one on their own: a
   * colon or a dash ("… hands down”—and her commentary was suffused with righteousness: “…”").
   */
  private static boolean leadsIn(QuoteSite q) {
    ArticleText article = q.clauses.article;
    int from = q.span.end();
    int to = article.text.length();
    QuoteSpans.Span next = q.clauses.spanAfter(q.span);
    if (next != null) {
      to = Math.max(from, next.start() - 1);
    }
    String between = article.text.substring(Math.min(from, to), to);
    return between.indexOf(':') >= 0
        || between.indexOf('—') >= 0
        || between.indexOf('–') >= 0
        || between.contains(" - ");
  }

  /** Whether the quote's own words end its sentence: "… the end.”". */
  private static boolean endsSentence(QuoteSite q) {
    String text = q.clauses.article.text;
    int end = q.span.end();
    while (end > q.span.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > q.span.start() && ".?!".indexOf(text.charAt(end - 1)) >= 0;
  }

  /**
   * The attribution of the clause from token {@code k} (right after a comma) to the sentence's end
   * {@code b} when it is a cue and its speaker and nothing else: "said X …" or "X said …", with no
   * further verb of saying or "that" after the cue's verb; null otherwise.
   */
  private static Attribution cueClause(QuoteSite q, int k, int b) {
    Clauses c = q.clauses;
    Token first = c.tok(k);
    if (isCue(first) && !NOT_INVERTED.contains(first.lower())) {
      Subject named = c.nounPhraseAfter(k + 1, b);
      return named != null && reportsNothingAfter(c, k + 1, b)
          ? q.attribution(named, List.of(), first.lower(), AttributionRule.SENTENCE_END_CUE, true)
          : null;
    }
    boolean appositive = false;
    for (int v = k + 1; v < Math.min(b, k + MAX_SUBJECT_WORDS + 1); v++) {
      Token t = c.tok(v);
      appositive |= c.article.gap(v - 1, v).contains(",");
      if (!isCue(t)) {
        if (Cues.isVerb(t.lower())) {
          return null;
        }
        continue;
      }
      Subject subject = c.subjectBefore(v, k);
      if (subject == null || !reportsNothingAfter(c, v + 1, b)) {
        return null;
      }
      boolean pronoun =
          subject.mention() != null && subject.mention().kind() == Mention.Kind.PRONOUN;
      if ((pronoun || appositive) && subject.first() > k) {
        // "…, a term she agreed with": a relative clause, no cue; "…, a frequent Moon critic,
        // said": an appositive of a subject before the comma
        return null;
      }
      for (int w = k; w < subject.first(); w++) {
        String word = c.tok(w).lower();
        if (Cues.FUNCTION_WORDS.contains(word) && !DESCRIPTION_GLUE.contains(word)) {
          // "…, and the crowd said", "…, a spokesperson for Obama told": a clause of its own, or
          // an appositive whose last name is not the speaker
          return null;
        }
      }
      return q.attribution(subject, List.of(), t.lower(), AttributionRule.SENTENCE_END_CUE, true);
    }
    return null;
  }

  private static boolean isCue(Token t) {
    return Cues.isVerb(t.lower()) && !t.lower().endsWith("ing");
  }

  /** Whether tokens {@code [from, to)} hold no verb of saying and no "that" opening a report. */
  private static boolean reportsNothingAfter(Clauses c, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = c.tok(k).lower();
      if (w.equals("that") || Cues.isVerb(w)) {
        return false;
      }
    }
    return true;
  }
}
