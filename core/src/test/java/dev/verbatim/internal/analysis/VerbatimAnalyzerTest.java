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
  void everyWordHasAnExactAndAStemmedTermAtOnePosition() throws IOException {
    //          0         1         2
    //          0123456789012345678901234
    String t = "The Kremlin’s red Lines";
    assertThat(words(t))
        .containsExactly(
            "0:=the[0,3]",
            "1:=kremlin's[4,13]",
            "1:kremlin[4,13]",
            "2:=red[14,17]",
            "2:red[14,17]",
            "3:=lines[18,23]",
            "3:line[18,23]");
  }

  @Test
  void straightAndCurlyApostrophesAndFullWidthFormsFold() throws IOException {
    assertThat(tokens("Kremlin's")).contains("0:=kremlin's[0,9]");
    assertThat(tokens("ＫＲＥＭＬＩＮ’s")).contains("0:=kremlin's[0,9]");
    assertThat(words("don’t")).containsExactly("0:=don't[0,5]", "0:don't[0,5]");
  }

  @Test
  void markersSitOnTheFirstAndLastWordOfEachSentenceAndParagraph() throws IOException {
    // "Putin" is a sentence of one word: it gets no sentence markers
    //          0          1         2
    //          012345678901234567890123456
    String t = "Musk said. Putin\n\nNo way.";
    assertThat(tokens(t))
        .containsExactly(
            "0:<s>[0,0]",
            "0:<p>[0,0]",
            "0:=musk[0,4]",
            "0:musk[0,4]",
            "1:=said[5,9]",
            "1:said[5,9]",
            "1:</s>[9,9]",
            "2:=putin[11,16]",
            "2:putin[11,16]",
            "2:</p>[16,16]",
            "3:<s>[18,18]",
            "3:<p>[18,18]",
            "3:=no[18,20]",
            "4:=way[21,24]",
            "4:way[21,24]",
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
