package dev.verbatim.internal.index;

import dev.verbatim.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The two hashes that identify an article in the index ({@link ArticleDocuments.Identity}). */
final class ArticleHashes {
  private ArticleHashes() {}

  /**
   * Every field of {@code a} as given, with the indexing version, the model and the editors'
   * corrections that shape its documents: the same article, indexed as this version would index it.
   */
  static String fingerprint(Article a, String version, String model, String corrections) {
    StringBuilder sb = new StringBuilder(a.text().length() + 256);
    for (String part :
        new String[] {
          version,
          model,
          a.id(),
          a.source(),
          a.url(),
          a.title(),
          String.join("\u0001", a.authors()),
          a.date() == null ? null : a.date().toString(),
          a.language(),
          a.text(),
          corrections
        }) {
      sb.append(part == null ? "\u0002" : part).append('\u0000');
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Hash of the source, the headline and the body with case, punctuation and spacing removed: the
   * identity of an article that comes back under another id. Wire briefs that share a placeholder
   * body but not a headline stay apart.
   */
  static String textHash(Article article) {
    StringBuilder normalised = new StringBuilder(article.text().length() + 128);
    normalised
        .append(article.source() == null ? "" : ArticleDocuments.sourceKey(article.source()))
        .append('\u0000');
    appendNormalised(normalised, article.title() == null ? "" : article.title());
    normalised.append('\u0000');
    appendNormalised(normalised, article.text());
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(normalised.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Appends the letters and digits of {@code text}, lower-cased, words separated by one space. */
  private static void appendNormalised(StringBuilder out, String text) {
    boolean space = false;
    boolean any = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && any) {
          out.append(' ');
        }
        space = false;
        any = true;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        space = true;
      }
    }
  }
}
