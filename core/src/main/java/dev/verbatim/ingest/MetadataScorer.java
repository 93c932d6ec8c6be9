package dev.verbatim.ingest;

import dev.verbatim.text.Folding;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a page's metadata against the truth of a benchmark's {@code pages.json}: the title (the
 * page's headline) exactly, once case, accents, typographic quotes and dashes, spacing and a final
 * period are folded; the date exactly and within a day (a time zone moves a date-time across
 * midnight); the authors as a set of folded names (the truth's comma-separated list; a page with no
 * author in the truth is right when none is extracted).
 */
public final class MetadataScorer {
  private MetadataScorer() {}

  /** What one field of one page scored: not in the truth, right or wrong. */
  public enum Outcome {
    UNSCORED,
    RIGHT,
    WRONG
  }

  /** A page's outcomes; {@code dateNear}: the date within a day of the truth. */
  public record PageScore(
      Outcome title, Outcome date, Outcome dateNear, Outcome authors, Outcome outlet) {}

  /**
   * Scores one page.
   *
   * @param title the true title, null when the truth has none
   * @param date the true date ("2023-12-22" or a date-time), null or blank when it has none
   * @param authors the true authors, comma-separated ("" for none), null when the truth has none
   * @param outlet the true outlet, null when the truth has none
   */
  public static PageScore score(
      String title, String date, String authors, String outlet, HtmlPage page) {
    Outcome t =
        title == null || title.isBlank()
            ? Outcome.UNSCORED
            : of(page.title() != null && fold(title).equals(fold(page.title())));
    LocalDate trueDate = parse(date);
    Outcome d = trueDate == null ? Outcome.UNSCORED : of(trueDate.equals(page.date()));
    Outcome near =
        trueDate == null
            ? Outcome.UNSCORED
            : of(
                page.date() != null
                    && Math.abs(ChronoUnit.DAYS.between(trueDate, page.date())) <= 1);
    Outcome a =
        authors == null
            ? Outcome.UNSCORED
            : of(names(splitNames(authors)).equals(names(page.authors())));
    Outcome o =
        outlet == null || outlet.isBlank()
            ? Outcome.UNSCORED
            : of(page.source() != null && fold(outlet).equals(fold(page.source())));
    return new PageScore(t, d, near, a, o);
  }

  /** The share of scored pages whose field is right, and how many were scored. */
  public record Share(int right, int scored) {
    public double value() {
      return scored == 0 ? Double.NaN : (double) right / scored;
    }
  }

  /** The shares over pages, field by field: title, date, date within a day, authors, outlet. */
  public static List<Share> shares(Collection<PageScore> pages) {
    List<Share> shares = new ArrayList<>();
    for (int field = 0; field < 5; field++) {
      int right = 0;
      int scored = 0;
      for (PageScore p : pages) {
        Outcome o =
            switch (field) {
              case 0 -> p.title();
              case 1 -> p.date();
              case 2 -> p.dateNear();
              case 3 -> p.authors();
              default -> p.outlet();
            };
        if (o != Outcome.UNSCORED) {
          scored++;
          right += o == Outcome.RIGHT ? 1 : 0;
        }
      }
      shares.add(new Share(right, scored));
    }
    return shares;
  }

  private static Outcome of(boolean right) {
    return right ? Outcome.RIGHT : Outcome.WRONG;
  }

  /** A title or a name as compared: NFKC, case and accents folded, quotes, dashes, spacing. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    n =
        n.replaceAll("[\u2018\u2019\u201B\u2032`]", "'")
            .replaceAll("[\u201C\u201D\u201E\u2033]", "\"");
    n = n.replaceAll("[\u2010-\u2015\u2212]", "-");
    n = Folding.caseAndAccents(n).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    return n.replaceAll("[.,;:]+$", ""); // "lower price." is the title "lower price"
  }

  private static List<String> splitNames(String authors) {
    List<String> names = new ArrayList<>();
    for (String part : authors.split(",")) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    return names;
  }

  private static Set<String> names(List<String> names) {
    Set<String> folded = new TreeSet<>();
    for (String name : names) {
      folded.add(fold(name));
    }
    return folded;
  }

  private static LocalDate parse(String date) {
    if (date == null || date.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(date.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
