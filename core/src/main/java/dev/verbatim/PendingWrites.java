package dev.verbatim;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ids and text hashes written since the last refresh, which snapshots cannot see yet: what
 * decides, with the snapshot, whether an arriving article is new, an update or unchanged. Guarded
 * by the write lock of its {@link ArticleWriter}.
 */
final class PendingWrites {
  private final Set<String> ids = new HashSet<>();
  private final Map<String, String> hashes = new HashMap<>();

  /** Remembers that the article {@code id}, whose text hashes to {@code hash}, was written. */
  void add(String id, String hash) {
    ids.add(id);
    hashes.put(hash, id);
  }

  boolean hasId(String id) {
    return ids.contains(id);
  }

  boolean hasText(String hash) {
    return hashes.containsKey(hash);
  }

  /** Forgets the id (a delete); whether it was pending. */
  boolean removeId(String id) {
    return ids.remove(id);
  }

  /** The ids pending now, copied. */
  Set<String> ids() {
    return new HashSet<>(ids);
  }

  /** After a refresh or a rollback: the snapshots see everything, or nothing was kept. */
  void clear() {
    ids.clear();
    hashes.clear();
  }
}
