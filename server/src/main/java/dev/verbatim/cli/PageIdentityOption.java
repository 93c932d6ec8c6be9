package dev.verbatim.cli;

import dev.verbatim.ingest.IngestRecord;
import dev.verbatim.ingest.PageIdentity;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --trust-canonical-from HOST} option of the commands that read web pages (a picocli
 * mixin): origins whose pages may name an address on another site as their own.
 */
final class PageIdentityOption {
  @Option(
      names = "--trust-canonical-from",
      paramLabel = "HOST",
      description =
          "pages fetched from (or posted for) this site may name a page of any site as their own"
              + " address, and so update that article (an archive, an AMP cache, your own mirror);"
              + " repeatable. Without it, a page's canonical URL counts only on its own site")
  List<String> trusted = new ArrayList<>();

  /** The rule these options make. */
  PageIdentity identity() {
    return PageIdentity.trusting(trusted);
  }

  /** The line a command prints for a page whose claimed address was not taken. */
  static String refusal(IngestRecord.Accepted page) {
    return "kept its own address: "
        + page.origin()
        + " (id "
        + page.article().id()
        + ") names "
        + page.claimedUrl()
        + ", which its site does not vouch for (--trust-canonical-from trusts a site)";
  }
}
