package dev.verbatim.quote;

import dev.verbatim.quote.ArticleText.Token;
import dev.verbatim.quote.Mentions.Entity;
import dev.verbatim.quote.Mentions.Kind;
import dev.verbatim.quote.Mentions.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attributes the quotes of one article to speakers, in text order: each quote's own sentence first
 * (a cue after it, a cue or "according to" before it, a colon lead-in, the sentence's subject),
 * then its paragraph (a transcript label, an earlier quote), then the sentence before it and the
 * paragraph before. See {@link AttributionRule} for the constructions.
 *
 * <p>Not thread-safe: one instance per article, used once, in order.
 */
final class Attributor {
  private static final int POST_CUE_WORDS = 25;
  private static final int MAX_WORDS_BEFORE_SUBJECT = 4;

  /** How far back a clause's subject is looked for: a long sentence's first words. */
  private static final int CLAUSE_WORDS = 40;

  /**
   * Who said a quote: the entity named (null when the speaker is unnamed), the words that describe
   * an unnamed speaker, the reporting chain, the cue and the rule.
   */
  record Attribution(
      Entity speaker,
      String description,
      List<String> via,
      String cue,
      AttributionRule rule,
      double confidence,
      boolean afterQuote) {
    /** The same speaker, for a quote that continues this one. */
    Attribution continued() {
      AttributionRule rule = AttributionRule.CONTINUATION;
      return new Attribution(
          speaker,
          description,
          via,
          "continuation",
          rule,
          Math.min(confidence, rule.confidence()),
          false);
    }
  }

  /**
   * Words that open a participle clause whose subject is the sentence's: "by saying", "while
   * noting".
   */
  private static final java.util.Set<String> PARTICIPLE_OPENERS =
      java.util.Set.of("by", "while", "after", "before", "when", "in", "without");

  private final ArticleText article;
  private final Mentions mentions;
  private final List<QuoteSpans.Span> spans;
  private final Map<Integer, Entity> speakerBySentence = new HashMap<>();

  Attributor(ArticleText article, Mentions mentions, List<QuoteSpans.Span> spans) {
    this.article = article;
    this.mentions = mentions;
    this.spans = spans;
  }

  /** Records that a quote in sentence {@code sentence} was attributed to {@code speaker}. */
  void spoke(int sentence, Entity speaker) {
    if (speaker != null) {
      speakerBySentence.put(sentence, speaker);
    }
  }

  // ---- the quote's own sentence

  /**
   * The attribution a cue right after quote {@code span} gives, or null.
   *
   * @param until where the words after the quote end: the paragraph's end or the next quote's
   *     opening mark
   */
  Attribution afterQuote(QuoteSpans.Span span, int until) {
    int close = Math.min(until, span.end() + (span.closed() ? 1 : 0));
    int limit = until;
    String text = article.text;
    for (int i = close; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || c == ';' || c == '\n' || (c == '.' && endsSentence(i))) {
        limit = i;
        break;
      }
    }
    int a = article.tokenAt(close);
    int b = article.tokenAt(limit);
    if (a >= b) {
      return null;
    }
    boolean endsWithFullStop = span.end() > span.start() && text.charAt(span.end() - 1) == '.';
    boolean runsIntoQuote =
        limit == until && until < text.length() && "\"“«„‘'".indexOf(text.charAt(until)) >= 0;
    if (text.substring(close, tok(a).start()).matches("[\\s\u00a0]*[—―–-]+[\\s\u00a0]*")) {
      // "“…” ― Krystal Correa": a dash and a name, as under an epigraph or a reader's answer
      Mention m = mentions.at(a);
      return m != null && m.first() == a && rank(m) >= 2
          ? attribution(subject(m), List.of(), "—", AttributionRule.DASH, true)
          : null;
    }
    for (int v = a; v < Math.min(b, a + POST_CUE_WORDS); v++) {
      Token t = article.tokens.get(v);
      if (t.lower().equals("according") && v + 1 < b && tok(v + 1).lower().equals("to")) {
        if (v != a) {
          return null;
        }
        return attribution(
            nounPhraseAfter(v + 2, b),
            List.of(),
            "according to",
            AttributionRule.ACCORDING_TO,
            true);
      }
      if (!Cues.isVerb(t.lower())) {
        continue;
      }
      boolean coordinated = v == a + 1 && tok(a).lower().equals("and");
      if (coordinated || (v == a && t.lower().endsWith("ing"))) {
        // "“…” and suggested building …", "“…,” noting …": the subject of the quote's clause
        int open = article.tokenAt(Math.max(0, span.start() - 1));
        int sentenceFrom = article.tokenAt(article.sentenceStart(article.sentenceOf(span.start())));
        Subject subject = open > sentenceFrom ? clauseSubject(open, sentenceFrom) : null;
        return attribution(subject, List.of(), t.lower(), AttributionRule.CUE_BEFORE, false);
      }
      if (v == a) {
        return attribution(
            nounPhraseAfter(v + 1, b),
            List.of(),
            t.lower(),
            AttributionRule.CUE_AFTER_INVERTED,
            true);
      }
      if (t.lower().endsWith("ing")) {
        continue; // "“…” without reporters asking him": a participle after a quote attributes
        // nothing
      }
      Subject subject = subjectBefore(v, a);
      if (article.gap(v - 1, v).contains(",") && !t.lower().startsWith("t")) {
        // "“…” but to take the lead, says Evan Tracey, a consultant" (not "Ramos, 58, told AFP")
        Subject after = nounPhraseAfter(v + 1, b);
        boolean named =
            subject != null && subject.mention() != null && rank(subject.mention()) >= 3;
        if (after != null && !named) {
          return attribution(after, List.of(), t.lower(), AttributionRule.CUE_AFTER_INVERTED, true);
        }
      }
      if (subject == null) {
        continue;
      }
      boolean newSentence =
          runsIntoQuote || (v + 1 < b && tok(v + 1).lower().equals("that")) || !opensSentence(span);
      if (endsWithFullStop && newSentence) {
        // "Sanders called Trump a “pathological liar.” Carly Fiorina said Ted Cruz “…”": after a
        // full stop that ends a sentence begun before the quote, or before a clause that reports
        // words of its own, a cue starts a sentence of its own, not this quote's cue
        return null;
      }
      if (subject.first() > a && article.gap(subject.first() - 1, subject.first()).contains(",")) {
        // "… more “conversant” about climate change, Ban said."
        return attribution(subject, List.of(), t.lower(), AttributionRule.CUE_AFTER, true);
      }
      if (subject.first() - a > MAX_WORDS_BEFORE_SUBJECT) {
        return null;
      }
      boolean partial = ",.?!".indexOf(text.charAt(Math.max(span.start(), span.end() - 1))) < 0;
      for (int k = a; k < subject.first(); k++) {
        String w = tok(k).lower();
        if ((Cues.FUNCTION_WORDS.contains(w) && !Cues.SUBJECT_GLUE.contains(w)) || Cues.isVerb(w)) {
          return null;
        }
        boolean conjunction = w.equals("and") || w.equals("but");
        if (conjunction && (partial || (k > a && article.gap(k - 1, k).contains(",")))) {
          // "Cruz accuses Obama of “leading from behind” and Donald Trump says …", "“…,” for
          // instance, and Trump vowed": a clause of its own, with its own quote
          return null;
        }
      }
      return attribution(subject, List.of(), t.lower(), AttributionRule.CUE_AFTER, true);
    }
    return pastTenseAfter(a, b);
  }

  /**
   * A verb of saying the word lists do not know, in the shape only speech takes right after a
   * quote: "“…” Trump barked", "“…,” remembered Roy Verley": a past-tense word next to a name.
   */
  private Attribution pastTenseAfter(int a, int b) {
    if (b - a < 2) {
      return null;
    }
    Token first = tok(a);
    if (isPastTense(first)) {
      Mention m = mentions.at(a + 1);
      return m != null && m.first() == a + 1 && rank(m) >= 3
          ? attribution(
              subject(m), List.of(), first.lower(), AttributionRule.CUE_AFTER_INVERTED, true)
          : null;
    }
    Mention m = mentions.at(a);
    if (m == null || m.first() != a || rank(m) < 1 || m.last() + 1 >= b) {
      return null;
    }
    Token verb = tok(m.last() + 1);
    return isPastTense(verb)
        ? attribution(subject(m), List.of(), verb.lower(), AttributionRule.CUE_AFTER, true)
        : null;
  }

  private static boolean isPastTense(Token t) {
    return !t.capitalised() && t.lower().length() > 4 && t.lower().endsWith("ed");
  }

  /**
   * The attribution the quote's sentence gives before its opening mark: the subjects of cues (a
   * reporting chain), "according to", a colon lead-in, or the sentence's subject.
   */
  Attribution beforeQuote(QuoteSpans.Span span) {
    int open = Math.max(0, span.start() - 1);
    int sentence = article.sentenceOf(open);
    int from = article.tokenAt(article.sentenceStart(sentence));
    int to = article.tokenAt(open);
    if (from >= to) {
      return null;
    }
    List<Subject> chain = new ArrayList<>();
    List<String> cues = new ArrayList<>();
    int lastCue = -1;
    Subject sentenceSubject = sentenceSubject(from, to);
    for (int k = from; k < to; k++) {
      if (quoted(k)) {
        continue;
      }
      Token t = tok(k);
      if (t.lower().equals("according") && k + 1 < to && tok(k + 1).lower().equals("to")) {
        Subject s = nounPhraseAfter(k + 2, to);
        if (s != null) {
          chain.add(s);
          cues.add("according to");
          lastCue = s.last();
          k = s.last();
        }
        continue;
      }
      if (!Cues.isVerb(t.lower()) || (k > from && modifiesNoun(tok(k - 1)))) {
        continue; // "Trump’s fired campaign manager", "the told story": an adjective, no cue
      }
      Subject agent = k + 2 < to && tok(k + 1).lower().equals("by") ? agentAt(k + 2) : null;
      if (agent != null) {
        // "Musk claimed to have been told by Putin that …": the passive's agent speaks
        chain.add(agent);
        cues.add(t.lower());
        lastCue = agent.last();
        continue;
      }
      boolean participle = t.lower().endsWith("ing") && article.gap(k - 1, k).contains(",");
      // "Spicer said, adding", "Bush, Florida’s former governor, attacked Trump, …, calling":
      // a participle's subject is the last speaker's, else the sentence's
      Subject s =
          participle && !chain.isEmpty()
              ? chain.getLast()
              : participle && personSubject(sentenceSubject)
                  ? sentenceSubject
                  : subjectBefore(k, from);
      if (s == null && k > from && tok(k - 1).lower().equals("and")) {
        // "Donald Trump, her opponent, bemoaned the unrest and said …"
        s = clauseSubject(k - 1, from);
      }
      boolean participleClause =
          article.gap(k - 1, k).contains(",")
              || (k > from && PARTICIPLE_OPENERS.contains(tok(k - 1).lower()));
      if (s == null && t.lower().endsWith("ing") && participleClause) {
        // "Musk agreed with Putin, telling the Russian president that “…”"
        s = clauseSubject(k, from);
      }
      if (s != null
          && chain.isEmpty()
          && personSubject(sentenceSubject)
          && sentenceSubject.last() < s.first()
          && article.gap(sentenceSubject.last(), sentenceSubject.last() + 1).contains(",")
          && s.last() < afterAppositive(sentenceSubject.last() + 1, k)
          && noCueBetween(sentenceSubject.last() + 1, k)) {
        // "Marty West, a professor who worked for Sen. Lamar Alexander, called it “…”": a name
        // inside the subject's appositive is not the subject
        s = sentenceSubject;
      }
      if (s != null && !quoted(s.first())) {
        chain.add(s);
        cues.add(t.lower());
        lastCue = k;
      }
    }
    boolean colon =
        article.text.substring(article.sentenceStart(sentence), open).strip().endsWith(":");
    if (!chain.isEmpty()) {
      Subject free = names(chain).size() >= 2 ? toldHimThat(lastCue + 1, to) : null;
      List<String> via = names(chain.subList(0, chain.size() - (free == null ? 1 : 0)));
      Subject speaker = free != null ? free : chain.getLast();
      AttributionRule rule =
          free != null
              ? AttributionRule.REPORTED_CHAIN
              : cues.getLast().equals("according to")
                  ? AttributionRule.ACCORDING_TO
                  : colon ? AttributionRule.COLON : AttributionRule.CUE_BEFORE;
      return attribution(speaker, via, cues.getLast(), rule, false);
    }
    if (colon) {
      // "Clinton: “…”", "… doesn't surprise Republican pollster Daron Shaw: “…”", and a caption's
      // "Donald Trump: “…”" after other words: the name right before the colon speaks
      Mention named = mentions.at(to - 1);
      if (named != null
          && named.first() > from
          && ADDRESSEE_MARKERS.contains(tok(named.first() - 1).lower())) {
        named = null; // "delivered a blunt message to Trump: “…”": the addressee, not the speaker
      }
      if (named != null && rank(named) >= 3 && !quoted(to - 1) && !mentionIsPossessive(named)) {
        return attribution(subject(named), List.of(), ":", AttributionRule.COLON, false);
      }
      if (named != null && rank(named) >= 2 && sentenceSubject == null && !quoted(to - 1)) {
        return attribution(subject(named), List.of(), ":", AttributionRule.COLON, false);
      }
    }
    Subject owner = possessiveBefore(from, to);
    if (owner != null && !colon) {
      return attribution(owner, List.of(), null, AttributionRule.POSSESSIVE, false);
    }
    if (sentenceSubject != null) {
      return attribution(
          sentenceSubject,
          List.of(),
          colon ? ":" : null,
          colon ? AttributionRule.COLON : AttributionRule.SENTENCE_SUBJECT,
          false);
    }
    return null;
  }

  /** A transcript label opening the paragraph ("PENCE: …"), or null. */
  Attribution speakerLabel(int paragraphStart) {
    int first = article.tokenAt(paragraphStart);
    if (first >= article.tokens.size()) {
      return null;
    }
    Token t = tok(first);
    boolean label =
        t.text().length() > 2
            && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT))
            && article.text.startsWith(":", t.end());
    if (!label) {
      return null;
    }
    Entity e = mentions.personNamed(t.text());
    return e == null
        ? null
        : new Attribution(
            e,
            null,
            List.of(),
            ":",
            AttributionRule.SPEAKER_LABEL,
            AttributionRule.SPEAKER_LABEL.confidence(),
            false);
  }

  /** The subject of a cue (or a colon lead-in) in sentence {@code sentence}, or null. */
  Attribution precedingCue(int sentence) {
    if (sentence < 0) {
      return null;
    }
    int from = article.tokenAt(article.sentenceStart(sentence));
    int to = article.tokenAt(article.sentenceStart(sentence + 1));
    if (sentence + 1 > article.sentenceOf(article.text.length())) {
      to = article.tokens.size();
    }
    for (int k = from; k < to; k++) {
      if (quoted(k)) {
        return null; // a sentence with a quote of its own: what follows continues that quote
      }
    }
    for (int k = from; k < to; k++) {
      if (Cues.isVerb(tok(k).lower())) {
        Subject s = subjectBefore(k, from);
        if (s != null && !quoted(s.first())) {
          return attribution(s, List.of(), tok(k).lower(), AttributionRule.PRECEDING_CUE, false);
        }
        // an inverted lead-in ending its clause: "It is a form of deterrence, says Isaac Stone
        // Fish, a journalist."
        boolean afterComma = k > from && article.gap(k - 1, k).contains(",");
        Subject after = afterComma ? nounPhraseAfter(k + 1, to) : null;
        if (after != null && after.mention() != null && isPerson(after.mention())) {
          return attribution(
              after, List.of(), tok(k).lower(), AttributionRule.PRECEDING_CUE, false);
        }
      }
    }
    return null;
  }

  // ---- noun phrases

  /** A subject: a mention (or unnamed words) over tokens {@code [first, last]}. */
  private record Subject(Mention mention, String unnamed, int first, int last) {}

  /**
   * The subject of the verb at token {@code v}: the mention right before it (adverbs skipped),
   * before an appositive ("Seth McKee, a political scientist at …, told"), or unnamed words
   * ("officials said", "a spokeswoman says").
   */
  private Subject subjectBefore(int v, int lower) {
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

  private static final java.util.Set<String> PREPOSITIONS_IN_NAMES =
      java.util.Set.of("of", "for", "at", "from", "with");

  private boolean isModifier(Token t) {
    return !t.capitalised() && !Cues.FUNCTION_WORDS.contains(t.lower()) && !Cues.isVerb(t.lower());
  }

  /**
   * The subject of the clause before token {@code k}: going back, the nearest speaking mention that
   * is not the object of a preposition or a verb and is followed by a lower-case word.
   */
  private Subject clauseSubject(int k, int lower) {
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

  private static Subject subject(Mention m) {
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
  private Subject nounPhraseAfter(int from, int to) {
    Subject best = null;
    int bestRank = -1;
    for (int k = from; k < Math.min(to, from + 10); k++) {
      if (k > from && best != null && article.gap(k - 1, k).contains(",")) {
        Mention appositive = mentions.at(k);
        boolean modifier = best.mention() == null || !isPerson(best.mention());
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

  private static int rank(Mention m) {
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
  private Subject sentenceSubject(int from, int to) {
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
  private static final java.util.Set<String> SUBORDINATORS =
      java.util.Set.of(
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
  private int mainClause(int from, int to) {
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

  private static final java.util.Set<String> ADDRESSEE_MARKERS =
      java.util.Set.of("to", "with", "at", "against", "about", "on", "for", "toward", "towards");

  private boolean noCueBetween(int from, int to) {
    for (int j = from; j < to; j++) {
      if (Cues.isVerb(tok(j).lower()) && !modifiesNoun(tok(j - 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean personSubject(Subject s) {
    return s != null && s.mention() != null && isPerson(s.mention());
  }

  /** Whether the quote opens its sentence: nothing but blanks between the two. */
  private boolean opensSentence(QuoteSpans.Span span) {
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
  private int afterAppositive(int k, int to) {
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
  private Subject possessiveBefore(int from, int to) {
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
  private Mention headOfNounPhrase(Mention m, int to) {
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

  private static final java.util.Set<String> ARTICLES_AND_POSSESSIVES =
      java.util.Set.of("the", "a", "an", "his", "its", "their", "our", "my", "your");

  /** Whether a word before a cue verb makes the verb an adjective: a possessive, a determiner. */
  private static boolean modifiesNoun(Token before) {
    return before.possessive() || ARTICLES_AND_POSSESSIVES.contains(before.lower());
  }

  /** A person by name: in full, or a surname the article gave a full name for. */
  private static boolean isPerson(Mention m) {
    return m.kind() == Kind.PERSON
        || (m.kind() == Kind.NAME && m.entity() != null && m.entity().person);
  }

  private boolean mentionIsPossessive(Mention m) {
    return tok(m.last()).possessive();
  }

  /**
   * The subject of the clause reported by "told him (that) …" after the last cue of a chain: "Musk
   * told him Putin was “…”" is Putin's. Null for any other shape.
   */
  private Subject toldHimThat(int from, int to) {
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

  /** A person or organisation starting at token {@code k}, or null. */
  private Subject agentAt(int k) {
    Mention m = mentions.at(k);
    return m != null && m.first() == k && rank(m) >= 2 && !quoted(k) ? subject(m) : null;
  }

  private static final java.util.Set<String> OBJECT_PRONOUNS =
      java.util.Set.of("him", "her", "me", "us", "them");

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

  // ---- resolution

  private Attribution attribution(
      Subject s, List<String> via, String cue, AttributionRule rule, boolean afterQuote) {
    if (s == null) {
      return null;
    }
    Entity speaker = null;
    String description = s.unnamed();
    double confidence = rule.confidence();
    if (s.mention() != null) {
      Mention m = s.mention();
      speaker = m.kind() == Kind.PRONOUN ? resolvePronoun(m) : m.entity();
      if (speaker == null) {
        description = m.kind() == Kind.PRONOUN ? null : m.words();
      }
      if (m.kind() != Kind.PERSON && m.kind() != Kind.ORGANISATION) {
        confidence *= 0.9;
      }
    }
    if (speaker == null && description == null) {
      return null;
    }
    return new Attribution(
        speaker, description, via, cue, rule, speaker == null ? 0 : confidence, afterQuote);
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
    int sentence = tok(pronoun.first()).sentence();
    int stopParagraph = tok(pronoun.first()).paragraph() - 2;
    Entity unexplained = null;
    for (int k = pronoun.first() - 1; k >= 0 && tok(k).sentence() == sentence; k--) {
      // "Cross said he …": the nearest person who is no object of a verb or preposition
      Mention m = mentions.at(k);
      if (m == null || quoted(k)) {
        continue;
      }
      k = m.first();
      String before = k > 0 && tok(k - 1).sentence() == sentence ? tok(k - 1).lower() : "";
      boolean object = Cues.OBJECT_MARKERS.contains(before) || Cues.isVerb(before);
      Entity e = object ? null : antecedent(m, pronoun.gender(), depth);
      if (e != null) {
        return agree(e, pronoun.gender());
      }
    }
    for (int k = pronoun.first() - 1; k >= 0; k--) {
      Token t = tok(k);
      if (t.paragraph() < stopParagraph) {
        break;
      }
      if (t.sentence() == sentence) {
        continue;
      }
      int s = t.sentence();
      int start = k;
      while (start > 0 && tok(start - 1).sentence() == s) {
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
   * The first person of tokens {@code [from, to)} a pronoun of {@code gender} can refer to; a
   * capitalised word the article never explains ("Westerners") only when no named person agrees.
   */
  private Entity firstPerson(int from, int to, char gender, int depth) {
    int main = mainClause(from, to);
    if (main > from) {
      Entity e = firstPerson(main, to, gender, depth);
      if (e != null && !e.unexplained) {
        return e; // the main clause's subject before a person in the clause ahead of it
      }
    }
    Entity unexplained = null;
    for (int k = from; k < to; k++) {
      Mention m = mentions.at(k);
      if (m != null && !quoted(k)) {
        m = headOfNounPhrase(m, to); // "San Diego chapter president Luis Osuna" is Osuna
        Entity e = antecedent(m, gender, depth);
        if (e != null && !e.unexplained) {
          return e;
        }
        if (unexplained == null) {
          unexplained = e;
        }
        k = m.last();
      }
    }
    return unexplained;
  }

  /**
   * The person a mention can be the antecedent of a pronoun as: a name or a resolved description
   * (not a possessive: "she believed Northam's record" is not about Northam speaking), or, for a
   * pronoun of the same gender, whoever that pronoun refers to ("she said she believed …").
   */
  private Entity antecedent(Mention m, char gender, int depth) {
    if (m.kind() == Kind.PRONOUN) {
      return m.gender() == gender && depth < 3 ? resolvePronoun(m, depth + 1) : null;
    }
    boolean named =
        m.kind() == Kind.PERSON
            || m.kind() == Kind.NAME
            || (m.kind() == Kind.DESCRIPTION && m.entity() != null && m.entity().person);
    if (!named || m.entity() == null || mentionIsPossessive(m)) {
      return null;
    }
    return compatible(m.entity(), gender) ? m.entity() : null;
  }

  private static boolean compatible(Entity e, char gender) {
    return (e.person || e.unexplained) && (e.gender == 0 || e.gender == gender);
  }

  private static Entity agree(Entity e, char gender) {
    if (e.gender == 0) {
      e.gender = gender;
    }
    return e;
  }

  // ---- helpers

  private static List<String> names(List<Subject> chain) {
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

  private Token tok(int i) {
    return article.tokens.get(i);
  }

  private String span(int first, int last) {
    return article.text.substring(tok(first).start(), tok(last).end());
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
   * Whether the period at {@code dot} ends a sentence: not after an honorific or an initial, and
   * followed by a capital letter or the end, not by ")" or "," ("Rep. Gwen Moore (D-Wis.) said").
   */
  private boolean endsSentence(int dot) {
    if (abbreviation(dot)) {
      return false;
    }
    String text = article.text;
    int i = dot + 1;
    while (i < text.length() && "\"'”’".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    if (i < text.length() && (text.charAt(i) == ')' || text.charAt(i) == ',')) {
      return false;
    }
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || !Character.isLowerCase(text.charAt(i));
  }

  private boolean abbreviation(int dot) {
    int start = dot;
    String text = article.text;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
    return Cues.HONORIFICS.contains(word) || word.length() == 1;
  }
}
