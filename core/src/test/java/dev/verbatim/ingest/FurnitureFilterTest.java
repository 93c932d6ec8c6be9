package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verbatim.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which rule removes which line, line by line on the seeds, and the edges of each rule. */
class FurnitureFilterTest {

  private static CleanedText seed(String file) throws IOException {
    String raw = Files.readString(Seeds.folder().resolve(file), StandardCharsets.UTF_8);
    return FurnitureFilter.clean(raw, null);
  }

  private static List<String> removed(CleanedText cleaned) {
    List<String> lines = new ArrayList<>();
    for (Removal r : cleaned.removals()) {
      lines.add(r.line() + " " + r.rule());
    }
    return lines;
  }

  @Test
  void focusWashingtonLosesItsCommentPrompts() throws IOException {
    CleanedText cleaned = seed("000_296fc6a704d818ab.txt");
    assertThat(removed(cleaned))
        .containsExactly(
            "1 headline", "27 comment-prompt", "29 comment-prompt", "31 comment-prompt");
    assertThat(cleaned.title()).isEqualTo("Musk Denies Expert’s Report He Spoke to Putin Directly");
    assertThat(cleaned.body()).endsWith("Bremmer is a top expert in geopolitics.");
  }

  @Test
  void viceGetsNoInventedHeadlineAndItsBrokenLinesJoined() throws IOException {
    CleanedText cleaned = seed("001_8bd6f41bf0bf1290.txt");
    assertThat(cleaned.title()).isNull();
    assertThat(cleaned.removals()).isEmpty();
    assertThat(cleaned.joinedLines()).containsExactly(2, 7, 8, 10, 11, 13, 15, 16, 18);
    assertThat(cleaned.body())
        .startsWith(
            "Elon Musk spoke directly with Russian President Vladimir Putin before tweeting a"
                + " proposal")
        .contains("said that he had spoken to Putin via video conference")
        .contains("one diplomat told him to “fuck off,” while")
        .contains("\n\nTesla and Musk have been contacted for comment.");
    assertThat(cleaned.body().split("\n\n")).hasSize(10);
  }

  @Test
  void cnnLosesSkipLinkCaptionBylineAndCopyrightTail() throws IOException {
    CleanedText cleaned = seed("002_bc97ad8f4dd9a4f7.txt");
    assertThat(removed(cleaned))
        .containsExactly(
            "1 skip-link",
            "3 headline",
            "5 photo-credit",
            "6 photo-credit",
            "7 caption",
            "9 byline",
            "83 copyright",
            "85 copyright",
            "87 copyright",
            "89 copyright",
            "92 copyright",
            "94 copyright",
            "96 copyright",
            "98 copyright");
    assertThat(cleaned.title())
        .isEqualTo("Elon Musk denies claim he spoke to Vladimir Putin about the war in Ukraine");
    assertThat(cleaned.authors()).containsExactly("Natasha Bertrand", "Jessie Yeung");
    assertThat(cleaned.body())
        .startsWith("Tesla CEO Elon Musk has denied a claim")
        .contains("Correction: A previous version of this story")
        .doesNotContain("Cable News Network")
        .doesNotContain("Skip to");
  }

  @Test
  void deepDiveLosesEveryRelatedHeadline() throws IOException {
    CleanedText cleaned = seed("003_edbf65b9f2e6b946.txt");
    List<String> rules = removed(cleaned);
    assertThat(rules.getFirst()).isEqualTo("1 headline");
    assertThat(rules.subList(1, rules.size()))
        .allSatisfy(r -> assertThat(r).endsWith(" related-list"));
    assertThat(rules.get(1)).isEqualTo("13 related-list");
    assertThat(rules.getLast()).isEqualTo("57 related-list");
    assertThat(cleaned.body()).doesNotContain("Dogecoin").doesNotContain("Desalination");
  }

  @Test
  void infobaeLosesCreditImageNamesAndKeepReadingTail() throws IOException {
    CleanedText cleaned = seed("004_3943c7d2be55e3c4.txt");
    assertThat(removed(cleaned))
        .containsExactly(
            "1 headline",
            "3 photo-credit",
            "15 image-residue",
            "27 image-residue",
            "39 related-list",
            "41 related-list",
            "43 related-list");
    assertThat(cleaned.body()).doesNotContain("awesome web content").doesNotContain("1665516979");
  }

  @Test
  void headlineOnlyItemKeepsItsHeadlineAsBody() {
    CleanedText cleaned =
        FurnitureFilter.clean(
            "******MAY DEPARTMENT STORES SEES RECORD SALES",
            "MAY DEPARTMENT STORES SEES RECORD SALES");
    assertThat(cleaned.removals()).isEmpty();
    assertThat(cleaned.body()).isEqualTo("******MAY DEPARTMENT STORES SEES RECORD SALES");
  }

  @Test
  void readMoreInsideAnArticleDoesNotCutIt() {
    String longLine = "The minister said the plan would go ahead. ".repeat(10);
    String raw = "First paragraph.\n\nSecond.\n\nThird.\n\nRead more\n\n" + longLine + "\n";
    CleanedText cleaned = FurnitureFilter.clean(raw, null);
    assertThat(cleaned.removals()).isEmpty();
    assertThat(cleaned.body()).contains("Read more").contains("minister");
  }

  @Test
  void givenTitleRepeatedOnTheFirstLineIsRemoved() {
    CleanedText cleaned =
        FurnitureFilter.clean(
            "Obama on Climate: The Trend\n\nThe president spoke.", "Obama on climate — the trend");
    assertThat(removed(cleaned)).containsExactly("1 headline");
    assertThat(cleaned.title()).isEqualTo("Obama on climate — the trend");
    assertThat(cleaned.body()).isEqualTo("The president spoke.");
  }

  @Test
  void wireCopyJoinsHardBreaksAndSplitsAtIndentedLines() {
    String raw =
        "    The company said it expects\nrevenue to rise. Shares\nfell 2 pct.\n"
            + "    Analysts said the outlook\nwas weak.\n";
    CleanedText cleaned = FurnitureFilter.clean(raw, null);
    assertThat(cleaned.body())
        .isEqualTo(
            "The company said it expects revenue to rise. Shares fell 2 pct.\n\n"
                + "Analysts said the outlook was weak.");
  }

  @Test
  void controlCharactersAreDroppedAndMarkupInProseIsKept() {
    CleanedText cleaned =
        FurnitureFilter.clean("He wrote <script>alert(1)</script> in the\u0000 post.", null);
    assertThat(cleaned.body()).isEqualTo("He wrote <script>alert(1)</script> in the post.");
  }

  @Test
  void bylineWithoutPersonNamesIsKept() {
    CleanedText cleaned =
        FurnitureFilter.clean("Intro line.\n\nBy the end of the year prices rose.", null);
    assertThat(cleaned.authors()).isEmpty();
    assertThat(cleaned.body()).contains("By the end of the year");
  }

  @Test
  void aPlayersCaptionControlsAndARelativeTimeAreFurnitureNotText() {
    String raw =
        String.join(
            "\n",
            "President signs the budget",
            "",
            "Enlarge this image toggle caption Evan Vucci/AP",
            "",
            "6 years ago",
            "",
            "The president signed the budget on Friday, after a week of talks with leaders of"
                + " both parties.",
            "",
            "View all (4)",
            "",
            "“It is a good day,” he said. The vote was 61 to 38, and 4 years ago a deal failed.");
    CleanedText cleaned = FurnitureFilter.clean(raw, null);
    assertThat(removed(cleaned))
        .containsExactly("1 headline", "3 media-control", "5 relative-time", "9 media-control");
    assertThat(cleaned.body())
        .startsWith("The president signed the budget on Friday")
        .endsWith("and 4 years ago a deal failed.")
        .doesNotContain("toggle caption", "View all");
  }
}
