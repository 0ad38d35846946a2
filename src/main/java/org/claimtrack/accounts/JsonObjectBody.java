package org.claimtrack.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;

import org.claimtrack.common.ApiError;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The small JSON objects of the account endpoints: read strictly, every fault a clear 4xx. */
final class JsonObjectBody {

    private JsonObjectBody() {
    }

    /** The object, refusing bodies over maxBytes (413), malformed or non-object JSON and unknown fields (400). */
    static JsonNode read(ObjectMapper mapper, InputStream in, Set<String> fields, int maxBytes) {
        JsonNode o;
        try {
            byte[] bytes = in == null ? new byte[0] : in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw ApiError.of(413, "body too large");
            }
            if (bytes.length == 0) {
                throw ApiError.of(400, "empty body: send a JSON object");
            }
            o = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ApiError.of(400, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.of(400, "could not read the request body");
        }
        if (o == null || !o.isObject()) {
            throw ApiError.of(400, "send a JSON object");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw ApiError.of(400, "unknown field '" + f + "'");
            }
        }
        return o;
    }

    /** A required string field (422 when missing or not a string). */
    static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw ApiError.of(422, field + " is required");
        }
        if (!v.isTextual()) {
            throw ApiError.of(422, field + " must be a string");
        }
        return v.asText();
    }
}
