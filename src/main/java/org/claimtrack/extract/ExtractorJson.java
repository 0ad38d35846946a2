package org.claimtrack.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Renders an {@link ExtractionResult} as exactly the contract JSON (compact, fields in contract
 * order, furniture left out), so that the web endpoint and {@code extract --json} give the same bytes.
 */
public final class ExtractorJson {

    /** Astral characters (emoji) are written as UTF-8, not as escaped surrogate pairs. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private ExtractorJson() {
    }

    public static String toJson(ExtractionResult r) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        write(r, bos);
        return bos.toString(StandardCharsets.UTF_8);
    }

    public static byte[] toBytes(ExtractionResult r) {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        write(r, bos);
        return bos.toByteArray();
    }

    /** A lone surrogate cannot be encoded in UTF-8 (and cannot come from a UTF-8 body): U+FFFD instead. */
    static String safe(String t) {
        if (t == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            boolean bad = false;
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                    if (sb != null) {
                        sb.append(ch).append(t.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                bad = true;
            } else if (Character.isLowSurrogate(ch)) {
                bad = true;
            }
            if (bad && sb == null) {
                sb = new StringBuilder(t.substring(0, i));
            }
            if (sb != null) {
                sb.append(bad ? '\uFFFD' : ch);
            }
        }
        return sb == null ? t : sb.toString();
    }

    /** Writes UTF-8 JSON to the stream; the stream is flushed, not closed. */
    public static void write(ExtractionResult r, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("extractor", r.extractor());
            g.writeArrayFieldStart("claims");
            for (ExtractedClaim c : r.claims()) {
                g.writeStartObject();
                g.writeNumberField("start", c.start());
                g.writeNumberField("end", c.end());
                g.writeStringField("text", safe(c.text()));
                g.writeStringField("kind", c.kind().name());
                g.writeFieldName("source");
                SourceMention s = c.source();
                if (s == null) {
                    g.writeNull();
                } else {
                    g.writeStartObject();
                    g.writeNumberField("start", s.start());
                    g.writeNumberField("end", s.end());
                    g.writeStringField("text", safe(s.text()));
                    g.writeStringField("name", safe(s.name()));
                    g.writeStringField("type", s.type().name());
                    g.writeStringField("handle", s.handle());
                    g.writeEndObject();
                }
                g.writeFieldName("cue");
                Span cue = c.cue();
                if (cue == null) {
                    g.writeNull();
                } else {
                    g.writeStartObject();
                    g.writeNumberField("start", cue.start());
                    g.writeNumberField("end", cue.end());
                    g.writeStringField("text", safe(cue.text()));
                    g.writeEndObject();
                }
                g.writeStringField("quote", c.quote().name());
                g.writeArrayFieldStart("hedges");
                for (String h : c.hedges()) {
                    g.writeString(safe(h));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
