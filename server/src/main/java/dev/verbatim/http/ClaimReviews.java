package dev.verbatim.http;

import dev.verbatim.Article;
import dev.verbatim.Verbatim;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.Verification.Match;
import dev.verbatim.verify.Verification.SpeakerEvidence;
import dev.verbatim.verify.Verification.Verdict;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verification as schema.org's {@code ClaimReview} (what fact-check aggregators and search
 * engines read): the review's {@code url} (the page's permalink of this verification) and {@code
 * author} (the publisher the operator names), the claim as a {@code Claim} with its author and
 * every attested appearance (article URL, outlet, date; the earliest as {@code firstAppearance}),
 * and the verdict as the rating's {@code alternateName}.
 *
 * <p>The rating never says more than the evidence: it asserts misattribution (2) only when the
 * evidence names someone else; when the evidence names nobody, the words are on record but who said
 * them is not, and the rating is at most 3 ("unconfirmed who said it").
 */
final class ClaimReviews {
  private ClaimReviews() {}

  /**
   * JSON that stays JSON inside {@code <script type="application/ld+json">}, where publishers paste
   * ClaimReview: {@code <}, {@code >} and {@code &} written as {@code \\u003c}, {@code \\u003e},
   * {@code \\u0026}, so that a claim or headline holding {@code </script>} cannot end the script
   * element. Outside strings JSON has none of these characters, so the text means the same.
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** The verdict in words a reader understands. */
  static String words(Verification v) {
    String words =
        switch (v.verdict()) {
          case EXACT -> "Accurate: these words are on record";
          case CLOSE -> "Accurate, in slightly different words";
          case PARAPHRASE -> "Paraphrase: the meaning is on record, not these words";
          case NOT_FOUND -> "No record found";
        };
    if (v.speakerEvidence() == null) {
      return words;
    }
    return switch (v.speakerEvidence()) {
      case SAME_SPEAKER -> words + ", from " + v.speaker();
      case OTHER_SPEAKER ->
          words + ", but from " + String.join(", ", v.speakersOnRecord()) + ", not " + v.speaker();
      case NO_SPEAKER_NAMED ->
          words
              + "; the record names no speaker, so it is unconfirmed that "
              + v.speaker()
              + " said it";
    };
  }

  /** The rating schema.org wants (1..5). */
  static int rating(Verification v) {
    int byWords =
        switch (v.verdict()) {
          case EXACT -> 5;
          case CLOSE -> 4;
          case PARAPHRASE -> 3;
          case NOT_FOUND -> 1;
        };
    if (v.speakerEvidence() == SpeakerEvidence.OTHER_SPEAKER) {
      return 2;
    }
    if (v.speakerEvidence() == SpeakerEvidence.NO_SPEAKER_NAMED) {
      return Math.min(3, byWords);
    }
    return byWords;
  }

  /**
   * The ClaimReview of {@code v}, the verification of {@code claim}.
   *
   * @param url the review's own address: the page showing this verification
   * @param publisher the review's author; null: none named
   */
  static Map<String, Object> of(
      Verbatim verbatim,
      String claim,
      Verification v,
      String url,
      ServerSettings.Publisher publisher)
      throws IOException {
    String speaker = v.speaker();
    List<Match> attested =
        v.matches().stream()
            .filter(m -> m.verdict() != Verdict.NOT_FOUND)
            // original reporting first, a reprint after the story's first printing
            .sorted(
                Comparator.comparing(Match::reprint)
                    .thenComparing(m -> m.date() == null ? LocalDate.MAX : m.date()))
            .toList();
    List<Map<String, Object>> appearances = new ArrayList<>();
    for (Match m : attested) {
      appearances.add(appearance(verbatim, m));
    }
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("@type", "Claim");
    String author =
        speaker != null ? speaker : attested.isEmpty() ? null : attested.getFirst().speaker();
    if (author != null) {
      item.put("author", Map.of("@type", "Person", "name", author));
    }
    item.put("appearance", appearances);
    if (!appearances.isEmpty()) {
      item.put("firstAppearance", appearances.getFirst());
    }
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("@context", "https://schema.org");
    review.put("@type", "ClaimReview");
    review.put("url", url);
    if (publisher != null) {
      Map<String, Object> organisation = new LinkedHashMap<>();
      organisation.put("@type", "Organization");
      organisation.put("name", publisher.name());
      if (publisher.url() != null) {
        organisation.put("url", publisher.url());
      }
      review.put("author", organisation);
    }
    review.put("claimReviewed", claim);
    review.put("reviewBody", v.why());
    review.put("datePublished", LocalDate.now(ZoneOffset.UTC).toString());
    review.put("itemReviewed", item);
    review.put("reviewRating", ratingOf(v));
    return review;
  }

  /** An attested quote as a schema.org {@code CreativeWork}: its article's address and headline. */
  private static Map<String, Object> appearance(Verbatim verbatim, Match m) throws IOException {
    Optional<Article> article = verbatim.articles().get(m.article());
    Map<String, Object> work = new LinkedHashMap<>();
    work.put("@type", "CreativeWork");
    article.map(Article::url).ifPresent(u -> work.put("url", u));
    article.map(Article::title).ifPresent(t -> work.put("headline", t));
    if (m.date() != null) {
      work.put("datePublished", m.date().toString());
    }
    if (m.source() != null) {
      work.put("publisher", Map.of("@type", "Organization", "name", m.source()));
    }
    work.put("text", m.text());
    return work;
  }

  /** The verdict as a schema.org {@code Rating}, 1 to 5, with its words. */
  private static Map<String, Object> ratingOf(Verification v) {
    Map<String, Object> rating = new LinkedHashMap<>();
    rating.put("@type", "Rating");
    rating.put("ratingValue", rating(v));
    rating.put("bestRating", 5);
    rating.put("worstRating", 1);
    rating.put("alternateName", words(v));
    return rating;
  }
}
