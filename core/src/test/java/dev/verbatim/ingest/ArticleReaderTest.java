package dev.verbatim.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Article;
import dev.verbatim.Seeds;
import dev.verbatim.ingest.IngestRecord.Accepted;
import dev.verbatim.ingest.IngestRecord.Rejected;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reading the seeds folder by its manifest, and JSON Lines with bad records among good ones. */
class ArticleReaderTest {
  @TempDir Path dir;

  private static List<IngestRecord> read(Path path) throws IOException {
    try (Stream<IngestRecord> records = ArticleReader.read(path)) {
      return records.toList();
    }
  }

  @Test
  void manifestGivesEverySeedItsSourceDateAndUrl() throws IOException {
    JsonNode manifest =
        new ObjectMapper().readTree(Files.readString(Seeds.folder().resolve("manifest.json")));
    List<IngestRecord> records = read(Seeds.folder());
    assertThat(records)
        .hasSize(manifest.get("articles").size())
        .allMatch(r -> r instanceof Accepted);
    for (int i = 0; i < records.size(); i++) {
      JsonNode entry = manifest.get("articles").get(i);
      Article article = ((Accepted) records.get(i)).article();
      assertThat(article.id() + ".txt").isEqualTo(entry.get("file").asText());
      assertThat(article.source()).isEqualTo(entry.get("source").asText());
      assertThat(article.date()).isEqualTo(LocalDate.parse(entry.get("date").asText()));
      assertThat(article.language()).isEqualTo(entry.get("language").asText());
      assertThat(article.url())
          .isEqualTo(entry.get("url").isNull() ? null : entry.get("url").asText());
    }
  }

  @Test
  void badJsonLinesAreRejectedWithLineIdAndFieldAndTheRestIsRead() throws IOException {
    Path file = dir.resolve("batch.jsonl");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"id\": \"a1\", \"source\": \"CNN\", \"date\": \"2022-10-11\", \"authors\": \"Ann Lee, Bo Park\", \"text\": \"First story.\"}",
            "{\"id\": \"a2\", \"text\": \"Broken",
            "{\"id\": \"a3\", \"text\": \"\"}",
            "",
            "{\"id\": \"a4\", \"date\": \"2022-13-45\", \"text\": \"Bad date.\"}",
            "{\"text\": \"No id.\"}",
            "[1, 2]",
            "{\"id\": 5, \"date\": null, \"authors\": [\"Cy Tan\"], \"text\": \"Numeric id, no date.\"}"),
        StandardCharsets.UTF_8);
    List<IngestRecord> records = read(file);
    assertThat(records).hasSize(7);
    Article first = ((Accepted) records.get(0)).article();
    assertThat(first.authors()).containsExactly("Ann Lee", "Bo Park");
    assertThat(records.get(1)).isInstanceOf(Rejected.class);
    Rejected broken = (Rejected) records.get(1);
    assertThat(broken.origin()).endsWith("batch.jsonl line 2");
    assertThat(broken.field()).isEqualTo("record");
    Rejected empty = (Rejected) records.get(2);
    assertThat(List.of(empty.id(), empty.field())).containsExactly("a3", "text");
    Rejected badDate = (Rejected) records.get(3);
    assertThat(badDate.origin()).endsWith("line 5");
    assertThat(List.of(badDate.id(), badDate.field())).containsExactly("a4", "date");
    assertThat(badDate.describe()).contains("'2022-13-45' is not a date");
    assertThat(((Rejected) records.get(4)).field()).isEqualTo("id");
    assertThat(((Rejected) records.get(5)).field()).isEqualTo("record");
    Article last = ((Accepted) records.get(6)).article();
    assertThat(last.id()).isEqualTo("5");
    assertThat(last.date()).isNull();
    assertThat(last.authors()).containsExactly("Cy Tan");
  }

  @Test
  void gzippedJsonLinesAreRead() throws IOException {
    Path file = dir.resolve("batch.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          "{\"id\": \"g1\", \"title\": \"Headline\", \"text\": \"Headline\\n\\nBody text here.\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    List<IngestRecord> records = read(file);
    assertThat(records).singleElement().isInstanceOf(Accepted.class);
    Article article = ((Accepted) records.getFirst()).article();
    assertThat(article.title()).isEqualTo("Headline");
    assertThat(article.text()).isEqualTo("Body text here.");
  }

  @Test
  @Timeout(60) // a reader that retried the failed read would never end
  void truncatedGzipKeepsTheLinesBeforeTheCutAndRejectsTheRestOnce() throws IOException {
    Path file = dir.resolve("cut.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < 2_000; i++) {
        String line =
            "{\"id\": \"c"
                + i
                + "\", \"text\": \"Line "
                + i
                + " says "
                + Integer.toHexString(i * 7919)
                + ".\"}\n";
        out.write(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

    List<IngestRecord> records = read(file);

    assertThat(records.size()).isBetween(2, 2_000);
    assertThat(records.subList(0, records.size() - 1)).allMatch(r -> r instanceof Accepted);
    assertThat(records.getLast())
        .isInstanceOfSatisfying(
            Rejected.class,
            r -> {
              assertThat(r.field()).isEqualTo("file");
              assertThat(r.message()).startsWith("cannot be read");
            });
  }

  @Test
  void textFileWithSidecarMetadataAndMissingManifestFile() throws IOException {
    Files.writeString(dir.resolve("story.txt"), "A headline\n\nThe body.", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("story.json"),
        "{\"source\": \"AP\", \"date\": \"2020-01-02\"}",
        StandardCharsets.UTF_8);
    List<IngestRecord> records = read(dir);
    Article article = ((Accepted) records.getFirst()).article();
    assertThat(List.of(article.id(), article.source(), article.title()))
        .containsExactly("story", "AP", "A headline");
    assertThat(records).hasSize(1);

    Path withManifest = Files.createDirectory(dir.resolve("m"));
    Files.writeString(
        withManifest.resolve("manifest.json"),
        "{\"articles\": [{\"file\": \"gone.txt\", \"source\": \"X\"}]}",
        StandardCharsets.UTF_8);
    Rejected missing = (Rejected) read(withManifest).getFirst();
    assertThat(List.of(missing.id(), missing.field(), missing.message()))
        .containsExactly("gone", "file", "no such file");
  }

  @Test
  void invalidUtf8IsRejected() throws IOException {
    Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '.'});
    Rejected rejected = (Rejected) read(dir.resolve("latin1.txt")).getFirst();
    assertThat(rejected.message()).isEqualTo("the file is not UTF-8");
  }
}
