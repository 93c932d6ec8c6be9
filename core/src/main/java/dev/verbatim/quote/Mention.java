package dev.verbatim.quote;

/**
 * One mention of someone or something in an article ({@link Mentions}): tokens {@code [first,
 * last]}, the entity it refers to (null for a pronoun, which the attributor resolves, and for a
 * description of someone unnamed), and the words as written.
 */
record Mention(Kind kind, int first, int last, Entity entity, String words, char gender) {
  /** What a mention is. */
  enum Kind {
    PERSON,
    ORGANISATION,
    /** A capitalised word the article never explains: a surname, an outlet, an agency. */
    NAME,
    PRONOUN,
    DESCRIPTION,
    PLACE
  }

  /**
   * The gender of a description that refers back as a pronoun does, to a person of either gender:
   * "the Ohio Republican conceded" after Boehner spoke.
   */
  static final char ANY_GENDER = '*';

  /**
   * The "gender" of a definite description of a document, "the letter", "the statement", "the
   * authors": it refers back to a document named before, and speaks for whoever wrote it ({@link
   * DocumentAuthors}).
   */
  static final char DOCUMENT = 'd';

  /**
   * The "gender" of people named jointly, "Glenn Beck and Kyle Olson" ({@link Works}): no "he" or
   * "she" refers to them.
   */
  static final char PLURAL = 'p';

  /** Whether this mention names nobody itself and refers back to a person, as "he" does. */
  boolean refersBack() {
    return kind == Kind.PRONOUN || gender == ANY_GENDER;
  }

  /** Whether this mention is a definite description of a document written before. */
  boolean document() {
    return gender == DOCUMENT;
  }

  boolean canSpeak() {
    return kind != Kind.PLACE;
  }
}
