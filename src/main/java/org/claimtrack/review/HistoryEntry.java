package org.claimtrack.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** One row of {@code GET /api/claims/{id}/history}: who changed what, when, with the claim before and after. */
public record HistoryEntry(
        Long id,
        Long claimId,
        OffsetDateTime at,
        String user,
        String action,
        @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode before,
        @JsonInclude(JsonInclude.Include.ALWAYS) JsonNode after) {

    /** A field that differs between before and after, for people to read. */
    public record FieldChange(String field, String before, String after) {
    }

    /** The top-level fields that changed (nested objects compared whole); version and bookkeeping left out. */
    @JsonIgnore
    public List<FieldChange> getChanges() {
        List<FieldChange> out = new ArrayList<>();
        if (before == null) {
            return out; // a new claim: "add" says it all, the after JSON has the rest
        }
        Set<String> names = new LinkedHashSet<>();
        collect(before, names);
        collect(after, names);
        for (String n : names) {
            if (n.equals("version") || n.startsWith("_") || n.equals("id") || n.equals("articleId")) {
                continue;
            }
            JsonNode b = before == null ? null : before.get(n);
            JsonNode a = after == null ? null : after.get(n);
            String bs = show(b);
            String as = show(a);
            if (!bs.equals(as)) {
                out.add(new FieldChange(n, bs, as));
            }
        }
        return out;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node != null && node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
                names.add(it.next());
            }
        }
    }

    static String show(JsonNode n) {
        if (n == null || n.isNull()) {
            return "—";
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isObject() && n.has("start") && n.has("end") && n.has("text") && !n.has("name")) {
            return "“" + n.get("text").asText() + "” [" + n.get("start").asInt() + "–" + n.get("end").asInt() + "]";
        }
        if (n.isObject() && n.has("name")) {
            String text = n.path("text").isNull() || n.path("text").isMissingNode() ? "" : " (“" + n.get("text").asText() + "”)";
            return n.path("name").asText("?") + " · " + n.path("type").asText("?") + text;
        }
        if (n.isObject() && n.has("rating")) {
            return n.get("rating").asText() + (n.path("explanation").isTextual() && !n.get("explanation").asText().isBlank()
                    ? ": " + n.get("explanation").asText() : "");
        }
        return n.toString();
    }
}
