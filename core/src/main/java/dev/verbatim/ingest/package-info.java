/**
 * Reading articles in: folders of {@code .txt} files with a {@code manifest.json} or sidecar {@code
 * NAME.json}, and JSON Lines files (plain or gzip'd); removing page furniture; reporting bad
 * records without stopping the batch.
 */
package dev.verbatim.ingest;
