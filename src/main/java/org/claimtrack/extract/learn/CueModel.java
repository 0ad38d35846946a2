package org.claimtrack.extract.learn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A logistic regression over binary feature names: p = 1 / (1 + exp(-(bias + sum of the weights of
 * the features present))). Stored as text, features in name order, weights rounded to four places
 * ({@link #write}), so that training twice gives the same bytes and the file holds no sentence.
 */
public final class CueModel {

    /** The shipped model, on the class path. */
    public static final String RESOURCE = "/org/claimtrack/extract/learn/cue-model.txt";

    private final double bias;
    private final Map<String, Double> weights;

    public CueModel(double bias, Map<String, Double> weights) {
        this.bias = round(bias);
        Map<String, Double> w = new TreeMap<>();
        weights.forEach((k, v) -> {
            double r = round(v);
            if (r != 0) {
                w.put(k, r);
            }
        });
        this.weights = w;
    }

    /** Rounded to four places, so that the last bits of the optimiser never reach the file. */
    static double round(double v) {
        double r = Math.round(v * 10_000d) / 10_000d;
        return r == 0 ? 0 : r; // no -0.0
    }

    public double bias() {
        return bias;
    }

    public Map<String, Double> weights() {
        return weights;
    }

    /** The probability that the features mark a cue. */
    public double score(List<String> features) {
        double z = bias;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The file's text: comment lines, then "bias B" and one "FEATURE<TAB>WEIGHT" line per feature in name order. */
    public String write(List<String> comments) {
        StringBuilder sb = new StringBuilder();
        for (String c : comments) {
            sb.append("# ").append(c).append('\n');
        }
        sb.append("bias\t").append(fmt(bias)).append('\n');
        weights.forEach((k, v) -> sb.append(k).append('\t').append(fmt(v)).append('\n'));
        return sb.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    public static CueModel read(InputStream in) throws IOException {
        double bias = 0;
        Map<String, Double> w = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    throw new IOException("cue model: no tab in line: " + line);
                }
                String k = line.substring(0, tab);
                double v = Double.parseDouble(line.substring(tab + 1));
                if (k.equals("bias")) {
                    bias = v;
                } else {
                    w.put(k, v);
                }
            }
        }
        return new CueModel(bias, w);
    }

    /** The shipped model, or null when the file is not on the class path (a build before any training). */
    public static CueModel shipped() {
        try (InputStream in = CueModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }
}
