package dev.verbatim.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Plain messages for arguments the command line cannot take: one line naming the argument and what
 * was expected, a nearest spelling only when one is near, and where the full usage is — never a
 * Java type name or an exception's text.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
  /** How many letters may differ for a spelling to be offered as the one meant. */
  private static final int NEAR = 2;

  /** Dates on the command line: a calendar day as YYYY-MM-DD, said so when it is not one. */
  static final CommandLine.ITypeConverter<LocalDate> DATE =
      value -> {
        try {
          return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
          throw new CommandLine.TypeConversionException(
              "'" + value + "' is not a date: expected YYYY-MM-DD, for example 2022-10-11");
        }
      };

  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("verbatim: " + message(e, args));
    err.println(
        "verbatim: see '" + command.getCommandSpec().qualifiedName() + " --help' for the usage");
    return VerbatimCommand.USAGE;
  }

  private static String message(CommandLine.ParameterException e, String[] args) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    String option = unknownOption(spec, args);
    if (option != null) {
      return "unknown option '" + option + "'" + meant(option, optionNames(spec));
    }
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && !spec.subcommands().isEmpty()
        && !u.getUnmatched().isEmpty()) {
      String name = u.getUnmatched().getFirst();
      List<String> commands = new ArrayList<>(spec.subcommands().keySet());
      String near = meant(name, commands);
      return "unknown command '"
          + name
          + "'"
          + (near.isEmpty() ? "; the commands are " + String.join(", ", commands) : near);
    }
    return e.getMessage();
  }

  /**
   * The first argument that looks like a long option ("--szie") and is none of the command's: with
   * unmatched options read as the query, it would otherwise surface as a confusing leftover.
   */
  private static String unknownOption(CommandSpec spec, String[] args) {
    List<String> known = optionNames(spec);
    for (String arg : args) {
      if (arg.equals("--")) {
        return null;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.startsWith("--") && name.length() > 2 && !known.contains(name)) {
        return name;
      }
    }
    return null;
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      names.addAll(List.of(o.names()));
    }
    return names;
  }

  /**
   * "; did you mean 'x'?" for the nearest of {@code names} within {@value #NEAR} edits, else "".
   */
  static String meant(String typed, List<String> names) {
    return names.stream()
        .filter(n -> distance(typed, n) <= NEAR)
        .min(Comparator.comparingInt(n -> distance(typed, n)))
        .map(n -> "; did you mean '" + n + "'?")
        .orElse("");
  }

  /**
   * Levenshtein distance, case aside: a few lines here, since the CLI reaches Lucene (whose
   * automata do this) only through the core library, and no other dependency of the CLI offers it.
   */
  static int distance(String a, String b) {
    a = a.toLowerCase(Locale.ROOT);
    b = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
