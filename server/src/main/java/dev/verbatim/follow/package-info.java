/**
 * Following news feeds: RSS 2.0, Atom and news sitemaps polled politely (conditional GET, one
 * request a second per host, robots.txt, adaptive intervals), each new item's page fetched, read by
 * the HTML extractor and indexed once; see {@link dev.verbatim.follow.Follower}.
 */
package dev.verbatim.follow;
