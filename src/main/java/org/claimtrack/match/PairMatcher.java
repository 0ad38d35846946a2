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

    /**
     * Never linked automatically below this semantic similarity, whatever the words share: texts that
     * share rare words but not their meaning (lists of names, word salads) are at most suggested.
     * 0.5 rather than 0.6 since the alignment features: 0.6 cost cross-validation 0.1 point of accuracy
     * and 0.2 of F1.
     */
    public static final double MIN_SEMANTIC = 0.5;

    /** trigram similarity from which two texts count as the same wording */
    static final double NEAR_COPY = 0.8;

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
        // a conflict is flagged, not merged: at most a suggestion for an editor
        Decision d = score >= model.autoLink() && f[Features.SEMANTIC] >= MIN_SEMANTIC && !conflict ? Decision.SAME
                : score >= model.suggest() ? Decision.SUGGESTED : Decision.DIFFERENT;
        Map<String, Double> signals = new LinkedHashMap<>();
        signals.put("lexical", round(f[Features.LEXICAL]));
        signals.put("semantic", round(f[Features.SEMANTIC]));
        signals.put("words", round(f[Features.CONTENT]));
        signals.put("numbersDiffer", f[Features.NUMBERS_DIFFER]);
        signals.put("negationDiffers", f[Features.NEGATION_DIFFERS]);
        signals.put("namesMissing", round(f[Features.NAMES_MISSING]));
        signals.put("datesDiffer", f[Features.DATES_DIFFER]);
        return new Result(round(score), d, conflict, signals);
    }

    /**
     * About the same event (semantic similarity at least conflictSemantic, or half the trigrams
     * shared) yet disagreeing on a checkable detail: a count against "no"/"none" ("80 Americans were
     * killed" / "no Americans were harmed"), or nearly the same words with a negation only one of
     * them has. Other numbers are a signal of the score, not a conflict: on MSRP 42 of 68 pairs
     * with disjoint numbers and half their trigrams shared are paraphrases. Narrow on purpose: on MSRP's news pairs, of the pairs with
     * disjoint dates 54 of 64 are paraphrases ("Wednesday" / "Aug. 24"), with disjoint names 90 of
     * 105, so those stay features of the score; a conflict is never linked automatically.
     */
    boolean conflict(Features.Side a, Features.Side b, double[] f) {
        return (f[Features.SEMANTIC] >= model.conflictSemantic() || f[Features.LEXICAL] >= 0.5) && detailsDisagree(a, b, f);
    }

    static boolean detailsDisagree(Features.Side a, Features.Side b, double[] f) {
        Details x = a.details();
        Details y = b.details();
        boolean zeroVsCount = x.zero && x.numbers.isEmpty() && y.negations == 0 && positive(y)
                || y.zero && y.numbers.isEmpty() && x.negations == 0 && positive(x);
        if (zeroVsCount) {
            return true;
        }
        // nearly the same words, yet a negation only one has ("was" / "was not killed")
        return f[Features.LEXICAL] >= NEAR_COPY && f[Features.NEGATION_DIFFERS] > 0;
    }

    private static boolean positive(Details d) {
        return d.numbers.stream().anyMatch(n -> n > 0);
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
