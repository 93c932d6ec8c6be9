package dev.verbatim.internal.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Picks the watches an arriving document may match by its terms, so that each document runs only
 * the watches that share a term with it: each watch is listed under the terms one of which a
 * matching document must hold ({@link QueryTerms}), or run on every document when it has none. The
 * document's terms are looked up in the list, or the list's in the document, whichever is fewer.
 * Immutable.
 */
final class Presearcher<T> {
  private final Map<String, Map<BytesRef, List<T>>> byField = new HashMap<>();
  private final List<T> always = new ArrayList<>();
  private final int size;

  /**
   * @param terms each item's required terms, or null: try it on every document
   */
  Presearcher(List<T> items, Function<T, Set<Term>> terms) {
    for (T item : items) {
      Set<Term> required = terms.apply(item);
      if (required == null) {
        always.add(item);
        continue;
      }
      for (Term t : required) {
        byField
            .computeIfAbsent(t.field(), f -> new HashMap<>())
            .computeIfAbsent(BytesRef.deepCopyOf(t.bytes()), b -> new ArrayList<>(1))
            .add(item);
      }
    }
    this.size = items.size();
  }

  /** Whether it lists nothing. */
  boolean isEmpty() {
    return size == 0;
  }

  /** The items that may match the one document of {@code doc}, each once, in a stable order. */
  Set<T> candidates(LeafReader doc) throws IOException {
    Set<T> found = new LinkedHashSet<>(always);
    for (var field : byField.entrySet()) {
      Terms terms = doc.terms(field.getKey());
      if (terms == null) {
        continue;
      }
      Map<BytesRef, List<T>> listed = field.getValue();
      TermsEnum te = terms.iterator();
      if (terms.size() >= 0 && listed.size() < terms.size()) {
        for (var entry : listed.entrySet()) {
          if (te.seekExact(entry.getKey())) {
            found.addAll(entry.getValue());
          }
        }
      } else {
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          List<T> items = listed.get(t);
          if (items != null) {
            found.addAll(items);
          }
        }
      }
    }
    return found;
  }
}
