package dev.verbatim.verify;

import dev.verbatim.quote.Speakers;
import dev.verbatim.verify.Verification.SpeakerEvidence;
import dev.verbatim.verify.Verification.Verdict;
import dev.verbatim.verify.WordDiff.Op;
import dev.verbatim.verify.WordDiff.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Verify's verdicts and speaker states in words a reader can check against the evidence. */
final class Reasons {
  /** How many word changes a sentence lists before it says "and N more". */
  private static final int CHANGES_LISTED = 4;

  private Reasons() {}

  /** Why a quote is an {@code exact} match. */
  static String exact(int claimWords, int quoteWords) {
    return quoteWords > claimWords
        ? "The same words, inside a longer quote."
        : "The same words (case, punctuation and quote marks aside).";
  }

  /**
   * Why a quote is a {@code close} match: the words that differ, in the claim's order — a word the
   * claim has where the quote has another ("'talked' → 'spoken'"), a word moved, a word only the
   * claim has, a word the claim leaves out.
   */
  static String close(List<Run> aligned) {
    List<String> onlyClaim = new ArrayList<>();
    List<String> onlyQuote = new ArrayList<>();
    for (int i = 0; i < aligned.size(); i++) {
      if (replacement(aligned, i)) {
        i++;
      } else if (aligned.get(i).op() == Op.DELETE) {
        onlyClaim.add(aligned.get(i).text());
      } else if (aligned.get(i).op() == Op.INSERT) {
        onlyQuote.add(aligned.get(i).text());
      }
    }
    List<String> changes = new ArrayList<>();
    for (int i = 0; i < aligned.size(); i++) {
      Run r = aligned.get(i);
      if (replacement(aligned, i)) {
        Run next = aligned.get(i + 1);
        Run claim = r.op() == Op.DELETE ? r : next;
        Run quote = r.op() == Op.DELETE ? next : r;
        changes.add("'" + claim.text() + "' → '" + quote.text() + "'");
        i++;
      } else if (r.op() == Op.DELETE) {
        boolean moved = onlyQuote.stream().anyMatch(q -> q.equalsIgnoreCase(r.text()));
        changes.add("'" + r.text() + (moved ? "' moved" : "' not in the quote"));
      } else if (r.op() == Op.INSERT
          && onlyClaim.stream().noneMatch(c -> c.equalsIgnoreCase(r.text()))) {
        changes.add("'" + r.text() + "' left out");
      }
    }
    String listed = String.join("; ", changes.subList(0, Math.min(CHANGES_LISTED, changes.size())));
    if (changes.size() > CHANGES_LISTED) {
      listed += "; and " + (changes.size() - CHANGES_LISTED) + " more";
    }
    return "The same words except " + listed + ".";
  }

  /** Whether runs i and i + 1 are a delete and an insert, in either order: words replaced. */
  private static boolean replacement(List<Run> runs, int i) {
    return i + 1 < runs.size()
        && runs.get(i).op() != Op.EQUAL
        && runs.get(i + 1).op() != Op.EQUAL
        && runs.get(i).op() != runs.get(i + 1).op();
  }

  /** Why a quote is a {@code paraphrase} by its words. */
  static String paraphraseByWords(long sharedStems, int claimStems) {
    return String.format(
        Locale.ROOT,
        "Other wording with most of the claim's content words: %d of %d are in the quote.",
        sharedStems,
        claimStems);
  }

  /** Why a quote is a {@code paraphrase} by meaning. */
  static String paraphraseByMeaning(double cosine, double threshold, int shared, int claimWords) {
    return String.format(
        Locale.ROOT,
        "The meaning matches (%.2f, %.2f needed); %d of the claim's %d words are shared.",
        cosine,
        threshold,
        shared,
        claimWords);
  }

  /**
   * Why a quote near the claim in meaning is no paraphrase of it: someone else said it, and the
   * claim names its speaker.
   */
  static String anotherSpeakersMeaning(double cosine, String attested, String asked) {
    return String.format(
        Locale.ROOT,
        "The meaning is near (%.2f), but the quote is %s's, not %s's: other words with a near"
            + " meaning are evidence only of what their own speaker said.",
        cosine,
        attested,
        asked);
  }

  /**
   * Why a quote near the claim in meaning is no paraphrase of it: it names no speaker, and is not
   * near enough for its meaning alone to tie it to the claim's.
   */
  static String unnamedMeaning(double cosine, double needed, String asked) {
    return String.format(
        Locale.ROOT,
        "The meaning is near (%.2f), but the quote names no speaker: to stand for %s's words by"
            + " meaning alone it must be nearer (%.2f needed).",
        cosine,
        asked,
        needed);
  }

  /**
   * Why a quote near the claim in meaning is no paraphrase of it: other quotes are about as near,
   * so the claim is on their topic rather than a rewording of one.
   */
  static String notSingledOut(double cosine, double crowd, double margin) {
    return String.format(
        Locale.ROOT,
        "The meaning is near (%.2f), but so are other quotes on the topic (the fifth nearest %.2f):"
            + " a rewording stands out from them by %.2f or more.",
        cosine,
        crowd,
        margin);
  }

  /** Why a quote sharing the words is not the claim: the meaning is elsewhere. */
  static String meaningElsewhere(double cosine, double needed) {
    return String.format(
        Locale.ROOT,
        "The words are there but the meaning is not (%.2f, %.2f needed): the quote says something"
            + " else with them.",
        cosine,
        needed);
  }

  /** Why a quote that only asks is not the claim. */
  static String onlyAsks() {
    return "The quote asks what the claim states.";
  }

  /** Why a quote the claim contradicts is not the claim. */
  static String contradicts(Contradiction contradiction) {
    return switch (contradiction) {
      case NEGATION -> "One of the claim and the quote negates what the other says.";
      case NUMBER -> "The claim has a number the quote does not.";
      case OPPOSITE ->
          "The claim says the opposite of the quote: one word is replaced by its opposite.";
    };
  }

  /** Why a quote is not the claim when nothing rules it out but too little is shared. */
  static String tooFar(int shared, int claimWords, Double cosine, double threshold) {
    String words =
        String.format(
            Locale.ROOT, "Too little in common: %d of the claim's %d words", shared, claimWords);
    return cosine == null
        ? words + "."
        : words
            + String.format(
                Locale.ROOT, ", and the meaning too far (%.2f, %.2f needed).", cosine, threshold);
  }

  /** The verification's sentence: the best match's verdict and the speaker's state. */
  static String of(
      Verdict verdict,
      String bestWhy,
      String speaker,
      SpeakerEvidence evidence,
      List<String> onRecord) {
    String found =
        switch (verdict) {
          case EXACT -> "These words are on record. ";
          case CLOSE -> "These words are on record, slightly changed. ";
          case PARAPHRASE -> "The meaning is on record, in other words. ";
          case NOT_FOUND -> "No quote on record says this. ";
        };
    String who =
        evidence == null
            ? ""
            : switch (evidence) {
              case SAME_SPEAKER ->
                  " The evidence attributes them to "
                      + onRecord.stream()
                          .filter(s -> Speakers.samePerson(speaker, s))
                          .findFirst()
                          .orElse(speaker)
                      + ".";
              case OTHER_SPEAKER ->
                  " The evidence attributes them to "
                      + String.join(", ", onRecord)
                      + ", not to "
                      + speaker
                      + ".";
              case NO_SPEAKER_NAMED ->
                  " The evidence names no speaker: it neither confirms nor contradicts that "
                      + speaker
                      + " said them.";
            };
    return found + bestWhy + who;
  }
}
