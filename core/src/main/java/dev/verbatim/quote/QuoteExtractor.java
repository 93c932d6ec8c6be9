package dev.verbatim.quote;

import dev.verbatim.quote.Quote.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds the direct quotes of an article and attributes each to a speaker, in three passes: the
 * quoted spans ({@link QuoteSpans}), the people and organisations the article mentions ({@link
 * Mentions}, with their coreference), and the attribution of each quote ({@link Attributor}, whose
 * constructions are the {@link AttributionRule}s).
 *
 * <p>A short quote with no sentence punctuation that sits in a noun phrase ("a proposed “peace
 * plan”") or is in Title Case ("“The Weekend” festival") is a {@link Kind#TERM}. Thread-safe: every
 * call works on its own state.
 */
public final class QuoteExtractor {
  private static final int TERM_MAX_WORDS = 5;

  /** An extractor; it keeps no state between texts and is safe to share between threads. */
  public QuoteExtractor() {}

  /** The quotes of {@code text}, in text order. */
  public List<Quote> extract(String text) {
    return read(text).quotes();
  }

  /**
   * The quotes of {@code text} and the people it names in full: what a {@link SpeakerDirectory}
   * needs to make one speaker of each person across a corpus.
   */
  public ArticleQuotes read(String text) {
    Reading reading = Reading.of(text);
    if (reading == null) {
      return new ArticleQuotes(List.of(), List.of()); // no quotes: no mentions to find
    }
    List<Quote> quotes = new ArrayList<>(reading.spans.size());
    while (reading.hasNext()) {
      quotes.add(reading.attribute(reading.next()));
    }
    return new ArticleQuotes(quotes, reading.mentions.fullNames());
  }

  /**
   * The quote of {@code text} whose words are {@code quoted} as the {@link Construction}s read it,
   * the quotes before it attributed; null when no quote has those words. For the constructions'
   * tests.
   */
  static QuoteSite siteOf(String text, String quoted) {
    Reading reading = Reading.of(text);
    while (reading != null && reading.hasNext()) {
      QuoteSite site = reading.next();
      if (text.substring(site.span.start(), site.span.end()).equals(quoted)) {
        return site;
      }
      reading.attribute(site);
    }
    return null;
  }

  /** One article's quotes, read in text order: each one's site, then its attribution. */
  private static final class Reading {
    private final String text;
    private final ArticleText article;
    private final List<QuoteSpans.Span> spans;
    private final List<Integer> paragraphOf;
    private final Mentions mentions;
    private final Attributor attributor;
    private int q = -1;

    private Reading(
        String text, ArticleText article, List<QuoteSpans.Span> spans, List<Integer> paragraphOf) {
      this.text = text;
      this.article = article;
      this.spans = spans;
      this.paragraphOf = paragraphOf;
      this.mentions = new Mentions(article, nearQuotes(article, spans));
      this.attributor = new Attributor(article, mentions, spans);
    }

    /** The reading of {@code text}, or null when it quotes nothing. */
    static Reading of(String text) {
      List<int[]> paragraphs = ArticleText.paragraphs(text);
      List<QuoteSpans.Span> spans = new ArrayList<>();
      List<Integer> paragraphOf = new ArrayList<>();
      for (int p = 0; p < paragraphs.size(); p++) {
        int[] paragraph = paragraphs.get(p);
        for (QuoteSpans.Span s : QuoteSpans.find(text, paragraph[0], paragraph[1])) {
          spans.add(s);
          paragraphOf.add(p);
        }
      }
      return spans.isEmpty()
          ? null
          : new Reading(text, new ArticleText(text, paragraphs), spans, paragraphOf);
    }

    boolean hasNext() {
      return q + 1 < spans.size();
    }

    /** Moves to the next quote. */
    QuoteSite next() {
      q++;
      int p = paragraphOf.get(q);
      int until =
          q + 1 < spans.size() && paragraphOf.get(q + 1) == p
              ? spans.get(q + 1).start() - 1
              : article.paragraphs.get(p)[1];
      return attributor.next(spans.get(q), p, until);
    }

    /** The current quote, its kind decided and, for speech, attributed. */
    Quote attribute(QuoteSite site) {
      QuoteSpans.Span span = site.span;
      int p = paragraphOf.get(q);
      int open = site.openInParagraph;
      String quoted = text.substring(span.start(), span.end());
      boolean sameSentenceAsPrevious =
          q > 0
              && paragraphOf.get(q - 1) == p
              && article.sentenceOf(spans.get(q - 1).end()) == article.sentenceOf(open);
      Attribution attribution = attributor.inSentence(site);
      boolean continuesSpeech = sameSentenceAsPrevious && attributor.paragraphHasSpeech();
      Kind kind =
          isTerm(article, quoted, open, attribution, continuesSpeech) ? Kind.TERM : Kind.SPEECH;
      if (kind == Kind.SPEECH && attribution == null) {
        attribution = attributor.fromContext(site);
      }
      if (kind == Kind.TERM || attribution == null) {
        return new Quote(
            span.start(), span.end(), quoted, null, List.of(), kind, null, 0, null, null);
      }
      attributor.attributed(site, attribution);
      String speaker = attribution.speaker() == null ? null : attribution.speaker().name;
      return new Quote(
          span.start(),
          span.end(),
          quoted,
          speaker,
          attribution.via(),
          kind,
          attribution.cue(),
          attribution.confidence(),
          attribution.rule(),
          speaker == null ? attribution.description() : null);
    }
  }

  /**
   * The sentences attribution reads: each quote's own, the one after it (a cue after a quote that
   * ends a sentence) and the two before it (a lead-in, indirect speech, a pronoun's antecedent).
   */
  private static BitSet nearQuotes(ArticleText article, List<QuoteSpans.Span> spans) {
    BitSet near = new BitSet();
    for (QuoteSpans.Span s : spans) {
      int first = article.sentenceOf(Math.max(0, s.start() - 1));
      int last = article.sentenceOf(Math.max(s.start(), s.end() - 1));
      near.set(Math.max(0, first - 2), last + 2);
    }
    return near;
  }

  private static boolean isTerm(
      ArticleText article,
      String quoted,
      int open,
      Attribution attribution,
      boolean continuesSpeech) {
    if (attribution != null
        && (attribution.afterQuote() || attribution.rule() != AttributionRule.SENTENCE_SUBJECT)) {
      return false; // words someone is reported to have said: "Clinton called it “a step”"
    }
    String[] words = quoted.strip().split("\\s+");
    if (words.length > 6 || readsAsSentence(quoted)) {
      return false;
    }
    boolean titleCase = true;
    for (String w : words) {
      titleCase &= !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
    if (titleCase && words.length >= 2) {
      return true;
    }
    if (words.length > TERM_MAX_WORDS || continuesSpeech) {
      return false;
    }
    // the two words before the opening mark, as ArticleText defines words
    int before = article.tokenAt(open);
    for (int k = Math.max(0, before - 2); k < before; k++) {
      if (Cues.TERM_DETERMINERS.contains(article.tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean readsAsSentence(String quoted) {
    String s = quoted.strip();
    return (!s.isEmpty() && ".!?…".indexOf(s.charAt(s.length() - 1)) >= 0)
        || s.contains(". ")
        || (s.endsWith(",") && s.split("\\s+").length > 3);
  }
}
