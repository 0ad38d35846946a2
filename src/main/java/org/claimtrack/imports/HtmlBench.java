package org.claimtrack.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.claimtrack.ingest.IngestRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores HTML extraction the way trafilatura's benchmark does: a folder of pages and a
 * {@code snippets.json} of {@code {"page.html": {"with": [...], "without": [...]}}}; a 'with' snippet
 * found in the text is a true positive (else a false negative), a 'without' snippet found is a false
 * positive. Optional {@code "meta": {"outlet": ..., "published": ..., "byline": ...}} is checked too.
 * Run: {@code ./mvnw -q -B compile exec:java -Dexec.mainClass=org.claimtrack.imports.HtmlBench
 * -Dexec.args="src/test/resources/html-bench"}.
 */
public final class HtmlBench {

    /** Counts over all pages, and the pages that came out empty or with wrong metadata. */
    public record Report(int pages, int tp, int fn, int fp, int tn, List<String> empty, List<String> misses,
            List<String> metaErrors) {

        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String table() {
            return String.format("pages %d, empty %d%nprecision %.3f  recall %.3f  F1 %.3f  (with found %d/%d, without leaked %d/%d)%n"
                    + "metadata errors %d", pages, empty.size(), precision(), recall(), f1(), tp, tp + fn, fp, fp + tn,
                    metaErrors.size());
        }
    }

    private HtmlBench() {
    }

    public static Report score(Path dir) throws IOException {
        JsonNode snippets = new ObjectMapper().readTree(dir.resolve("snippets.json").toFile());
        int tp = 0;
        int fn = 0;
        int fp = 0;
        int tn = 0;
        int pages = 0;
        List<String> empty = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<String> metaErrors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = snippets.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> page = it.next();
            pages++;
            IngestRequest r = HtmlArticle.parse(Files.readAllBytes(dir.resolve(page.getKey())), null, null);
            String text = r.text() == null ? "" : r.text().replaceAll("\\s+", " ");
            if (text.isBlank()) {
                empty.add(page.getKey());
            }
            for (JsonNode w : page.getValue().path("with")) {
                boolean found = text.contains(w.asText());
                tp += found ? 1 : 0;
                fn += found ? 0 : 1;
                if (!found) {
                    misses.add(page.getKey() + " missing: " + w.asText());
                }
            }
            for (JsonNode w : page.getValue().path("without")) {
                boolean found = text.contains(w.asText());
                fp += found ? 1 : 0;
                tn += found ? 0 : 1;
                if (found) {
                    misses.add(page.getKey() + " leaked: " + w.asText());
                }
            }
            checkMeta(page.getKey(), page.getValue().path("meta"), r, metaErrors);
        }
        return new Report(pages, tp, fn, fp, tn, empty, misses, metaErrors);
    }

    private static void checkMeta(String page, JsonNode meta, IngestRequest r, List<String> errors) {
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> m = it.next();
            String got = switch (m.getKey()) {
                case "outlet" -> r.outlet();
                case "published" -> r.published() == null ? null : r.published().toString();
                case "byline" -> r.byline();
                case "title" -> r.title();
                default -> null;
            };
            if (!m.getValue().asText().equals(got)) {
                errors.add(page + " " + m.getKey() + ": expected " + m.getValue().asText() + ", got " + got);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/html-bench");
        Report r = score(dir);
        System.out.println(r.table());
        r.misses().forEach(m -> System.out.println("  " + m));
        r.metaErrors().forEach(m -> System.out.println("  " + m));
    }
}
