package dev.verbatim;

import dev.verbatim.internal.index.SpeakerCorrections;
import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.QuoteSearch;
import dev.verbatim.internal.search.Snapshots;
import dev.verbatim.quote.Quote;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * An editor's corrections of quotes' speakers ({@link Quotes#correctSpeaker}): kept beside the
 * index by {@link SpeakerCorrections}, applied by rewriting the quote's article, which then keeps
 * them through re-ingest.
 */
final class SpeakerEditor {
  private SpeakerEditor() {}

  /** See {@link Quotes#correctSpeaker(String, String)}. */
  static Optional<Quote> correct(
      ArticleWriter writer, SpeakerCorrections corrections, String quoteId, String speaker)
      throws IOException {
    if (speaker != null && (speaker.isBlank() || speaker.length() > Limits.MAX_ID_LENGTH)) {
      throw new IllegalArgumentException(
          "speaker must be a name of 1.." + Limits.MAX_ID_LENGTH + " characters, or null");
    }
    int hash = quoteId == null ? -1 : quoteId.lastIndexOf('#');
    if (hash <= 0) {
      return Optional.empty();
    }
    String id = quoteId.substring(0, hash);
    Snapshots snapshots = writer.snapshots();
    Optional<String> text = snapshots.with(snapshot -> QuoteSearch.quoteText(snapshot, quoteId));
    Optional<Article> article = snapshots.with(snapshot -> ArticleSearch.get(snapshot, id));
    if (text.isEmpty() || article.isEmpty()) {
      return Optional.empty();
    }
    corrections.put(id, text.get(), speaker == null ? null : speaker.strip());
    writer.addAndCommit(List.of(article.get())); // its fingerprint changed: its quotes rewritten
    List<Quote> quotes = snapshots.with(snapshot -> QuoteSearch.quotesOf(snapshot, id));
    return quotes.stream().filter(q -> q.text().equals(text.get())).findFirst();
  }
}
