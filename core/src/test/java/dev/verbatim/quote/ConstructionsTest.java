package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each {@link Construction} alone, on the quote it is meant for and on quotes it must leave to
 * others: a small text, the quoted words, and what that construction alone answers (the speaker or
 * the description of an unnamed one, and the rule; nothing when it does not apply). The order in
 * which {@link Attributor} tries them is tested through the extractor in {@link AttributionTest}.
 */
class ConstructionsTest {
  private static final Construction UNCLOSED = new CueInUnclosedQuote();
  private static final Construction SHARED = new SharedAccordingTo();
  private static final Construction DASH = new DashAfter();
  private static final Construction CUE_AFTER = new CueAfter();
  private static final Construction PAST_TENSE = new PastTenseAfter();
  private static final Construction CUE_BEFORE = new CueBefore();
  private static final Construction COLON = new ColonLeadIn();
  private static final Construction POSSESSIVE = new PossessiveBefore();
  private static final Construction SUBJECT = new SentenceSubject();
  private static final Construction PRECEDING = new PrecedingCue();
  private static final Construction PRECEDING_SUBJECT = new PrecedingSubject();
  private static final Construction SENTENCE_END = new SentenceEndCue();
  private static final Construction OUTLET = new OutletStory();
  private static final Construction WORK_BEFORE = FromWork.FROM_SENTENCE_BEFORE;
  private static final Construction WORK_IN = FromWork.IN_SENTENCE;

  /** Construction, text, quoted words, expected speaker, expected description, expected rule. */
  private static final List<Row> TABLE =
      List.of(
          // OutletStory: the words of an outlet's own piece are the outlet's
          row(
              OUTLET,
              "The reaction was labeled “panic” in The New York Times story.",
              "panic",
              "The New York Times",
              null,
              "outlet-story"),
          row(
              OUTLET,
              "A story in The New York Times used the phrase “panicked overreactions” again.",
              "panicked overreactions",
              "The New York Times",
              null,
              "outlet-story"),
          row(
              OUTLET,
              "Susan Collins published an op-ed in The Washington Post hammering his “unsuitability.”",
              "unsuitability.",
              null,
              null,
              null),
          row(
              OUTLET,
              "Since a story in The New York Times revealed it, the ACLU has called it “dangerous.”",
              "dangerous.",
              null,
              null,
              null),
          // CueInUnclosedQuote: the cue a lost closing mark left inside the quote's last sentence
          row(
              UNCLOSED,
              "“You start to form this impression, says Phil McAleer, a psychologist.",
              "You start to form this impression, says Phil McAleer, a psychologist.",
              "Phil McAleer",
              null,
              "cue-after-inverted"),
          row(
              UNCLOSED,
              "John Cornyn spoke.\n\n“It takes us back, Cornyn said. “It would be bad.”",
              "It takes us back, Cornyn said.",
              "John Cornyn",
              null,
              "cue-after"),
          row(
              UNCLOSED,
              "“He talked of the talks, says Ian Bremmer.” It ended.",
              "He talked of the talks, says Ian Bremmer.",
              null,
              null,
              null),
          row(
              UNCLOSED,
              "“Nadler asked. ‘No,’ Mueller replied, and he left.",
              "Nadler asked. ‘No,’ Mueller replied, and he left.",
              null,
              null,
              null),
          row(
              UNCLOSED,
              "“It takes us back, says Ian Bremmer. And more is to come.",
              "It takes us back, says Ian Bremmer. And more is to come.",
              null,
              null,
              null),
          // SharedAccordingTo: a source the rest of the sentence is according to
          row(
              SHARED,
              "An auditor found the systems “lacked controls,” and that bureaucrats had “failed to"
                  + " document it,” according to EAGnews.",
              "lacked controls,",
              "EAGnews",
              null,
              "according-to"),
          row(
              SHARED,
              "Matt Bevin pointed to “illegal ballots,” alleged that voters were “turned away,”"
                  + " according to Politico.",
              "illegal ballots,",
              null,
              null,
              null),
          row(
              SHARED,
              "Patients may be at “high risk.” Abortion is a “low-risk surgery,” according to the"
                  + " American College of Obstetricians.",
              "high risk.",
              null,
              null,
              null),
          // DashAfter
          row(DASH, "“Be kind.” ― Krystal Correa", "Be kind.", "Krystal Correa", null, "dash"),
          row(DASH, "“Be kind,” Krystal Correa said.", "Be kind,", null, null, null),
          row(DASH, "“Be kind.” ― and so on.", "Be kind.", null, null, null),
          // CueAfter: subject first, inverted, according to, a clause going on from the quote
          row(
              CUE_AFTER,
              "Ian Bremmer runs Eurasia Group.\n\n“He told me so,” Bremmer said.",
              "He told me so,",
              "Ian Bremmer",
              null,
              "cue-after"),
          row(
              CUE_AFTER,
              "“Smart,” said Kremlin spokesman Dmitry Peskov, who spoke to reporters.",
              "Smart,",
              "Dmitry Peskov",
              null,
              "cue-after-inverted"),
          row(
              CUE_AFTER,
              "“We will win,” said New York investment banker and major GOP donor Jeffrey"
                  + " Berenson.",
              "We will win,",
              "Jeffrey Berenson",
              null,
              "cue-after-inverted"),
          row(
              CUE_AFTER,
              "“We will win,” said an investment banker from New York at the Harvard Club.",
              "We will win,",
              null,
              "an investment banker",
              "cue-after-inverted"),
          row(
              CUE_AFTER,
              "“The stakes were so high” on the Obamacare rulings, said Curt Levey, a lawyer.",
              "The stakes were so high",
              "Curt Levey",
              null,
              "cue-after-inverted"),
          row(
              CUE_AFTER,
              "“It is dead,” according to Senator Mitch McConnell.",
              "It is dead,",
              "Mitch McConnell",
              null,
              "according-to"),
          row(
              CUE_AFTER,
              "“We will win,” said a spokeswoman for the campaign.",
              "We will win,",
              null,
              "a spokeswoman",
              "cue-after-inverted"),
          row(CUE_AFTER, "Ian Bremmer wrote “It is over.”", "It is over.", null, null, null),
          row(
              CUE_AFTER,
              "Sanders called Trump a “pathological liar.” Carly Fiorina said Ted Cruz lied.",
              "pathological liar.",
              null,
              null,
              null),
          // PastTenseAfter: verbs the lists do not know, only in the shape speech takes
          row(
              PAST_TENSE,
              "Donald Trump spoke.\n\n“Get out,” Trump barked.",
              "Get out,",
              "Donald Trump",
              null,
              "cue-after"),
          row(
              PAST_TENSE,
              "“It was huge,” remembered Roy Verley.",
              "It was huge,",
              "Roy Verley",
              null,
              "cue-after-inverted"),
          row(PAST_TENSE, "“It was huge,” he shouted.", "It was huge,", null, null, null),
          row(PAST_TENSE, "“It was huge,” and then it ended.", "It was huge,", null, null, null),
          // CueBefore: the chain of reports before the quote
          row(
              CUE_BEFORE,
              "Ian Bremmer said the talks were “going nowhere” for now.",
              "going nowhere",
              "Ian Bremmer",
              null,
              "cue-before"),
          row(
              CUE_BEFORE,
              "Elon Musk, Vladimir Putin and Ian Bremmer.\n\nBremmer wrote that Musk told him"
                  + " Putin was “prepared to negotiate” at once.",
              "prepared to negotiate",
              "Vladimir Putin",
              null,
              "reported-chain"),
          row(
              CUE_BEFORE,
              "Elon Musk tweeted a succinct response: “Nope.”",
              "Nope.",
              "Elon Musk",
              null,
              "colon"),
          row(
              CUE_BEFORE,
              "According to Senator Mitch McConnell, the bill is “dead on arrival.”",
              "dead on arrival.",
              "Mitch McConnell",
              null,
              "according-to"),
          row(
              CUE_BEFORE,
              "The newspaper also quoted Gen. Sir Mike Jackson, the head of the British Army, as"
                  + " saying: “We have a moral duty.”",
              "We have a moral duty.",
              "Mike Jackson",
              null,
              "colon"),
          row(
              CUE_BEFORE,
              "Col. Tim Collins of the British Army, who gained prominence in Iraq in 2003, said"
                  + " the aid was a “pebble in the ocean.”",
              "pebble in the ocean.",
              "Tim Collins",
              null,
              "cue-before"),
          row(
              CUE_BEFORE,
              "Dr. Thomas Frieden, director of the CDC, conveyed just last week, according to"
                  + " CNSNews.com, that “you cannot get Ebola on a bus.”",
              "you cannot get Ebola on a bus.",
              "Thomas Frieden",
              null,
              "cue-before"),
          row(
              CUE_BEFORE,
              "The cases grew and, according to Modi, have the potential to “spread like"
                  + " wildfire.”",
              "spread like wildfire.",
              "Modi",
              null,
              "according-to"),
          row(CUE_BEFORE, "He said it was “a disaster.”", "a disaster.", null, null, null),
          row(
              CUE_BEFORE,
              "Donald Trump’s fired campaign manager has a “tell-all book.”",
              "tell-all book.",
              null,
              null,
              null),
          // ColonLeadIn: the name right before the colon
          row(
              COLON,
              "The result does not surprise Republican pollster Daron Shaw: “It was close.”",
              "It was close.",
              "Daron Shaw",
              null,
              "colon"),
          row(
              COLON,
              "Ian Bremmer delivered a blunt message to Donald Trump: “Stop it.”",
              "Stop it.",
              null,
              null,
              null),
          row(COLON, "Donald Trump said “Stop it” and left.", "Stop it", null, null, null),
          // a roundup's label: the person named first speaks, not the outlet or role after the
          // comma
          row(
              COLON,
              "Who won?\n\nHoward Kurtz, Fox News: “Trump had his strongest debate.”",
              "Trump had his strongest debate.",
              "Howard Kurtz",
              null,
              "colon"),
          row(
              COLON,
              "Who won?\n\nWindsor Mann, editor of The Quotable Hitchens: “Clinton has won.”",
              "Clinton has won.",
              "Windsor Mann",
              null,
              "colon"),
          row(
              COLON,
              "Who won?\n\nIn Las Vegas, the verdict of Howard Kurtz: “Trump won.”",
              "Trump won.",
              "Howard Kurtz",
              null,
              "colon"),
          // FromWork: a passage of a titled work the article named with its authors
          row(
              WORK_BEFORE,
              "Glenn Beck and Kyle Olson’s new book, “Conform,” is about Common Core.\n\n"
                  + "From “Conform”:\n\n“The Pearson company produced a promotional video.”",
              "The Pearson company produced a promotional video.",
              "Glenn Beck and Kyle Olson",
              null,
              "work"),
          row(
              WORK_IN,
              "Hillary Clinton’s memoir, “Hard Choices,” came out in June.\n\n"
                  + "“Hard Choices” describes the night: “We waited for news.”",
              "We waited for news.",
              "Hillary Clinton",
              null,
              "work"),
          row(
              WORK_IN,
              "A nurse sings “Rise Up,” by Andra Day, a song of hope: “All we need is hope.”",
              "All we need is hope.",
              "Andra Day",
              null,
              "work"),
          row(
              WORK_BEFORE,
              "Kyle Olson wrote about schools.\n\nFrom “Conform”:\n\n“The Pearson company made a"
                  + " video.”",
              "The Pearson company made a video.",
              null,
              null,
              null),
          // a headline's verb of saying in title case ends the name before it
          row(
              CUE_BEFORE,
              "At A Goldman Summit, Hillary Clinton Joked “You Are The Smartest People.”",
              "You Are The Smartest People.",
              "Hillary Clinton",
              null,
              "cue-before"),
          // PossessiveBefore
          row(
              POSSESSIVE,
              "Mitt Romney spoke in May.\n\nCritics recalled Romney’s “47 percent” comment.",
              "47 percent",
              "Mitt Romney",
              null,
              "possessive"),
          row(
              POSSESSIVE,
              "Mitt Romney’s aides called it “a mistake.”",
              "a mistake.",
              null,
              null,
              null),
          // SentenceSubject
          row(
              SUBJECT,
              "Donald Trump is promising to “bomb the hell” out of them.",
              "bomb the hell",
              "Donald Trump",
              null,
              "sentence-subject"),
          row(
              SUBJECT,
              "After Romney lost the vote, John Boehner published a column, entitled, “Why the"
                  + " Party Must Change.”",
              "Why the Party Must Change.",
              "John Boehner",
              null,
              "sentence-subject"),
          row(SUBJECT, "It was “a disaster,” in every way.", "a disaster,", null, null, null),
          // PrecedingCue: the sentence before, when it quotes nobody
          row(
              PRECEDING,
              "Jane Roe told reporters she expected a fight.\n\n“We are ready.”",
              "We are ready.",
              "Jane Roe",
              null,
              "preceding-cue"),
          row(
              PRECEDING,
              "It is a form of deterrence, says Isaac Stone Fish, a journalist. “It works.”",
              "It works.",
              "Isaac Stone Fish",
              null,
              "preceding-cue"),
          row(
              PRECEDING,
              "Jane Roe said “no” twice.\n\n“We are ready.”",
              "We are ready.",
              null,
              null,
              null),
          // SentenceEndCue: a cue clause that ends the quote's sentence, after words no other rule
          // reads
          row(
              SENTENCE_END,
              "His endorsements will carry “a great deal of weight” and help bring candidates the"
                  + " “grass-roots firepower” they need to win, DFA spokesman Neil Sroka said.",
              "a great deal of weight",
              "Neil Sroka",
              null,
              "sentence-end-cue"),
          row(
              SENTENCE_END,
              "“He can assert it, but it seems extremely unlikely” that Sanders can catch Clinton,"
                  + " said Steve Elmendorf, deputy campaign manager for John Kerry.",
              "He can assert it, but it seems extremely unlikely",
              "Steve Elmendorf",
              null,
              "sentence-end-cue"),
          row(
              SENTENCE_END,
              "Couple global exposure with a “candidate who is a lightning rod” and Clevelanders get"
                  + " nervous, said Christine Link, executive director of the ACLU in Ohio.",
              "candidate who is a lightning rod",
              "Christine Link",
              null,
              "sentence-end-cue"),
          row(
              SENTENCE_END,
              "Ed Day spoke. “The health of our county” will not be “compromised by ignorance,” Ed"
                  + " Day, the county executive, told reporters.",
              "The health of our county",
              "Ed Day",
              null,
              "sentence-end-cue"),
          row(
              SENTENCE_END,
              "The city passed a bill. Its voters were called “the Red Belt,” since they voted for a"
                  + " line created by a prominent anti-Communist, called the Liberal Party.",
              "the Red Belt,",
              null,
              null,
              null),
          row(
              SENTENCE_END,
              "“The FBI helped Donald Trump,” Reps. Elijah Cummings (D., Md.) and Jerrold Nadler (D.,"
                  + " N.Y.) said in a statement.",
              "The FBI helped Donald Trump,",
              null,
              null,
              null),
          row(
              SENTENCE_END,
              "Milano dismissed those calling her “hypocritical” by what Cohen called “Bernie Bros,”"
                  + " a term she agreed with.",
              "hypocritical",
              null,
              null,
              null),
          row(
              SENTENCE_END,
              "Protesters were shouting “pigs” and threw bottles. “It is ugly,” he said.",
              "pigs",
              null,
              null,
              null),
          // PrecedingSubject: a quote paragraph alone after a sentence opened by a person who spoke
          row(
              PRECEDING_SUBJECT,
              "“We will see,” John Boehner said.\n\nInstead Boehner pointed to closing some"
                  + " loopholes.\n\n“If we clean up the code, the tax code will work.”",
              "If we clean up the code, the tax code will work.",
              "John Boehner",
              null,
              "preceding-subject"),
          row(
              PRECEDING_SUBJECT,
              "John Boehner spoke first.\n\nInstead Boehner pointed to closing some loopholes.\n\n“If"
                  + " we clean up the code, the tax code will work.”",
              "If we clean up the code, the tax code will work.",
              null,
              null,
              null),
          row(
              PRECEDING_SUBJECT,
              "“We will see,” John Boehner said.\n\nInstead Boehner pointed to closing some"
                  + " loopholes.\n\n“If we clean up the code,” a lobbyist wrote.",
              "If we clean up the code,",
              null,
              null,
              null),
          // Continuation: the paragraph's last speaker, or the paragraph before's
          row(
              Continuation.IN_PARAGRAPH,
              "“We are ready,” Jane Roe said. “We always were.”",
              "We always were.",
              "Jane Roe",
              null,
              "continuation"),
          row(
              Continuation.FROM_PARAGRAPH_BEFORE,
              "“We are ready,” Jane Roe said.\n\n“We always were.”",
              "We always were.",
              "Jane Roe",
              null,
              "continuation"),
          row(
              Continuation.FROM_PARAGRAPH_BEFORE,
              "“We are ready,” Jane Roe said.\n\nThe vote came late.\n\n“We always were.”",
              "We always were.",
              null,
              null,
              null),
          row(
              Continuation.IN_PARAGRAPH,
              "“We are ready,” Jane Roe said.\n\n“We always were.”",
              "We always were.",
              null,
              null,
              null));

  private record Row(
      Construction construction,
      String text,
      String quoted,
      String speaker,
      String description,
      String rule) {}

  private static Row row(
      Construction construction,
      String text,
      String quoted,
      String speaker,
      String description,
      String rule) {
    return new Row(construction, text, quoted, speaker, description, rule);
  }

  @Test
  void eachConstructionAloneReadsItsOwnShapeAndNoOther() {
    for (Row row : TABLE) {
      QuoteSite site = QuoteExtractor.siteOf(row.text(), row.quoted());
      assertThat(site).as("no quote “%s” in %s", row.quoted(), row.text()).isNotNull();
      Attribution a = row.construction().attribute(site);
      List<String> got =
          a == null || a.namesNobody()
              ? Arrays.asList(null, null, null)
              : Arrays.asList(
                  a.speaker() == null ? null : a.speaker().name,
                  a.speaker() == null ? a.description() : null,
                  String.valueOf(a.rule()));
      assertThat(got)
          .as("%s on %s", row.construction().getClass().getSimpleName(), row.text())
          .containsExactly(row.speaker(), row.description(), row.rule());
    }
  }

  @Test
  void everyConstructionTheAttributorTriesHasRowsWhereItAppliesAndWhereItDoesNot() {
    List<Construction> all = new java.util.ArrayList<>(Attributor.IN_SENTENCE);
    all.addAll(Attributor.FROM_CONTEXT);
    all.add(PAST_TENSE);
    for (Construction c : all) {
      List<Row> rows =
          TABLE.stream().filter(r -> r.construction().getClass() == c.getClass()).toList();
      assertThat(rows).as(c.getClass().getSimpleName()).anyMatch(r -> r.rule() != null);
      assertThat(rows).as(c.getClass().getSimpleName()).anyMatch(r -> r.rule() == null);
    }
  }

  @Test
  void aCueWhoseSubjectNamesNobodyStopsTheSentencesOtherConstructions() {
    // "he" has no antecedent: the chain applies and names nobody; the subject does not stand in
    QuoteSite site = QuoteExtractor.siteOf("He said Twitter was “rigged” again.", "rigged");
    assertThat(new CueBefore().attribute(site).namesNobody()).isTrue();
    assertThat(new QuoteExtractor().extract("He said Twitter was “rigged” again."))
        .extracting(Quote::speaker)
        .containsOnlyNulls();
  }
}
