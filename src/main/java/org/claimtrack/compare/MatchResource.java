package org.claimtrack.compare;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.claimtrack.common.ApiError;
import org.claimtrack.match.PairMatcher;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Stateless same-claim matching (spec/match-api.md): the decision the grouping at ingest makes; nothing stored. */
@Path("/api/match")
@Tag(name = "Comparison")
public class MatchResource {

    /** the contract's limit on each text */
    static final int MAX_CHARS = 10_000;

    @Inject
    ObjectMapper mapper;

    public record MatchAnswer(double score, boolean same, boolean conflict, Map<String, Double> signals) {
    }

    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Do two claim texts state the same thing? Score, decision, conflict flag and signals")
    public MatchAnswer match(InputStream body) {
        JsonNode o = parse(body);
        PairMatcher.Result r = PairMatcher.shared().match(text(o, "a"), text(o, "b"));
        return new MatchAnswer(r.score(), r.same(), r.conflict(), r.signals());
    }

    private JsonNode parse(InputStream body) {
        byte[] bytes;
        try {
            // two texts of 10,000 characters, up to 4 bytes each, escaped: well under 256 KB
            bytes = body == null ? new byte[0] : body.readNBytes(256 * 1024 + 1);
        } catch (IOException e) {
            throw ApiError.of(400, "could not read the request body: " + e.getMessage());
        }
        if (bytes.length > 256 * 1024) {
            throw ApiError.of(413, "body too large: each of a and b is at most " + MAX_CHARS + " characters");
        }
        JsonNode o;
        try {
            o = bytes.length == 0 ? null : mapper.readTree(bytes);
        } catch (IOException e) {
            throw ApiError.of(400, "the body is not JSON: send {\"a\": \"...\", \"b\": \"...\"}");
        }
        if (o == null || !o.isObject()) {
            throw ApiError.of(400, "send a JSON object {\"a\": \"...\", \"b\": \"...\"}");
        }
        return o;
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            throw ApiError.of(400, "\"" + field + "\" is missing: send two claim texts a and b");
        }
        if (!n.isTextual()) {
            throw ApiError.of(400, "\"" + field + "\" must be a string");
        }
        String s = n.asText();
        if (s.isBlank()) {
            throw ApiError.of(400, "\"" + field + "\" is empty");
        }
        if (s.codePointCount(0, s.length()) > MAX_CHARS) {
            throw ApiError.of(413, "\"" + field + "\" is longer than " + MAX_CHARS + " characters");
        }
        return s;
    }
}
