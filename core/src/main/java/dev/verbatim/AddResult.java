package dev.verbatim;

/** What {@link Verbatim#add(Article)} did. */
public enum AddResult {
  /** The article is new to the index. */
  ADDED,
  /**
   * The article replaced one with the same id, or one from the same source with the same normalised
   * headline and text.
   */
  UPDATED,
  /**
   * The index already held this very article (every field the same, indexed by this version):
   * nothing was written. A re-run of an interrupted ingest skips what the last one committed.
   */
  UNCHANGED
}
