package org.claimtrack.imports;

/** PENDING until a worker commits its outcome; SKIPPED is an article that was stored already (same text). */
public enum ImportStatus {
    PENDING, DONE, FAILED, SKIPPED
}
