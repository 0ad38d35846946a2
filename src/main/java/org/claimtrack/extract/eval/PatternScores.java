package org.claimtrack.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.ExtractionResult;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.pipeline.ArticleDoc;

/**
 * What each attribution pattern contributes on a brat folder (score --by-pattern): per pattern the
 * predicted attributions, how many match a gold attribution ({@link Scorer#matchAttributions}, the
 * attribution F1's matching), how many do not, the precision and the share of the gold found.
 */
public final class PatternScores {

    /** One pattern's counts. */
    public static final class Row {
        public int predicted;
        public int truePositives;

        public int falsePositives() {
            return predicted - truePositives;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private int documents;
    private int gold;

    public static PatternScores score(Path dir) throws IOException {
        PatternScores out = new PatternScores();
        for (BratDoc d : BratDoc.readDir(dir)) {
            out.add(d, Extractor.shared().analyse(d.text()));
        }
        return out;
    }

    /** Adds one document: doc is what the extractor made of d's text. */
    public void add(BratDoc d, ArticleDoc doc) {
        documents++;
        gold += d.attributions().size();
        List<ArticleDoc.Claim> produced = new ArrayList<>();
        ExtractionResult res = Extractor.toResult(doc, produced);
        List<ExtractedClaim> pred = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (int k = 0; k < res.claims().size(); k++) {
            ExtractedClaim c = res.claims().get(k);
            if (c.kind() != Kind.UNATTRIBUTED) {
                pred.add(c);
                String p = produced.get(k).pattern;
                patterns.add(p == null ? "(none)" : p);
            }
        }
        boolean[] hit = new boolean[pred.size()];
        for (int m : Scorer.matchAttributions(d.attributions(), pred, Scorer.tokenIndex(d.text()))) {
            if (m >= 0) {
                hit[m] = true;
            }
        }
        for (int k = 0; k < pred.size(); k++) {
            Row r = rows.computeIfAbsent(patterns.get(k), x -> new Row());
            r.predicted++;
            r.truePositives += hit[k] ? 1 : 0;
        }
    }

    public Map<String, Row> rows() {
        return rows;
    }

    /** A markdown table, most productive pattern first, with a total row. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents %d, gold attributions %d%n", documents, gold));
        sb.append("| pattern | predicted | TP | FP | precision | share of gold found |\n");
        sb.append("|---|---:|---:|---:|---:|---:|\n");
        Row all = new Row();
        List<Map.Entry<String, Row>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, Row> e) -> -e.getValue().truePositives).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, Row> e : sorted) {
            line(sb, e.getKey(), e.getValue());
            all.predicted += e.getValue().predicted;
            all.truePositives += e.getValue().truePositives;
        }
        line(sb, "all", all);
        return sb.toString();
    }

    private void line(StringBuilder sb, String name, Row r) {
        sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f |%n", name, r.predicted, r.truePositives,
                r.falsePositives(), r.precision(), gold == 0 ? 0 : (double) r.truePositives / gold));
    }
}
