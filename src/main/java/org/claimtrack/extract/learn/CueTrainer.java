package org.claimtrack.extract.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.eval.BratDoc;
import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.FindSourcesAndContentsStage;
import org.claimtrack.extract.pipeline.Stage;
import org.claimtrack.extract.pipeline.patterns.PatternRegistry;

import smile.classification.LogisticRegression;

/**
 * Trains the {@link CueModel}: runs the rule pipeline up to the rule patterns over every article of
 * a brat folder (name order), takes the candidates the rules left ({@link CueFeatures}), labels a
 * candidate positive when its token lies in one of the article's gold cue spans, and fits Smile's
 * L2-regularised logistic regression (L-BFGS, deterministic for the same rows in the same order).
 * Features seen fewer than {@link #MIN_COUNT} times are dropped, a lemma also when it is a gold cue
 * fewer than {@link #MIN_LEMMA_POSITIVES} times.
 */
public final class CueTrainer {

    static final int MIN_COUNT = 5;
    static final int MIN_LEMMA_POSITIVES = 3;
    static final double LAMBDA = 1.0;
    static final double TOLERANCE = 1e-6;
    static final int MAX_ITER = 500;

    /** One candidate: its label and feature names. */
    public record Row(boolean cue, List<String> features) {
    }

    private CueTrainer() {
    }

    /** The candidate rows of the first limit articles of dir (all when limit <= 0), in name order. */
    public static List<Row> rows(Path dir, int limit) throws IOException {
        List<BratDoc> docs = BratDoc.readDir(dir);
        if (limit > 0 && docs.size() > limit) {
            docs = docs.subList(0, limit);
        }
        List<Row> rows = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        int[][] goldSpans = new int[1][];
        ClaimProposer collector = new ClaimProposer(current, goldSpans);
        Extractor upToPatterns = Extractor.of(stagesWith(collector));
        for (BratDoc d : docs) {
            goldSpans[0] = cueChars(d);
            current.clear();
            upToPatterns.analyse(d.text());
            rows.addAll(current);
        }
        return rows;
    }

    /** The shared extractor's stages before the patterns, then the rule patterns with the collector. */
    private static List<Stage> stagesWith(org.claimtrack.extract.pipeline.ClaimProposer collector) {
        List<Stage> out = new ArrayList<>();
        for (Stage s : Extractor.shared().stages()) {
            if (s instanceof FindSourcesAndContentsStage) {
                out.add(new FindSourcesAndContentsStage(PatternRegistry.standard(), collector));
                break;
            }
            out.add(s);
        }
        return out;
    }

    /** The gold cue pieces as UTF-16 char offsets, flattened [s0, e0, s1, e1, ...]. */
    static int[] cueChars(BratDoc d) {
        List<Integer> out = new ArrayList<>();
        String t = d.text();
        int cps = t.codePointCount(0, t.length());
        for (BratDoc.Attribution a : d.attributions()) {
            if (a.cue() == null) {
                continue;
            }
            for (int[] p : a.cue()) {
                if (p[0] >= 0 && p[1] <= cps && p[0] < p[1]) {
                    out.add(t.offsetByCodePoints(0, p[0]));
                    out.add(t.offsetByCodePoints(0, p[1]));
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Records each candidate's features and label; adds no claim. */
    private record ClaimProposer(List<Row> rows, int[][] gold) implements org.claimtrack.extract.pipeline.ClaimProposer {
        @Override
        public void propose(ArticleDoc doc, PatternRegistry rules) {
            int[] g = gold[0];
            for (CueFeatures.Candidate c : CueFeatures.candidates(doc)) {
                int tb = c.sent().tb[c.tok()];
                int te = c.sent().te[c.tok()];
                boolean cue = false;
                for (int k = 0; k + 1 < g.length && !cue; k += 2) {
                    cue = g[k] < te && g[k + 1] > tb;
                }
                rows.add(new Row(cue, CueFeatures.features(doc, c.sent(), c.tok())));
            }
        }
    }

    /** Fits the model on rows (in their order). */
    public static CueModel fit(List<Row> rows) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Row r : rows) {
            for (String f : r.features()) {
                int[] c = counts.computeIfAbsent(f, k -> new int[2]);
                c[0]++;
                if (r.cue()) {
                    c[1]++;
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        counts.forEach((f, c) -> {
            if (c[0] >= MIN_COUNT && (!f.startsWith("lemma=") || c[1] >= MIN_LEMMA_POSITIVES)) {
                index.put(f, names.size());
                names.add(f);
            }
        });
        double[][] x = new double[rows.size()][names.size()];
        int[] y = new int[rows.size()];
        for (int n = 0; n < rows.size(); n++) {
            Row r = rows.get(n);
            y[n] = r.cue() ? 1 : 0;
            for (String f : r.features()) {
                Integer k = index.get(f);
                if (k != null) {
                    x[n][k] = 1;
                }
            }
        }
        LogisticRegression.Binomial lr = LogisticRegression.binomial(x, y, LAMBDA, TOLERANCE, MAX_ITER);
        double[] w = lr.coefficients();
        Map<String, Double> weights = new TreeMap<>();
        for (int k = 0; k < names.size(); k++) {
            weights.put(names.get(k), w[k]);
        }
        return new CueModel(w[names.size()], weights);
    }

    /** Rows as text (a cache for trying settings: corpus-derived, keep it out of the project). */
    public static void writeRows(Path file, List<Row> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(r.cue() ? '1' : '0');
            for (String f : r.features()) {
                sb.append('\t').append(f);
            }
            sb.append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    public static List<Row> readRows(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] p = line.split("\t");
            rows.add(new Row(p[0].equals("1"), List.of(p).subList(1, p.length)));
        }
        return rows;
    }
}
