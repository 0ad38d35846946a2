package org.claimtrack.ingest;

import java.time.LocalDate;

/** What an ingest brings: the text exactly as submitted and optional metadata. */
public record IngestRequest(String text, String title, String outlet, String url, LocalDate published, String byline) {

    public IngestRequest withText(String newText) {
        return new IngestRequest(newText, title, outlet, url, published, byline);
    }
}
