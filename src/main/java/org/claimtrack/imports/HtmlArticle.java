package org.claimtrack.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.claimtrack.common.ApiError;
import org.claimtrack.ingest.IngestRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A news page turned into an article: the one HTML-to-article path of HTML import, URL import and
 * {@code POST /api/extract} with {@code text/html}. The text comes from {@link HtmlText} (Readability
 * plus furniture rules), title, outlet, byline, date and canonical URL from {@link HtmlMetadata}.
 */
public final class HtmlArticle {

    private HtmlArticle() {
    }

    /** Parses the page; {@code fetchedFrom} is the URL it came from, or null for an uploaded file. */
    public static IngestRequest parse(String html, String fetchedFrom) {
        return parse(Jsoup.parse(html, fetchedFrom == null ? "" : fetchedFrom), fetchedFrom);
    }

    /**
     * Parses page bytes: the charset is the given one (from Content-Type), else a byte order mark or
     * the page's meta charset, else UTF-8, as browsers do.
     */
    public static IngestRequest parse(byte[] html, String charset, String fetchedFrom) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), charset, fetchedFrom == null ? "" : fetchedFrom);
        } catch (IOException | IllegalArgumentException e) {
            throw ApiError.of(422, "unreadable HTML: " + e.getMessage());
        }
        return parse(doc, fetchedFrom);
    }

    static IngestRequest parse(Document doc, String fetchedFrom) {
        HtmlMetadata m = HtmlMetadata.of(doc, fetchedFrom);
        String text = HtmlText.of(doc, m.title(), m.url());
        return new IngestRequest(text, m.title(), m.outlet(), m.url(), m.published(), m.byline());
    }
}
