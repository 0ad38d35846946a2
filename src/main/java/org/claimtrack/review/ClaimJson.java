package org.claimtrack.review;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimtrack.common.ApiError;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the JSON bodies of the claim API by hand: "absent" and "null" mean different things in a PATCH
 * (leave alone / remove), and an unknown field is a typo the client should hear about (400).
 */
public final class ClaimJson {

    private static final Set<String> CHANGE_FIELDS = Set.of("kind", "start", "end", "source", "cue", "quote", "status",
            "assignee", "hedges", "version");
    private static final Set<String> SOURCE_FIELDS = Set.of("id", "start", "end", "name", "type", "handle", "text");
    private static final Set<String> CUE_FIELDS = Set.of("start", "end", "text");

    /** Claim bodies are small: a megabyte is far more than any correction needs. */
    static final int MAX_BODY = 1024 * 1024;

    private ClaimJson() {
    }

    /** Reads a JSON body: 400 with the parser's reason when malformed, 413 when too large. */
    public static JsonNode parse(java.io.InputStream in, com.fasterxml.jackson.databind.ObjectMapper mapper) {
        byte[] bytes;
        try {
            bytes = in == null ? new byte[0] : in.readNBytes(MAX_BODY + 1);
        } catch (java.io.IOException e) {
            throw ApiError.of(400, "could not read the request body: " + e.getMessage());
        }
        if (bytes.length > MAX_BODY) {
            throw ApiError.of(413, "body too large: the limit is " + MAX_BODY + " bytes");
        }
        if (bytes.length == 0) {
            throw ApiError.of(400, "empty body: send a JSON object");
        }
        try {
            return mapper.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.of(400, "malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiError.of(400, "could not read the request body: " + e.getMessage());
        }
    }

    static ClaimChange change(JsonNode body) {
        JsonNode o = object(body, "the claim change");
        if (o.has("text")) {
            throw ApiError.of(422, "'text' follows from start and end: send those instead");
        }
        known(o, CHANGE_FIELDS, "");
        ClaimChange ch = new ClaimChange();
        ch.kind = enumValue(o, "kind", Kind.class);
        ch.start = integer(o, "start");
        ch.end = integer(o, "end");
        ch.quote = enumValue(o, "quote", QuoteType.class);
        ch.status = enumValue(o, "status", ClaimStatus.class);
        ch.version = integer(o, "version");
        if (o.has("assignee")) {
            ch.assigneeSet = true;
            ch.assignee = string(o, "assignee");
        }
        if (o.has("hedges")) {
            JsonNode h = o.get("hedges");
            if (!h.isArray()) {
                throw ApiError.of(422, "hedges must be an array of strings");
            }
            List<String> hedges = new ArrayList<>();
            h.forEach(x -> hedges.add(x.asText()));
            ch.hedges = hedges;
        }
        if (o.has("cue")) {
            ch.cueSet = true;
            JsonNode c = o.get("cue");
            if (!c.isNull()) {
                object(c, "cue");
                known(c, CUE_FIELDS, "cue.");
                Integer s = integer(c, "start");
                Integer e = integer(c, "end");
                if (s == null || e == null) {
                    throw ApiError.of(422, "cue needs start and end (or null to remove it)");
                }
                ch.cue = new ClaimChange.SpanInput(s, e);
            }
        }
        if (o.has("source")) {
            ch.sourceSet = true;
            JsonNode s = o.get("source");
            if (!s.isNull()) {
                object(s, "source");
                known(s, SOURCE_FIELDS, "source.");
                Long id = s.hasNonNull("id") ? (long) integer(s, "id") : null;
                ch.source = new ClaimChange.SourceInput(id, integer(s, "start"), integer(s, "end"), string(s, "name"),
                        enumValue(s, "type", SourceType.class), string(s, "handle"));
            }
        }
        return ch;
    }

    static VerdictInput verdict(JsonNode body) {
        JsonNode o = object(body, "the verdict");
        known(o, Set.of("rating", "explanation", "evidence", "version"), "");
        List<String> evidence = null;
        if (o.hasNonNull("evidence")) {
            JsonNode e = o.get("evidence");
            if (!e.isArray()) {
                throw ApiError.of(422, "evidence must be an array of URLs");
            }
            evidence = new ArrayList<>();
            for (JsonNode u : e) {
                if (!u.isTextual()) {
                    throw ApiError.of(422, "evidence must be an array of URLs");
                }
                evidence.add(u.asText());
            }
        }
        return new VerdictInput(string(o, "rating"), string(o, "explanation"), evidence, integer(o, "version"));
    }

    public static JsonNode object(JsonNode n, String what) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            throw ApiError.of(400, "send " + what + " as a JSON object");
        }
        if (!n.isObject()) {
            throw ApiError.of(400, what + " must be a JSON object");
        }
        return n;
    }

    public static void known(JsonNode o, Set<String> fields, String prefix) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw ApiError.of(400, "unknown field '" + prefix + f + "'");
            }
        }
    }

    public static Integer integer(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw ApiError.of(422, field + " must be an integer, not " + v);
        }
        return v.intValue();
    }

    public static String string(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiError.of(422, field + " must be a string, not " + v);
        }
        return v.asText();
    }

    static <E extends Enum<E>> E enumValue(JsonNode o, String field, Class<E> type) {
        String s = string(o, field);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.of(422, "unknown " + field + " '" + s + "': use one of " + List.of(type.getEnumConstants()));
        }
    }
}
