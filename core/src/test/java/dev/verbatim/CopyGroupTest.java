package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of one story: grouped at ingest, kept right by updates and deletes, collapsed in search.
 */
class CopyGroupTest {
  private static List<Article> seeds;

  @TempDir Path dir;

  @BeforeAll
  static void readSeeds() throws IOException {
    seeds = Seeds.articles();
  }

  private static Verbatim index() throws IOException {
    return Opening.writable(new ByteBuffersDirectory(), null, Double.NaN);
  }

  /** A reprint of {@code original} under another outlet, id, date and headline, text changed. */
  private static Article reprint(
      Article original, String id, String source, LocalDate date, String text) {
    return new Article(
        id, source, null, "Reprint: " + original.title(), List.of(), date, "en", text);
  }

  private static Article at(Article a, String id, LocalDate date) {
    return new Article(id, a.source(), a.url(), a.title(), a.authors(), date, "en", a.text());
  }

  /** The seed with the longest text: a story of many paragraphs. */
  private static Article story() {
    return seeds.stream()
        .max(java.util.Comparator.comparingInt(a -> a.text().length()))
        .orElseThrow();
  }

  private static String group(Verbatim v, String id) throws IOException {
    return v.articles().copiesOf(id).orElseThrow().id();
  }

  @Test
  void theFiveSeedsAreFiveStories() throws IOException {
    try (Verbatim v = index()) {
      v.addAndCommit(seeds);
      Set<String> groups = new HashSet<>();
      for (Article a : seeds) {
        CopyGroup g = v.articles().copiesOf(a.id()).orElseThrow();
        assertThat(g.members()).extracting(CopyGroup.Member::article).containsExactly(a.id());
        groups.add(g.id());
      }
      assertThat(groups).hasSize(5);
    }
  }

  @Test
  void anExactCopyUnderAnotherHeadlineAndADatelineJoinsTheStoryAndTheEarliestIsTheOriginal()
      throws IOException {
    Article story = at(story(), "wire", LocalDate.of(2025, 3, 2));
    Article early =
        reprint(
            story,
            "early",
            "Early Herald",
            LocalDate.of(2025, 3, 1),
            "NEW YORK (AP) — " + story.text());
    Article exact = reprint(story, "exact", "Daily Copy", LocalDate.of(2025, 3, 3), story.text());
    try (Verbatim v = index()) {
      v.addAndCommit(List.of(story));
      v.addAndCommit(List.of(exact, early)); // found in the snapshot and among the batch
      CopyGroup g = v.articles().copiesOf("exact").orElseThrow();
      assertThat(g.members())
          .extracting(CopyGroup.Member::article)
          .containsExactly("early", "wire", "exact");
      assertThat(g.original().source()).isEqualTo("Early Herald");
      assertThat(g.outlets()).isEqualTo(3);
      assertThat(group(v, "early")).isEqualTo(group(v, "wire"));
    }
  }

  @Test
  void aCopyWithAParagraphCutStaysAndAnotherStoryOnTheSameEventStaysApart() throws IOException {
    Article story = story();
    List<String> paragraphs = new ArrayList<>(Arrays.asList(story.text().split("\n\n")));
    assertThat(paragraphs.size()).isGreaterThan(8);
    paragraphs.remove(paragraphs.size() / 2);
    Article cut =
        reprint(story, "cut", "Trimmed Times", story.date(), String.join("\n\n", paragraphs));
    try (Verbatim v = index()) {
      v.addAndCommit(seeds);
      v.add(cut); // uncommitted: found among the seeds' snapshot
      v.commit();
      assertThat(group(v, "cut")).isEqualTo(group(v, story.id()));
      for (Article other : seeds) {
        if (!other.id().equals(story.id())) {
          assertThat(group(v, other.id())).isNotEqualTo(group(v, story.id()));
        }
      }
    }
  }

  @Test
  void anUndatedCopyIsNeverTheOriginalWhileAMemberHasADate() throws IOException {
    Article story = at(story(), "dated", LocalDate.of(2025, 5, 5));
    Article undated = reprint(story, "undated", "Nodate News", null, story.text());
    try (Verbatim v = index()) {
      v.addAndCommit(List.of(undated, story));
      assertThat(v.articles().copiesOf("undated").orElseThrow().original().article())
          .isEqualTo("dated");
    }
  }

  @Test
  void anUpdateThatChangesTheStoryLeavesTheGroupAndADeleteHandsTheOriginalOn() throws IOException {
    Article story = at(story(), "a", LocalDate.of(2025, 1, 1));
    Article b = reprint(story, "b", "B", LocalDate.of(2025, 1, 2), story.text());
    Article c = reprint(story, "c", "C", LocalDate.of(2025, 1, 3), story.text());
    Article other =
        seeds.stream().filter(s -> !s.id().equals(story().id())).findFirst().orElseThrow();
    try (Verbatim v = index()) {
      v.addAndCommit(List.of(story, b, c));
      assertThat(v.articles().copiesOf("c").orElseThrow().members()).hasSize(3);
      v.addAndCommit(List.of(reprint(other, "b", "B", LocalDate.of(2025, 1, 2), other.text())));
      assertThat(v.articles().copiesOf("c").orElseThrow().members())
          .extracting(CopyGroup.Member::article)
          .containsExactly("a", "c");
      assertThat(v.articles().copiesOf("b").orElseThrow().members()).hasSize(1);
      v.delete("a");
      v.commit();
      CopyGroup left = v.articles().copiesOf("c").orElseThrow();
      assertThat(left.members()).extracting(CopyGroup.Member::article).containsExactly("c");
      assertThat(left.original().article()).isEqualTo("c");
    }
  }

  @Test
  void aCollapsedSearchShowsOneHitPerStoryAndPagesNeverRepeatOne() throws IOException {
    Article story = story();
    List<Article> all = new ArrayList<>(seeds);
    for (int i = 0; i <= 4; i++) {
      all.add(reprint(story, "s" + i, "Outlet " + i, LocalDate.of(2025, 2, 1 + i), story.text()));
    }
    String word = story.text().split("\\s+")[10].replaceAll("[^\\p{L}]", "");
    try (Verbatim v = index()) {
      v.addAndCommit(all);
      SearchResult plain = v.search(SearchRequest.builder("the").size(20).build());
      assertThat(plain.groups()).isNull();
      assertThat(plain.hits()).hasSize(10);
      Hit reprintHit =
          plain.hits().stream().filter(h -> h.id().equals("s3")).findFirst().orElseThrow();
      assertThat(reprintHit.copies().isOriginal()).isFalse();
      assertThat(reprintHit.copies().original().article()).isEqualTo(story().id());

      SearchRequest collapsed =
          SearchRequest.builder("the").size(2).collapse(Collapse.COPIES).build();
      List<String> seen = new ArrayList<>();
      SearchResult page = v.search(collapsed);
      assertThat(page.total()).isEqualTo(10);
      assertThat(page.groups()).isEqualTo(5);
      while (true) {
        page.hits().forEach(h -> seen.add(h.copies().group()));
        if (page.nextCursor() == null) {
          break;
        }
        page = v.search(collapsed.toBuilder().cursor(page.nextCursor()).build());
      }
      assertThat(seen).hasSize(5).doesNotHaveDuplicates();
      SearchResult none =
          v.search(SearchRequest.builder("zyxwvutsrq").collapse(Collapse.COPIES).build());
      assertThat(none.total()).isZero();
      assertThat(none.groups()).isZero();
      assertThat(none.hits()).isEmpty();
      Hit storyHit =
          v
              .search(SearchRequest.builder("\"" + word + "\"").collapse(Collapse.COPIES).build())
              .hits()
              .stream()
              .filter(h -> h.copies().articles() == 6)
              .findFirst()
              .orElseThrow();
      assertThat(storyHit.copies().outlets()).isEqualTo(6);
    }
  }

  @Test
  void verifyCountsAWireStoryAndItsReprintsAsOneReportAndShowsTheOriginalFirst()
      throws IOException {
    Article cnn = seeds.stream().filter(a -> "CNN".equals(a.source())).findFirst().orElseThrow();
    List<Article> all = new ArrayList<>(seeds);
    all.add(
        reprint(cnn, "r1", "Reprint One", cnn.date().plusDays(1), "WASHINGTON — " + cnn.text()));
    // same day, and an id that sorts first: only the copy rule puts the original before it
    all.add(reprint(cnn, "0-r2", "Reprint Two", cnn.date(), cnn.text()));
    try (Verbatim v = index()) {
      v.addAndCommit(all);
      String claim = "I have spoken to Putin only once";
      var plain = v.verify(claim, null);
      var variants = plain.variants().getFirst();
      assertThat(variants.earliest().source()).isEqualTo("CNN");
      assertThat(variants.independentReports())
          .contains("CNN")
          .doesNotContain("Reprint One", "Reprint Two");
      assertThat(variants.outlets()).isGreaterThanOrEqualTo(3);
      assertThat(variants.independentReports().size()).isEqualTo(variants.outlets() - 2);
      // the reprint dated the same day as the original comes after it
      var exact =
          plain.matches().stream()
              .filter(m -> m.verdict() == dev.verbatim.verify.Verification.Verdict.EXACT)
              .toList();
      int original = indexOf(exact, cnn.id());
      int sameDayReprint = indexOf(exact, "0-r2");
      assertThat(original).isNotNegative().isLessThan(sameDayReprint);
      assertThat(exact.get(sameDayReprint).reprint()).isTrue();
      assertThat(exact.get(sameDayReprint).copies().original().article()).isEqualTo(cnn.id());
    }
  }

  private static int indexOf(List<dev.verbatim.verify.Verification.Match> matches, String article) {
    for (int i = 0; i < matches.size(); i++) {
      if (matches.get(i).article().equals(article)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theThresholdIsKeptWithTheIndexAndAnotherIsRefused() throws IOException {
    try (Verbatim v = Verbatim.open(dir, null, 0.5)) {
      v.addAndCommit(seeds);
      assertThat(v.articles().copyThreshold()).isEqualTo(0.5);
    }
    try (Verbatim v = Verbatim.open(dir, null)) {
      assertThat(v.articles().copyThreshold()).isEqualTo(0.5);
    }
    assertThatThrownBy(() -> Verbatim.open(dir, null, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("groups copies at 0.5");
    assertThatThrownBy(() -> Verbatim.open(dir.resolve("new"), null, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0.2 and 1");
  }
}
