package dev.verbatim.cli;

import java.io.Console;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Whether the command runs on an interactive terminal, so that it may draw progress bars. */
final class Terminal {
  /** {@code Console.isTerminal()}, which Java 22 added; null on Java 21, where it is absent. */
  private static final MethodHandle IS_TERMINAL = isTerminalMethod();

  private Terminal() {}

  /**
   * Whether standard input and output are a terminal. On Java 22 and newer {@link System#console()}
   * answers even when output is piped, and {@code isTerminal()} tells; on Java 21 a console exists
   * only on a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // null on Java 21 off a terminal; isTerminal() on 22+
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    if (IS_TERMINAL == null) {
      return true;
    }
    try {
      return (boolean) IS_TERMINAL.invoke(console);
    } catch (Throwable e) {
      return false;
    }
  }

  private static MethodHandle isTerminalMethod() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }
}
