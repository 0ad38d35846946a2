package org.claimtrack.imports;

/** What an item holds: the seed text format, an HTML page, one JSON record, or a URL to fetch. */
public enum ImportKind {
    TEXT, HTML, JSON, URL
}
