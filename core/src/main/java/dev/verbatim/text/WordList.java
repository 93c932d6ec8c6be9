package dev.verbatim.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists kept as resource files beside this class and loaded once, as Lucene loads its stop
 * words: one word per line, lower case, {@code #} starts a comment line.
 */
public final class WordList {
  private WordList() {}

  /**
   * Words news prose writes in lower case inside a sentence (a capitalised one at a sentence's
   * start or in a headline is no name: "Sure", "Critics", "Along"), counted on Reuters-21578 and
   * PolNeAR; remade with {@code ./verbatim bench common-words}.
   */
  public static final Set<String> COMMON_WORDS = load("common-words.txt");

  /**
   * The words of resource {@code name} beside this class (for example {@code verbs-of-saying.txt}),
   * read once by the constant that holds them. Every list of the quote finder, the attributor and
   * the name check lives there, with its provenance in its header.
   */
  public static Set<String> load(String name) {
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("word list " + name + " is missing from the jar");
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
