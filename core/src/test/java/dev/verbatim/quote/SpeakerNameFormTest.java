package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker's name as a reader writes it: the fullest form the article gives, titles and roles of
 * any length left out, captions and labels never part of a name. Each row is an error class seen on
 * real articles: a text, the quoted words, the expected speaker.
 */
class SpeakerNameFormTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  private static final List<List<String>> TABLE =
      List.of(
          // a scraped link writes the name twice; a contraction is no name
          List.of(
              "“We will pass it,” said Nancy Pelosi Nancy Pelosi.",
              "We will pass it,",
              "Nancy Pelosi"),
          List.of(
              "“We will vote,” said Sen. John Cornyn John Cornyn.", "We will vote,", "John Cornyn"),
          List.of(
              "Jane Roe spoke on Monday.\n\n“It is late,” I’ve said, Roe said.",
              "It is late,",
              "Jane Roe"),
          // a committee, a rank and an office before the name
          List.of(
              "“It is a deal,” said Senate Banking Committee Ranking Member Mike Crapo.",
              "It is a deal,",
              "Mike Crapo"),
          List.of(
              "“Vigilance remains,” US Marine Corps Lieutenant Colonel John Caldwell said.",
              "Vigilance remains,",
              "John Caldwell"),
          List.of(
              "“It is clean,” EPA Administrator Gina McCarthy said.",
              "It is clean,",
              "Gina McCarthy"),
          // a title's object: "of" and the words after it belong to the title
          List.of(
              "“We are watching,” Director of National Intelligence James Clapper said.",
              "We are watching,",
              "James Clapper"),
          List.of(
              "“We are ready,” White House Chief of Staff Denis McDonough said.",
              "We are ready,",
              "Denis McDonough"),
          List.of("“Fine,” Secretary of State John F. Kerry said.", "Fine,", "John F. Kerry"),
          // a later, shorter form is the person named in full before, and keeps the full name
          List.of(
              "“Nobody knows,” said Isaac Stone Fish, a journalist.\n\n“Everybody knows,” said"
                  + " Stone Fish.",
              "Everybody knows,",
              "Isaac Stone Fish"),
          List.of(
              "Senate Banking Committee Ranking Member Mike Crapo spoke.\n\n“It doesn’t appear"
                  + " likely,” Crapo said.",
              "It doesn’t appear likely,",
              "Mike Crapo"),
          // a caption credit run into a headline's name
          List.of(
              "AP Photos Paul, Crapo to oppose budget deal\n\n“I cannot support a budget,” Paul"
                  + " said. Sen. Rand Paul spoke later.",
              "I cannot support a budget,",
              "Rand Paul"),
          List.of(
              "WATCHED Obama Speech\n\n“We will act,” said Photos Barack Obama.",
              "We will act,",
              "Barack Obama"));

  @Test
  void speakersAreNamedAsAReaderWouldWriteThem() {
    for (List<String> row : TABLE) {
      Quote q =
          extractor.extract(row.get(0)).stream()
              .filter(x -> x.text().equals(row.get(1)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no quote " + row.get(1)));
      assertThat(q.speaker()).as(row.get(0)).isEqualTo(row.get(2));
    }
  }
}
