package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerNameCheckTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      nullValues = "ok",
      value = {
        // names people and organisations are written with
        "Barack Obama, ok",
        "Nancy Pelosi, ok",
        "Martin Luther King Jr., ok",
        "Peter A. Brown, ok",
        "Ursula von der Leyen, ok",
        "de Blasio, ok",
        "Beto O'Rourke, ok",
        "Alexandria Ocasio-Cortez, ok",
        "The New York Times, ok",
        "NBC News, ok",
        "White House, ok",
        "NRA, ok",
        "Glenn Beck and Kyle Olson, ok",
        "Department of Justice, ok",
        "Volodymyr Zelenskyy, ok",
        "Justice Department, ok",
        "Steve King, ok",
        "Joe Manchin III, ok",
        "GOP, ok",
        // page furniture run into a name
        "WATCHED Obama, furniture",
        "WATCH NRA, furniture",
        "Advertisement, furniture",
        "Photos, furniture",
        "Previous Next AFP, furniture",
        // titles left on
        "Senator, title",
        "Sen. Warren, title",
        "Veteran RNC, title",
        "Jr., title",
        // headline capitals beside a name
        "Obama ISIS, capitals",
        "LUCIE Smith, capitals",
        // sentence words
        "According Obama, common word",
        "Sure, common word",
        "Critics, common word",
        "I’ve, common word",
        "Bernie Sanders Bernie Sanders, repeated",
        "the group, lower case",
        // places, labels, length, characters
        "Ohio, place",
        "Republican, party label",
        "Ohio Republican, party label",
        "Swan MuellerSpeier, run together",
        "Trump Donald John TrumpGOP, run together",
        "Sept, common word",
        "Mitch McConnell, ok",
        "WikiLeaks, ok",
        "PolitiFact, ok",
        "YouTube, ok",
        "Maya MacGuineas, ok",
        "AshLee Strong, ok",
        "David French, ok",
        "Beauregard SessionsSanford, run together",
        "Beto O’Rourke, ok",
        "Republican National Committee, ok",
        "Democratic Party, ok",
        "Donald John Trump Senior Esquire, long",
        "Obama 2012, characters",
        "@realDonaldTrump, characters",
      })
  void findsWhatNoReaderWouldWrite(String name, String problem) {
    assertThat(SpeakerNameCheck.problem(name)).isEqualTo(problem);
  }
}
