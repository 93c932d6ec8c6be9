package dev.verbatim.http;

import java.nio.file.Path;
import java.util.Set;

/**
 * Which hosts watches may name as webhooks, and where deliveries are remembered.
 *
 * @param hosts the hosts a webhook URL may name (exact names, any case); empty turns webhooks off
 * @param state the file deliveries are remembered in, or null to keep them in memory only
 */
public record WebhookSettings(Set<String> hosts, Path state) {
  /** Webhooks off. */
  public static final WebhookSettings OFF = new WebhookSettings(Set.of(), null);

  /** Copies the set. */
  public WebhookSettings {
    hosts = Set.copyOf(hosts);
  }
}
