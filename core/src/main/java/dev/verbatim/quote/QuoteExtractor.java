package dev.verbatim.quote;

import dev.verbatim.quote.Quote.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotes of an article and attributes each to a speaker.
 *
 * <p>Spans: see {@link QuoteSpans}. Paragraphs are separated by blank lines, or by a line break
 * after a line that ends a sentence (scraped text often breaks lines inside sentences).
 *
 * <p>Speakers, in order of preference:
 *
 * <ol>
 *   <li>a cue right after the quote: "“…,” Bremmer said", "“…,” he added", "“…,” said Kremlin
 *       spokesman Dmitry Peskov";
 *   <li>the lead-in before the quote in its sentence, read as a reporting chain: in "Bremmer wrote
 *       that Musk told him Putin was “…”" the names that are subjects of verbs of saying (or follow
 *       "according to") are the chain, and a last name after them that is no verb's object is the
 *       speaker: Putin, via Bremmer and Musk; a colon lead-in ("Musk tweeted a succinct response:
 *       “…”") names its subject;
 *   <li>continuation: a quote with no cue of its own in the same paragraph as an attributed one, or
 *       opening a paragraph right after one, has the same speaker.
 * </ol>
 *
 * <p>Names resolve within the article: a surname or an honorific and surname ("Kirby", "Mr. Musk")
 * to the full name the article used ("John Kirby"), "he"/"she" to the last speaker, a description
 * ("the Tesla CEO") to the person it was written before ("Tesla CEO Elon Musk") or else to the
 * person the article names most. A short quote with no sentence punctuation that sits in a noun
 * phrase ("a proposed “peace plan”") or is in Title Case ("“The Weekend” festival") is a {@link
 * Kind#TERM}. Thread-safe.
 */
public final class QuoteExtractor {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'\\-][\\p{L}\\p{N}]+)*");
  private static final int POST_CUE_WORDS = 10;
  private static final int TERM_MAX_WORDS = 5;

  /** The quotes of {@code text}, in text order. */
  public List<Quote> extract(String text) {
    Article article = new Article(text);
    List<Quote> quotes = new ArrayList<>();
    Attribution previous = null;
    int previousParagraph = -1;
    List<int[]> paragraphs = paragraphs(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      int[] paragraph = paragraphs.get(p);
      List<QuoteSpans.Span> spans = QuoteSpans.find(text, paragraph[0], paragraph[1]);
      int leadFrom = paragraph[0];
      Attribution inParagraph = null;
      for (int q = 0; q < spans.size(); q++) {
        QuoteSpans.Span span = spans.get(q);
        int open = Math.max(paragraph[0], span.start() - 1);
        int close = Math.min(paragraph[1], span.end() + (span.closed() ? 1 : 0));
        int nextOpen = q + 1 < spans.size() ? spans.get(q + 1).start() - 1 : paragraph[1];
        int sentenceStart = Math.max(leadFrom, sentenceStart(text, paragraph[0], open));
        String quoted = text.substring(span.start(), span.end());

        Attribution attribution = article.postCue(close, nextOpen);
        if (attribution == null) {
          attribution = article.leadIn(sentenceStart, open, List.of());
        }
        int wholeSentence = sentenceStart(text, paragraph[0], open);
        if (attribution == null && wholeSentence < sentenceStart) {
          // "Johnson tells MSNBC’s “Morning Joe” that “…”": read the whole sentence, quotes aside
          attribution = article.leadIn(wholeSentence, open, spans.subList(0, q));
        }
        boolean sameSentenceAsPrevious = inParagraph != null && sentenceStart == leadFrom && q > 0;
        Kind kind =
            isTerm(text, quoted, open, attribution, sameSentenceAsPrevious)
                ? Kind.TERM
                : Kind.SPEECH;
        if (kind == Kind.TERM) {
          quotes.add(new Quote(span.start(), span.end(), quoted, null, List.of(), kind, null, 0));
          leadFrom = close;
          continue;
        }
        if (attribution == null) {
          boolean opensParagraph = text.substring(paragraph[0], open).isBlank();
          if (inParagraph != null) {
            attribution = inParagraph.continued();
          } else if (opensParagraph && previous != null && previousParagraph == p - 1) {
            attribution = previous.continued();
          }
        }
        if (attribution != null && !Character.isUpperCase(attribution.speaker().codePointAt(0))) {
          // "another source", "one attendee": someone unnamed said it; the chain is still known
          quotes.add(
              new Quote(
                  span.start(),
                  span.end(),
                  quoted,
                  null,
                  attribution.via(),
                  kind,
                  attribution.cue(),
                  0));
          leadFrom = close;
          continue;
        }
        if (attribution == null) {
          quotes.add(new Quote(span.start(), span.end(), quoted, null, List.of(), kind, null, 0));
        } else {
          quotes.add(
              new Quote(
                  span.start(),
                  span.end(),
                  quoted,
                  attribution.speaker(),
                  attribution.via(),
                  kind,
                  attribution.cue(),
                  attribution.confidence()));
          article.lastSpeaker = attribution.speaker();
          inParagraph = attribution;
          previous = attribution;
          previousParagraph = p;
        }
        leadFrom = close;
      }
    }
    return quotes;
  }

  private static boolean isTerm(
      String text, String quoted, int open, Attribution attribution, boolean continuesSpeech) {
    if (attribution != null && attribution.fromPostCue()) {
      return false;
    }
    String[] words = quoted.strip().split("\\s+");
    if (words.length > 6 || endsSentence(quoted)) {
      return false;
    }
    boolean titleCase = true;
    for (String w : words) {
      titleCase &= !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }
    if (titleCase && words.length >= 2) {
      return true;
    }
    if (words.length > TERM_MAX_WORDS || continuesSpeech) {
      return false;
    }
    List<String> before = wordsBefore(text, open, 2);
    for (String w : before) {
      if (Cues.TERM_DETERMINERS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsSentence(String quoted) {
    String s = quoted.strip();
    return !s.isEmpty() && ".!?…".indexOf(s.charAt(s.length() - 1)) >= 0
        || s.contains(". ")
        || s.endsWith(",") && s.split("\\s+").length > 3;
  }

  private static List<String> wordsBefore(String text, int at, int n) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(Math.max(0, at - 60), at);
    while (m.find()) {
      words.add(m.group());
    }
    return words.subList(Math.max(0, words.size() - n), words.size());
  }

  /** The start of the sentence holding {@code at}, not before {@code from}. */
  private static int sentenceStart(String text, int from, int at) {
    for (int i = at - 1; i > from; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && i + 2 <= at
          && Character.isWhitespace(text.charAt(i + 1))
          && !isAbbreviation(text, i)) {
        return i + 1;
      }
    }
    return from;
  }

  private static boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
    return Cues.HONORIFICS.contains(word) || word.length() == 1;
  }

  /** Paragraph ranges: blank lines, or a line break after a line that ends a sentence. */
  static List<int[]> paragraphs(String text) {
    List<int[]> paragraphs = new ArrayList<>();
    int start = 0;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) != '\n') {
        continue;
      }
      String line = text.substring(lineStart, i).strip();
      boolean blank = line.isEmpty();
      if (blank || endsLine(line) || i == text.length()) {
        int end = blank ? lineStart : i;
        if (!text.substring(start, end).isBlank()) {
          paragraphs.add(new int[] {start, end});
        }
        start = i + 1;
      }
      lineStart = i + 1;
    }
    return paragraphs;
  }

  private static boolean endsLine(String line) {
    int end = line.length();
    while (end > 0 && "\"'”’»)]".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?…:".indexOf(line.charAt(end - 1)) >= 0;
  }

  /** A speaker with the chain that reported them and the cue that decided it. */
  record Attribution(
      String speaker, List<String> via, String cue, double confidence, boolean fromPostCue) {
    Attribution continued() {
      return new Attribution(speaker, via, "continuation", Math.min(confidence, 0.75), false);
    }
  }

  /** One word of the text with its offsets. */
  private record Token(String text, int start, int end) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    boolean possessive() {
      return text.endsWith("’s") || text.endsWith("'s");
    }
  }

  /** A name, pronoun or description found in a stretch of text. */
  private record Mention(String name, int first, int last, boolean person) {}

  /** What the article as a whole says about its people. */
  private static final class Article {
    private final String text;
    private final Map<String, String> fullNameBySurname = new HashMap<>();
    private final Map<String, Integer> mentions = new HashMap<>();
    private final Map<String, Integer> firstMention = new HashMap<>();
    private final Map<String, String> nameByDescription = new HashMap<>();
    private String lastSpeaker;

    Article(String text) {
      this.text = text;
      List<Token> tokens = tokens(0, text.length());
      for (int i = 0; i < tokens.size(); ) {
        int end = runEnd(tokens, i);
        if (end > i) {
          register(tokens.subList(i, end));
          i = end;
        } else {
          i++;
        }
      }
      for (var e : fullNameBySurname.entrySet()) {
        mentions.merge(e.getValue(), 0, Integer::sum);
      }
      tokens.forEach(
          t -> {
            String full = fullNameBySurname.get(t.lower());
            if (full != null) {
              mentions.merge(full, 1, Integer::sum);
              firstMention.putIfAbsent(full, t.start());
            }
          });
    }

    private void register(List<Token> run) {
      List<Token> words = withoutRoles(withoutInitials(stripLeading(run)));
      if (words.size() < 2 || words.size() > 4) {
        return;
      }
      String surname = bare(words.getLast().text());
      String full = bare(words.get(words.size() - 2).text()) + " " + surname;
      fullNameBySurname.putIfAbsent(surname.toLowerCase(Locale.ROOT), full);
      if (words.size() > 2) {
        StringBuilder description = new StringBuilder();
        for (Token t : words.subList(0, words.size() - 2)) {
          description.append(description.isEmpty() ? "" : " ").append(t.lower());
        }
        nameByDescription.putIfAbsent(description.toString(), full);
      }
    }

    /** The attribution in the few words after a closing mark, or null. */
    Attribution postCue(int from, int to) {
      int limit = to;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == ';' || c == '\n' || c == '.' && !isAbbreviation(text, i)) {
          limit = i;
          break;
        }
      }
      List<Token> tokens = tokens(from, limit);
      if (tokens.isEmpty()) {
        return null;
      }
      int verb = -1;
      for (int i = 0; i < Math.min(tokens.size(), POST_CUE_WORDS); i++) {
        if (Cues.isVerb(tokens.get(i).text())) {
          verb = i;
          break;
        }
      }
      if (verb < 0) {
        return null;
      }
      for (Token t : tokens.subList(0, verb)) {
        // only a subject may stand between the quote and its verb: "” Ukraine’s Ambassador to
        // Germany Andrij Melnyk wrote", not "” proposal to end the war, while his tweets"
        if (!t.capitalised()
            && !Cues.PRONOUNS.contains(t.lower())
            && !Cues.SUBJECT_GLUE.contains(t.lower())
            && !Cues.BETWEEN.contains(t.lower())
            && !Cues.ROLE_NOUNS.contains(t.lower())) {
          return null;
        }
      }
      String cue = tokens.get(verb).lower();
      if (verb == 0) {
        // inverted: "said Kremlin spokesman Dmitry Peskov"
        Mention m = nameAfterVerb(tokens, 1);
        if (m == null) {
          return null;
        }
        return new Attribution(m.name(), List.of(), cue, 0.9, true);
      }
      Mention m = subjectBefore(tokens, verb);
      return m == null
          ? null
          : new Attribution(m.name(), List.of(), cue, m.person() ? 0.95 : 0.8, true);
    }

    /**
     * The attribution read from the lead-in {@code text[from, to)} before an opening mark, ignoring
     * the words inside {@code quoted}.
     */
    Attribution leadIn(int from, int to, List<QuoteSpans.Span> quoted) {
      List<Token> tokens = tokens(from, to);
      tokens.removeIf(
          t -> quoted.stream().anyMatch(s -> t.start() >= s.start() && t.end() <= s.end()));
      boolean colon = text.substring(from, to).stripTrailing().endsWith(":");
      List<Mention> chain = new ArrayList<>();
      List<String> cues = new ArrayList<>();
      Mention lastFree = null;
      boolean anyVerb = false;
      for (int i = 0; i < tokens.size(); ) {
        Mention m = mentionAt(tokens, i);
        if (m == null) {
          anyVerb |= Cues.isVerb(tokens.get(i).text());
          i++;
          continue;
        }
        int after = m.last() + 1;
        while (after < tokens.size() && Cues.BETWEEN.contains(tokens.get(after).lower())) {
          after++;
        }
        String before1 = m.first() > 0 ? tokens.get(m.first() - 1).lower() : "";
        String before2 = m.first() > 1 ? tokens.get(m.first() - 2).lower() : "";
        boolean markerObject =
            Cues.OBJECT_MARKERS.contains(before1) && !before2.equals("according");
        boolean subject =
            !markerObject
                && after < tokens.size()
                && Cues.isVerb(tokens.get(after).text())
                && !text.substring(tokens.get(m.last()).end(), tokens.get(after).start())
                    .contains(",");
        // "Ham described Clinton as …": a name right after a verb is its object
        boolean object = markerObject || !subject && Cues.isVerb(before1);
        boolean pronoun = Cues.PRONOUNS.contains(tokens.get(m.first()).lower());
        if (pronoun && subject && !chain.isEmpty()) {
          // "Putin said he would …": the pronoun is the last person named
          m = new Mention(chain.getLast().name(), m.first(), m.last(), true);
        }
        boolean accordingTo = before1.equals("to") && before2.equals("according");
        boolean agent = before1.equals("by");
        if (subject || accordingTo || agent) {
          chain.add(m);
          cues.add(accordingTo ? "according to" : subject ? tokens.get(after).lower() : "by");
          lastFree = null;
        } else if (m.person() && !object && !pronoun && !tokens.get(m.last()).possessive()) {
          lastFree = m;
        }
        i = m.last() + 1;
      }
      if (lastFree != null && !chain.isEmpty()) {
        return new Attribution(lastFree.name(), names(chain), cues.getLast(), 0.75, false);
      }
      if (!chain.isEmpty()) {
        Mention speaker = chain.getLast();
        return new Attribution(
            speaker.name(), names(chain.subList(0, chain.size() - 1)), cues.getLast(), 0.85, false);
      }
      if ((colon || anyVerb) && lastFree != null) {
        return new Attribution(lastFree.name(), List.of(), colon ? ":" : "said", 0.6, false);
      }
      if (colon || anyVerb) {
        for (Token t : tokens) {
          Mention m = mentionAt(tokens, tokens.indexOf(t));
          if (m != null && m.person()) {
            return new Attribution(m.name(), List.of(), colon ? ":" : "said", 0.6, false);
          }
        }
      }
      return null;
    }

    private static List<String> names(List<Mention> mentions) {
      List<String> names = new ArrayList<>();
      for (Mention m : mentions) {
        if (names.isEmpty() || !names.getLast().equals(m.name())) {
          names.add(m.name());
        }
      }
      return names;
    }

    /** The name, pronoun or "the …" description that ends right before the verb at {@code verb}. */
    private Mention subjectBefore(List<Token> tokens, int verb) {
      int end = verb;
      while (end > 0 && Cues.BETWEEN.contains(tokens.get(end - 1).lower())) {
        end--;
      }
      if (end == 0) {
        return null;
      }
      Token last = tokens.get(end - 1);
      if (Cues.PRONOUNS.contains(last.lower())) {
        return lastSpeaker == null ? null : new Mention(lastSpeaker, end - 1, end - 1, true);
      }
      if (last.capitalised()) {
        int start = end - 1;
        while (start > 0 && tokens.get(start - 1).capitalised() && adjacent(tokens, start - 1)) {
          start--;
        }
        if (start > 0
            && tokens.get(start - 1).lower().equals("the")
            && Cues.ROLE_NOUNS.contains(last.lower())) {
          return description(tokens, end);
        }
        return resolve(tokens.subList(start, end), start, end - 1);
      }
      return description(tokens, end);
    }

    /** "the Tesla CEO" ending before {@code end}: the person it describes. */
    private Mention description(List<Token> tokens, int end) {
      for (int start = end - 1; start >= Math.max(0, end - 4); start--) {
        if (tokens.get(start).lower().equals("the")) {
          StringBuilder d = new StringBuilder();
          for (Token t : tokens.subList(start + 1, end)) {
            d.append(d.isEmpty() ? "" : " ").append(t.lower());
          }
          String named = nameByDescription.get(d.toString());
          String who = named != null ? named : mostMentioned();
          return who == null ? null : new Mention(who, start, end - 1, true);
        }
      }
      return null;
    }

    /** The person named most often; on a tie, the one named first (the story's subject). */
    private String mostMentioned() {
      return mentions.entrySet().stream()
          .max(
              Map.Entry.<String, Integer>comparingByValue()
                  .thenComparing(e -> -firstMention.getOrDefault(e.getKey(), Integer.MAX_VALUE)))
          .map(Map.Entry::getKey)
          .orElse(null);
    }

    /**
     * The name after an inverted cue: "said Kremlin spokesman Dmitry Peskov", "said Sean Spicer,
     * chief strategist", "said Representative Charles B. Rangel of New York". The last capitalised
     * run before a comma or a lower-case word that is not a role noun.
     */
    private Mention nameAfterVerb(List<Token> tokens, int from) {
      Mention found = null;
      for (int i = from; i < Math.min(tokens.size(), from + 8); ) {
        Token t = tokens.get(i);
        if (i > from
            && found != null
            && text.substring(tokens.get(i - 1).end(), t.start()).contains(",")) {
          break;
        }
        int end = runEnd(tokens, i);
        if (end > i) {
          found = resolve(tokens.subList(i, end), i, end - 1);
          i = end;
          continue;
        }
        if (t.lower().equals("the") && found == null) {
          Mention d = description(tokens, Math.min(tokens.size(), i + 3));
          if (d != null) {
            return d;
          }
        }
        if (found != null && !Cues.ROLE_NOUNS.contains(t.lower())) {
          break;
        }
        i++;
      }
      return found;
    }

    /** The last capitalised run in tokens[from, to). */
    private Mention lastName(List<Token> tokens, int from, int to) {
      Mention found = null;
      for (int i = from; i < to; ) {
        int end = runEnd(tokens, i);
        if (end > i) {
          found = resolve(tokens.subList(i, Math.min(end, to)), i, Math.min(end, to) - 1);
          i = end;
        } else if (tokens.get(i).lower().equals("the") && found == null) {
          Mention d = description(tokens, Math.min(to, i + 3));
          found = d;
          i++;
        } else {
          i++;
        }
      }
      return found;
    }

    /**
     * A mention starting at token {@code i}: a capitalised name run, a pronoun, or a description.
     */
    private Mention mentionAt(List<Token> tokens, int i) {
      Token t = tokens.get(i);
      if (Cues.PRONOUNS.contains(t.lower())) {
        return lastSpeaker == null ? null : new Mention(lastSpeaker, i, i, true);
      }
      if (t.lower().equals("the") && i + 1 < tokens.size()) {
        int runEnd = runEnd(tokens, i + 1);
        if (runEnd > i + 1 && !Cues.ROLE_NOUNS.contains(tokens.get(runEnd - 1).lower())) {
          // "the Kremlin", "the White House": an institution
          return resolve(tokens.subList(i + 1, runEnd), i, runEnd - 1);
        }
        // "the Tesla CEO added", "the businessman said"
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
          if (Cues.isVerb(tokens.get(j).text())) {
            Mention d = description(tokens, j);
            return d == null ? null : new Mention(d.name(), i, j - 1, true);
          }
        }
      }
      if ((t.lower().equals("one") || t.lower().equals("another"))
          && i + 1 < tokens.size()
          && !tokens.get(i + 1).capitalised()) {
        // "one attendee", "another source": unnamed, but part of the reporting chain
        return new Mention(t.text() + " " + tokens.get(i + 1).text(), i, i + 1, false);
      }
      int end = runEnd(tokens, i);
      if (end > i) {
        return resolve(tokens.subList(i, end), i, end - 1);
      }
      return null;
    }

    /** The canonical name of a capitalised run. */
    private Mention resolve(List<Token> run, int first, int last) {
      List<Token> words = stripLeading(run);
      if (words.isEmpty()) {
        return null;
      }
      words = withoutRoles(withoutInitials(words));
      String surname = bare(words.getLast().text());
      String registered = fullNameBySurname.get(surname.toLowerCase(Locale.ROOT));
      String name;
      if (words.size() >= 2) {
        name = bare(words.get(words.size() - 2).text()) + " " + surname;
      } else {
        name = registered != null ? registered : surname;
      }
      boolean person = registered != null || words.size() >= 2;
      return new Mention(name, first, last, person);
    }

    /** Keeps what follows the last role noun: "Tesla CEO Musk" is Musk. */
    private static List<Token> withoutRoles(List<Token> words) {
      for (int i = words.size() - 2; i >= 0; i--) {
        String w = words.get(i).lower();
        if (Cues.ROLE_NOUNS.contains(w) || Cues.HONORIFICS.contains(w)) {
          return words.subList(i + 1, words.size());
        }
      }
      return words;
    }

    /** Drops middle initials: "Charles B. Rangel" is Charles Rangel. */
    private static List<Token> withoutInitials(List<Token> words) {
      if (words.size() < 3) {
        return words;
      }
      List<Token> kept = new ArrayList<>(words.size());
      for (int i = 0; i < words.size(); i++) {
        if (i == 0 || i == words.size() - 1 || words.get(i).text().length() > 1) {
          kept.add(words.get(i));
        }
      }
      return kept;
    }

    /** Drops leading words that are not names ("According", "The") and honorifics ("Mr."). */
    private static List<Token> stripLeading(List<Token> run) {
      int start = 0;
      while (start < run.size()
          && (Cues.NOT_NAMES.contains(run.get(start).lower())
              || Cues.HONORIFICS.contains(run.get(start).lower()))) {
        start++;
      }
      return run.subList(start, run.size());
    }

    /** The end of a run of capitalised words starting at {@code i} (== i when there is none). */
    private static int runEnd(List<Token> tokens, int i) {
      int end = i;
      while (end < tokens.size()
          && tokens.get(end).capitalised()
          && (end == i || adjacent(tokens, end - 1))) {
        end++;
        if (tokens.get(end - 1).possessive()) {
          break;
        }
      }
      // a run made only of words that are not names is no run
      for (int k = i; k < end; k++) {
        String w = tokens.get(k).lower();
        if (!Cues.NOT_NAMES.contains(w) && !Cues.HONORIFICS.contains(w)) {
          return end;
        }
      }
      return i;
    }

    /** Whether token {@code i} and the next are separated by exactly one space (or ". "). */
    private static boolean adjacent(List<Token> tokens, int i) {
      return false == (i + 1 >= tokens.size()) && gapIsSpace(tokens.get(i), tokens.get(i + 1));
    }

    private static boolean gapIsSpace(Token a, Token b) {
      int gap = b.start() - a.end();
      boolean abbreviated = Cues.HONORIFICS.contains(a.lower()) || a.text().length() == 1;
      return gap == 1 || gap == 2 && abbreviated;
    }

    private static String bare(String word) {
      return word.endsWith("’s") || word.endsWith("'s")
          ? word.substring(0, word.length() - 2)
          : word;
    }

    private List<Token> tokens(int from, int to) {
      List<Token> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(text).region(from, to);
      while (m.find()) {
        tokens.add(new Token(m.group(), m.start(), m.end()));
      }
      return tokens;
    }
  }
}
