package dev.verbatim.quote;

import dev.verbatim.quote.Clauses.Subject;
import dev.verbatim.quote.Mention.Kind;
import java.util.List;

/**
 * Who said a quote: the entity named (null when the speaker is unnamed), the words that describe an
 * unnamed speaker, the reporting chain, the cue, the rule that decided it and how sure it is.
 *
 * @param afterQuote whether the cue follows the quote (such a quote is reported speech, never a
 *     term)
 */
record Attribution(
    Entity speaker,
    String description,
    List<String> via,
    String cue,
    AttributionRule rule,
    double confidence,
    boolean afterQuote) {
  /** A name or a description is not itself confident when it is no full name of a person. */
  private static final double INDIRECT_NAME_FACTOR = 0.9;

  /**
   * What a construction answers when it applies and its subject names nobody (a pronoun with no
   * antecedent): the quote's sentence attributes it to no one, and no later construction of that
   * sentence is tried.
   */
  static final Attribution NOBODY = new Attribution(null, null, List.of(), null, null, 0, false);

  Attribution {
    via = List.copyOf(via);
  }

  /**
   * The attribution a construction makes when it finds subject {@code s}: its entity (a pronoun
   * resolved by {@code pronouns}), else the words that describe it; null when {@code s} is null or
   * names nobody (a pronoun with no antecedent).
   */
  static Attribution of(
      Subject s,
      List<String> via,
      String cue,
      AttributionRule rule,
      boolean afterQuote,
      Pronouns pronouns) {
    if (s == null) {
      return null;
    }
    Entity speaker = null;
    String description = s.unnamed();
    double confidence = rule.confidence();
    if (s.mention() != null) {
      Mention m = s.mention();
      speaker = m.refersBack() || m.document() ? pronouns.resolve(m) : m.entity();
      if (speaker == null) {
        description = m.kind() == Kind.PRONOUN ? null : m.words();
      }
      if (m.kind() != Kind.PERSON && m.kind() != Kind.ORGANISATION) {
        confidence *= INDIRECT_NAME_FACTOR;
      }
    }
    if (speaker == null && description == null) {
      return null;
    }
    return new Attribution(
        speaker, description, via, cue, rule, speaker == null ? 0 : confidence, afterQuote);
  }

  /** Whether this is {@link #NOBODY}, the only attribution without a rule. */
  boolean namesNobody() {
    return rule == null;
  }

  /**
   * The same attribution decided by {@code other}, a rule that found it through this one's
   * construction ("“…” will not be “…,” Ed Day said" for the sentence's first quote): its
   * confidence is that rule's when a speaker is named.
   */
  Attribution as(AttributionRule other) {
    return new Attribution(
        speaker,
        description,
        via,
        cue,
        other,
        speaker == null ? 0 : Math.min(confidence, other.confidence()),
        afterQuote);
  }

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
