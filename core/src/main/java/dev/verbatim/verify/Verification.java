package dev.verbatim.verify;

import dev.verbatim.Copies;
import dev.verbatim.Snippet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The answer to "did they say it?".
 *
 * @param verdict the best match's verdict
 * @param speakerAgrees whether the evidence attributes the words to the speaker asked about: true
 *     when a best match names that speaker, false only when the best matches name someone else and
 *     never that speaker, null when no best match names anyone, when no speaker was asked about or
 *     nothing was found (kept for existing clients; {@code speakerEvidence} names the state)
 * @param speakerEvidence which of the three states the evidence is in; null when no speaker was
 *     asked about or nothing was found
 * @param speakersOnRecord the speakers the best matches name, first-named first; empty when none
 *     names anyone
 * @param matches attested quotes, best first; when nothing matches, the nearest ones as {@code
 *     not_found}
 * @param variants the wordings of the matched utterance across outlets, earliest first
 * @param speaker the speaker checked: the one asked about, else the one the claim names ("Musk said
 *     …"); null when neither
 * @param byMeaning whether meaning was compared (the claim embedded and the index holding quote
 *     vectors of the same model); false: words only
 * @param why the verdict and the speaker's state in a sentence or two, for a reader
 */
public record Verification(
    Verdict verdict,
    Boolean speakerAgrees,
    SpeakerEvidence speakerEvidence,
    List<String> speakersOnRecord,
    List<Match> matches,
    List<VariantGroup> variants,
    String speaker,
    boolean byMeaning,
    String why) {

  /** Copies the lists. */
  public Verification {
    speakersOnRecord = List.copyOf(speakersOnRecord);
    matches = List.copyOf(matches);
    variants = List.copyOf(variants);
  }

  /**
   * What the evidence says about the speaker asked about. "Nobody is named" is not "someone else
   * said it": a quote whose article names no speaker neither confirms nor contradicts the claim's
   * speaker.
   */
  public enum SpeakerEvidence {
    /** A best match names the speaker asked about. */
    SAME_SPEAKER,
    /** The best matches name someone else, and none names the speaker asked about. */
    OTHER_SPEAKER,
    /** No best match names anyone: the evidence cannot say who said it. */
    NO_SPEAKER_NAMED;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** How a wording relates to the claim. */
  public enum Verdict {
    /** The same words (case, punctuation and quote style aside), possibly inside a longer quote. */
    EXACT,
    /** The same words with a few inserted, deleted or moved. */
    CLOSE,
    /**
     * The same meaning in other words: most of the same content words, or embeddings close enough
     * (see {@link Verifier}); never when the claim negates what the quote says or changes a number.
     */
    PARAPHRASE,
    /** Nothing attested says it. */
    NOT_FOUND;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One attested quote.
   *
   * @param similarity 0..1: shared words over the claim and the compared stretch of the quote
   * @param meaning the cosine of the claim's and the quote's embeddings; null when meaning was not
   *     compared
   * @param diff the claim against this wording, word by word
   * @param why the verdict in a sentence: what differs, how much is shared, or what rules it out
   * @param context the paragraph around the quote, the quote marked {@link Snippet.Kind#QUOTE} and
   *     the attribution cue's words {@link Snippet.Kind#CUE}; null when the article's text is not
   *     at hand
   * @param copies the copy group of the quote's article: a reprint's match says which outlet
   *     printed the story first; null for an article indexed before copies were grouped
   */
  public record Match(
      Verdict verdict,
      String text,
      String speaker,
      String source,
      LocalDate date,
      String article,
      double similarity,
      Double meaning,
      List<WordDiff.Run> diff,
      String why,
      Snippet context,
      Copies copies) {
    /** Copies the list. */
    public Match {
      diff = List.copyOf(diff);
    }

    /** Whether this match's article reprints a story another outlet printed first. */
    public boolean reprint() {
      return copies != null && !copies.isOriginal();
    }
  }

  /**
   * One utterance as outlets reported it.
   *
   * @param earliest the first outlet to report it, and when: the earliest original, never a reprint
   *     (a reprint's story is dated by the outlet that printed it first)
   * @param wordings each distinct wording, the earliest first
   * @param outlets how many outlets carry it
   * @param independentReports the outlets that reported it independently, the earliest first: one
   *     per story (a wire story and its reprints are one report, by the outlet that printed it
   *     first)
   */
  public record VariantGroup(
      Earliest earliest, List<Wording> wordings, int outlets, List<String> independentReports) {
    /** Copies the lists. */
    public VariantGroup {
      wordings = List.copyOf(wordings);
      independentReports = List.copyOf(independentReports);
    }
  }

  /** The first report of an utterance. */
  public record Earliest(String source, LocalDate date) {}

  /**
   * One wording of an utterance.
   *
   * @param count how many quotes use it
   * @param sources the outlets that use it, earliest first
   */
  public record Wording(String text, int count, List<String> sources) {
    /** Copies the list. */
    public Wording {
      sources = List.copyOf(sources);
    }
  }
}
