package org.claimtrack.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The fitted weights and thresholds ({@code matcher.properties} beside this class, written by
 * {@code bin/claimtrack fit-matcher}): score = logistic(bias + weights · features); "same" at or
 * above {@code autoLink}, "suggested" from {@code suggest}; a conflict needs the two at least
 * {@code conflictSemantic} alike in meaning.
 */
public record MatcherModel(double bias, double[] weights, double autoLink, double suggest, double conflictSemantic) {

    public static final String RESOURCE = "matcher.properties";

    public static MatcherModel load() {
        try (InputStream in = MatcherModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " beside " + MatcherModel.class.getName());
            }
            Properties p = new Properties();
            p.load(in);
            double[] w = new double[Features.NAMES.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = Double.parseDouble(p.getProperty("weight." + Features.NAMES.get(i)));
            }
            return new MatcherModel(Double.parseDouble(p.getProperty("bias")), w,
                    Double.parseDouble(p.getProperty("threshold.autoLink")),
                    Double.parseDouble(p.getProperty("threshold.suggest")),
                    Double.parseDouble(p.getProperty("threshold.conflictSemantic")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double score(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The properties file, byte for byte the same for the same numbers (fixed order, fixed digits, no date). */
    public String toProperties(List<String> comments) {
        StringBuilder sb = new StringBuilder();
        for (String c : comments) {
            sb.append("# ").append(c).append('\n');
        }
        sb.append("bias=").append(fmt(bias)).append('\n');
        for (int i = 0; i < weights.length; i++) {
            sb.append("weight.").append(Features.NAMES.get(i)).append('=').append(fmt(weights[i])).append('\n');
        }
        sb.append("threshold.autoLink=").append(fmt(autoLink)).append('\n');
        sb.append("threshold.suggest=").append(fmt(suggest)).append('\n');
        sb.append("threshold.conflictSemantic=").append(fmt(conflictSemantic)).append('\n');
        return sb.toString();
    }

    static String fmt(double d) {
        String s = String.format(Locale.ROOT, "%.4f", d);
        return "-0.0000".equals(s) ? "0.0000" : s;
    }
}
