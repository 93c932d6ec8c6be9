package dev.verbatim.bench;

import dev.verbatim.Article;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Seeded synthetic articles for corpora larger than the real one. Article {@code i} is a function
 * of the seed and {@code i} alone, so every pass sees the same text.
 *
 * <p>Each article takes the outlet and paragraph count of a real article, and fills its paragraphs
 * with real sentences of that outlet, drawn at random: term statistics stay those of the outlet's
 * prose instead of the skew that whole-article copies would give. One sentence in ten has one word
 * replaced by a word of another sentence of the outlet (small edits). Dates spread over 2012–2020.
 * Three articles in a hundred are syndicated copies of an earlier article under another outlet,
 * with the same text. {@link #NEEDLES} invented quotes, each attributed to an invented speaker, are
 * planted in known articles (1 to 5 each) so that recall can be checked.
 */
final class Generator {
  static final int NEEDLES = 20;
  private static final String[] SPEAKERS = {
    "Odile Brannock", "Tomasz Verhelst", "Amara Quennell", "Ingrid Castellane", "Rafe Olumide",
  };
  private static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
  private static final int DAYS = 9 * 365;

  private final long seed;
  private final int docs;
  private final String[] templateSource;
  private final int[] templateParagraphs;
  private final Map<String, String[]> sentences = new HashMap<>();
  private final List<Needle> needles = new ArrayList<>();
  private final Map<Integer, List<Integer>> plantedIn = new HashMap<>();

  /** A planted quote: its words, its speaker and the articles it was planted in. */
  record Needle(String quote, String speaker, Set<Integer> planted) {
    /** The paragraph that carries it. */
    String paragraph() {
      return "\u201c" + quote + ",\u201d said " + speaker + ".";
    }
  }

  Generator(List<Article> real, long seed, int docs) {
    this.seed = seed;
    this.docs = docs;
    templateSource = new String[real.size()];
    templateParagraphs = new int[real.size()];
    Map<String, List<String>> pools = new HashMap<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    for (int t = 0; t < real.size(); t++) {
      Article a = real.get(t);
      String source = a.source() == null ? "unknown" : a.source();
      templateSource[t] = source;
      String[] paragraphs = a.text().split("\n\n");
      templateParagraphs[t] = paragraphs.length;
      List<String> pool = pools.computeIfAbsent(source, s -> new ArrayList<>());
      for (String paragraph : paragraphs) {
        breaks.setText(paragraph);
        for (int s = breaks.first(), e = breaks.next();
            e != BreakIterator.DONE;
            s = e, e = breaks.next()) {
          String sentence = paragraph.substring(s, e).strip();
          if (sentence.length() > 20) {
            pool.add(sentence);
          }
        }
      }
    }
    pools.forEach((source, pool) -> sentences.put(source, pool.toArray(String[]::new)));
    SplittableRandom rng = new SplittableRandom(seed);
    List<String> vocabulary = vocabulary(rng);
    for (int k = 0; k < NEEDLES; k++) {
      StringBuilder quote = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        String word = vocabulary.get(rng.nextInt(vocabulary.size()));
        quote.append(w == 0 ? capitalised(word) : " " + word);
      }
      Set<Integer> planted = new TreeSet<>();
      int copies = 1 + k % 5;
      while (planted.size() < Math.min(copies, docs)) {
        planted.add(rng.nextInt(docs));
      }
      needles.add(new Needle(quote.toString(), SPEAKERS[k % SPEAKERS.length], planted));
      for (int doc : planted) {
        plantedIn.computeIfAbsent(doc, d -> new ArrayList<>()).add(k);
      }
    }
  }

  private List<String> vocabulary(SplittableRandom rng) {
    Set<String> words = new LinkedHashSet<>();
    String[] any = sentences.values().iterator().next();
    for (int i = 0; i < 2000 && words.size() < 500; i++) {
      for (String w : any[rng.nextInt(any.length)].split("\\s+")) {
        if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return new ArrayList<>(words);
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  List<Needle> needles() {
    return needles;
  }

  /**
   * The ids of the articles that carry needle {@code k}: where it was planted, and their copies.
   */
  Set<String> expectedIds(int k) {
    Set<String> ids = new TreeSet<>();
    Set<Integer> planted = needles.get(k).planted();
    for (int i = 0; i < docs; i++) {
      int origin = copyOf(i);
      if (planted.contains(origin < 0 ? i : origin)) {
        ids.add(id(i));
      }
    }
    return ids;
  }

  static String id(int i) {
    return String.format(Locale.ROOT, "gen-%07d", i);
  }

  private SplittableRandom random(int i, long salt) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + salt);
  }

  /** The earlier article that article {@code i} syndicates, or -1 for an original. */
  int copyOf(int i) {
    SplittableRandom rng = random(i, 1);
    if (i == 0 || rng.nextInt(100) >= 3) {
      return -1;
    }
    return rng.nextInt(Math.max(0, i - 1000), i);
  }

  /** Article {@code i}. */
  Article article(int i) {
    int origin = copyOf(i);
    if (origin < 0) {
      return original(i);
    }
    Article base = original(origin);
    SplittableRandom rng = random(i, 2);
    // another outlet: a copy from the same outlet is the same article re-sent, which Verbatim
    // deliberately replaces rather than keeps twice
    String outlet = base.source();
    for (int tries = 0; outlet.equals(base.source()) && tries < 100; tries++) {
      outlet = templateSource[rng.nextInt(templateSource.length)];
    }
    if (outlet.equals(base.source())) {
      outlet = base.source() + " (syndicated)";
    }
    return new Article(
        id(i),
        outlet,
        null,
        base.title(),
        List.of(),
        base.date().plusDays(rng.nextInt(3)),
        "en",
        base.text());
  }

  private Article original(int i) {
    SplittableRandom rng = random(i, 3);
    int template = rng.nextInt(templateSource.length);
    String source = templateSource[template];
    String[] pool = sentences.get(source);
    if (pool == null || pool.length == 0) {
      pool = sentences.values().iterator().next();
    }
    int paragraphs = Math.clamp(templateParagraphs[template], 3, 40);
    List<String> text = new ArrayList<>(paragraphs + 1);
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder paragraph = new StringBuilder();
      int n = 1 + rng.nextInt(3);
      for (int s = 0; s < n; s++) {
        String sentence = pool[rng.nextInt(pool.length)];
        if (rng.nextInt(10) == 0) {
          sentence = edited(sentence, pool[rng.nextInt(pool.length)], rng);
        }
        paragraph.append(s == 0 ? "" : " ").append(sentence);
      }
      text.add(paragraph.toString());
    }
    for (int k : plantedIn.getOrDefault(i, List.of())) {
      text.add(rng.nextInt(text.size() + 1), needles.get(k).paragraph());
    }
    String[] titleWords = pool[rng.nextInt(pool.length)].split("\\s+");
    String title =
        String.join(" ", List.of(titleWords).subList(0, Math.min(10, titleWords.length)));
    return new Article(
        id(i),
        source,
        null,
        title,
        List.of(),
        FIRST_DAY.plusDays(rng.nextInt(DAYS)),
        "en",
        String.join("\n\n", text));
  }

  /** {@code sentence} with one of its words replaced by one of {@code donor}'s. */
  private static String edited(String sentence, String donor, SplittableRandom rng) {
    String[] words = sentence.split(" ");
    String[] other = donor.split(" ");
    if (words.length < 3) {
      return sentence;
    }
    words[1 + rng.nextInt(words.length - 2)] = other[rng.nextInt(other.length)];
    return String.join(" ", words);
  }
}
