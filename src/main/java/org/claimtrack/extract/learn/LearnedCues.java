package org.claimtrack.extract.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.ClaimProposer;
import org.claimtrack.extract.pipeline.FindCuesStage;
import org.claimtrack.extract.pipeline.Lexicon;
import org.claimtrack.extract.pipeline.patterns.Claims;
import org.claimtrack.extract.pipeline.patterns.PatternRegistry;
import org.claimtrack.extract.pipeline.patterns.Quotes;
import org.claimtrack.extract.pipeline.patterns.Sources;
import org.claimtrack.extract.pipeline.patterns.Tokens;

/**
 * Cues the rules never proposed, accepted by the shipped {@link CueModel} (trained on PolNeAR train
 * by {@code bin/claimtrack train}): each accepted verb becomes a cue that the rule patterns read a
 * source and content for, exactly as for a cue the cue finder found. Candidates are scored on the
 * rules' claims alone (as in training), before any learned claim is added. The claims are named
 * "learned/" + the pattern that read them.
 */
public final class LearnedCues implements ClaimProposer {

    /** Chosen on PolNeAR dev (docs/extractor.md "Learned cues"): recall up, seed gold and precision kept. */
    public static final double THRESHOLD = 0.65;

    public static final String PREFIX = "learned/";

    private static volatile ClaimProposer shipped;

    private final CueModel model;
    private final double threshold;
    private final double objectThreshold;

    public LearnedCues(CueModel model, double threshold) {
        this(model, threshold, OBJECT_THRESHOLD);
    }

    /** objectThreshold: from this score on, a cue no rule reads may take an object as its content. */
    public LearnedCues(CueModel model, double threshold, double objectThreshold) {
        this.model = model;
        this.threshold = threshold;
        this.objectThreshold = objectThreshold;
    }

    /** The shipped model at {@link #THRESHOLD} (or at the JVM property ct.learn.threshold); the rules alone without a model. */
    public static ClaimProposer shipped() {
        ClaimProposer p = shipped;
        if (p == null) {
            CueModel m = CueModel.shipped();
            double t = Double.parseDouble(System.getProperty("ct.learn.threshold", Double.toString(THRESHOLD)));
            p = m == null || t > 1 ? ClaimProposer.NONE : new LearnedCues(m, t);
            shipped = p;
        }
        return p;
    }

    @Override
    public void propose(ArticleDoc doc, PatternRegistry rules) {
        List<ArticleDoc.Cue> accepted = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (CueFeatures.Candidate c : CueFeatures.candidates(doc)) {
            double p = model.score(CueFeatures.features(doc, c.sent(), c.tok()));
            if (p >= threshold) {
                accepted.add(cue(c.sent(), c.tok()));
                scores.add(p);
            }
        }
        for (int n = 0; n < accepted.size(); n++) {
            ArticleDoc.Cue cue = accepted.get(n);
            int before = doc.claims.size();
            rules.offer(doc, cue);
            if (doc.claims.size() == before) {
                complementClaim(doc, cue, scores.get(n) >= objectThreshold && !ruled(cue) ? COMPLEMENTS : CLAUSES);
            }
            for (int k = before; k < doc.claims.size(); k++) {
                ArticleDoc.Claim claim = doc.claims.get(k);
                claim.pattern = PREFIX + claim.pattern;
            }
        }
    }

    /**
     * Relations whose subtrees after the verb make the content when no rule pattern read one: clauses
     * only (objects of verbs no rule knows are mostly acts, "posted a picture", "ordered the arrest").
     */
    public static final Set<String> CLAUSES = Set.of("ccomp", "xcomp");

    /** {@link #CLAUSES} and the objects and obliques, read for a cue the model is surer of ({@link #OBJECT_THRESHOLD}). */
    public static final Set<String> COMPLEMENTS = Set.of("ccomp", "xcomp", "obj", "iobj", "obl");

    /** Chosen on PolNeAR dev and the seed gold: objects of unknown verbs only when the model is this sure. */
    public static final double OBJECT_THRESHOLD = 0.8;

    /** The name of the claims read by {@link #complementClaim}. */
    static final String COMPLEMENT = "complement";

    /**
     * A verb no rule knows ("the mayor grumbled about the budget"): the subject the rules find for any
     * cue verb is the source, the complements after the verb are the content.
     */
    static void complementClaim(ArticleDoc doc, ArticleDoc.Cue cue, Set<String> complements) {
        ArticleDoc.Sent s = cue.sent;
        int i = cue.tok;
        int src = Sources.findSource(s, i, 0);
        if (src < 0) {
            return;
        }
        int l = -1;
        int r = -1;
        for (int k : s.kids.get(i)) {
            String rel = s.rel[k].contains(":") ? s.rel[k].substring(0, s.rel[k].indexOf(':')) : s.rel[k];
            if (k > i && complements.contains(rel)) {
                int[] lr = s.subtree(k, null);
                l = l < 0 ? lr[0] : Math.min(l, lr[0]);
                r = Math.max(r, lr[1]);
            }
        }
        while (r > l && l >= 0 && Tokens.isPunct(s.word[r]) && !Tokens.isQuoteMark(s.word[r])) {
            r--;
        }
        int[] srcTok = Sources.sourceRange(s, src);
        if (l < 0 || srcTok[1] >= l && srcTok[0] <= r || s.te[r] <= cue.end) {
            return;
        }
        ArticleDoc.Claim c = Claims.cueClaim(s, cue, src, srcTok[0], srcTok[1]);
        if (Quotes.setContent(doc, c, Math.max(s.tb[l], cue.end + 1), s.te[r])) {
            c.pattern = COMPLEMENT;
            doc.claims.add(c);
        }
    }

    /**
     * A lemma of the rules' lexicon: the rules decided which of its shapes are claims ("order" is an
     * infinitive cue, "ordered troops to ...", never an object one), so no object is read for it.
     */
    static boolean ruled(ArticleDoc.Cue cue) {
        String lemma = cue.sent.lemma[cue.tok];
        return Lexicon.CLAUSE_CUES.contains(lemma) || Lexicon.objectCue(lemma) || Lexicon.xcompCue(lemma);
    }

    /** The cue of verb i with its auxiliaries and particles, as the cue finder spans it. */
    static ArticleDoc.Cue cue(ArticleDoc.Sent s, int i) {
        ArticleDoc.Cue cue = new ArticleDoc.Cue();
        cue.type = ArticleDoc.Cue.Type.VERB;
        cue.sent = s;
        cue.tok = i;
        int[] span = FindCuesStage.cueSpan(s, i);
        cue.start = s.tb[span[0]];
        cue.end = s.te[span[1]];
        return cue;
    }
}
