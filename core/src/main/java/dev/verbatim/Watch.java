package dev.verbatim;

import java.time.Instant;

/**
 * A saved search or claim, matched against every article added after it was made ({@link
 * Verbatim#watch}).
 *
 * @param id the watch's id
 * @param request what it looks for
 * @param created when it was made
 * @param feedToken the secret that opens the watch's Atom feed without the API token (a feed reader
 *     cannot send one); renewing it revokes the old feed URL
 */
public record Watch(String id, WatchRequest request, Instant created, String feedToken) {}
