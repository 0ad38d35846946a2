package org.claimtrack.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.claimtrack.common.ApiError;
import org.claimtrack.common.Inputs;
import org.claimtrack.common.TextBody;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a brat zip (the export's, or any collection in the same convention, see {@link Brat}) into
 * documents and their claims, checking everything before anything is stored: entry names (no
 * {@code ../}, no absolute paths), entry count and expanded size (zip bombs), UTF-8 text, and that
 * every span lies inside its text. Problems are 4xx {@link ApiError}s naming the file and line.
 */
public final class BratArchive {

    /** Limits of one archive. */
    public record Limits(int maxEntries, long maxUncompressedBytes, int maxTextBytes) {
    }

    /** Article metadata from {@code <name>.json}; all optional. */
    public record Meta(String title, String outlet, String url, LocalDate published, String byline) {
        static final Meta NONE = new Meta(null, null, null, null, null);
    }

    /** One document: the text exactly as in {@code <name>.txt} and the claims of {@code <name>.ann}. */
    public record Document(String name, String text, Meta meta, List<BratClaim> claims) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A document's metadata file is a few fields; nothing larger is read. */
    private static final long MAX_META_BYTES = 1 << 20;

    private BratArchive() {
    }

    public static List<Document> read(InputStream zipBytes, Limits limits) {
        Map<String, byte[]> texts = new TreeMap<>();
        Map<String, byte[]> anns = new HashMap<>();
        Map<String, byte[]> metas = new HashMap<>();
        int entries = 0;
        long expanded = 0;
        try (ZipInputStream zip = new ZipInputStream(zipBytes, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw ApiError.of(413, "the archive has more than " + limits.maxEntries() + " entries");
                }
                String name = safeName(entry.getName());
                if (entry.isDirectory() || name.startsWith("__MACOSX/")) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                Map<String, byte[]> target = lower.endsWith(".txt") ? texts
                        : lower.endsWith(".ann") ? anns : lower.endsWith(".json") ? metas : null;
                if (target == null) {
                    // annotation.conf, visual.conf, READMEs: not kept, but what they expand to still counts
                    expanded += drain(zip, limits.maxUncompressedBytes() - expanded, limits);
                    continue;
                }
                // count what the entry really expands to while reading it (its header may claim anything),
                // and stop at its own limit: a bomb never gets further into memory than that
                long entryLimit = target == texts ? limits.maxTextBytes()
                        : target == anns ? 4L * limits.maxTextBytes() : MAX_META_BYTES;
                byte[] bytes = readCapped(zip, name, entryLimit, limits.maxUncompressedBytes() - expanded, limits);
                expanded += bytes.length;
                String key = name.substring(0, name.lastIndexOf('.'));
                if (target.put(key, bytes) != null) {
                    throw ApiError.of(422, "the archive holds " + name + " twice");
                }
            }
        } catch (ZipException e) {
            throw ApiError.of(400, "not a valid zip archive: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // ZipInputStream's answer to an entry name that is not UTF-8
            throw ApiError.of(422, "the archive has an entry whose name is not UTF-8: rename it and zip again");
        } catch (IOException e) {
            throw ApiError.of(400, "could not read the zip archive: " + e.getMessage());
        }
        if (texts.isEmpty()) {
            throw ApiError.of(422, "the archive holds no .txt documents");
        }
        for (String key : anns.keySet()) {
            if (!texts.containsKey(key)) {
                throw ApiError.of(422, key + ".ann has no " + key + ".txt");
            }
        }
        List<Document> docs = new ArrayList<>();
        for (Map.Entry<String, byte[]> t : texts.entrySet()) {
            String key = t.getKey();
            byte[] ann = anns.get(key);
            if (ann == null) {
                throw ApiError.of(422, key + ".txt has no " + key + ".ann");
            }
            String text = utf8(t.getValue(), key + ".txt");
            docs.add(new Document(key, text, meta(metas.get(key), key + ".json"),
                    parseAnn(text, utf8(ann, key + ".ann"), key + ".ann")));
        }
        return docs;
    }

    static String safeName(String name) {
        String n = name.replace('\\', '/');
        if (n.isEmpty() || n.startsWith("/") || n.indexOf('\0') >= 0 || n.matches("^[A-Za-z]:.*")
                || ("/" + n + "/").contains("/../")) {
            throw ApiError.of(422, "unsafe path in the archive: '" + name + "'");
        }
        return n;
    }

    /** An entry's bytes, refused (413) as soon as it passes its own limit or the archive's remaining budget. */
    private static byte[] readCapped(InputStream in, String name, long entryLimit, long budget, Limits limits)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + (long) n > entryLimit) {
                throw ApiError.of(413, name + " is larger than " + entryLimit + " bytes"
                        + (name.toLowerCase(Locale.ROOT).endsWith(".txt") ? " (the article limit)" : ""));
            }
            if (out.size() + (long) n > budget) {
                throw ApiError.of(413, "the archive expands to more than " + limits.maxUncompressedBytes() + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads an entry to its end without keeping it; its size, refused (413) past the budget. */
    private static long drain(InputStream in, long budget, Limits limits) throws IOException {
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > budget) {
                throw ApiError.of(413, "the archive expands to more than " + limits.maxUncompressedBytes() + " bytes");
            }
        }
        return total;
    }

    private static String utf8(byte[] bytes, String file) {
        if (bytes.length == 0 && file.endsWith(".ann")) {
            return ""; // brat makes an empty .ann for a text nobody annotated yet
        }
        String text;
        try {
            text = TextBody.decode(bytes);
        } catch (jakarta.ws.rs.WebApplicationException e) {
            throw ApiError.of(422, file + ": " + ((ApiError) e.getResponse().getEntity()).error());
        }
        if (text.indexOf('\0') >= 0) {
            throw ApiError.of(422, file + " contains a NUL character: is it a binary file?");
        }
        return text;
    }

    /** Text from JSON (a .json or a note) may spell NUL as an escape, which PostgreSQL cannot store. */
    private static String noNul(String value, String file, int line, String what) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw bad(file, line, what + " contains a NUL character (\\u0000)");
        }
        return value;
    }

    private static Meta meta(byte[] bytes, String file) {
        if (bytes == null) {
            return Meta.NONE;
        }
        try {
            JsonNode n = JSON.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw ApiError.of(422, file + " is not a JSON object");
            }
            for (String field : new String[] {"title", "outlet", "url", "published", "byline"}) {
                noNul(text(n, field), file, 1, field);
            }
            String published = text(n, "published");
            LocalDate date = published == null ? null : LocalDate.parse(published);
            if (date != null && (date.isBefore(Inputs.MIN_DATE) || date.isAfter(Inputs.MAX_DATE))) {
                throw ApiError.of(422, file + ": published must lie between 0001-01-01 and 9999-12-31");
            }
            return new Meta(text(n, "title"), text(n, "outlet"), text(n, "url"), date, text(n, "byline"));
        } catch (DateTimeParseException e) {
            throw ApiError.of(422, file + ": published must be a date YYYY-MM-DD");
        } catch (IOException e) {
            throw ApiError.of(422, file + " is not valid JSON");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private record Span(String id, int start, int end, String type, int line) {
    }

    private record Event(String id, String type, Map<String, String> args, int line) {
    }

    /** Parses one .ann against its text; public so that tools and tests read exports the import's way. */
    public static List<BratClaim> parseAnn(String text, String ann, String file) {
        int[] charAt = BratWriter.codePointIndex(text);
        int length = charAt.length - 1;
        Map<String, Span> spans = new HashMap<>();
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        String[] lines = ann.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = i + 1;
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", 3);
            String id = cols[0];
            if (id.isEmpty()) {
                throw bad(file, no, "the line starts with a tab: expected an id such as T1 or E1 first");
            }
            if (cols.length < 2) {
                throw bad(file, no, "expected a tab after the id");
            }
            switch (id.charAt(0)) {
                case 'T' -> spans.put(id, textBound(cols, length, charAt, text, file, no));
                case 'E' -> events.put(id, event(id, cols[1], file, no));
                case 'A', 'M' -> {
                    String[] f = cols[1].trim().split(" ");
                    if (f.length < 2) {
                        throw bad(file, no, "an attribute needs a name and a target");
                    }
                    attributes.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[0], f.length > 2 ? f[2] : "true");
                }
                case '#' -> {
                    String[] f = cols[1].trim().split(" ");
                    if (f.length >= 2 && f[0].equals("AnnotatorNotes") && cols.length == 3) {
                        notes.put(f[1], cols[2]);
                    }
                }
                default -> {
                    // relations (R), normalisations (N), equivalences (*): not part of a claim
                }
            }
        }
        List<BratClaim> claims = new ArrayList<>();
        for (Event ev : events.values()) {
            if (!ev.type().equals(Brat.ATTRIBUTION) && !ev.type().equals(Brat.NO_SOURCE)) {
                continue;
            }
            claims.add(claim(ev, spans, attributes, notes, text, charAt, file));
        }
        claims.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return claims;
    }

    private static Span textBound(String[] cols, int length, int[] charAt, String text, String file, int no) {
        if (cols.length < 3) {
            throw bad(file, no, "a text-bound annotation needs the covered text after a second tab");
        }
        int sp = cols[1].indexOf(' ');
        if (sp < 0) {
            throw bad(file, no, "expected 'Type start end'");
        }
        String type = cols[1].substring(0, sp);
        int start = Integer.MAX_VALUE;
        int end = -1;
        StringBuilder covered = new StringBuilder();
        // a discontinuous span ("0 5;9 12") is read as one from its first start to its last end
        for (String fragment : cols[1].substring(sp + 1).split(";")) {
            String[] se = fragment.trim().split(" ");
            int s;
            int e;
            try {
                s = Integer.parseInt(se[0]);
                e = Integer.parseInt(se[se.length - 1]);
            } catch (NumberFormatException ex) {
                throw bad(file, no, "offsets must be numbers: '" + fragment.trim() + "'");
            }
            if (se.length != 2 || s < 0 || e < s || e > length) {
                throw bad(file, no, "span " + fragment.trim() + " is not inside the text (length " + length + ")");
            }
            covered.append(covered.length() == 0 ? "" : " ").append(text, charAt[s], charAt[e]);
            start = Math.min(start, s);
            end = Math.max(end, e);
        }
        if (!squash(covered.toString()).equals(squash(cols[2]))) {
            throw bad(file, no, "the text column does not match the text at the offsets: is this .ann for this .txt?");
        }
        return new Span(cols[0], start, end, type, no);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static Event event(String id, String body, String file, int no) {
        String[] parts = body.trim().split(" +");
        Map<String, String> args = new LinkedHashMap<>();
        String type = null;
        for (int i = 0; i < parts.length; i++) {
            int colon = parts[i].lastIndexOf(':');
            if (colon <= 0) {
                throw bad(file, no, "expected Role:Tn, not '" + parts[i] + "'");
            }
            String role = parts[i].substring(0, colon);
            String target = parts[i].substring(colon + 1);
            if (i == 0) {
                type = role;
                args.put("", target);
            } else {
                // brat numbers repeated roles (Content2): a claim keeps the first
                args.putIfAbsent(role.replaceAll("\\d+$", ""), target);
            }
        }
        return new Event(id, type, args, no);
    }

    private static BratClaim claim(Event ev, Map<String, Span> spans, Map<String, Map<String, String>> attributes,
            Map<String, String> notes, String text, int[] charAt, String file) {
        Span trigger = span(spans, ev.args().get(""), ev, file);
        Span content = ev.args().containsKey("Content") ? span(spans, ev.args().get("Content"), ev, file) : trigger;
        Span source = ev.args().containsKey("Source") ? span(spans, ev.args().get("Source"), ev, file) : null;
        Span cue = ev.args().containsKey("Cue") ? span(spans, ev.args().get("Cue"), ev, file) : null;
        if (content.end() <= content.start()) {
            throw bad(file, ev.line(), ev.id() + ": the content span is empty");
        }
        Map<String, String> attrs = attributes.getOrDefault(ev.id(), Map.of());
        JsonNode note = note(notes.get(ev.id()), file, ev);
        JsonNode noteSource = note == null ? null : note.get("source");
        String sourceName = noteSource == null ? null : textOrNull(noteSource, "name");
        String sourceHandle = noteSource == null ? null : textOrNull(noteSource, "handle");
        String sourceType = source == null ? null : attributes.getOrDefault(source.id(), Map.of()).get("SourceType");
        if (sourceType == null && noteSource != null) {
            sourceType = textOrNull(noteSource, "type");
        }
        String sourceText = source != null ? sub(text, charAt, source)
                : noteSource == null ? null : textOrNull(noteSource, "text");
        boolean hasSource = source != null || sourceName != null || sourceText != null;
        // without claimtrack's attributes (e.g. a PolNeAR file): a named source, or the article's own word
        String kind = attrs.getOrDefault("Kind", hasSource ? Kind.NAMED_SOURCE.name() : Kind.UNATTRIBUTED.name());
        String quote = attrs.getOrDefault("Quote", hasSource || cue != null ? QuoteType.INDIRECT.name()
                : QuoteType.NONE.name());
        check(Kind.class, kind, "Kind", file, ev);
        check(QuoteType.class, quote, "Quote", file, ev);
        if (sourceType != null) {
            check(SourceType.class, sourceType, "SourceType", file, ev);
        }
        String missing = org.claimtrack.extract.ClaimContract.sourceProblem(Kind.valueOf(kind), hasSource, cue != null);
        if (missing != null) {
            throw bad(file, ev.line(), ev.id() + ": " + missing);
        }
        List<String> hedges = new ArrayList<>();
        if (note != null && note.get("hedges") != null) {
            note.get("hedges").forEach(h -> hedges.add(noNul(h.asText(), file, ev.line(), "a hedge in the note of " + ev.id())));
        }
        noNul(sourceName, file, ev.line(), "the source name in the note of " + ev.id());
        noNul(sourceHandle, file, ev.line(), "the source handle in the note of " + ev.id());
        noNul(sourceText, file, ev.line(), "the source text in the note of " + ev.id());
        noNul(sourceType, file, ev.line(), "the source type in the note of " + ev.id());
        return new BratClaim(content.start(), content.end(), sub(text, charAt, content), kind, quote, hedges,
                source == null ? null : source.start(), source == null ? null : source.end(), sourceText, sourceName,
                sourceType, sourceHandle,
                cue == null ? null : cue.start(), cue == null ? null : cue.end(), cue == null ? null : sub(text, charAt, cue));
    }

    private static Span span(Map<String, Span> spans, String id, Event ev, String file) {
        Span s = spans.get(id);
        if (s == null) {
            throw bad(file, ev.line(), ev.id() + " points at " + id + ", which is not a text-bound annotation");
        }
        return s;
    }

    private static JsonNode note(String note, String file, Event ev) {
        if (note == null || !note.strip().startsWith("{")) {
            return null; // a person's free-text note
        }
        try {
            return JSON.readTree(note);
        } catch (JsonProcessingException e) {
            throw bad(file, ev.line(), "the note of " + ev.id() + " is not valid JSON");
        }
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String sub(String text, int[] charAt, Span s) {
        return text.substring(charAt[s.start()], charAt[s.end()]);
    }

    private static <E extends Enum<E>> void check(Class<E> type, String value, String name, String file, Event ev) {
        try {
            Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw bad(file, ev.line(), ev.id() + ": unknown " + name + " '" + value + "'");
        }
    }

    private static RuntimeException bad(String file, int line, String message) {
        return ApiError.of(422, file + ":" + line + ": " + message);
    }
}
