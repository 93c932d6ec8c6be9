package dev.verbatim.bench;

import dev.verbatim.internal.index.Fields;
import java.io.IOException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.search.IndexSearcher;

/**
 * The floor for exact quotes: what answering one costs without an index. Reads every stored body,
 * in document order, and looks for the quote as a literal string.
 */
final class Scan {
  private Scan() {}

  /** How many stored bodies contain {@code text}. */
  static int count(IndexSearcher searcher, String text) throws IOException {
    var stored = searcher.storedFields();
    int maxDoc = searcher.getIndexReader().maxDoc();
    int[] found = {0};
    StoredFieldVisitor visitor =
        new StoredFieldVisitor() {
          @Override
          public Status needsField(FieldInfo field) {
            return field.name.equals(Fields.BODY) ? Status.YES : Status.NO;
          }

          @Override
          public void stringField(FieldInfo field, String value) {
            if (value.contains(text)) {
              found[0]++;
            }
          }
        };
    for (int doc = 0; doc < maxDoc; doc++) {
      stored.document(doc, visitor);
    }
    return found[0];
  }
}
