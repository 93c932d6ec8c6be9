package dev.verbatim;

import dev.verbatim.embed.Embedder;
import dev.verbatim.internal.index.SpeakerCorrections;
import dev.verbatim.internal.search.ArticleSearch;
import dev.verbatim.internal.search.ArticleSearch.NameFacet;
import dev.verbatim.internal.search.ClaimSearch;
import dev.verbatim.internal.search.QuoteSearch;
import dev.verbatim.internal.search.Snapshots;
import dev.verbatim.quote.Quote;
import dev.verbatim.verify.Candidate;
import dev.verbatim.verify.Verification;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The quotes of an index ({@link Verbatim#quotes()}): searched by words or meaning, read per
 * article, checked against a claim, their speakers listed and corrected. Reads see the last
 * refreshed snapshot, as {@link Verbatim}'s do.
 *
 * <p>NOTE: thread-safe, as {@link Verbatim} is.
 */
public final class Quotes {
  private final Snapshots snapshots;
  private final Embedder embedder;
  private final SpeakerCorrections corrections;

  /** Writes corrections; null when the index is read-only. */
  private final ArticleWriter writer;

  Quotes(
      Snapshots snapshots,
      Embedder embedder,
      SpeakerCorrections corrections,
      ArticleWriter writer) {
    this.snapshots = snapshots;
    this.embedder = embedder;
    this.corrections = corrections;
    this.writer = writer;
  }

  /**
   * Searches the quotes: each hit is one quote, with its speaker and article. The query's bare
   * words and phrases search the quoted text; {@code speaker:}, {@code source:} and {@code date:}
   * work as for articles. With {@link SearchRequest#like()}, the hits are the speech quotes nearest
   * in meaning to that text (at most {@value Limits#MAX_LIKE_HITS}) that pass the query, which may
   * then be blank, and the filters.
   *
   * @throws QuerySyntaxException if the query is malformed or over a limit, with the position
   * @throws IllegalArgumentException if the cursor is malformed, the request collapses copies, or
   *     {@code like} is given and the index has no quote vectors
   * @throws IOException if the index cannot be read
   */
  public QuoteSearchResult search(SearchRequest request) throws IOException {
    return snapshots.with(snapshot -> QuoteSearch.search(snapshot, request, embedder));
  }

  /**
   * The quotes of the article with this id, as the index holds them (found and attributed when the
   * article was added), in text order; empty when there is no such article or it has none.
   *
   * @throws IOException if the index cannot be read
   */
  public List<Quote> of(String articleId) throws IOException {
    return snapshots.with(snapshot -> QuoteSearch.quotesOf(snapshot, articleId));
  }

  /**
   * {@link Verbatim#verify(String, String)} with another meaning threshold: the cosine between the
   * claim's and a quote's embeddings at or above which the quote is a {@code paraphrase} (for
   * tuning, as {@code eval-paraphrase --thresholds} does).
   */
  public Verification verify(String claim, String speaker, double meaningThreshold)
      throws IOException {
    return snapshots.with(snapshot -> claims().verify(snapshot, claim, speaker, meaningThreshold));
  }

  /** {@link #verify(String, String, double)} at the index model's own paraphrase threshold. */
  Verification verify(String claim, String speaker) throws IOException {
    return verify(claim, speaker, claims().paraphraseThreshold());
  }

  /**
   * The candidate quotes verify compares a claim with, best fused rank first, before any verdict:
   * for measuring where recall is lost (is the attesting quote a candidate at all, and at which
   * rank?). The claim is read as {@link Verbatim#verify(String, String)} reads it.
   *
   * @throws IllegalArgumentException if the claim has no words
   * @throws IOException if the index cannot be read
   */
  public List<Candidate> candidates(String claim) throws IOException {
    return snapshots.with(snapshot -> claims().candidates(snapshot, claim));
  }

  private ClaimSearch claims() {
    return new ClaimSearch(embedder);
  }

  /**
   * The variants of one indexed quote: the wordings of the same utterance across outlets.
   *
   * @param quoteId a quote's id, as {@link QuoteHit#id()} gives it
   * @return empty if there is no such quote
   * @throws IOException if the index cannot be read
   */
  public Optional<List<Verification.VariantGroup>> variantsOf(String quoteId) throws IOException {
    Optional<String> text = snapshots.with(snapshot -> QuoteSearch.quoteText(snapshot, quoteId));
    return text.isEmpty() ? Optional.empty() : Optional.of(verify(text.get(), null).variants());
  }

  /**
   * The speakers quoted in the indexed articles, one canonical name per person, with the number of
   * articles that quote them, largest first.
   *
   * @param prefix keep only names with a word starting with this (case-insensitive); empty for all
   * @param limit most names to return
   * @throws IOException if the index cannot be read
   */
  public List<FacetValue> speakers(String prefix, int limit) throws IOException {
    return snapshots.with(s -> ArticleSearch.names(s, NameFacet.SPEAKER, prefix, limit));
  }

  /**
   * An editor's correction of a quote's speaker: the quote {@code quoteId} ({@link QuoteHit#id()})
   * was said by {@code speaker}, or by nobody named when {@code speaker} is null. Stored beside the
   * index and applied whenever its article is indexed, so that re-ingesting the article keeps it;
   * the quote then reports {@link dev.verbatim.quote.AttributionRule#EDITOR}, and the speaker's
   * facet counts and aliases follow. The article is rewritten and committed before this returns.
   *
   * @return the corrected quote; empty if there is no such quote
   * @throws IllegalArgumentException if the speaker is blank or longer than {@link
   *     Limits#MAX_ID_LENGTH}
   * @throws UnsupportedOperationException if the index was opened read-only
   * @throws IOException if the index cannot be written
   */
  public Optional<Quote> correctSpeaker(String quoteId, String speaker) throws IOException {
    if (writer == null) {
      throw new UnsupportedOperationException("this index was opened read-only");
    }
    return SpeakerEditor.correct(writer, corrections, quoteId, speaker);
  }
}
