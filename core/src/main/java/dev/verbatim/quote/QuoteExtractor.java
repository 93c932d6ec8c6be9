package dev.verbatim.quote;

import dev.verbatim.quote.Attributor.Attribution;
import dev.verbatim.quote.Quote.Kind;
import java.util.ArrayList;
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
    if (spans.isEmpty()) {
      return new ArticleQuotes(List.of(), List.of()); // no quotes: no mentions to find
    }
    ArticleText article = new ArticleText(text, paragraphs);
    Mentions mentions = new Mentions(article, nearQuotes(article, spans));
    Attributor attributor = new Attributor(article, mentions, spans);
    List<Quote> quotes = new ArrayList<>(spans.size());
    Attribution previous = null;
    int previousParagraph = -1;
    Attribution inParagraph = null;
    Attribution label = null;
    int currentParagraph = -1;
    for (int q = 0; q < spans.size(); q++) {
      QuoteSpans.Span span = spans.get(q);
      int p = paragraphOf.get(q);
      int[] paragraph = article.paragraphs.get(p);
      if (p != currentParagraph) {
        currentParagraph = p;
        inParagraph = null;
        Attribution newLabel = attributor.speakerLabel(paragraph[0]);
        if (newLabel != null) {
          label = newLabel;
        } else if (!startsWithLabelOrQuote(text, paragraph[0])) {
          label = null;
        }
      }
      int open = Math.max(paragraph[0], span.start() - 1);
      String quoted = text.substring(span.start(), span.end());
      boolean sameSentenceAsPrevious =
          q > 0
              && paragraphOf.get(q - 1) == p
              && article.sentenceOf(spans.get(q - 1).end()) == article.sentenceOf(open);

      int until =
          q + 1 < spans.size() && paragraphOf.get(q + 1) == p
              ? spans.get(q + 1).start() - 1
              : paragraph[1];
      Attribution attribution = attributor.afterQuote(span, until);
      if (attribution == null) {
        attribution = attributor.beforeQuote(span);
      }
      if (label != null && (attribution == null || weak(attribution.rule()))) {
        attribution = label; // "PENCE: Well, look, Hillary Clinton thinks this is “Shark Tank.”"
      }
      Kind kind =
          isTerm(article, quoted, open, attribution, sameSentenceAsPrevious && inParagraph != null)
              ? Kind.TERM
              : Kind.SPEECH;
      if (kind == Kind.TERM) {
        quotes.add(
            new Quote(
                span.start(), span.end(), quoted, null, List.of(), kind, null, 0, null, null));
        continue;
      }
      if (attribution == null) {
        attribution = fromContext(text, article, attributor, span, paragraph, label, inParagraph);
      }
      if (attribution == null
          && previous != null
          && previousParagraph == p - 1
          && text.substring(paragraph[0], open).isBlank()) {
        attribution = previous.continued();
      }
      if (attribution == null) {
        quotes.add(
            new Quote(
                span.start(), span.end(), quoted, null, List.of(), kind, null, 0, null, null));
        continue;
      }
      String speaker = attribution.speaker() == null ? null : attribution.speaker().name;
      quotes.add(
          new Quote(
              span.start(),
              span.end(),
              quoted,
              speaker,
              attribution.via(),
              kind,
              attribution.cue(),
              attribution.confidence(),
              attribution.rule(),
              speaker == null ? attribution.description() : null));
      attributor.spoke(article.sentenceOf(open), attribution.speaker());
      attributor.spoke(
          article.sentenceOf(Math.max(span.start(), span.end() - 1)), attribution.speaker());
      inParagraph = attribution;
      previous = attribution;
      previousParagraph = p;
    }
    return new ArticleQuotes(quotes, mentions.fullNames());
  }

  /**
   * A quote with no cue in its sentence: a transcript label, an earlier quote, the sentence before.
   */
  private static Attribution fromContext(
      String text,
      ArticleText article,
      Attributor attributor,
      QuoteSpans.Span span,
      int[] paragraph,
      Attribution label,
      Attribution inParagraph) {
    if (label != null) {
      return label;
    }
    if (inParagraph != null) {
      return inParagraph.continued();
    }
    int open = Math.max(paragraph[0], span.start() - 1);
    int sentence = article.sentenceOf(open);
    boolean opensParagraph = text.substring(paragraph[0], open).isBlank();
    if (sentence > 0 && (opensParagraph || article.sentenceStart(sentence) > paragraph[0])) {
      return attributor.precedingCue(sentence - 1);
    }
    return null;
  }

  /**
   * The sentences attribution reads: each quote's own, the one after it (a cue after a quote that
   * ends a sentence) and the two before it (a lead-in, indirect speech, a pronoun's antecedent).
   */
  private static java.util.BitSet nearQuotes(ArticleText article, List<QuoteSpans.Span> spans) {
    java.util.BitSet near = new java.util.BitSet();
    for (QuoteSpans.Span s : spans) {
      int first = article.sentenceOf(Math.max(0, s.start() - 1));
      int last = article.sentenceOf(Math.max(s.start(), s.end() - 1));
      near.set(Math.max(0, first - 2), last + 2);
    }
    return near;
  }

  /** Rules that read the quote's sentence without a verb of saying: a transcript label wins. */
  private static boolean weak(AttributionRule rule) {
    return rule == AttributionRule.COLON
        || rule == AttributionRule.SENTENCE_SUBJECT
        || rule == AttributionRule.POSSESSIVE;
  }

  private static boolean startsWithLabelOrQuote(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && "“\"'‘«".indexOf(text.charAt(i)) >= 0;
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
    if (words.length > 6 || endsSentence(quoted)) {
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

  private static boolean endsSentence(String quoted) {
    String s = quoted.strip();
    return (!s.isEmpty() && ".!?…".indexOf(s.charAt(s.length() - 1)) >= 0)
        || s.contains(". ")
        || (s.endsWith(",") && s.split("\\s+").length > 3);
  }
}
