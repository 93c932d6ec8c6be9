package dev.verbatim;

/** How hits are ordered. */
public enum SortOrder {
  /** Best match first (BM25), ties broken by id. */
  RELEVANCE,
  /** Newest publication day first, ties broken by id; articles without a date come last. */
  DATE
}
