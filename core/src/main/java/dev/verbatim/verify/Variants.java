package dev.verbatim.verify;

import dev.verbatim.verify.Verification.Match;
import dev.verbatim.verify.Verification.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The variants of one utterance across outlets ({@link Verification#variants()}): its wordings, the
 * outlets that printed each, and the independent reports, a reprint counted as the outlet that
 * printed its story first.
 */
final class Variants {
  private Variants() {}

  /** The exact and close matches as one utterance: its wordings, the earliest first. */
  static List<Verification.VariantGroup> of(List<Match> matches) {
    List<Match> same =
        matches.stream()
            .filter(m -> m.verdict() == Verdict.EXACT || m.verdict() == Verdict.CLOSE)
            .sorted(Comparator.comparing(m -> m.date() == null ? LocalDate.MAX : m.date()))
            .toList();
    if (same.isEmpty()) {
      return List.of();
    }
    Map<String, List<Match>> byWording = new LinkedHashMap<>();
    for (Match m : same) {
      String key =
          String.join(" ", WordDiff.words(m.text())).toLowerCase(Locale.ROOT).replace('’', '\'');
      byWording.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
    }
    List<Verification.Wording> wordings = new ArrayList<>();
    for (List<Match> group : byWording.values()) {
      List<String> sources = new ArrayList<>();
      for (Match m : group) {
        if (m.source() != null && !sources.contains(m.source())) {
          sources.add(m.source());
        }
      }
      wordings.add(new Verification.Wording(group.getFirst().text(), group.size(), sources));
    }
    // one report per story: a reprint counts as the outlet that printed its story first
    Map<String, Verification.Earliest> reports = new LinkedHashMap<>();
    for (Match m : same) {
      Verification.Earliest report = firstPrinting(m);
      String story = m.copies() == null ? "article:" + m.article() : m.copies().group();
      Verification.Earliest known = reports.get(story);
      if (known == null || earlier(report, known)) {
        reports.put(story, report);
      }
    }
    List<Verification.Earliest> independent =
        reports.values().stream()
            .sorted(Comparator.comparing(e -> e.date() == null ? LocalDate.MAX : e.date()))
            .toList();
    List<String> independentSources = new ArrayList<>();
    for (Verification.Earliest e : independent) {
      String name = e.source() == null ? "unknown outlet" : e.source();
      if (!independentSources.contains(name)) {
        independentSources.add(name);
      }
    }
    int outlets =
        (int) same.stream().map(Match::source).filter(Objects::nonNull).distinct().count();
    return List.of(
        new Verification.VariantGroup(
            independent.getFirst(), wordings, outlets, independentSources));
  }

  /** Who printed a match's story first: its copy group's original, else the match's own article. */
  private static Verification.Earliest firstPrinting(Match m) {
    if (m.copies() != null && m.copies().original() != null) {
      var original = m.copies().original();
      return new Verification.Earliest(original.source(), original.date());
    }
    return new Verification.Earliest(m.source(), m.date());
  }

  private static boolean earlier(Verification.Earliest a, Verification.Earliest b) {
    return a.date() != null && (b.date() == null || a.date().isBefore(b.date()));
  }
}
