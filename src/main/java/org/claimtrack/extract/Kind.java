package org.claimtrack.extract;

/** What a claim rests on. Order matters: where several fit, the first wins (extract-api.md). */
public enum Kind {
    TWEET,
    OFFICIAL_STATEMENT,
    MEDIA_REPORT,
    DOCUMENT,
    ANONYMOUS_SOURCE,
    NAMED_SOURCE,
    UNATTRIBUTED
}
