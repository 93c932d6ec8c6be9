package dev.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attribution, construction by construction and error class by error class: a small text, the
 * quote's expected speaker (or the description of an unnamed one) and the rule that decides it.
 */
class AttributionTest {
  private final QuoteExtractor extractor = new QuoteExtractor();

  /** Text, the quoted words to look at, expected speaker, expected description, expected rule. */
  private static final List<List<String>> TABLE =
      List.of(
          // cue after the quote, subject first; a surname resolves to the full name
          row(
              "Ian Bremmer runs Eurasia Group.\n\n“He told me so,” Bremmer said.",
              "He told me so,",
              "Ian Bremmer",
              null,
              "cue-after"),
          // a cue clause ending the sentence covers every quote in it
          row(
              "Couple global exposure with a “candidate who is a lightning rod” and Clevelanders"
                  + " get nervous, said Christine Link, executive director of the ACLU in Ohio.",
              "candidate who is a lightning rod",
              "Christine Link",
              null,
              "sentence-end-cue"),
          row(
              "His endorsements will carry “a great deal of weight” and bring candidates the"
                  + " “grass-roots firepower” they need to win, DFA spokesman Neil Sroka said.",
              "grass-roots firepower",
              "Neil Sroka",
              null,
              "sentence-end-cue"),
          // a relative clause's verb of saying: "who" stands for the person named before it
          row(
              "The president echoed remarks made by then-Secretary of State Hillary Clinton who"
                  + " asked during testimony in January “what difference” it made.",
              "what difference",
              "Hillary Clinton",
              null,
              "cue-before"),
          row(
              "Choe Son-hui dismissed remarks by Vice-President Mike Pence - who had said North"
                  + " Korea “may end like Libya” - as “stupid”.",
              "may end like Libya",
              "Mike Pence",
              null,
              "cue-before"),
          // … until a dash closes the clause it opened
          row(
              "Choe Son-hui dismissed remarks by Vice-President Mike Pence - who had said North"
                  + " Korea “may end like Libya” - as “stupid”.",
              "stupid",
              "Choe Son-hui",
              null,
              "sentence-subject"),
          // a pronoun's antecedent: the clause's subject before the object of a preposition
          row(
              "Even one of the most ardent proponents of Common Core, Jeb Bush, is a skeptic.\n\n"
                  + "“We can’t just outsource public education,” he said in a speech.",
              "We can’t just outsource public education,",
              "Jeb Bush",
              null,
              "cue-after"),
          row(
              "In Washington Square Park, the virus couldn’t slow down chess players such as"
                  + " Sarfaraz Ahmed. “How long are you going to be in prison?” he said.",
              "How long are you going to be in prison?",
              "Sarfaraz Ahmed",
              null,
              "cue-after"),
          // a partial quote after a named subject's verb of saying is theirs, not a later clause's
          row(
              "Bernie Sanders campaigned in Delaware.\n\nWhile Sanders admitted Tuesday that it would"
                  + " be “very hard” for his campaign to win, his campaign has argued otherwise.",
              "very hard",
              "Bernie Sanders",
              null,
              "cue-before"),
          // … but a passive or a pronoun before it leaves the quote to the name after
          row(
              "Kevin Burns runs Juul.\n\nWhen asked by co-host Tony Dokupil why Juul isn’t planning"
                  + " to “take a timeout” from selling, Burns said the company follows the rules.",
              "take a timeout",
              "Kevin Burns",
              null,
              "cue-after"),
          // an inverted lead-in opening the sentence before: "Stated Stone:"
          row(
              "Roger Stone spoke on the radio.\n\nStated Stone:\n\n“I think that the stakes are so"
                  + " high.”",
              "I think that the stakes are so high.",
              "Roger Stone",
              null,
              "preceding-cue"),
          // "and argued" after a reported clause goes with the verb that reported it
          row(
              "Rand Paul and Marco Rubio debated.\n\nPaul suggested that Rubio was “liberal on"
                  + " military spending” and argued that spending should fall.",
              "liberal on military spending",
              "Rand Paul",
              null,
              "cue-before"),
          // a passive's agent is the person an organisation's role word leads to
          row(
              "Marco Rubio debated.\n\nRubio was asked by Fox Business host Gerard Baker whether the"
                  + " plan would risk “adding another expensive entitlement program.”",
              "adding another expensive entitlement program.",
              "Gerard Baker",
              null,
              "cue-before"),
          // an adverb between the subject and its verb: "has now dubbed"
          row(
              "Phil McAleer studies voices.\n\nIt is a phenomenon that Phil McAleer has now dubbed"
                  + " “the Jerry Maguire effect.”",
              "the Jerry Maguire effect.",
              "Phil McAleer",
              null,
              "cue-before"),
          // "States" in a name is no headline's verb of saying
          row(
              "The United States Department of State called it “blindingly obvious.”",
              "blindingly obvious.",
              "United States Department of State",
              null,
              "cue-before"),
          // a photo credit in a caption ("Name/Agency") names no one a pronoun could mean
          row(
              "President Donald Trump speaks at a plant in Ypsilanti, Mich. Alex Brandon/AP\n\n“One"
                  + " death is too many,” he said.",
              "One death is too many,",
              "Donald Trump",
              null,
              "cue-after"),
          // "the group" is the group the article named ("a group calling itself …")
          row(
              "A group calling itself the Islamic State Hacking Division posted the list.\n\n"
                  + "“We have decided to leak 100 addresses,” the group wrote.",
              "We have decided to leak 100 addresses,",
              "Islamic State Hacking Division",
              null,
              "cue-after"),
          // "called" is as often the verb, and a name in quotes is a term: neither names the group
          row(
              "Members of his team called Trump an idiot.\n\n“It is over,” the team said.",
              "It is over,",
              null,
              "the team",
              "cue-after"),
          row(
              "A group known as the “Watergate Prosecutors” filed a brief.\n\n“Do not toss the"
                  + " plea,” the group wrote.",
              "Do not toss the plea,",
              null,
              "the group",
              "cue-after"),
          // a county office's title before the name ("Recorder", "Supervisor")
          row(
              "“We made some horrendous mistakes,” Maricopa County Recorder Helen Purcell said.",
              "We made some horrendous mistakes,",
              "Helen Purcell",
              null,
              "cue-after"),
          // inverted cue; titles dropped, middle initials kept
          row(
              "Harvey Weinstein was charged.\n\n“A stunning level of hypocrisy,” said Weinstein's"
                  + " attorney, Benjamin Brafman, in a statement.",
              "A stunning level of hypocrisy,",
              "Benjamin Brafman",
              null,
              "cue-after-inverted"),
          row(
              "“Smart,” said Representative Charles B. Rangel of New York.",
              "Smart,",
              "Charles B. Rangel",
              null,
              "cue-after-inverted"),
          // an appositive between the subject and its verb
          row(
              "“It was a mistake,” Seth McKee, a political scientist at Texas Tech University, told"
                  + " The Hill.",
              "It was a mistake,",
              "Seth McKee",
              null,
              "cue-after"),
          // a party label in parentheses is not a name
          row(
              "Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month, said the changes were"
                  + " “important preliminary steps.”",
              "important preliminary steps.",
              "Zoe Lofgren",
              null,
              "cue-before"),
          // a cue before a partial quote: reported words are speech, not a term
          row(
              "Democratic candidate Hillary Clinton called the agreement “an historic step forward”"
                  + " in global efforts.",
              "an historic step forward",
              "Hillary Clinton",
              null,
              "cue-before"),
          // a clause-final cue after a partial quote
          row(
              "Ban Ki-moon spoke on Monday.\n\nMany world leaders became more “conversant” about"
                  + " climate change, Ban said.",
              "conversant",
              "Ban Ki-moon",
              null,
              "cue-after"),
          // "according to"
          row(
              "The bill is “dead on arrival,” according to Senator Mitch McConnell.",
              "dead on arrival,",
              "Mitch McConnell",
              null,
              "according-to"),
          // an organisation speaks for itself; a place is never the speaker
          row(
              "The International Atomic Energy Agency said North Korea had displayed “complete"
                  + " disregard” for the rules.",
              "complete disregard",
              "International Atomic Energy Agency",
              null,
              "cue-before"),
          // a description resolves to the person introduced with that role
          row(
              "Tesla CEO Elon Musk tweeted on Monday.\n\n“It is fine,” the Tesla CEO added.",
              "It is fine,",
              "Elon Musk",
              null,
              "cue-after"),
          // an unnamed speaker keeps its description
          row(
              "“We will not comment,” a White House spokeswoman said.",
              "We will not comment,",
              null,
              "a White House spokeswoman",
              "cue-after"),
          // indirect speech in the sentence before
          row(
              "John Kasich spoke in Ohio.\n\nKasich told reporters he expected to win the state."
                  + "\n\n“We will carry Ohio.”",
              "We will carry Ohio.",
              "John Kasich",
              null,
              "preceding-cue"),
          // a transcript label
          row(
              "Mike Pence debated Tim Kaine.\n\nPENCE: “Well, look, that is not true.”",
              "Well, look, that is not true.",
              "Mike Pence",
              null,
              "speaker-label"),
          // a pronoun is the subject of the sentence before, not the last person named
          row(
              "Hillary Clinton met Bernie Sanders on Tuesday.\n\nSanders spoke first about Clinton."
                  + " “We disagree on trade,” he said.",
              "We disagree on trade,",
              "Bernie Sanders",
              null,
              "cue-after"),
          // a participle after the quote takes the subject of the quote's clause
          row(
              "Barack Obama spoke.\n\nObama remarked that there is still “more work to do,” noting"
                  + " weak growth abroad.",
              "more work to do,",
              "Barack Obama",
              null,
              "cue-before"),
          // the sentence's subject, when no verb of saying names the speaker
          row(
              "Donald Trump campaigned in Iowa.\n\nTrump blamed the shootings on “sickos” and"
                  + " suggested building institutions.",
              "sickos",
              "Donald Trump",
              null,
              "cue-before"),
          // a name glued to a role noun by scraping
          row(
              "Elon Musk, Vladimir Putin and Ian Bremmer.\n\nBremmer wrote that Muskowner of Tesla, told him Putin"
                  + " was “prepared to negotiate” at once.",
              "prepared to negotiate",
              "Vladimir Putin",
              null,
              "reported-chain"),
          // a dash and a name, as under a reader's answer
          row(
              "What readers told us.\n\n“He can’t even answer a question.” ― Esther Tapia\n\nMore.",
              "He can’t even answer a question.",
              "Esther Tapia",
              null,
              "dash"),
          // a party and state label after a name, without parentheses
          row(
              "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch"
                  + " McConnell, R-Ky., said Tuesday.",
              "Our assumption is that the veto will be overridden,",
              "Mitch McConnell",
              null,
              "cue-after"),
          // a name that ends in a noun of role is still a name
          row(
              "“People say it does not matter,” said Charlie King, a prominent New York Democrat.",
              "People say it does not matter,",
              "Charlie King",
              null,
              "cue-after-inverted"),
          // a title in front of a name is the same person
          row(
              "Alicia Machado spoke.\n\nHillary Clinton says tweets targeting former Miss Universe"
                  + " Alicia Machado were “unhinged, even for him.”",
              "unhinged, even for him.",
              "Hillary Clinton",
              null,
              "cue-before"),
          // a space lost after a period
          row(
              "Officials named James Foley.Obama said the killing was “an act of violence.”",
              "an act of violence.",
              "Obama",
              null,
              "cue-before"),
          // a possessive opening an appositive is no speaker: "Sanders's chief strategist"
          row(
              "Bernie Sanders campaigned.\n\nTad Devine, Sanders's chief strategist, said, “The"
                  + " contest is not over.”",
              "The contest is not over.",
              "Tad Devine",
              null,
              "cue-before"),
          // a middle initial does not end the sentence
          row(
              "Michael J. Petrilli, president of the Thomas B. Fordham Institute, tied the scores to"
                  + " graduation rates, saying the law helped “millions of kids.”",
              "millions of kids.",
              "Michael J. Petrilli",
              null,
              "cue-before"),
          // the clause's subject is the person, not the place or organisation after it
          row(
              "Carson took the stage Tuesday at the Grand Hotel in Baltimore and called the system"
                  + " “rotten to the core.”",
              "rotten to the core.",
              "Carson",
              null,
              "cue-before"),
          // the agent of a passive verb of saying
          row(
              "Ian Bremmer, Elon Musk and Vladimir Putin.\n\nBremmer said that Musk claimed to have"
                  + " been told by Putin that the goals would be achieved “no matter what.”",
              "no matter what.",
              "Vladimir Putin",
              null,
              "cue-before"),
          // a participle after "by" takes the clause's subject
          row(
              "John Bolton spoke.\n\nBolton distanced himself from the movement by saying he"
                  + " would “bring his expertise” if asked.",
              "bring his expertise",
              "John Bolton",
              null,
              "cue-before"),
          // a participle after the quote attributes nothing: the cue before it does
          row(
              "Bernie Sanders debated.\n\nFrustrated, Sanders said he “cannot walk down the street”"
                  + " without reporters asking him.",
              "cannot walk down the street",
              "Bernie Sanders",
              null,
              "cue-before"),
          // a pronoun chain goes past a possessive to the person the first pronoun meant
          row(
              "Ralph Northam spoke. Mary Smith is a pastor.\n\nIn an interview she said she believed"
                  + " Northam’s record showed he was not racist.\n\n“This has violated that trust,”"
                  + " she said.",
              "This has violated that trust,",
              "Mary Smith",
              null,
              "cue-after"),
          // an indefinite description is somebody new, not the person named with that role before
          row(
              "Pentagon official Jane Doe briefed reporters.\n\n“We struck the target,” a senior"
                  + " official said.",
              "We struck the target,",
              null,
              "a senior official",
              "cue-after"),
          // the name right before a colon speaks, whatever stands before it
          row(
              "Media caption Donald Trump: “I support and endorse Paul Ryan”",
              "I support and endorse Paul Ryan",
              "Donald Trump",
              null,
              "colon"),
          // a hyphenated title is no part of the name
          row(
              "“We will build it,” President-elect Donald Trump said.",
              "We will build it,",
              "Donald Trump",
              null,
              "cue-after"),
          // a surname written twice by a scraped link
          row(
              "“No collusion,” Trump Donald John Trump said on Monday.",
              "No collusion,",
              "Donald John Trump",
              null,
              "cue-after"),
          // an outlet named in full, then by its last word
          row(
              "The story ran in The New York Times on Sunday.\n\n“It is accurate,” the Times said.",
              "It is accurate,",
              "The New York Times",
              null,
              "cue-after"),
          // the plural of a nationality is nobody's name
          row("“We are tired,” Americans said in the poll.", "We are tired,", null, null, "null"),
          // a full stop ends the sentence: the cue after it reports its own quote
          row(
              "Bernie Sanders called Trump a “pathological liar.” Carly Fiorina said Ted Cruz “says"
                  + " whatever he needs to say.”",
              "pathological liar.",
              "Bernie Sanders",
              null,
              "cue-before"),
          row(
              "Sanders called the suspension “arbitrary.” Josh Hendler, a tech operative, warned"
                  + " Saturday that the data was at risk.",
              "arbitrary.",
              "Sanders",
              null,
              "cue-before"),
          // a name that modifies a role noun is not the person: the name after the role is
          row(
              "Former Obama speechwriter Jon Favreau published a column, entitled, “Why Electing"
                  + " Hillary Matters.”",
              "Why Electing Hillary Matters.",
              "Jon Favreau",
              null,
              "sentence-subject"),
          // a place before a title: "New York City Public Advocate Trish James"
          row(
              "“Senator Sanders voted twice to protect gun dealers,” New York City Public Advocate"
                  + " Trish James said.",
              "Senator Sanders voted twice to protect gun dealers,",
              "Trish James",
              null,
              "cue-after"),
          // a cue word after a possessive is an adjective; the subject stands before the appositive
          row(
              "Corey Lewandowski, Donald Trump’s fired campaign manager, ripped James Comey on"
                  + " Tuesday for “acting as the judge and the jury in this case.”",
              "acting as the judge and the jury in this case.",
              "Corey Lewandowski",
              null,
              "sentence-subject"),
          // a plural possessive ("Sanders' adviser") is no subject either
          row(
              "Tad Devine, Sanders' senior media adviser, said Republicans show their “disconnect"
                  + " with voters.”",
              "disconnect with voters.",
              "Tad Devine",
              null,
              "cue-before"),
          // a sentence-initial adverb is not a name
          row(
              "Earlier this week, Clinton shared her anxiety with an audience, “I do not know which"
                  + " Donald Trump will show up.”",
              "I do not know which Donald Trump will show up.",
              "Clinton",
              null,
              "sentence-subject"),
          // an inverted cue whose first noun phrase is a possessive role: the appositive names it
          row(
              "The FBI did not find “ties of any consequence,” said the bureau's director, James B."
                  + " Comey, on Monday.",
              "ties of any consequence,",
              "James B. Comey",
              null,
              "cue-after-inverted"),
          // "of" inside an institution's name
          row(
              "The Illinois Board of Elections was conclusive: “Further discussion is unnecessary.”",
              "Further discussion is unnecessary.",
              "Illinois Board of Elections",
              null,
              "colon"),
          // a participle after a cue: the last speaker's words
          row(
              "Ryan and Trump will meet next week, Sean Spicer said, adding, “They need to sit down.”",
              "They need to sit down.",
              "Sean Spicer",
              null,
              "cue-before"),
          // a participle after a clause: the sentence's subject, past a party label and appositive
          row(
              "Ed Rendell (D), a Clinton supporter, praised Sanders, calling it “an incredible feat”"
                  + " in the end.",
              "an incredible feat",
              "Ed Rendell",
              null,
              "cue-before"),
          // a coordinated clause after a partial quote has a speaker of its own
          row(
              "Ted Cruz accuses Obama of “leading from behind” and Donald Trump says he is “losing the"
                  + " war.”",
              "leading from behind",
              "Ted Cruz",
              null,
              "sentence-subject"),
          // the name before a colon is the addressee when a preposition governs it
          row(
              "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Donald"
                  + " Trump: “It's time to quit attacking people.”",
              "It's time to quit attacking people.",
              "Mitch McConnell",
              null,
              "colon"),
          // a name inside the subject's appositive is not the subject of the cue
          row(
              "Marty West, a professor who once worked for Sen. Lamar Alexander (R-Tenn.), one of the"
                  + " bill’s architects, called it “an incredibly significant development.”",
              "an incredibly significant development.",
              "Marty West",
              null,
              "cue-before"),
          // "Of Carson, Levine said": a name after a preposition opening the sentence is no subject
          row(
              "Eric Levine spoke first.\n\nOf Ben Carson, Levine, who gave money to Marco Rubio,"
                  + " said, “He’s flat-out scary.”",
              "He’s flat-out scary.",
              "Eric Levine",
              null,
              "cue-before"),
          // a title word before a name suffix is the surname ("King" is also a title)
          row(
              "“We will rebuild,” said Rev. Walter B. King Jr., a pastor in Ohio.",
              "We will rebuild,",
              "Walter B. King Jr",
              null,
              "cue-after-inverted"),
          // a suffix after a comma belongs to the name before it, not a name of its own
          row(
              "“The charges stand,” District Attorney Paul L. Garner, Jr. said.",
              "The charges stand,",
              "Paul L. Garner Jr",
              null,
              "cue-after"),
          row(
              "Marcus Joseph Hale, Jr., drew this when he said that he would “check every lyric”"
                  + " twice.",
              "check every lyric",
              "Marcus Joseph Hale Jr",
              null,
              "cue-before"),
          // a no-break space after the dash of a signed answer
          row(
              "“I just hope this campaign gives us the anger to vote.” ―\u00a0Jorge Falcon\n“Maybe we"
                  + " can build a wall around him.” ―\u00a0Steve Quinlan.",
              "I just hope this campaign gives us the anger to vote.",
              "Jorge Falcon",
              null,
              "dash"),
          // an inverted lead-in in the sentence before a quote paragraph of its own
          row(
              "It is a form of deterrence, says Isaac Stone Fish, a journalist.\n\n“It's a way"
                  + " for them to say they mean business.”",
              "It's a way for them to say they mean business.",
              "Isaac Stone Fish",
              null,
              "preceding-cue"),
          // a middle initial is no article "a"
          row(
              "“Trump is doing better,” said Peter A. Brown, assistant director of the poll.",
              "Trump is doing better,",
              "Peter A. Brown",
              null,
              "cue-after-inverted"),
          // a pronoun refers to a person before a capitalised word the article never explains
          row(
              "The group is significant, Audrey Kurth Cronin writes. They send Westerners back"
                  + " home.\n\n“There are some people who argue that,” she says.",
              "There are some people who argue that,",
              "Audrey Kurth Cronin",
              null,
              "cue-after"),
          // a leading subordinate clause's person is not the subject of the main clause
          row(
              "After Romney lost the vote, John Boehner published a column, entitled, “Why the"
                  + " Party Must Change.”",
              "Why the Party Must Change.",
              "John Boehner",
              null,
              "sentence-subject"),
          // a party member by place is a description, never a name: in an appositive it is skipped
          row(
              "“Keep the package together,” Sen. Richard J. Durbin, Illinois Democrat, told"
                  + " reporters.",
              "Keep the package together,",
              "Richard J. Durbin",
              null,
              "cue-after"),
          // a pronoun opening a quote paragraph: the person the paragraph before reports speaking,
          // not someone it names after as a patient ...
          row(
              "Senate Republican Leader Mitch McConnell led the charge, saying the rules would"
                  + " protect the terrorists who killed Peter Kassig. Kassig was executed over the"
                  + " weekend.\n\n“This is the worst time to tie our hands,” he said.",
              "This is the worst time to tie our hands,",
              "Mitch McConnell",
              null,
              "cue-after"),
          // ... but the paragraph's last subject, an agent, is nearer
          row(
              "President Barack Obama told reporters that he had asked for options. Audrey Cronin"
                  + " worries that the U.S. is making the group bigger.\n\n“It depends on how we"
                  + " react,” she says.",
              "It depends on how we react,",
              "Audrey Cronin",
              null,
              "cue-after"),
          // a month's abbreviation is no name, so no antecedent
          row(
              "Richard Burr spoke.\n\nIn a Feb. 7 op-ed that he co-authored, he assured the public"
                  + " that “the United States is prepared.”",
              "the United States is prepared.",
              "Richard Burr",
              null,
              "cue-before"),
          // a document speaks for whoever wrote it: the subject of the verb that made it ...
          row(
              "Frank Rubeo then wrote a letter to the school.\n\n“Stop breaking the law,” the"
                  + " letter states.",
              "Stop breaking the law,",
              "Frank Rubeo",
              null,
              "cue-after"),
          // ... someone it is from, a body named after its head ...
          row(
              "A statement from Mr Hollande's office said France would act. Francois Hollande"
                  + " spoke later.\n\n“France has the measures in place,” the statement said.",
              "France has the measures in place,",
              "Francois Hollande's office",
              null,
              "cue-after"),
          // ... or whose name stands before it, an acronym written out as the article names it
          row(
              "A National Research Council report from 2014 was long. But the NRC report showed"
                  + " little change.\n\nBased on the ratio, the authors wrote, “no increase in"
                  + " effectiveness occurred.”",
              "no increase in effectiveness occurred.",
              "National Research Council",
              null,
              "cue-before"),
          // "It reads" after a document: the document's author speaks
          row(
              "He cited U.S. Department of Education guidance that allows Bible reading. It reads"
                  + " in part, “students may read their Bibles during recess.”",
              "students may read their Bibles during recess.",
              "U.S. Department of Education",
              null,
              "sentence-subject"),
          // "Corps" makes an organisation, whose country stays part of its name
          row(
              "The US Marine Corps on Sunday urged “vigilance” among staff.",
              "vigilance",
              "US Marine Corps",
              null,
              "sentence-subject"),
          // a document whose author the article does not give is described, not guessed
          row(
              "The report was long.\n\n“Nothing changed,” the report said.",
              "Nothing changed,",
              null,
              "the report",
              "cue-after"),
          // "Jan." before a day is a date, "Capitol Hill" a place: neither speaks
          row(
              "Hillary Clinton lost.\n\nThat initial assessment was amplified in a Jan. 6, 2017,"
                  + " report, in which the intelligence community said Russia had tried to"
                  + " “denigrate” the Democratic candidate.",
              "denigrate",
              null,
              null,
              "null"),
          row(
              "Protesters cordoned off Seattle’s Capitol Hill neighborhood, dubbed the “CHAZ.”",
              "CHAZ.",
              null,
              null,
              "null"),
          // "the Ohio Republican" refers back to the person who spoke before, as "he" would
          row(
              "John Boehner spoke on Tuesday. Boehner said it was fine.\n\nBut the Ohio"
                  + " Republican conceded, “As a party, we have work to do.”",
              "As a party, we have work to do.",
              "John Boehner",
              null,
              "cue-before"),
          // ... to someone named before its sentence, not to a name beside it
          row(
              "House Oversight Committee Chairman Jason Chaffetz on Tuesday requested an"
                  + " inquiry.\n\nIn the letter - addressed to the U.S. attorney, Channing D."
                  + " Phillips - the Utah Republican asks whether “statutes were violated.”",
              "statutes were violated.",
              "Jason Chaffetz",
              null,
              "cue-before"),
          // "a New Hampshire Republican" is somebody new: unnamed, described
          row(
              "“It is close,” said a New Hampshire Republican.",
              "It is close,",
              null,
              "a New Hampshire Republican",
              "cue-after-inverted"),
          // a common word capitalised at a sentence's start names no one; the one before spoke
          row(
              "Jane Roe spoke to reporters.\n\nSure, “we will win,” she said.",
              "we will win,",
              "Jane Roe",
              null,
              "cue-after"));

  private static List<String> row(
      String text, String quote, String speaker, String description, String rule) {
    return java.util.Arrays.asList(text, quote, speaker, description, rule);
  }

  @Test
  void everyConstructionNamesItsSpeaker() {
    for (List<String> row : TABLE) {
      Quote q =
          extractor.extract(row.get(0)).stream()
              .filter(x -> x.text().equals(row.get(1)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no quote “" + row.get(1) + "” in " + row));
      assertThat(
              java.util.Arrays.asList(
                  q.speaker(), q.speakerDescription(), String.valueOf(q.rule())))
          .as(row.get(0))
          .containsExactly(row.get(2), row.get(3), row.get(4));
    }
  }

  @Test
  void reportingChainKeepsVia() {
    Quote q =
        extractor
            .extract(
                "Elon Musk, Vladimir Putin and Ian Bremmer.\n\nBremmer wrote that Muskowner of Tesla, told him Putin"
                    + " was “prepared to negotiate” at once.")
            .getFirst();
    assertThat(q.via()).containsExactly("Ian Bremmer", "Elon Musk");
  }

  @Test
  void everyAttributedQuoteReportsItsRuleAndConfidence() {
    for (List<String> row : TABLE) {
      for (Quote q : extractor.extract(row.get(0))) {
        if (q.speaker() != null) {
          assertThat(q.rule()).as(q.text()).isNotNull();
          assertThat(q.confidence()).as(q.text()).isBetween(0.3, 1.0);
        }
      }
    }
  }

  @Test
  void anApostropheAfterAOneLetterWordIsNoPossessiveToCut() {
    // "S' cousin": a plural possessive's apostrophe lies outside the word; nothing is cut from it
    assertThat(extractor.extract("Agent John S' cousin said “hi there, friends.”"))
        .extracting(Quote::text)
        .containsExactly("hi there, friends.");
  }
}
