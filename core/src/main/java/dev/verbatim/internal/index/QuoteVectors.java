package dev.verbatim.internal.index;

import java.io.IOException;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.Query;

/**
 * A quote's embedding as the index keeps it ({@link Fields#QUOTE_VECTOR}): one signed byte per
 * dimension, each vector scaled so that its largest component is ±127, compared by cosine. Cosine
 * does not see the scale, so no scale is stored. Rounding moves a quote's cosine with a claim by
 * 0.0002 on average and 0.0014 at most (e5-small-v2, whose components are about ±0.05 and at most
 * ±0.23: the development probes' 120 claims, each against every other's bytes), for a quarter of
 * the bytes of float vectors, which were half of an index with meaning.
 */
public final class QuoteVectors {
  /** The largest byte a component is scaled to. */
  private static final int MAX = 127;

  private QuoteVectors() {}

  /** {@code vector} scaled to bytes, its largest component ±127; all zeros for a zero vector. */
  public static byte[] quantise(float[] vector) {
    float largest = 0;
    for (float v : vector) {
      largest = Math.max(largest, Math.abs(v));
    }
    byte[] bytes = new byte[vector.length];
    if (largest == 0) {
      return bytes;
    }
    float scale = MAX / largest;
    for (int i = 0; i < vector.length; i++) {
      bytes[i] = (byte) Math.max(-MAX, Math.min(MAX, Math.round(vector[i] * scale)));
    }
    return bytes;
  }

  /** The indexed field of a quote's embedding. */
  public static KnnByteVectorField field(float[] vector) {
    return new KnnByteVectorField(
        Fields.QUOTE_VECTOR, quantise(vector), VectorSimilarityFunction.COSINE);
  }

  /**
   * The vector a document being built holds in {@code field}, as floats of unit length; null when
   * the field is not a quote vector.
   */
  public static float[] of(IndexableField field) {
    return field instanceof KnnByteVectorField f && Fields.QUOTE_VECTOR.equals(f.name())
        ? unit(f.vectorValue())
        : null;
  }

  /**
   * The {@code k} quotes nearest to {@code target} (HNSW), among {@code filter}'s when not null.
   */
  public static Query nearest(float[] target, int k, Query filter) {
    return new KnnByteVectorQuery(Fields.QUOTE_VECTOR, quantise(target), k, filter);
  }

  /** Whether the index holds quote vectors of {@code dimension} in this encoding. */
  public static boolean has(IndexReader reader, int dimension) {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(Fields.QUOTE_VECTOR);
      if (info != null
          && info.getVectorDimension() == dimension
          && info.getVectorEncoding() == VectorEncoding.BYTE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cosine of {@code vector} with the quote vector of {@code doc} (the leaf's own number); null
   * if it has none or another dimension.
   */
  public static Double cosine(LeafReader leaf, int doc, float[] vector) throws IOException {
    ByteVectorValues values = vectors(leaf);
    if (values == null || values.dimension() != vector.length) {
      return null;
    }
    KnnVectorValues.DocIndexIterator it = values.iterator();
    if (it.advance(doc) != doc) {
      return null;
    }
    return cosine(vector, values.vectorValue(it.index()));
  }

  /** The leaf's quote vectors; null when it has none. */
  public static ByteVectorValues vectors(LeafReader leaf) throws IOException {
    FieldInfo info = leaf.getFieldInfos().fieldInfo(Fields.QUOTE_VECTOR);
    return info == null || info.getVectorEncoding() != VectorEncoding.BYTE
        ? null
        : leaf.getByteVectorValues(Fields.QUOTE_VECTOR);
  }

  /** The cosine of a float vector with a byte one; 0 when either is all zeros. */
  public static double cosine(float[] a, byte[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** {@code bytes} as floats scaled to unit length. */
  private static float[] unit(byte[] bytes) {
    double norm = 0;
    for (byte b : bytes) {
      norm += b * b;
    }
    float[] vector = new float[bytes.length];
    float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < bytes.length; i++) {
      vector[i] = bytes[i] * scale;
    }
    return vector;
  }
}
