package dev.verbatim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size rule of the main tree: no class over {@value #MAX_CLASS_LINES} lines, no method over
 * {@value #MAX_METHOD_LINES}. The files and methods written before the rule that break it are
 * listed, each with the size it had then, in {@code size-exceptions.txt}: a listed one may shrink
 * but not grow, and must leave the list once it keeps the rule; nothing else may break it.
 */
class SourceSizeTest {
  private static final int MAX_CLASS_LINES = 400;
  private static final int MAX_METHOD_LINES = 60;

  /** The modules whose main code the rule covers, from the module folder the tests run in. */
  private static final List<String> MODULES =
      List.of("core", "server", "embed", "embeddings", "opensearch");

  /**
   * A member declaration at a class's indentation: a method (a type, then its name) or a
   * constructor (a capitalised name), up to its opening parenthesis; not a statement ("return
   * f(x)", "Verbatim.open(…)").
   */
  private static final Pattern DECLARATION =
      Pattern.compile(
          "^( {2}| {4})(?=\\S)(?!(?:return|new|throw|else|if|for|while|switch|try|catch|do"
              + "|synchronized)\\b)(?:[\\w<>\\[\\],?][\\w<>\\[\\],? ]*[\\w>\\]] +)?(\\w+)\\(");

  @Test
  void noClassOrMethodGrowsPastTheRule() throws IOException {
    Map<String, Integer> found = new TreeMap<>();
    Path root = Path.of("..").toAbsolutePath().normalize();
    for (String module : MODULES) {
      Path main = root.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(main)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(main)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String name = root.relativize(file).toString().replace('\\', '/');
          measure(name, Files.readAllLines(file, StandardCharsets.UTF_8), found);
        }
      }
    }
    assertThat(found).as("main-tree sources checked").isNotEmpty();
    Map<String, Integer> allowed = exceptions();
    List<String> problems = new ArrayList<>();
    found.forEach(
        (what, lines) -> {
          Integer ceiling = allowed.get(what);
          if (ceiling == null) {
            problems.add(what + " has " + lines + " lines, over the rule");
          } else if (lines > ceiling) {
            problems.add(what + " grew to " + lines + " lines (listed at " + ceiling + ")");
          }
        });
    allowed.keySet().stream()
        .filter(what -> !found.containsKey(what))
        .forEach(what -> problems.add(what + " keeps the rule now: take it off the list"));
    assertThat(problems).as("size-exceptions.txt against the main tree").isEmpty();
  }

  @Test
  void theMeasureSeesMethodsAndConstructorsButNotStatements() {
    List<String> source =
        List.of(
            "final class A {",
            "  private static int twice(int x) {",
            "    return x * 2;",
            "  }",
            "",
            "  A(int y) {",
            "    Verbatim.open(y) {",
            "    }",
            "  }",
            "",
            "  private A() {}",
            "",
            "  void after() {",
            "    return;",
            "  }",
            "}");
    Map<String, Integer> found = new TreeMap<>();
    measure("A.java", source, found, 1, 2);
    // the empty constructor is one line: "after" is measured from its own declaration
    assertThat(found)
        .containsOnlyKeys("A.java", "A.java#twice", "A.java#A", "A.java#after")
        .containsEntry("A.java#twice", 3)
        .containsEntry("A.java#A", 4)
        .containsEntry("A.java#after", 3);
  }

  private static void measure(String name, List<String> lines, Map<String, Integer> found) {
    measure(name, lines, found, MAX_CLASS_LINES, MAX_METHOD_LINES);
  }

  /** Records the file and each member of {@code lines} over the limits in {@code found}. */
  private static void measure(
      String name, List<String> lines, Map<String, Integer> found, int classMax, int methodMax) {
    if (lines.size() > classMax) {
      found.put(name, lines.size());
    }
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = DECLARATION.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      int open = i;
      while (open < lines.size() && !lines.get(open).endsWith("{")) {
        if (lines.get(open).endsWith(";") || lines.get(open).endsWith("{}")) {
          open = -1; // an abstract or interface method, a field, an empty body: "private A() {}"
          break;
        }
        open++;
      }
      if (open < 0 || open >= lines.size()) {
        continue;
      }
      String close = m.group(1) + "}";
      for (int j = open + 1; j < lines.size(); j++) {
        if (lines.get(j).equals(close)) {
          int length = j - i + 1;
          if (length > methodMax) {
            found.merge(name + "#" + m.group(2), length, Math::max);
          }
          break;
        }
      }
    }
  }

  /** The listed exceptions: "path lines" or "path#member lines", # comments and blanks skipped. */
  private static Map<String, Integer> exceptions() throws IOException {
    Map<String, Integer> allowed = new TreeMap<>();
    try (InputStream in = SourceSizeTest.class.getResourceAsStream("size-exceptions.txt")) {
      assertThat(in).as("size-exceptions.txt").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        String[] parts = entry.split("\\s+");
        allowed.put(parts[0], Integer.parseInt(parts[1]));
      }
    }
    return allowed;
  }
}
