package dev.verbatim.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone or something an article names ({@link Mentions}): a person, an organisation or outlet, or
 * a capitalised word it never explains; its canonical name grows to the fullest form the article
 * writes.
 */
final class Entity {
  String name;
  final boolean person;

  /** A capitalised word the article never explains: maybe a person, maybe an outlet. */
  boolean unexplained;

  /**
   * Whether the name was written after an honorific or a title, whose last words it may still hold
   * ("Universe Alicia Machado" after "Miss"): a shorter form then replaces it.
   */
  boolean afterTitle;

  String firstName;
  char gender;
  int mentions;
  final List<String> roles = new ArrayList<>();

  Entity(String name, boolean person, String firstName) {
    this.name = name;
    this.person = person;
    this.firstName = firstName;
  }

  @Override
  public String toString() {
    return name;
  }
}
