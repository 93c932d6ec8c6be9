package dev.verbatim.ingest;

/**
 * One line that {@link FurnitureFilter} took out of an article, and why.
 *
 * @param line the 1-based line number in the text as read
 * @param rule the rule that removed it, e.g. {@code comment-prompt}; see {@link FurnitureFilter}
 * @param text the line as read
 */
public record Removal(int line, String rule, String text) {}
