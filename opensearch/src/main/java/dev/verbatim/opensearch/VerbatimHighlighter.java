package dev.verbatim.opensearch;

import dev.verbatim.Snippet;
import dev.verbatim.lucene.Highlighting;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.opensearch.core.common.text.Text;
import org.opensearch.index.mapper.MappedFieldType;
import org.opensearch.index.mapper.TextSearchInfo;
import org.opensearch.search.fetch.FetchSubPhase;
import org.opensearch.search.fetch.subphase.highlight.FieldHighlightContext;
import org.opensearch.search.fetch.subphase.highlight.HighlightField;
import org.opensearch.search.fetch.subphase.highlight.Highlighter;
import org.opensearch.search.fetch.subphase.highlight.SearchHighlightContext;

/**
 * {@code "type": "verbatim"} in a highlight request: the library's highlighting on a field indexed
 * with offsets. A phrase is one marked stretch and a proximity match marks both ends, where
 * OpenSearch's own highlighters mark word by word; fragments are whole sentences ({@code
 * number_of_fragments}, default 5), or the whole field with {@code number_of_fragments: 0}.
 */
final class VerbatimHighlighter implements Highlighter {
  static final String NAME = "verbatim";

  @Override
  public HighlightField highlight(FieldHighlightContext context) throws IOException {
    FetchSubPhase.HitContext hit = context.hitContext;
    Object value = hit.sourceLookup().extractValue(context.fieldName, null);
    String text =
        value instanceof List<?> values && !values.isEmpty()
            ? String.valueOf(values.getFirst())
            : value == null ? null : value.toString();
    if (text == null || text.isEmpty()) {
      return null;
    }
    SearchHighlightContext.FieldOptions options = context.field.fieldOptions();
    int fragments = options.numberOfFragments();
    // one searcher for every hit of the request (the context's cache lives as long as the request)
    IndexSearcher searcher =
        (IndexSearcher)
            context.cache.computeIfAbsent(
                NAME + ".searcher", k -> new IndexSearcher(hit.topLevelReader()));
    int doc = hit.readerContext().docBase + hit.docId();
    List<Snippet> snippets =
        Highlighting.snippets(
            searcher, context.query, context.fieldName, doc, text, fragments > 0, fragments);
    String pre = options.preTags()[0];
    String post = options.postTags()[0];
    Text[] texts = new Text[snippets.size()];
    int n = 0;
    for (Snippet snippet : snippets) {
      if (snippet.marks().isEmpty()) {
        continue; // a passage without a match (the article's opening) is not a highlight
      }
      StringBuilder marked = new StringBuilder(snippet.text().length() + 32);
      int at = 0;
      for (Snippet.Mark mark : snippet.marks()) {
        marked.append(snippet.text(), at, mark.start()).append(pre);
        marked.append(snippet.text(), mark.start(), mark.end()).append(post);
        at = mark.end();
      }
      marked.append(snippet.text(), at, snippet.text().length());
      texts[n++] = new Text(marked.toString());
    }
    return n == 0 ? null : new HighlightField(context.fieldName, java.util.Arrays.copyOf(texts, n));
  }

  /** Text fields indexed with offsets: the highlighter reads the matches' offsets there. */
  @Override
  public boolean canHighlight(MappedFieldType fieldType) {
    TextSearchInfo info = fieldType.getTextSearchInfo();
    return info != null && info.hasOffsets();
  }
}
