package dev.verbatim.follow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a follower remembers between runs, in a folder of its own ({@code follow/} in the index
 * folder): each feed's validators and interval ({@code feeds.json}, replaced atomically after each
 * poll) and every page address already indexed or passed over ({@code seen.txt}, appended and
 * synced only after the articles it names are committed, so a crash refetches at most what was not
 * yet acknowledged and never skips what was not indexed). Thread-safe.
 */
final class FollowState {
  /** One feed's validators and schedule, as stored. */
  record FeedRecord(String etag, String lastModified, long intervalSeconds) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final Map<String, FeedRecord> feeds = new ConcurrentHashMap<>();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  FollowState(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    Path feedsFile = dir.resolve("feeds.json");
    if (Files.exists(feedsFile)) {
      try {
        feeds.putAll(
            JSON.readValue(feedsFile.toFile(), new TypeReference<Map<String, FeedRecord>>() {}));
      } catch (IOException e) {
        // validators only save requests: a broken file means one unconditional poll per feed
        feeds.clear();
      }
    }
    Path seenFile = dir.resolve("seen.txt");
    if (Files.exists(seenFile)) {
      for (String line : Files.readAllLines(seenFile, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          seen.add(line.strip());
        }
      }
    }
  }

  FeedRecord feed(String url) {
    return feeds.get(url);
  }

  boolean seen(String url) {
    return seen.contains(url);
  }

  int seenCount() {
    return seen.size();
  }

  /** Stores a feed's validators and interval; the file is replaced whole, atomically. */
  synchronized void saveFeed(String url, FeedRecord record) throws IOException {
    feeds.put(url, record);
    Path tmp = dir.resolve("feeds.json.tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), new TreeMap<>(feeds));
    Files.move(
        tmp,
        dir.resolve("feeds.json"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** Remembers addresses as done, durably: call only after their articles are committed. */
  synchronized void markSeen(Collection<String> urls) throws IOException {
    List<String> fresh =
        urls.stream().filter(u -> u != null && !seen.contains(u)).distinct().toList();
    if (fresh.isEmpty()) {
      return;
    }
    try (FileChannel channel =
            FileChannel.open(
                dir.resolve("seen.txt"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        BufferedWriter out =
            new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8))) {
      for (String u : fresh) {
        out.write(u.replace('\n', ' '));
        out.write('\n');
      }
      out.flush();
      channel.force(false);
    }
    seen.addAll(fresh);
  }
}
