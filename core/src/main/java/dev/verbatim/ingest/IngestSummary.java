package dev.verbatim.ingest;

import dev.verbatim.ingest.IngestRecord.Rejected;
import java.util.List;

/**
 * What an ingest run did.
 *
 * @param added articles new to the index
 * @param updated articles that replaced one already there
 * @param unchanged articles the index already held exactly so (a re-run after an interrupted one)
 * @param skipped crawl records that hold no article (not HTML, failed fetches, duplicates)
 * @param rejected records that could not be indexed
 * @param rejections the first {@link Ingest#MAX_REPORTED_REJECTIONS} rejections, in input order
 */
public record IngestSummary(
    long added,
    long updated,
    long unchanged,
    long skipped,
    long rejected,
    List<Rejected> rejections) {
  /** Copies the list. */
  public IngestSummary {
    rejections = List.copyOf(rejections);
  }
}
