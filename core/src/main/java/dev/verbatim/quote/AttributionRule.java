package dev.verbatim.quote;

import java.util.Locale;

/**
 * The constructions that attribute a quote to its speaker, each with the confidence it gives when
 * it names someone outright. Every attributed {@link Quote} reports the rule that decided it.
 *
 * <p>The confidences are the share of quotes each rule attributed correctly on PolNeAR's training
 * articles, rounded down ({@code eval-quotes --compartment train --speaker-match surname} prints
 * them); where a rule decided fewer than ten scored quotes there ({@link #DASH}, {@link
 * #REPORTED_CHAIN}, {@link #SPEAKER_LABEL}, {@link #PRECEDING_SUBJECT}, {@link #OUTLET_STORY},
 * {@link #WORK}) the value is set by hand. See docs/quality.md.
 */
public enum AttributionRule {
  /** A cue after the quote, subject first: "“…,” Bremmer said", "“…,” he added". */
  CUE_AFTER(0.97),
  /** An inverted cue after the quote: "“…,” said Kremlin spokesman Dmitry Peskov". */
  CUE_AFTER_INVERTED(0.98),
  /** A dash and a name after the quote: "“…” ― Krystal Correa". */
  DASH(0.85),
  /** A cue before the quote in its sentence: "Bremmer said the talks were “…”". */
  CUE_BEFORE(0.93),
  /** "according to X", before or after the quote. */
  ACCORDING_TO(0.67),
  /**
   * A chain of reports whose last clause has a subject of its own: "Bremmer wrote that Musk told
   * him Putin was “…”" is Putin's, via Bremmer and Musk.
   */
  REPORTED_CHAIN(0.7),
  /** A colon lead-in: "Musk tweeted a succinct response: “…”". */
  COLON(0.96),
  /** A transcript's speaker label: "PENCE: “…”". */
  SPEAKER_LABEL(0.8),
  /** A person's possessive right before the quote: "Romney’s “47 percent” comment". */
  POSSESSIVE(0.47),
  /**
   * An outlet named as the piece the words stand in: "labeled “panic” in The New York Times story",
   * "a story in The New York Times used the phrase “…”".
   */
  OUTLET_STORY(0.8),
  /**
   * A passage of a titled work the article named with its authors, after a colon lead-in that names
   * the work: "Glenn Beck and Kyle Olson’s new book, “Conform,” … From “Conform”: ¶ “…”".
   */
  WORK(0.8),
  /** The subject of the sentence the quote sits in: "Trump is promising to “bomb the hell”". */
  SENTENCE_SUBJECT(0.76),
  /**
   * A cue clause ending the quote's sentence, after words no other rule reads: "his endorsements
   * will carry “a great deal of weight” …, DFA spokesman Neil Sroka said".
   */
  SENTENCE_END_CUE(0.93),
  /** The subject of a cue in the sentence before: "X told reporters she expected …. “…”". */
  PRECEDING_CUE(0.83),
  /**
   * A paragraph that is one quote and nothing else after a sentence whose subject, a person, was
   * quoted before: "Instead Boehner pointed to getting rid of loopholes. ¶ “If we clean up …”".
   */
  PRECEDING_SUBJECT(0.7),
  /** A quote with no cue of its own after one that has: the same speaker. */
  CONTINUATION(0.97),
  /**
   * An editor's correction ({@code Verbatim.correctSpeaker}): the speaker, or that nobody is named,
   * as a person decided; it outlives re-ingesting the article.
   */
  EDITOR(1.0);

  private final double confidence;

  AttributionRule(double confidence) {
    this.confidence = confidence;
  }

  /** How sure an attribution by this rule is, 0..1, when it names its speaker outright. */
  public double confidence() {
    return confidence;
  }

  /**
   * The rule whose JSON name is {@code name} ("cue-after"), or null for null or a name this version
   * does not know (an index written by a newer one).
   */
  public static AttributionRule fromName(String name) {
    for (AttributionRule rule : values()) {
      if (rule.toString().equals(name)) {
        return rule;
      }
    }
    return null;
  }

  /** The rule's name as JSON writes it: {@code cue-after}, {@code continuation}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
