package dev.verbatim;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The articles that print one story: every article whose words are at or above the index's copy
 * threshold of another member's (see {@link Articles#copyThreshold()}), its original first.
 *
 * @param id the group's label
 * @param members the articles, the original first, then by date (undated last)
 */
public record CopyGroup(String id, List<Member> members) {

  /** Copies the list; there is at least one member. */
  public CopyGroup {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a copy group has at least one member");
    }
  }

  /**
   * One article of a group.
   *
   * @param article its id
   * @param source its outlet, or null
   * @param date its publication day, or null
   * @param title its headline, or null
   * @param url its address, or null
   */
  public record Member(String article, String source, LocalDate date, String title, String url) {}

  /**
   * The original: the earliest-dated member (on one date, the one indexed first); an undated member
   * only when no member has a date.
   */
  public Member original() {
    return members.getFirst();
  }

  /** How many different outlets print the story (names compared case-insensitively). */
  public int outlets() {
    return (int)
        members.stream()
            .map(
                m ->
                    m.source() == null
                        ? "\u0000" + m.article()
                        : m.source().strip().toLowerCase(Locale.ROOT))
            .distinct()
            .count();
  }

  /** What a hit of article {@code article} says of its group. */
  public Copies copiesFor(String article) {
    return new Copies(
        id, original().article().equals(article), members.size(), outlets(), original());
  }
}
