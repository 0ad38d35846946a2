package org.claimtrack.match;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Same-claim matching of two texts (docs/compare.md, "Matching"): the lexical, semantic and
 * detail signals weighed by the fitted model. Stateless and symmetric; the grouping at ingest and
 * {@code POST /api/match} both decide with {@link #match(Features.Side, Features.Side)}.
 */
public final class PairMatcher {

    private static final class Holder {
        static final PairMatcher SHARED = new PairMatcher(MatcherModel.load());
    }

    private final MatcherModel model;

    public PairMatcher(MatcherModel model) {
        this.model = model;
    }

    /** The shipped model (loaded once per JVM). */
    public static PairMatcher shared() {
        return Holder.SHARED;
    }

    public MatcherModel model() {
        return model;
    }

    public enum Decision {
        SAME, SUGGESTED, DIFFERENT
    }

    public record Result(double score, Decision decision, boolean conflict, Map<String, Double> signals) {
        public boolean same() {
            return decision == Decision.SAME;
        }
    }

    public Result match(String a, String b) {
        return match(Features.Side.of(a, Embedder.embed(a)), Features.Side.of(b, Embedder.embed(b)));
    }

    public Result match(Features.Side a, Features.Side b) {
        double[] f = Features.of(a, b);
        double score = model.score(f);
        boolean conflict = conflict(a, b, f);
        // the conflict flag informs (docs/compare.md): on news pairs most differing details are still paraphrases
        Decision d = score >= model.autoLink() ? Decision.SAME
                : score >= model.suggest() ? Decision.SUGGESTED : Decision.DIFFERENT;
        Map<String, Double> signals = new LinkedHashMap<>();
        signals.put("lexical", round(f[2]));
        signals.put("semantic", round(f[0]));
        signals.put("words", round(f[4]));
        signals.put("numbersDiffer", f[7]);
        signals.put("negationDiffers", f[9]);
        signals.put("namesMissing", round(f[10]));
        signals.put("datesDiffer", f[11]);
        return new Result(round(score), d, conflict, signals);
    }

    /**
     * About the same thing (semantic similarity at least conflictSemantic) yet the numbers or
     * dates of one are none of the other's, negates what the other asserts, or names entirely different actors.
     */
    boolean conflict(Features.Side a, Features.Side b, double[] f) {
        return f[0] >= model.conflictSemantic() && detailsDisagree(a, b, f);
    }

    static boolean detailsDisagree(Features.Side a, Features.Side b, double[] f) {
        boolean otherActors = !a.details().names.isEmpty() && !b.details().names.isEmpty() && f[10] >= 1.0;
        return f[7] >= 1 || f[9] > 0 || f[11] > 0 || otherActors;
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
