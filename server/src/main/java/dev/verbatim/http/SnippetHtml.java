package dev.verbatim.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.verbatim.Snippet;
import java.io.IOException;

/**
 * A {@link Snippet} as the HTTP API and the page show it: HTML with the text escaped ({@code & < >
 * " ' /}, as Lucene's highlighter escapes), matches and cues in {@code <mark>…</mark>}, a quote in
 * {@code <q>…</q>}. The JSON of every snippet, quote text and verify context is this string.
 */
public final class SnippetHtml {
  private SnippetHtml() {}

  /** {@code snippet} as HTML. */
  public static String of(Snippet snippet) {
    String text = snippet.text();
    StringBuilder sb = new StringBuilder(text.length() + 16 * (snippet.marks().size() + 1));
    int pos = 0;
    for (Snippet.Mark m : snippet.marks()) {
      escape(sb, text, pos, m.start());
      String tag = m.kind() == Snippet.Kind.QUOTE ? "q" : "mark";
      sb.append('<').append(tag).append('>');
      escape(sb, text, m.start(), m.end());
      sb.append("</").append(tag).append('>');
      pos = m.end();
    }
    escape(sb, text, pos, text.length());
    return sb.toString();
  }

  private static void escape(StringBuilder sb, String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        case '/' -> sb.append("&#x2F;");
        default -> sb.append(c);
      }
    }
  }

  /** Writes a snippet as its HTML string. */
  static final class Serializer extends StdSerializer<Snippet> {
    Serializer() {
      super(Snippet.class);
    }

    @Override
    public void serialize(Snippet snippet, JsonGenerator json, SerializerProvider provider)
        throws IOException {
      json.writeString(of(snippet));
    }
  }
}
