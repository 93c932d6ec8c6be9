package dev.verbatim.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point of the {@code verbatim} executable. */
public final class Main {
  /**
   * Lucene logs through java.util.logging that the JDK's vector module is not enabled; that is a
   * performance hint for operators, not a message for every command a user types.
   */
  private static final Logger LUCENE_VECTORIZATION =
      Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code: 0 ok, 2 bad query or arguments, 1 failure. */
  public static int run(String... args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    return VerbatimCommand.commandLine().execute(args);
  }
}
