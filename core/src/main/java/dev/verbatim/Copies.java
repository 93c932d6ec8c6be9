package dev.verbatim;

/**
 * What a hit says of the copies of its story.
 *
 * @param group the copy group's label ({@link CopyGroup#id()})
 * @param isOriginal whether this article is the group's original (its earliest-dated member)
 * @param articles how many articles the group holds, this one included
 * @param outlets how many different outlets print it
 * @param original the group's original
 */
public record Copies(
    String group, boolean isOriginal, int articles, int outlets, CopyGroup.Member original) {}
