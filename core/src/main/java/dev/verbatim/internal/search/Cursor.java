package dev.verbatim.internal.search;

import dev.verbatim.SortOrder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * A position in a sorted list of hits, as an opaque URL-safe string: the sort values of the last
 * hit of a page (score or date, then id). It stays valid while the index changes: the next page
 * starts after that hit's sort values, not after a document number.
 *
 * <p>Signed: a cursor ends with an HMAC-SHA256 (truncated to 12 bytes) of its content under the
 * index's cursor key, so an edited cursor (a depth set back to get past {@link
 * dev.verbatim.Limits#MAX_CURSOR_DEPTH}) is refused like any cursor this index did not make.
 */
final class Cursor {
  private static final byte VERSION = 3;
  private static final int MAC_BYTES = 12;

  /**
   * Where a page starts: after this hit, which was hit number {@code depth} of the whole list.
   *
   * @param after the last hit of the previous page, by its sort values
   * @param depth how many hits came before the page
   */
  record Position(FieldDoc after, int depth) {}

  private Cursor() {}

  /** The sort order's byte in a cursor: fixed codes, so reordering the enum breaks no cursor. */
  private static byte code(SortOrder sort) {
    return switch (sort) {
      case RELEVANCE -> 0;
      case DATE -> 1;
    };
  }

  /** Encodes the position after {@code last}, a hit sorted by {@code sort}. */
  static String encode(byte[] key, SortOrder sort, FieldDoc last, int depth) {
    byte[] id = ((BytesRef) last.fields[1]).utf8ToString().getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.allocate(2 + Integer.BYTES + Long.BYTES + id.length);
    buffer.put(VERSION).put(code(sort)).putInt(depth);
    if (sort == SortOrder.RELEVANCE) {
      buffer.putLong(Float.floatToIntBits((Float) last.fields[0]));
    } else {
      buffer.putLong((Long) last.fields[0]);
    }
    buffer.put(id);
    byte[] content = buffer.array();
    byte[] signed = Arrays.copyOf(content, content.length + MAC_BYTES);
    System.arraycopy(mac(key, content), 0, signed, content.length, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
  }

  private static byte[] mac(byte[] key, byte[] content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Arrays.copyOf(mac.doFinal(content), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA256", e);
    }
  }

  /**
   * Decodes a cursor for a search sorted by {@code sort}.
   *
   * @throws IllegalArgumentException if the cursor is malformed or was made for another sort
   */
  static Position decode(byte[] key, String cursor, SortOrder sort, int maxDoc) {
    byte[] signed;
    try {
      signed = Base64.getUrlDecoder().decode(cursor);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cursor is not one this server made", e);
    }
    if (signed.length <= MAC_BYTES) {
      throw new IllegalArgumentException("cursor is not one this server made");
    }
    byte[] content = Arrays.copyOf(signed, signed.length - MAC_BYTES);
    byte[] given = Arrays.copyOfRange(signed, content.length, signed.length);
    if (!MessageDigest.isEqual(given, mac(key, content))) {
      throw new IllegalArgumentException("cursor is not one this server made");
    }
    ByteBuffer buffer = ByteBuffer.wrap(content);
    if (buffer.remaining() < 2 + Integer.BYTES + Long.BYTES || buffer.get() != VERSION) {
      throw new IllegalArgumentException("cursor is not one this server made");
    }
    if (buffer.get() != code(sort)) {
      throw new IllegalArgumentException(
          "cursor was made for another sort order than " + sort.name().toLowerCase(Locale.ROOT));
    }
    int depth = buffer.getInt();
    if (depth < 0) {
      throw new IllegalArgumentException("cursor is not one this server made");
    }
    long value = buffer.getLong();
    byte[] id = new byte[buffer.remaining()];
    buffer.get(id);
    Object first = sort == SortOrder.RELEVANCE ? (Object) Float.intBitsToFloat((int) value) : value;
    // ids are unique, so the sort values alone place the cursor; the highest document number
    // makes the hit the cursor was made from (equal values) fall before it, never after
    return new Position(
        new FieldDoc(maxDoc - 1, Float.NaN, new Object[] {first, new BytesRef(id)}), depth);
  }
}
