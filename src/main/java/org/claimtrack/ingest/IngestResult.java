package org.claimtrack.ingest;

/** The stored article, and whether it was there already (same text). */
public record IngestResult(Article article, boolean duplicate) {
}
