package dev.verbatim.verify;

import dev.verbatim.text.WordList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * What makes a claim say the opposite of a quote, or another figure, however near their words or
 * meaning: a claim that contradicts the quote is never {@code close} or {@code paraphrase}.
 *
 * <ul>
 *   <li>{@link #NEGATION}: one of the two negates what the other states. A negation ("not", "no",
 *       "never", "n't", "refuse to", …) governs the rest of its clause, at most {@value #SCOPE}
 *       content words; it contradicts when the first of them, the word it denies, stands in the
 *       other text where no negation governs it, the other text never denies it, and the text that
 *       denies it never also states it. A "not" after "or" ("whether or not") denies nothing. "I
 *       never spoke to Putin about space" against "I have spoken to Putin once, about space" does;
 *       "I've never come across proof that appalled me more" against "the most shocking piece of
 *       evidence I've seen" (the gist reworded, the negation on words the quote does not use) does
 *       not.
 *   <li>{@link #NUMBER}: the claim has a number (digits, number words, "once", "twice") the quote
 *       does not. A capitalised number word inside a sentence is a name ("Uranium One").
 *   <li>{@link #OPPOSITE}: the claim has a word whose opposite the quote has in its place ("speed
 *       up" against "slow down", "poorly funded" against "well-funded"), from a short list of
 *       common opposites.
 * </ul>
 */
enum Contradiction {
  NEGATION,
  NUMBER,
  OPPOSITE;

  /** Content words a negation governs, at most. */
  static final int SCOPE = 4;

  /**
   * How {@code claim} contradicts the words {@code from}..{@code to} (inclusive, in {@link
   * WordDiff#words} of {@code quote}) of {@code quote}, if it does; numbers are looked for in the
   * whole quote.
   */
  static Optional<Contradiction> between(String claim, String quote, int from, int to) {
    return between(Claim.of(claim), quote, from, to);
  }

  /** {@link #between(String, String, int, int)} with the claim read once for all its quotes. */
  static Optional<Contradiction> between(Claim claim, String quote, int from, int to) {
    Text c = claim.text();
    Text q = Text.of(quote, from, to);
    if (denies(c, q) || denies(q, c)) {
      return Optional.of(NEGATION);
    }
    if (!numbers(WordDiff.words(quote)).containsAll(claim.numbers())) {
      return Optional.of(NUMBER);
    }
    for (String[] pair : OPPOSITES) {
      if (opposed(c, q, pair[0], pair[1]) || opposed(c, q, pair[1], pair[0])) {
        return Optional.of(OPPOSITE);
      }
    }
    return Optional.empty();
  }

  /** A claim as the checks read it: its words' stems and its numbers, read once per claim. */
  record Claim(Text text, Set<String> numbers) {
    static Claim of(String claim) {
      return new Claim(
          Text.of(claim, 0, Integer.MAX_VALUE), Contradiction.numbers(WordDiff.words(claim)));
    }
  }

  /**
   * Whether {@code a} denies a word {@code b} states and never denies itself, and never states
   * itself: a text that both denies and states a word ("I don't think that's what politics should
   * be about. I think politics should be about solving real problems") cannot tell by its words
   * which of the two the other text repeats.
   */
  private static boolean denies(Text a, Text b) {
    return a.negated.stream()
        .anyMatch(w -> b.plain.contains(w) && !b.negated.contains(w) && !a.plain.contains(w));
  }

  /** Whether the claim states {@code a} where the quote states its opposite {@code b}. */
  private static boolean opposed(Text claim, Text quote, String a, String b) {
    return claim.stated.contains(a)
        && !claim.all.contains(b)
        && quote.stated.contains(b)
        && !quote.all.contains(a);
  }

  /**
   * The content-word stems of a stretch of text: those a negation denies (the first it governs),
   * those no negation governs, and all of them with each part of a hyphenated word ("well-funded"
   * is also "well" and "fund").
   */
  record Text(Set<String> negated, Set<String> plain, Set<String> stated, Set<String> all) {
    static Text of(String text, int from, int to) {
      List<String> words = WordDiff.words(text);
      int[] clauses = WordDiff.clauses(text);
      EnglishStemmer stemmer = new EnglishStemmer();
      Set<String> negated = new HashSet<>();
      Set<String> plain = new HashSet<>();
      Set<String> stated = new HashSet<>();
      Set<String> all = new HashSet<>();
      int last = Math.min(to, words.size() - 1);
      boolean[] governed = governed(words, clauses, from, last, stemmer, negated);
      for (int i = Math.max(0, from); i <= last; i++) {
        String word = words.get(i);
        if (isFiller(words, clauses, i)) {
          continue;
        }
        String stem = stem(stemmer, word);
        boolean free = !governed[i]; // "failed" states a failure, and denies what follows
        List<String> stems = new ArrayList<>();
        stems.add(stem);
        if (word.indexOf('-') > 0) {
          for (String part : word.split("-")) {
            stems.add(stem(stemmer, part));
          }
        }
        for (String s : stems) {
          if (s != null) {
            all.add(s);
            if (free) {
              stated.add(s);
            }
          }
        }
        if (stem != null && free && negationEnds(words, i) < 0) {
          plain.add(stem);
        }
      }
      return new Text(negated, plain, stated, all);
    }
  }

  /**
   * The words a negation governs in words {@code from}..{@code last}, each negation's first content
   * word added to {@code negated}: the rest of its clause, at most {@value #SCOPE} content words,
   * none when a comparative follows ("never seen anything more shocking").
   */
  private static boolean[] governed(
      List<String> words,
      int[] clauses,
      int from,
      int last,
      EnglishStemmer stemmer,
      Set<String> negated) {
    boolean[] governed = new boolean[words.size()];
    for (int i = Math.max(0, from); i <= last; i++) {
      int start = negationEnds(words, i);
      if (start < 0) {
        continue;
      }
      List<Integer> scope = new ArrayList<>();
      for (int j = start; j < words.size() && clauses[j] == clauses[i]; j++) {
        if (stem(stemmer, words.get(j)) != null && scope.size() < SCOPE) {
          scope.add(j);
        }
        if (COMPARATIVES.contains(WordDiff.fold(words.get(j)))) {
          scope.clear(); // "never seen anything more shocking" states a superlative
          break;
        }
      }
      for (int j : scope) {
        governed[j] = true;
      }
      if (!scope.isEmpty()) {
        negated.add(stem(stemmer, words.get(scope.getFirst())));
      }
    }
    return governed;
  }

  /**
   * Whether word {@code i} is "well" as a filler ("Well, I think …") or in "as well", not the
   * opposite of "badly".
   */
  private static boolean isFiller(List<String> words, int[] clauses, int i) {
    if (!WordDiff.fold(words.get(i)).equals("well")) {
      return false;
    }
    boolean alone =
        (i + 1 >= words.size() || clauses[i + 1] != clauses[i])
            && (i == 0 || clauses[i - 1] != clauses[i]);
    boolean afterAs = i > 0 && WordDiff.fold(words.get(i - 1)).equals("as");
    return alone || afterAs;
  }

  /** Words that make a negated clause a comparison: "no one did more", "never better". */
  private static final Set<String> COMPARATIVES =
      Set.of("more", "less", "better", "worse", "than", "bigger", "greater", "larger");

  /**
   * Where the words a negation at {@code i} governs begin, or -1 when word {@code i} is none. A
   * "not" after "or" offers an alternative and denies nothing: "whether or not", "like it or not".
   */
  private static int negationEnds(List<String> words, int i) {
    String w = WordDiff.fold(words.get(i));
    boolean alternative = w.equals("not") && i > 0 && WordDiff.fold(words.get(i - 1)).equals("or");
    return !alternative && (NEGATIONS.contains(w) || w.endsWith("n't")) ? i + 1 : -1;
  }

  /** A content word's stem; null for a function word. */
  private static String stem(EnglishStemmer stemmer, String word) {
    String folded = WordDiff.fold(word);
    if (FUNCTION_WORDS.contains(folded) || Verifier.isStopword(folded)) {
      return null;
    }
    stemmer.setCurrent(folded);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** Words that state nothing a negation could deny. */
  private static final Set<String> FUNCTION_WORDS = WordList.load("verify-function-words.txt");

  private static final Set<String> NEGATIONS = WordList.load("negations.txt");

  /** Common opposites, as stems; a word of one side stands where the other was. */
  private static final List<String[]> OPPOSITES = opposites();

  private static List<String[]> opposites() {
    EnglishStemmer stemmer = new EnglishStemmer();
    List<String[]> stems = new ArrayList<>();
    for (String pair : WordList.load("opposites.txt")) {
      String[] words = pair.split(" ");
      stems.add(new String[] {stemOf(stemmer, words[0]), stemOf(stemmer, words[1])});
    }
    return List.copyOf(stems);
  }

  private static String stemOf(EnglishStemmer stemmer, String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /**
   * The numbers a text states, as digits: "one hundred" and "100" are both 100, "once" is 1, the
   * year in "pre-2012" is 2012. A capitalised number word after the first word is a name, and "at
   * once" no number.
   */
  static Set<String> numbers(List<String> words) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      for (String part : w.indexOf('-') > 0 ? w.split("-") : new String[] {w}) {
        boolean name = i > 0 && Character.isUpperCase(part.codePointAt(0));
        String f = WordDiff.fold(part);
        boolean idiom = f.equals("once") && i > 0 && WordDiff.fold(words.get(i - 1)).equals("at");
        parts.add((name || idiom) && NUMBER_WORDS.containsKey(f) ? "\u0000" : f);
      }
    }
    Set<String> numbers = new HashSet<>();
    BigInteger pending = null; // the number being read: a multiplier or thousands group may follow
    boolean pendingDigits = false;
    for (String f : parts) {
      boolean digits = !f.isEmpty() && f.chars().allMatch(Character::isDigit);
      if (digits && pendingDigits && f.length() == 3) {
        pending = pending.multiply(THOUSAND).add(new BigInteger(f)); // "1,000" is "1" "000"
        continue;
      }
      BigInteger value =
          digits
              ? new BigInteger(f)
              : NUMBER_WORDS.containsKey(f) ? new BigInteger(NUMBER_WORDS.get(f)) : null;
      boolean multiplier = value != null && !digits && value.compareTo(HUNDRED) >= 0;
      if (multiplier && pending != null) {
        value = pending.multiply(value); // "one hundred", "5 million"
      } else if (pending != null) {
        numbers.add(pending.toString());
      }
      pending = value;
      pendingDigits = digits;
    }
    if (pending != null) {
      numbers.add(pending.toString());
    }
    return numbers;
  }

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);
  private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

  private static final Map<String, String> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("once", "1"),
          Map.entry("one", "1"),
          Map.entry("twice", "2"),
          Map.entry("two", "2"),
          Map.entry("thrice", "3"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("ten", "10"),
          Map.entry("eleven", "11"),
          Map.entry("twelve", "12"),
          Map.entry("twenty", "20"),
          Map.entry("thirty", "30"),
          Map.entry("forty", "40"),
          Map.entry("fifty", "50"),
          Map.entry("hundred", "100"),
          Map.entry("thousand", "1000"),
          Map.entry("million", "1000000"),
          Map.entry("billion", "1000000000"),
          Map.entry("trillion", "1000000000000"));
}
