package dev.verbatim.http;

import dev.verbatim.Article;
import dev.verbatim.Verbatim;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.Verification.Match;
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
 * engines read): the claim, the quote as a {@code Claim} with its author and every attested
 * appearance (article URL, outlet, date; the earliest as {@code firstAppearance}), and the verdict
 * as the rating's {@code alternateName}.
 */
final class ClaimReviews {
  private ClaimReviews() {}

  /** The verdict in words a reader understands, with the rating schema.org wants (1..5). */
  static String words(Verification v, String speaker) {
    String words =
        switch (v.verdict()) {
          case EXACT -> "Accurate: these words are on record";
          case CLOSE -> "Accurate, in slightly different words";
          case PARAPHRASE -> "Paraphrase: the meaning is on record, not these words";
          case NOT_FOUND -> "No record found";
        };
    return Boolean.FALSE.equals(v.speakerAgrees()) ? words + ", but not from " + speaker : words;
  }

  static int rating(Verification v) {
    if (Boolean.FALSE.equals(v.speakerAgrees())) {
      return 2;
    }
    return switch (v.verdict()) {
      case EXACT -> 5;
      case CLOSE -> 4;
      case PARAPHRASE -> 3;
      case NOT_FOUND -> 1;
    };
  }

  /** The ClaimReview of {@code v}, for the claim {@code claim} attributed to {@code speaker}. */
  static Map<String, Object> of(Verbatim verbatim, String claim, String speaker, Verification v)
      throws IOException {
    List<Map<String, Object>> appearances = new ArrayList<>();
    List<Match> attested =
        v.matches().stream()
            .filter(m -> m.verdict() != Verdict.NOT_FOUND)
            .sorted(Comparator.comparing(m -> m.date() == null ? LocalDate.MAX : m.date()))
            .toList();
    for (Match m : attested) {
      Optional<Article> article = verbatim.get(m.article());
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
      appearances.add(work);
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
    Map<String, Object> rating = new LinkedHashMap<>();
    rating.put("@type", "Rating");
    rating.put("ratingValue", rating(v));
    rating.put("bestRating", 5);
    rating.put("worstRating", 1);
    rating.put("alternateName", words(v, speaker));
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("@context", "https://schema.org");
    review.put("@type", "ClaimReview");
    review.put("claimReviewed", claim);
    review.put("datePublished", LocalDate.now(ZoneOffset.UTC).toString());
    review.put("itemReviewed", item);
    review.put("reviewRating", rating);
    return review;
  }
}
