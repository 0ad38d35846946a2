package org.claimtrack.imports;

import org.claimtrack.common.ApiError;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.ingest.IngestRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** One line of a JSON Lines import: {@code {title, outlet, url, published, text}} (and optionally byline). */
public record JsonRecord(String title, String outlet, String url, String published, String text, String byline) {

    /** Strict, as the articles API: an unknown field is a typo the importer should hear about. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public static JsonRecord parse(String json) {
        JsonRecord r;
        try {
            r = STRICT.readValue(json, JsonRecord.class);
        } catch (UnrecognizedPropertyException e) {
            throw ApiError.of(400, "unknown field '" + e.getPropertyName()
                    + "': a record has title, outlet, url, published, text, byline");
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            throw ApiError.of(400, "malformed JSON: " + (msg.length() > 200 ? msg.substring(0, 200) + "…" : msg));
        }
        if (r == null || r.text() == null) {
            throw ApiError.of(422, "field 'text' is required");
        }
        ArticleService.parseDate(r.published(), "published");
        return r;
    }

    public IngestRequest toRequest() {
        return new IngestRequest(text, title, outlet, url, ArticleService.parseDate(published, "published"), byline);
    }
}
