package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verbatim.ingest.Ingest;
import dev.verbatim.verify.Verification;
import dev.verbatim.verify.Verification.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watches: saved searches and claims matched against arriving articles, in the commit that makes
 * them searchable, once each, durably.
 */
class WatchTest {
  @TempDir Path dir;

  private static final Path SEEDS = Seeds.folder();

  private static Article article(String id, String source, LocalDate date, String text) {
    return new Article(
        id, source, "https://example.org/" + id, "Headline " + id, List.of(), date, "en", text);
  }

  private static List<WatchMatch> matches(Verbatim v, Watch w) throws IOException {
    return v.watches().matches(w.id(), null, 100).orElseThrow().matches();
  }

  private static Watch search(Verbatim v, String query) throws IOException {
    return v.watch(WatchRequest.search(SearchRequest.of(query), Scope.ARTICLES));
  }

  @Test
  void aSavedSearchMatchesArrivingArticlesOnceWithTheMatchMarked() throws IOException {
    try (Verbatim v = Verbatim.open(dir.resolve("i"), null)) {
      Watch redLines = search(v, "\"red lines\" kremlin");
      Watch absent = search(v, "\"nothing in these articles\"");
      Ingest.run(v, List.of(SEEDS), 1_000, (r, a) -> {});

      List<WatchMatch> found = matches(v, redLines);
      // exactly the articles the same search finds
      assertThat(found)
          .extracting(WatchMatch::article)
          .containsExactlyInAnyOrderElementsOf(
              v
                  .search(SearchRequest.builder("\"red lines\" kremlin").size(100).build())
                  .hits()
                  .stream()
                  .map(Hit::id)
                  .toList());
      assertThat(found).isNotEmpty();
      // the passage around the phrase, each match marked (the phrase as one)
      assertThat(found.getFirst().text().marked()).contains("red lines");
      assertThat(found.getFirst().source()).isNotNull();
      assertThat(matches(v, absent)).isEmpty();

      // re-ingesting the same articles records nothing again
      Ingest.run(v, List.of(SEEDS), 1_000, (r, a) -> {});
      assertThat(matches(v, redLines)).hasSameSizeAs(found);
    }
  }

  @Test
  void filtersScopesAndWordsTheIndexHasNotSeenWorkAsInSearch() throws IOException {
    try (Verbatim v = Verbatim.open(dir.resolve("i"), null)) {
      Watch bySource =
          v.watch(
              WatchRequest.search(
                  SearchRequest.builder("harbour").sources(List.of("Tide Times")).build(),
                  Scope.ARTICLES));
      Watch byDate =
          v.watch(
              WatchRequest.search(
                  SearchRequest.builder("harbour").from(LocalDate.of(2024, 3, 1)).build(),
                  Scope.ARTICLES));
      Watch prefix = search(v, "dredg*");
      Watch negated = search(v, "-harbour");
      Watch quotes =
          v.watch(
              WatchRequest.search(
                  SearchRequest.builder("\"back down\"").speakers(List.of("Mara Quint")).build(),
                  Scope.QUOTES));
      v.addAndCommit(
          List.of(
              article(
                  "a1",
                  "Tide Times",
                  LocalDate.of(2024, 2, 1),
                  "The harbour will be dredged next year. “We will not back down,” said Mara Quint,"
                      + " the harbour master."),
              article(
                  "a2",
                  "Coast Daily",
                  LocalDate.of(2024, 4, 1),
                  "The harbour board met. “We will not back down,” said Olaf Brenn, a fisherman."),
              article(
                  "a3", "Coast Daily", LocalDate.of(2024, 4, 2), "The council met on Tuesday.")));

      assertThat(matches(v, bySource)).extracting(WatchMatch::article).containsExactly("a1");
      assertThat(matches(v, byDate)).extracting(WatchMatch::article).containsExactly("a2");
      assertThat(matches(v, prefix)).extracting(WatchMatch::article).containsExactly("a1");
      assertThat(matches(v, negated)).extracting(WatchMatch::article).containsExactly("a3");
      List<WatchMatch> quoted = matches(v, quotes);
      assertThat(quoted).extracting(WatchMatch::article).containsExactly("a1");
      assertThat(quoted.getFirst().speaker()).isEqualTo("Mara Quint");
      assertThat(quoted.getFirst().quote()).startsWith("a1#");
      assertThat(quoted.getFirst().text().text()).isEqualTo("We will not back down,");
    }
  }

  @Test
  void aClaimWatchCatchesTheClaimAsVerifyDoesAndNotAnotherQuote() throws IOException {
    try (Verbatim v = Verbatim.open(dir.resolve("i"), null)) {
      Watch claim = v.watch(WatchRequest.claim("The subject matter was space", "Elon Musk"));
      Watch other = v.watch(WatchRequest.claim("I have never been to the moon", null));
      Ingest.run(v, List.of(SEEDS), 1_000, (r, a) -> {});

      List<WatchMatch> found = matches(v, claim);
      assertThat(found).isNotEmpty();
      assertThat(found)
          .allSatisfy(
              m -> {
                assertThat(m.verdict()).isIn(Verdict.EXACT, Verdict.CLOSE);
                assertThat(m.text().text()).containsIgnoringCase("subject matter was space");
              });
      assertThat(matches(v, other)).isEmpty();
    }
  }

  @Test
  void byMeaningAClaimWatchCatchesARewordingAsVerifyDoes() throws IOException {
    // the default model: a claim is compared by verify's pipeline on the index before the commit
    try (Verbatim v = Verbatim.open(dir.resolve("i"))) {
      Watch claim = v.watch(WatchRequest.claim("The subject matter was space", "Elon Musk"));
      Ingest.run(v, List.of(SEEDS), 1_000, (r, a) -> {});

      List<WatchMatch> found = matches(v, claim);
      Verification byVerify = v.verify("The subject matter was space", "Elon Musk");
      // every article verify attests it in is matched, and no other
      assertThat(found)
          .extracting(WatchMatch::article)
          .containsExactlyInAnyOrderElementsOf(
              byVerify.matches().stream().map(Verification.Match::article).distinct().toList());
      // Infobae's machine translation rewords it ("The topic we discussed was space")
      assertThat(found)
          .anySatisfy(
              m -> {
                assertThat(m.verdict()).isEqualTo(Verdict.PARAPHRASE);
                assertThat(m.meaning()).isNotNull();
              });
    }
  }

  @Test
  void matchesAreDurableWithTheirArticlesAndGoWithTheirWatch() throws IOException {
    Path index = dir.resolve("i");
    Watch watch;
    try (Verbatim v = Verbatim.open(index, null)) {
      watch = search(v, "lighthouse");
      v.addAndCommit(List.of(article("a1", "X", null, "The lighthouse was repainted.")));
    }
    try (Verbatim v = Verbatim.open(index, null)) {
      assertThat(matches(v, watch)).extracting(WatchMatch::article).containsExactly("a1");
      // the compiled watches come back with the index
      v.addAndCommit(List.of(article("a2", "X", null, "A second lighthouse was built.")));
      assertThat(matches(v, watch)).extracting(WatchMatch::article).containsExactly("a2", "a1");
      // an updated article that still matches is not a second match
      v.addAndCommit(List.of(article("a2", "X", null, "A second lighthouse was built in 1890.")));
      assertThat(matches(v, watch)).hasSize(2);
      // the feed secret finds the watch, until it is renewed
      assertThat(v.watches().byFeedToken(watch.feedToken())).contains(watch);
      Watch renewed = v.watches().renewFeedToken(watch.id()).orElseThrow();
      assertThat(v.watches().byFeedToken(watch.feedToken())).isEmpty();
      assertThat(v.watches().byFeedToken(renewed.feedToken())).map(Watch::id).contains(watch.id());
      // articles are not counted with the watches
      assertThat(v.count()).isEqualTo(2);
      assertThat(v.search(SearchRequest.of("lighthouse")).total()).isEqualTo(2);

      assertThat(v.watches().remove(watch.id())).isTrue();
      assertThat(v.watches().list()).isEmpty();
      assertThat(v.watches().matches(watch.id(), null, 10)).isEmpty();
      assertThat(v.watches().remove(watch.id())).isFalse();
    }
  }

  @Test
  void aStoredWatchWhoseQueryNoLongerCompilesKeepsNothingFromOpening() throws IOException {
    Path index = dir.resolve("i");
    try (Verbatim v = Verbatim.open(index, null)) {
      search(v, "lighthouse");
    }
    // as an earlier version could have stored it: a query this version refuses
    Watch old =
        new Watch(
            "old",
            WatchRequest.search(SearchRequest.of("(lighthouse"), Scope.ARTICLES),
            java.time.Instant.parse("2026-01-01T00:00:00Z"),
            "k");
    try (var directory = org.apache.lucene.store.FSDirectory.open(index);
        var writer =
            dev.verbatim.internal.index.IndexWriters.open(
                directory, dev.verbatim.internal.copies.CopyThreshold.DEFAULT, null)) {
      writer.addDocument(dev.verbatim.internal.index.WatchFields.watchDocument(old, null));
      writer.commit();
    }
    try (Verbatim v = Verbatim.open(index, null)) {
      assertThat(v.watches().list()).extracting(Watch::id).contains("old").hasSize(2);
      v.addAndCommit(List.of(article("a1", "X", null, "The lighthouse was repainted.")));
      assertThat(v.count()).isEqualTo(1);
      assertThat(v.watches().matches("old", null, 10).orElseThrow().matches()).isEmpty();
    }
  }

  @Test
  void pagesOfMatchesGoFromNewestToOldest() throws IOException {
    try (Verbatim v = Verbatim.open(dir.resolve("i"), null)) {
      Watch watch = search(v, "lighthouse");
      for (int i = 0; i < 5; i++) {
        v.addAndCommit(List.of(article("a" + i, "X", null, "Lighthouse number " + i + ".")));
      }
      WatchMatches first = v.watches().matches(watch.id(), null, 2).orElseThrow();
      assertThat(first.matches()).extracting(WatchMatch::article).containsExactly("a4", "a3");
      WatchMatches second = v.watches().matches(watch.id(), first.nextCursor(), 2).orElseThrow();
      assertThat(second.matches()).extracting(WatchMatch::article).containsExactly("a2", "a1");
      WatchMatches last = v.watches().matches(watch.id(), second.nextCursor(), 2).orElseThrow();
      assertThat(last.matches()).extracting(WatchMatch::article).containsExactly("a0");
      assertThat(last.nextCursor()).isNull();
    }
  }

  @Test
  void aMalformedWatchIsRefusedWithAClearError() throws IOException {
    try (Verbatim v = Verbatim.open(dir.resolve("i"), null)) {
      assertThatThrownBy(() -> search(v, "\"unclosed")).isInstanceOf(QuerySyntaxException.class);
      assertThatThrownBy(() -> new WatchRequest(Scope.ARTICLES, SearchRequest.of("a"), "b", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not both");
      assertThatThrownBy(() -> WatchRequest.claim("  ", null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> v.watches().matches("x", "not-a-cursor", 10))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(v.watches().list()).isEmpty();
    }
  }
}
