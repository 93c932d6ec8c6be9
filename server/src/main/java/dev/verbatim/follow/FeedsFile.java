package dev.verbatim.follow;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A feeds file: the list of feeds {@code verbatim follow} and {@code serve --follow} take. */
public final class FeedsFile {
  private FeedsFile() {}

  /**
   * The feeds of a feeds file: one http(s) address a line; blank lines and lines starting with
   * {@code #} are ignored.
   *
   * @throws IllegalArgumentException naming the first line that is no http(s) address
   */
  public static List<URI> read(Path file) throws IOException {
    List<URI> feeds = new ArrayList<>();
    int n = 0;
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      URI uri = FeedItems.resolve(URI.create("http://localhost/"), line);
      if (uri == null || !line.toLowerCase(Locale.ROOT).startsWith("http")) {
        throw new IllegalArgumentException(
            file + ", line " + n + ": not an http or https address: " + line);
      }
      feeds.add(uri);
    }
    if (feeds.isEmpty()) {
      throw new IllegalArgumentException(file + " lists no feed (one address a line)");
    }
    return feeds;
  }
}
