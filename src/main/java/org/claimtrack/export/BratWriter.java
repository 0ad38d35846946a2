package org.claimtrack.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The brat zip: per article {@code <id>.json} (title, outlet, url, published, byline),
 * {@code <id>.txt} (the raw text exactly) and {@code <id>.ann}, written while the rows stream by
 * (they come in article order), plus {@code annotation.conf}. See {@link Brat} for the convention.
 */
final class BratWriter implements ClaimWriter {

    /** The article's text and byline, loaded when its first claim arrives. */
    record ArticleText(String text, String byline) {
    }

    @FunctionalInterface
    interface TextLoader {
        ArticleText load(long articleId) throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZipOutputStream zip;
    private final Writer ann;
    private final TextLoader loader;
    private long article = -1;
    private String text;
    private int[] charAt;
    private int t;
    private int e;
    private int a;
    private int notes;
    /** The article's event triggers by type and span, so that claims on one span share theirs. */
    private final Map<String, Integer> triggers = new java.util.HashMap<>();

    BratWriter(OutputStream target, TextLoader loader) {
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        this.zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        // the writer must not close the zip when an entry ends
        this.ann = new OutputStreamWriter(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
            }
        }, StandardCharsets.UTF_8);
        this.loader = loader;
    }

    @Override
    public void begin() throws IOException {
        entry("annotation.conf", Brat.ANNOTATION_CONF.getBytes(StandardCharsets.UTF_8));
    }

    private void entry(String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    @Override
    public void row(ExportRow r) throws Exception {
        if (r.articleId() != article) {
            startArticle(r);
        }
        Integer source = r.sourceStart() == null ? null : span("Source", r.sourceStart(), r.sourceEnd());
        Integer cue = r.cueStart() == null ? null : span("Cue", r.cueStart(), r.cueEnd());
        int content = span("Content", r.start(), r.end());
        boolean cueTrigger = cue != null && r.cueEnd() > r.cueStart();
        int trigger = cueTrigger ? span(Brat.ATTRIBUTION, r.cueStart(), r.cueEnd())
                : span(Brat.ATTRIBUTION, r.start(), r.end());
        int event = ++e;
        StringBuilder line = new StringBuilder().append('E').append(event).append('\t').append(Brat.ATTRIBUTION)
                .append(":T").append(trigger).append(" Content:T").append(content);
        if (source != null) {
            line.append(" Source:T").append(source);
        }
        if (cue != null) {
            line.append(" Cue:T").append(cue);
        }
        ann.write(line.append('\n').toString());
        ann.write("A" + ++a + "\tKind E" + event + " " + r.kind() + "\n");
        ann.write("A" + ++a + "\tQuote E" + event + " " + r.quote() + "\n");
        if (source != null && r.sourceType() != null) {
            ann.write("A" + ++a + "\tSourceType T" + source + " " + r.sourceType() + "\n");
        }
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("id", r.claimId());
        if (r.hasSource()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", r.sourceName());
            s.put("type", r.sourceType());
            s.put("handle", r.sourceHandle());
            if (r.sourceStart() == null) {
                s.put("text", r.sourceText());
            }
            note.put("source", s);
        }
        note.put("hedges", r.hedges());
        ann.write("#" + ++notes + "\tAnnotatorNotes E" + event + "\t" + JSON.writeValueAsString(note) + "\n");
    }

    private int span(String type, int start, int end) throws IOException {
        if (start > end || end >= charAt.length) {
            // offsets past the text: the import will say so; written as they are
            int id = ++t;
            ann.write("T" + id + "\t" + type + " " + start + " " + end + "\t\n");
            return id;
        }
        String key = type + ' ' + start + ' ' + end;
        Integer shared = Brat.ATTRIBUTION.equals(type) ? triggers.get(key) : null;
        if (shared != null) {
            // two claims on one cue: one trigger (brat warns about identical triggers)
            return shared;
        }
        int id = ++t;
        StringBuilder offsets = new StringBuilder();
        StringBuilder covered = new StringBuilder();
        for (int[] f : Brat.fragments(text, charAt, start, end)) {
            offsets.append(offsets.isEmpty() ? "" : ";").append(f[0]).append(' ').append(f[1]);
            covered.append(covered.isEmpty() ? "" : " ").append(text, charAt[f[0]], charAt[f[1]]);
        }
        ann.write("T" + id + "\t" + type + " " + offsets + "\t" + Brat.oneLine(covered.toString()) + "\n");
        if (Brat.ATTRIBUTION.equals(type)) {
            triggers.put(key, id);
        }
        return id;
    }

    private void startArticle(ExportRow r) throws Exception {
        closeAnn();
        article = r.articleId();
        ArticleText loaded = loader.load(article);
        text = loaded.text();
        charAt = codePointIndex(text);
        t = e = a = notes = 0;
        triggers.clear();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("id", r.articleId());
        meta.put("title", r.articleTitle());
        meta.put("outlet", r.outlet());
        meta.put("url", r.articleUrl());
        meta.put("published", r.published() == null ? null : r.published().toString());
        meta.put("byline", loaded.byline());
        entry(article + ".json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
        entry(article + ".txt", text.getBytes(StandardCharsets.UTF_8));
        zip.putNextEntry(new ZipEntry(article + ".ann"));
    }

    /** charAt[cp] = the char index of code point cp; one past the end for the text's length. */
    static int[] codePointIndex(String s) {
        int[] index = new int[s.codePointCount(0, s.length()) + 1];
        int i = 0;
        int cp = 0;
        while (i < s.length()) {
            index[cp++] = i;
            i += Character.charCount(s.codePointAt(i));
        }
        index[cp] = s.length();
        return index;
    }

    private void closeAnn() throws IOException {
        if (article >= 0) {
            ann.flush();
            zip.closeEntry();
        }
    }

    @Override
    public void end() throws IOException {
        closeAnn();
        zip.finish();
        zip.flush();
    }
}
