package dev.verbatim.quote;

import dev.verbatim.quote.Clauses.Subject;
import dev.verbatim.quote.Mention.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The verbs of saying before the quote in its sentence, read as a chain of reports: "Bremmer said
 * the talks were “…”" ({@link AttributionRule#CUE_BEFORE}); "according to X, … “…”" ({@link
 * AttributionRule#ACCORDING_TO}); "Musk tweeted a succinct response: “…”" ({@link
 * AttributionRule#COLON}); "Bremmer wrote that Musk told him Putin was “…”", Putin's via Bremmer
 * and Musk ({@link AttributionRule#REPORTED_CHAIN}). The last report's subject speaks; the earlier
 * ones are the {@code via}. A chain whose speaker names nobody ("he said" with no antecedent) is
 * {@link Attribution#NOBODY}: the sentence's subject does not stand in for the cue's.
 */
final class CueBefore implements Construction {
  /**
   * Words that open a participle clause whose subject is the sentence's: "by saying", "while
   * noting".
   */
  private static final Set<String> PARTICIPLE_OPENERS =
      Set.of("by", "while", "after", "before", "when", "in", "without");

  /** A dash that opens or closes a parenthetical: "Mike Pence - who had said … -". */
  private static final Pattern DASH = Pattern.compile("\\s[-–—]+\\s|--");

  /** Most words between a cue and a parenthetical "according to" that reports it. */
  private static final int MAX_WORDS_CUE_TO_SOURCE = 4;

  /** Verbs whose object a following "as saying" quotes: "quoted X as saying". */
  private static final Set<String> QUOTING =
      Set.of("quoted", "quotes", "quoting", "cited", "cites");

  /** How far before "as saying" its quoting verb may stand. */
  private static final int MAX_QUOTED_WORDS = 20;

  /** The person "quoted … as saying" names, before token {@code as}; null for any other shape. */
  private static Subject quotedAs(Clauses c, int from, int as) {
    for (int k = as - 1; k >= Math.max(from, as - MAX_QUOTED_WORDS); k--) {
      if (QUOTING.contains(c.tok(k).lower())) {
        Subject s = c.nounPhraseAfter(k + 1, as);
        return s != null && s.mention() != null ? s : null;
      }
    }
    return null;
  }

  /**
   * The person a relative "who" before the verb at token {@code k} stands for, "Hillary Clinton who
   * asked", "Sen. Tim Scott, who said", while the relative clause runs on to token {@code to}; null
   * for any other shape, or when the clause has closed ("Mike Pence - who had said “…” - as “…”": a
   * dash that opened it, again, outside the quotes; not a comma, which a reported clause holds as
   * often: "William Barr, who said that while there is racism, there is no “…”").
   */
  private static Subject relativeSubject(Clauses c, int k, int from, int to) {
    int j = k - 1;
    while (j > from && Cues.BETWEEN.contains(c.tok(j).lower())) {
      j--;
    }
    if (j <= from || !c.tok(j).lower().equals("who")) {
      return null;
    }
    Mention m = c.mentions.at(j - 1);
    boolean person =
        m != null
            && m.last() == j - 1
            && !c.quoted(j - 1)
            && (m.kind() == Kind.PERSON
                || (m.entity() != null && m.entity().person && m.kind() != Kind.PRONOUN));
    if (!person) {
      return null;
    }
    if (DASH.matcher(c.article.gap(j - 1, j)).find()) {
      for (int i = k; i + 1 < to; i++) {
        if (DASH.matcher(c.article.gap(i, i + 1)).find() && !(c.quoted(i) && c.quoted(i + 1))) {
          return null; // the dash that opened the clause closes it
        }
      }
    }
    return Clauses.subject(m);
  }

  /** The reports a sentence makes before its quote, outermost first: each subject with its cue. */
  private static final class Chain {
    final List<Subject> subjects = new ArrayList<>();
    final List<String> cues = new ArrayList<>();

    /** The token where the last report's cue (or its source) ends. */
    int lastCue = -1;

    void add(Subject s, String cue, int end) {
      subjects.add(s);
      cues.add(cue);
      lastCue = end;
    }

    boolean isEmpty() {
      return subjects.isEmpty();
    }
  }

  @Override
  public Attribution attribute(QuoteSite q) {
    if (!q.wordsBefore()) {
      return null;
    }
    Clauses c = q.clauses;
    Chain chain = new Chain();
    Subject sentenceSubject = q.sentenceSubject();
    for (int k = q.beforeFrom; k < q.beforeTo; k++) {
      if (c.quoted(k)) {
        continue;
      }
      boolean accordingTo =
          c.tok(k).lower().equals("according")
              && k + 1 < q.beforeTo
              && c.tok(k + 1).lower().equals("to");
      if (accordingTo) {
        k = accordingTo(q, chain, k);
      } else if (Cues.isVerb(c.tok(k).lower())
          && !(k > q.beforeFrom && Clauses.modifiesNoun(c.tok(k - 1)))) {
        cue(q, chain, sentenceSubject, k); // not "Trump’s fired campaign manager", "the told story"
      }
    }
    return chain.isEmpty() ? null : attribution(q, chain);
  }

  /** Reads "according to X" at token {@code k} into {@code chain}; returns the token it ends at. */
  private static int accordingTo(QuoteSite q, Chain chain, int k) {
    Clauses c = q.clauses;
    ArticleText article = c.article;
    int to = q.beforeTo;
    Subject s = c.nounPhraseAfter(k + 2, to);
    if (s == null) {
      return k;
    }
    // only between a cue and what it reports: "conveyed just last week, according to X, that"
    boolean parenthetical =
        !chain.isEmpty()
            && k - chain.lastCue <= MAX_WORDS_CUE_TO_SOURCE
            && article.gap(k - 1, k).contains(",")
            && article.gap(s.last(), s.last() + 1).contains(",")
            && (s.last() + 1 >= to || c.tok(s.last() + 1).lower().equals("that"));
    if (parenthetical) {
      // "Frieden conveyed, according to CNSNews.com, that “…”": the source reports the speaker's
      // words, it does not say them
      chain.subjects.addFirst(s);
      chain.cues.addFirst("according to");
    } else {
      chain.add(s, "according to", s.last());
    }
    return s.last();
  }

  /** Reads the verb of saying at token {@code k}, with the subject it has, into {@code chain}. */
  private static void cue(QuoteSite q, Chain chain, Subject sentenceSubject, int k) {
    Clauses c = q.clauses;
    int from = q.beforeFrom;
    int to = q.beforeTo;
    String cue = c.tok(k).lower();
    Subject quotedOne =
        k > from && cue.equals("saying") && c.tok(k - 1).lower().equals("as")
            ? quotedAs(c, from, k - 1)
            : null;
    if (quotedOne != null) {
      // "The newspaper also quoted Gen. Sir Mike Jackson, the head of the army, as saying: “…”"
      chain.add(quotedOne, cue, k);
      return;
    }
    Subject relative = relativeSubject(c, k, from, to);
    if (relative != null) {
      // "echoed remarks made by Hillary Clinton who asked “…”": the relative clause's own
      // speaker, whom no earlier verb of the sentence reports
      chain.subjects.clear();
      chain.cues.clear();
      chain.add(relative, cue, k);
      return;
    }
    Subject agent = k + 2 < to && c.tok(k + 1).lower().equals("by") ? c.agentAt(k + 2, to) : null;
    if (agent != null) {
      // "Musk claimed to have been told by Putin that …": the passive's agent speaks
      chain.add(agent, cue, agent.last());
      return;
    }
    Subject s = subjectOf(q, chain, sentenceSubject, k);
    if (s != null && !c.quoted(s.first())) {
      chain.add(s, cue, k);
    }
  }

  /** The subject of the verb of saying at token {@code k}, or null. */
  private static Subject subjectOf(QuoteSite q, Chain chain, Subject sentenceSubject, int k) {
    Clauses c = q.clauses;
    ArticleText article = c.article;
    int from = q.beforeFrom;
    String cue = c.tok(k).lower();
    boolean participle = cue.endsWith("ing") && article.gap(k - 1, k).contains(",");
    // "Spicer said, adding", "Bush, Florida’s former governor, attacked Trump, …, calling": a
    // participle's subject is the last speaker's, else the sentence's
    Subject s =
        participle && !chain.isEmpty()
            ? chain.subjects.getLast()
            : participle && Clauses.personSubject(sentenceSubject)
                ? sentenceSubject
                : c.subjectBefore(k, from);
    if (s == null && k > from && c.tok(k - 1).lower().equals("and")) {
      // "Donald Trump, her opponent, bemoaned the unrest and said …"
      s = c.clauseSubject(k - 1, from);
    }
    boolean participleClause =
        article.gap(k - 1, k).contains(",")
            || (k > from && PARTICIPLE_OPENERS.contains(c.tok(k - 1).lower()));
    if (s == null && cue.endsWith("ing") && participleClause) {
      // "Musk agreed with Putin, telling the Russian president that “…”"
      s = c.clauseSubject(k, from);
    }
    boolean inAppositive =
        s != null
            && chain.isEmpty()
            && Clauses.personSubject(sentenceSubject)
            && sentenceSubject.last() < s.first()
            && article.gap(sentenceSubject.last(), sentenceSubject.last() + 1).contains(",")
            && s.last() < c.afterAppositive(sentenceSubject.last() + 1, k)
            && c.noCueBetween(sentenceSubject.last() + 1, k);
    // "Marty West, a professor who worked for Sen. Lamar Alexander, called it “…”": a name inside
    // the subject's appositive is not the subject
    return inAppositive ? sentenceSubject : s;
  }

  /**
   * The speaker the chain's last report names, with the earlier reports as its via; a person the
   * last cue says told someone that ("Musk told him Putin was “…”") speaks after a chain of two.
   */
  private static Attribution attribution(QuoteSite q, Chain chain) {
    Clauses c = q.clauses;
    List<Subject> subjects = chain.subjects;
    Subject free =
        Clauses.names(subjects).size() >= 2 ? c.toldHimThat(chain.lastCue + 1, q.beforeTo) : null;
    List<String> via = Clauses.names(subjects.subList(0, subjects.size() - (free == null ? 1 : 0)));
    Subject speaker = free != null ? free : subjects.getLast();
    String lastCue = chain.cues.getLast();
    AttributionRule rule =
        free != null
            ? AttributionRule.REPORTED_CHAIN
            : lastCue.equals("according to")
                ? AttributionRule.ACCORDING_TO
                : q.colonBefore ? AttributionRule.COLON : AttributionRule.CUE_BEFORE;
    Attribution found = q.attribution(speaker, via, lastCue, rule, false);
    return found == null ? Attribution.NOBODY : found;
  }
}
