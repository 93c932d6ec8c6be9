package dev.verbatim.quote;

import java.util.List;
import java.util.Locale;

/**
 * A quoted span of an article and who said it.
 *
 * @param start index of the first quoted character in the text (after the opening mark)
 * @param end index after the last quoted character (before the closing mark)
 * @param text the quoted words, marks excluded
 * @param speaker who said it, as the article names them in full; null when unknown or for a term
 * @param via who reported it, outermost first ("Bremmer wrote that Musk told him Putin was …" gives
 *     Putin via [Ian Bremmer, Elon Musk]); empty when the speaker is quoted directly
 * @param kind {@link Kind#SPEECH} for words someone said, {@link Kind#TERM} for scare quotes and
 *     titles
 * @param cue what decided the speaker: the reporting verb ("said", "tweeted", "according to"), ":"
 *     for a colon lead-in, "continuation" for a quote that continues the previous one, or null
 * @param confidence 0..1, how sure the attribution is; 0 when there is no speaker
 * @param rule the construction that decided the speaker, or null when nothing did
 * @param speakerDescription the words that describe an unnamed speaker ("a White House
 *     spokeswoman"), when {@code speaker} is null and the article describes who said it
 */
public record Quote(
    int start,
    int end,
    String text,
    String speaker,
    List<String> via,
    Kind kind,
    String cue,
    double confidence,
    AttributionRule rule,
    String speakerDescription) {

  /**
   * Copies the list and checks the span; a reporter who is the speaker is no reporter ("Ian Bremmer
   * via Ian Bremmer" is Ian Bremmer, quoted directly), so such names leave the chain.
   */
  public Quote {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span must be 0 <= start <= end, was " + start + ".." + end);
    }
    String quoted = speaker;
    via =
        via.stream().anyMatch(name -> Speakers.samePerson(name, quoted))
            ? via.stream().filter(name -> !Speakers.samePerson(name, quoted)).toList()
            : List.copyOf(via);
  }

  /** A quote nobody is named for: a term, or speech whose speaker the article does not give. */
  public static Quote unattributed(int start, int end, String text, Kind kind) {
    return new Quote(start, end, text, null, List.of(), kind, null, 0, null, null);
  }

  /** What a quoted span is. */
  public enum Kind {
    /** Words someone said or wrote. */
    SPEECH,
    /** A scare quote, a title or a name in quotation marks. */
    TERM;

    /** The lower-case name, as JSON writes it: {@code speech}, {@code term}. */
    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
