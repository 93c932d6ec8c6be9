package dev.verbatim.cli;

import dev.verbatim.Collapse;
import dev.verbatim.DateFacet;
import dev.verbatim.QuerySyntaxException;
import dev.verbatim.Scope;
import dev.verbatim.SortOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code verbatim} command. */
@Command(
    name = "verbatim",
    mixinStandardHelpOptions = true,
    versionProvider = VerbatimCommand.Version.class,
    description = "Search news articles for who said what, where, and in which words.",
    footer = {
      "",
      "Measuring quality (not listed above): eval-quotes, eval-extraction, eval-verify,"
          + " eval-paraphrase, eval-copies; 'verbatim eval-quotes --help' and docs/cli.md say how."
    },
    // the evaluation commands are hidden from this list: they are for the people who measure
    // Verbatim, not for its users
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      QuotesCommand.class,
      ExtractCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      VerifyCommand.class,
      SpeakersCommand.class,
      WatchCommand.class,
      FollowCommand.class,
      EvalQuotesCommand.class,
      EvalExtractionCommand.class,
      EvalVerifyCommand.class,
      EvalParaphraseCommand.class,
      EvalCopiesCommand.class,
      CommandLine.HelpCommand.class
    })
final class VerbatimCommand {
  /** Exit code of a bad query or bad arguments. */
  static final int USAGE = 2;

  /** Exit code of any other failure. */
  static final int FAILURE = 1;

  /** The command line with Verbatim's exit codes and error messages. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new VerbatimCommand());
    // a query may start with '-' ("-starlink"): an unknown option is the query, not an error
    cli.setUnmatchedOptionsArePositionalParams(true);
    cli.registerConverter(LocalDate.class, UsageErrors.DATE);
    // the library's own parsers, their messages as picocli's: "sort must be relevance or date, …"
    cli.registerConverter(SortOrder.class, parsing(SortOrder::parse));
    cli.registerConverter(DateFacet.class, parsing(DateFacet::parse));
    cli.registerConverter(Collapse.class, parsing(Collapse::parse));
    cli.registerConverter(Scope.class, parsing(Scope::parse));
    cli.setParameterExceptionHandler(new UsageErrors());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("verbatim: " + message(e));
          return e instanceof IllegalArgumentException ? USAGE : FAILURE;
        });
    return cli;
  }

  /**
   * A converter that parses with {@code parse}, its {@code IllegalArgumentException} a usage error.
   */
  private static <T> CommandLine.ITypeConverter<T> parsing(Function<String, T> parse) {
    return value -> {
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    };
  }

  private static String message(Exception e) {
    if (e instanceof QuerySyntaxException q) {
      return "bad query: " + q.getMessage();
    }
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof IOException io) {
      return describe(io);
    }
    return String.valueOf(cause.getMessage());
  }

  private static String describe(IOException e) {
    return switch (e) {
      case NoSuchFileException n -> "no such file or folder: " + n.getFile();
      case AccessDeniedException a -> "permission denied: " + a.getFile();
      default -> e.getMessage();
    };
  }

  /** Prints the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = VerbatimCommand.class.getPackage().getImplementationVersion();
      return new String[] {"verbatim " + (version == null ? "(development build)" : version)};
    }
  }
}
