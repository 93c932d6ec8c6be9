package dev.verbatim.quote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One person, one speaker across a corpus: a surname written alone ("Obama" in an article that says
 * only "President Obama") is the full name the corpus's other articles give that surname, when one
 * full name holds most of that evidence.
 *
 * <p>The evidence is counted, never listed by hand: each article adds the full names it writes (its
 * people, {@link ArticleQuotes#people()}), once per article. A surname joins its leading full name
 * when that name was written by at least {@value #MIN_ARTICLES} articles and holds at least {@value
 * #MIN_SHARE} of the articles that write any full name with that surname; otherwise the surname is
 * ambiguous ("Clinton" where Hillary and Bill are both common) and stays apart. Names compare by
 * {@link Speakers#key} and {@link Speakers#surnameKey}. The answer changes as articles arrive: a
 * directory is a snapshot of the evidence it was given.
 *
 * <p>Not thread-safe while articles are added; safe to read from many threads afterwards.
 */
public final class SpeakerDirectory {
  /** Fewest articles that must write a full name before a surname alone may join it. */
  public static final int MIN_ARTICLES = 2;

  /** Share of a surname's full-name evidence the leading full name must hold. */
  public static final double MIN_SHARE = 0.75;

  /** Surname key, then full-name key, then how many articles write it. */
  private final Map<String, Map<String, Integer>> bySurname = new HashMap<>();

  /** The spelling of each full-name key: the first one seen. */
  private final Map<String, String> spelling = new HashMap<>();

  /** An empty directory. */
  public SpeakerDirectory() {}

  /**
   * Counts the full names one article writes: each distinct name once, a name of one word not at
   * all.
   */
  public void addArticle(List<String> people) {
    Set<String> seen = new HashSet<>();
    for (String name : people) {
      String key = Speakers.key(name);
      if (key.indexOf(' ') < 0 || !seen.add(key)) {
        continue;
      }
      count(key, name, 1);
    }
  }

  /**
   * Counts {@code articles} articles that write the full name {@code name}: evidence kept
   * elsewhere, such as an index's speaker counts.
   */
  public void addName(String name, int articles) {
    String key = Speakers.key(name);
    if (key.indexOf(' ') >= 0 && articles > 0) {
      count(key, name, articles);
    }
  }

  /**
   * Whether a full name is an organisation's ("White House", "Justice Department"): its last word
   * is no surname, so "House" alone never joins it.
   */
  static boolean organisation(String key) {
    String last = key.substring(key.lastIndexOf(' ') + 1);
    return NameWords.isOrganisationWord(last) || NameWords.ORGANISATION_NOUNS.contains(last);
  }

  private void count(String key, String name, int n) {
    if (organisation(key)) {
      return;
    }
    spelling.putIfAbsent(key, name);
    bySurname
        .computeIfAbsent(Speakers.surnameKey(key), s -> new HashMap<>())
        .merge(key, n, Integer::sum);
  }

  /**
   * The full name a speaker stands for across the corpus: for a surname alone, the leading full
   * name of that surname when the evidence is clear; otherwise the speaker as given. Null stays
   * null.
   */
  public String canonical(String speaker) {
    if (speaker == null) {
      return null;
    }
    String key = Speakers.key(speaker);
    if (key.isEmpty() || key.indexOf(' ') >= 0) {
      return speaker;
    }
    String full = leadingFullName(key);
    return full == null ? speaker : spelling.get(full);
  }

  /** The key of the full name a surname key joins, or null when the evidence is thin or split. */
  public String leadingFullName(String surnameKey) {
    Map<String, Integer> names = bySurname.get(surnameKey);
    if (names == null) {
      return null;
    }
    String best = null;
    int bestCount = 0;
    int total = 0;
    for (Map.Entry<String, Integer> e : names.entrySet()) {
      total += e.getValue();
      if (e.getValue() > bestCount
          || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return bestCount >= MIN_ARTICLES && bestCount >= MIN_SHARE * total ? best : null;
  }

  /**
   * The quotes of one article with every speaker (and every name of a reporting chain) replaced by
   * its {@link #canonical} form.
   */
  public List<Quote> canonicalise(List<Quote> quotes) {
    return quotes.stream().map(this::canonicalise).toList();
  }

  private Quote canonicalise(Quote q) {
    String speaker = canonical(q.speaker());
    List<String> via = q.via().stream().map(this::canonical).toList();
    if (Objects.equals(speaker, q.speaker()) && via.equals(q.via())) {
      return q;
    }
    return new Quote(
        q.start(),
        q.end(),
        q.text(),
        speaker,
        via,
        q.kind(),
        q.cue(),
        q.confidence(),
        q.rule(),
        q.speakerDescription());
  }
}
