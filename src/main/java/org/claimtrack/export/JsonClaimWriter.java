package org.claimtrack.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The records as JSON: one array written element by element, or JSON Lines (one object a line).
 * Claim fields as in {@code GET /api/articles/{id}}, plus the article. Text is kept exactly: JSON
 * is not a spreadsheet, so nothing is neutralised.
 */
final class JsonClaimWriter implements ClaimWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator gen;
    private final boolean lines;

    JsonClaimWriter(OutputStream out, boolean lines) throws IOException {
        this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        this.gen.setRootValueSeparator(null);
        this.lines = lines;
    }

    @Override
    public void begin() throws IOException {
        if (!lines) {
            gen.writeStartArray();
        }
    }

    @Override
    public void row(ExportRow r) throws IOException {
        gen.writeStartObject();
        gen.writeObjectFieldStart("article");
        gen.writeNumberField("id", r.articleId());
        gen.writeStringField("title", r.articleTitle());
        gen.writeStringField("outlet", r.outlet());
        gen.writeStringField("url", r.articleUrl());
        gen.writeStringField("published", r.published() == null ? null : r.published().toString());
        gen.writeEndObject();
        gen.writeNumberField("id", r.claimId());
        gen.writeNumberField("start", r.start());
        gen.writeNumberField("end", r.end());
        gen.writeStringField("text", r.text());
        gen.writeStringField("kind", r.kind());
        if (r.hasSource()) {
            gen.writeObjectFieldStart("source");
            number(gen, "start", r.sourceStart());
            number(gen, "end", r.sourceEnd());
            gen.writeStringField("text", r.sourceText());
            gen.writeStringField("name", r.sourceName());
            gen.writeStringField("type", r.sourceType());
            gen.writeStringField("handle", r.sourceHandle());
            number(gen, "id", r.sourceId());
            gen.writeEndObject();
        } else {
            gen.writeNullField("source");
        }
        if (r.hasCue()) {
            gen.writeObjectFieldStart("cue");
            number(gen, "start", r.cueStart());
            number(gen, "end", r.cueEnd());
            gen.writeStringField("text", r.cueText());
            gen.writeEndObject();
        } else {
            gen.writeNullField("cue");
        }
        gen.writeStringField("quote", r.quote());
        array(gen, "hedges", r.hedges());
        gen.writeStringField("status", r.status());
        gen.writeStringField("origin", r.origin());
        gen.writeStringField("assignee", r.assignee());
        gen.writeStringField("sentence", r.sentence());
        gen.writeStringField("reviewUrl", r.reviewUrl());
        number(gen, "groupId", r.groupId());
        array(gen, "groupFlags", r.groupFlags());
        array(gen, "claimDrift", r.claimDrift());
        if (r.verdictRating() != null) {
            gen.writeObjectFieldStart("verdict");
            gen.writeStringField("rating", r.verdictRating());
            gen.writeStringField("explanation", r.verdictExplanation());
            array(gen, "evidence", r.verdictEvidence());
            gen.writeStringField("reviewer", r.verdictBy());
            gen.writeStringField("at", r.verdictAt() == null ? null : r.verdictAt().toString());
            gen.writeEndObject();
        } else {
            gen.writeNullField("verdict");
        }
        gen.writeEndObject();
        if (lines) {
            gen.writeRaw('\n');
        }
    }

    static void number(JsonGenerator gen, String name, Number n) throws IOException {
        if (n == null) {
            gen.writeNullField(name);
        } else {
            gen.writeNumberField(name, n.longValue());
        }
    }

    static void array(JsonGenerator gen, String name, List<String> values) throws IOException {
        gen.writeArrayFieldStart(name);
        for (String v : values) {
            gen.writeString(v);
        }
        gen.writeEndArray();
    }

    @Override
    public void end() throws IOException {
        if (!lines) {
            gen.writeEndArray();
        }
        gen.flush();
    }
}
