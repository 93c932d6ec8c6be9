package dev.verbatim.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The terms, positions and offsets the analyzer indexes. */
class VerbatimAnalyzerTest {
  private final Analyzer analyzer = new VerbatimAnalyzer();

  /** Each token as "position:term[start,end]". */
  private List<String> words(String text) throws IOException {
    return tokens(text).stream().filter(t -> !t.contains(":<") && !t.contains(":</")).toList();
  }

  /** Each token, markers included, as "position:term[start,end]". */
  private List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        String t =
            term.toString()
                .replace(BoundaryTokenizer.SENTENCE_START, "<s>")
                .replace(BoundaryTokenizer.SENTENCE_END, "</s>")
                .replace(BoundaryTokenizer.PARAGRAPH_START, "<p>")
                .replace(BoundaryTokenizer.PARAGRAPH_END, "</p>");
        out.add(pos + ":" + t + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
      }
      ts.end();
    }
    return out;
  }

  @Test
  void stemsAreSnowballsWhetherMadeOrRememberedAndPastTheCacheSize() throws IOException {
    String[] suffixes = {"ing", "ies", "ed", "ations", "s", "ly"};
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    int distinct = ExactFormFilter.MAX_CACHED_STEMS + 5_000;
    for (int i = 0; i < distinct + 2_000; i++) {
      int n = i % distinct; // the last 2,000 words come again, after the cache was emptied once
      StringBuilder word = new StringBuilder("w");
      for (int v = n; v > 0; v /= 26) {
        word.append((char) ('a' + v % 26));
      }
      word.append(suffixes[n % suffixes.length]);
      text.append(word).append(' ');
      org.tartarus.snowball.ext.EnglishStemmer stemmer =
          new org.tartarus.snowball.ext.EnglishStemmer();
      stemmer.setCurrent(word.toString());
      stemmer.stem();
      if (!stemmer.getCurrent().contentEquals(word)) {
        expected.add(stemmer.getCurrent()); // a word that is its own stem gets no stem term
      }
    }
    for (int pass = 0; pass < 2; pass++) {
      List<String> stems = new ArrayList<>();
      try (TokenStream ts = analyzer.tokenStream("body", text.toString())) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        org.apache.lucene.analysis.tokenattributes.TypeAttribute type =
            ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          String t = term.toString();
          if (!VerbatimAnalyzer.isExact(t)
              && !BoundaryTokenizer.BOUNDARY_TYPE.equals(type.type())) {
            stems.add(t);
          }
        }
        ts.end();
      }
      assertThat(stems).as("pass %d", pass).isEqualTo(expected);
    }
  }

  @Test
  void everyWordHasAnExactTermAndItsStemWhereTheStemDiffers() throws IOException {
    //          0         1         2
    //          0123456789012345678901234
    String t = "The Kremlin’s red Lines";
    assertThat(words(t))
        .containsExactly(
            "0:=the[0,3]",
            "0:=the_kremlin's[0,13]",
            "1:=kremlin's[4,13]",
            "1:kremlin[4,13]",
            "2:=red[14,17]",
            "3:=lines[18,23]",
            "3:line[18,23]");
  }

  @Test
  void aStemIsAskedForByItsTermAndByTheExactFormOfTheWordThatIsItsOwnStem() {
    // "talk" is its own stem: "talk" is indexed as =talk alone, "talks" as =talks and talk
    assertThat(VerbatimAnalyzer.stemQuery("body", "talk"))
        .isEqualTo(
            new org.apache.lucene.search.SynonymQuery.Builder("body")
                .addTerm(new org.apache.lucene.index.Term("body", "talk"))
                .addTerm(new org.apache.lucene.index.Term("body", "=talk"))
                .build());
    // a stopword has no stem: its exact form alone
    assertThat(VerbatimAnalyzer.stemQuery("body", "=the"))
        .isEqualTo(
            new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term("body", "=the")));
    // the words analysed for a query carry the stem the index left implied
    assertThat(
            new VerbatimAnalyzer()
                .words("body", "talk talks the").stream().map(w -> w.stem()).toList())
        .containsExactly("talk", "talk", null);
  }

  @Test
  void straightAndCurlyApostrophesAndFullWidthFormsFold() throws IOException {
    assertThat(tokens("Kremlin's")).contains("0:=kremlin's[0,9]");
    assertThat(tokens("ＫＲＥＭＬＩＮ’s")).contains("0:=kremlin's[0,9]");
    assertThat(words("don’t")).containsExactly("0:=don't[0,5]");
  }

  @Test
  void markersSitOnTheFirstAndLastWordOfEachSentenceAndParagraph() throws IOException {
    // "Putin" is a sentence of one word: it gets no sentence markers. Bigrams of a common word
    // ("said", "no") join words across the markers, as phrases do. Each word here is its own stem:
    // exact forms only
    //          0          1         2
    //          012345678901234567890123456
    String t = "Musk said. Putin\n\nNo way.";
    assertThat(tokens(t))
        .containsExactly(
            "0:<s>[0,0]",
            "0:<p>[0,0]",
            "0:=musk[0,4]",
            "0:=musk_said[0,9]",
            "1:=said[5,9]",
            "1:=said_putin[5,16]",
            "1:</s>[9,9]",
            "2:=putin[11,16]",
            "2:=putin_no[11,20]",
            "2:</p>[16,16]",
            "3:<s>[18,18]",
            "3:<p>[18,18]",
            "3:=no[18,20]",
            "3:=no_way[18,24]",
            "4:=way[21,24]",
            "4:</s>[24,24]",
            "4:</p>[24,24]");
  }

  @Test
  void abbreviationsAndClosingQuotesDoNotBreakSentencesWrongly() throws IOException {
    List<String> tokens = tokens("“I’ll let Mr. Musk speak,” Kirby said. U.S. officials agreed.");
    assertThat(tokens.stream().filter(s -> s.contains("<s>"))).hasSize(2);
    assertThat(tokens).contains("5:=kirby[27,32]", "5:kirbi[27,32]", "7:=u.s[39,42]");
  }

  @Test
  void aCommonWordMakesABigramWithEachNeighbourAcrossMarkersButNotAcrossAGap() throws IOException {
    // "red lines" has no common word: no bigram; "of" makes one on either side
    assertThat(words("Red lines of Putin").stream().filter(t -> t.contains("_")))
        .containsExactly("1:=lines_of[4,12]", "2:=of_putin[10,18]");
    // an underscore is a space: no word reads like a bigram
    assertThat(words("the_end")).containsExactly("0:=the[0,3]", "0:=the_end[0,7]", "1:=end[4,7]");
  }

  @Test
  void anExactPhraseAsksForTheBigramsOfItsCommonWords() {
    assertThat(
            VerbatimAnalyzer.exactPhrase(
                List.of("=the", "=end", "=of", "=the", "=war"), List.of(7, 8, 9, 10, 11)))
        .containsExactly(
            new VerbatimAnalyzer.PhraseTerm("=the_end", 0),
            new VerbatimAnalyzer.PhraseTerm("=end_of", 1),
            new VerbatimAnalyzer.PhraseTerm("=of_the", 2),
            new VerbatimAnalyzer.PhraseTerm("=the_war", 3));
    // no common word: the words themselves; a word between two bigrams is not asked again
    assertThat(
            VerbatimAnalyzer.exactPhrase(
                List.of("=nuclear", "=weapons", "=in", "=ukraine", "=today"),
                List.of(0, 1, 2, 3, 4)))
        .containsExactly(
            new VerbatimAnalyzer.PhraseTerm("=nuclear", 0),
            new VerbatimAnalyzer.PhraseTerm("=weapons_in", 1),
            new VerbatimAnalyzer.PhraseTerm("=in_ukraine", 2),
            new VerbatimAnalyzer.PhraseTerm("=today", 4));
    // words apart (a position skipped) make no bigram
    assertThat(VerbatimAnalyzer.exactPhrase(List.of("=of", "=war"), List.of(0, 2)))
        .containsExactly(
            new VerbatimAnalyzer.PhraseTerm("=of", 0), new VerbatimAnalyzer.PhraseTerm("=war", 2));
  }

  @Test
  void wordsHelperPairsExactAndStemForms() {
    List<VerbatimAnalyzer.Word> words = new VerbatimAnalyzer().words("body", "to the Negotiations");
    assertThat(words)
        .extracting(VerbatimAnalyzer.Word::exact, VerbatimAnalyzer.Word::stem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("=to", null),
            org.assertj.core.groups.Tuple.tuple("=the", null),
            org.assertj.core.groups.Tuple.tuple("=negotiations", "negoti"));
  }
}
