package org.claimtrack.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.ExtractionResult;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.Kind;

/**
 * Scores the extractor against a brat folder (extract-api.md, "Scoring"). For each of source, cue
 * and content: exact-span P/R/F1 (distinct spans per document, a discontinuous gold span only
 * matches the same set of pieces) and token-overlap P/R/F1 (each predicted span earns the best
 * fraction of its word tokens found in one gold span, each gold span the best fraction covered by
 * one predicted span). Attribution F1: one-to-one greedy matching, a predicted claim matches a
 * gold attribution when their contents have token Dice >= 0.5 and their sources share a token (or
 * both have none). UNATTRIBUTED claims are not predicted attributions (the corpora annotate only
 * attributions). Kind accuracy is over matched pairs whose gold carries a Kind attribute.
 */
public final class Scorer {

    /**
     * Content scored by the contract's convention: the reported clause without its complementizer
     * ("claimed that Iran was ..." has the content "Iran was ...", shared/spec/extract-api.md), where
     * PolNeAR's gold starts at "that". The predictions are the same; only the gold's first word moves.
     */
    public static final String CONTENT_CONTRACT = "content-contract";
    static final List<String> ROLES = List.of("source", "cue", "content", CONTENT_CONTRACT);

    public static final class Prf {
        public double tp;
        public double predDen;
        public double goldHit;
        public double goldDen;

        public double p() {
            return predDen == 0 ? 0 : tp / predDen;
        }

        public double r() {
            return goldDen == 0 ? 0 : goldHit / goldDen;
        }

        public double f() {
            double p = p();
            double r = r();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public static final class Report {
        public int documents;
        public int goldAttributions;
        public int predictedAttributions;
        public final Map<String, Prf> exact = new LinkedHashMap<>();
        public final Map<String, Prf> overlap = new LinkedHashMap<>();
        public final Prf attribution = new Prf();
        public int kindTotal;
        public int kindCorrect;
        public final Map<String, Integer> kindConfusion = new LinkedHashMap<>();

        public double kindAccuracy() {
            return kindTotal == 0 ? Double.NaN : (double) kindCorrect / kindTotal;
        }

        public Report() {
            for (String r : ROLES) {
                exact.put(r, new Prf());
                overlap.put(r, new Prf());
            }
        }

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "documents %d, gold attributions %d, predicted attributions %d%n",
                    documents, goldAttributions, predictedAttributions));
            sb.append(String.format(Locale.ROOT, "| %-16s | %-7s | %6s | %6s | %6s |%n", "span", "match", "P", "R", "F1"));
            sb.append("|------------------|---------|--------|--------|--------|\n");
            for (String r : exact.keySet()) {
                Prf e = exact.get(r);
                Prf o = overlap.get(r);
                sb.append(String.format(Locale.ROOT, "| %-16s | %-7s | %6.3f | %6.3f | %6.3f |%n", r, "exact", e.p(), e.r(), e.f()));
                sb.append(String.format(Locale.ROOT, "| %-16s | %-7s | %6.3f | %6.3f | %6.3f |%n", r, "overlap", o.p(), o.r(), o.f()));
            }
            sb.append(String.format(Locale.ROOT, "| %-16s | %-7s | %6.3f | %6.3f | %6.3f |%n", "attrib", "dice.5",
                    attribution.p(), attribution.r(), attribution.f()));
            if (kindTotal > 0) {
                sb.append(String.format(Locale.ROOT, "kind accuracy on matched: %.3f (%d/%d)%n", kindAccuracy(), kindCorrect, kindTotal));
                if (!kindConfusion.isEmpty()) {
                    sb.append("kind errors (gold->predicted): ").append(kindConfusion).append('\n');
                }
            }
            return sb.toString();
        }

        public String json() {
            StringBuilder sb = new StringBuilder("{");
            sb.append("\"documents\":").append(documents);
            sb.append(",\"goldAttributions\":").append(goldAttributions);
            sb.append(",\"predictedAttributions\":").append(predictedAttributions);
            for (String which : List.of("exact", "overlap")) {
                sb.append(",\"").append(which).append("\":{");
                Map<String, Prf> m = which.equals("exact") ? exact : overlap;
                int i = 0;
                for (Map.Entry<String, Prf> e : m.entrySet()) {
                    sb.append(i++ > 0 ? "," : "").append('"').append(e.getKey()).append("\":").append(prf(e.getValue()));
                }
                sb.append('}');
            }
            sb.append(",\"attribution\":").append(prf(attribution));
            sb.append(",\"kindAccuracy\":").append(kindTotal == 0 ? "null" : fmt(kindAccuracy()));
            sb.append('}');
            return sb.toString();
        }

        private static String prf(Prf p) {
            return "{\"p\":" + fmt(p.p()) + ",\"r\":" + fmt(p.r()) + ",\"f1\":" + fmt(p.f()) + "}";
        }

        private static String fmt(double d) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
    }

    private final Function<String, ExtractionResult> extractor;

    public Scorer(Function<String, ExtractionResult> extractor) {
        this.extractor = extractor;
    }

    public Scorer() {
        this(t -> Extractor.shared().extract(t));
    }

    public Report score(Path dir) throws IOException {
        return score(BratDoc.readDir(dir));
    }

    public Report score(List<BratDoc> docs) {
        Report rep = new Report();
        for (BratDoc d : docs) {
            scoreDoc(rep, d, extractor.apply(d.text()));
        }
        return rep;
    }

    /** Adds one document's counts to the report. */
    public static void scoreDoc(Report rep, BratDoc d, ExtractionResult res) {
        rep.documents++;
        int[] tokOf = tokenIndex(d.text());
        List<BratDoc.Attribution> gold = d.attributions();
        List<ExtractedClaim> pred = predicted(res);
        rep.goldAttributions += gold.size();
        rep.predictedAttributions += pred.size();
        for (String role : ROLES) {
            scoreRole(rep, role, d.text(), gold, pred, tokOf);
        }
        int[] match = matchAttributions(gold, pred, tokOf);
        int tp = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (match[g] < 0) {
                continue;
            }
            tp++;
            String goldKind = gold.get(g).kind();
            if (goldKind != null) {
                rep.kindTotal++;
                String pk = pred.get(match[g]).kind().name();
                if (pk.equals(goldKind)) {
                    rep.kindCorrect++;
                } else {
                    rep.kindConfusion.merge(goldKind + "->" + pk, 1, Integer::sum);
                }
            }
        }
        rep.attribution.tp += tp;
        rep.attribution.goldHit += tp;
        rep.attribution.predDen += pred.size();
        rep.attribution.goldDen += gold.size();
    }

    /** Exact and overlap counts of one span role (source, cue or content). */
    private static void scoreRole(Report rep, String role, String text, List<BratDoc.Attribution> gold, List<ExtractedClaim> pred,
            int[] tokOf) {
        Set<String> gk = new LinkedHashSet<>();
        List<BitSet> gt = new ArrayList<>();
        for (BratDoc.Attribution a : gold) {
            List<int[]> sp = role.equals("source") ? a.source() : role.equals("cue") ? a.cue()
                    : role.equals(CONTENT_CONTRACT) ? contractContent(text, a.content()) : a.content();
            if (sp != null && !sp.isEmpty() && gk.add(key(sp))) {
                gt.add(tokens(sp, tokOf));
            }
        }
        Set<String> pk = new LinkedHashSet<>();
        List<BitSet> pt = new ArrayList<>();
        for (ExtractedClaim c : pred) {
            int[] sp = role.equals("source") ? (c.source() == null ? null : new int[] {c.source().start(), c.source().end()})
                    : role.equals("cue") ? (c.cue() == null ? null : new int[] {c.cue().start(), c.cue().end()})
                    : new int[] {c.start(), c.end()};
            if (sp != null && pk.add(key(List.of(sp)))) {
                pt.add(tokens(List.of(sp), tokOf));
            }
        }
        Prf e = rep.exact.get(role);
        for (String k : pk) {
            if (gk.contains(k)) {
                e.tp++;
            }
        }
        for (String k : gk) {
            if (pk.contains(k)) {
                e.goldHit++;
            }
        }
        e.predDen += pk.size();
        e.goldDen += gk.size();
        Prf o = rep.overlap.get(role);
        for (BitSet p : pt) {
            double best = 0;
            for (BitSet g : gt) {
                best = Math.max(best, frac(p, g));
            }
            o.tp += best;
        }
        for (BitSet g : gt) {
            double best = 0;
            for (BitSet p : pt) {
                best = Math.max(best, frac(g, p));
            }
            o.goldHit += best;
        }
        o.predDen += pt.size();
        o.goldDen += gt.size();
    }

    /**
     * Attribution matching: one-to-one and greedy in gold order, a predicted claim matches a gold
     * attribution when their contents have token Dice >= 0.5 and their sources share a token (or
     * both have none); the best Dice wins. For each gold attribution, the index of its predicted
     * claim or -1.
     */
    public static int[] matchAttributions(List<BratDoc.Attribution> gold, List<ExtractedClaim> pred, int[] tokOf) {
        boolean[] used = new boolean[pred.size()];
        List<BitSet> pc = new ArrayList<>();
        List<BitSet> ps = new ArrayList<>();
        for (ExtractedClaim c : pred) {
            pc.add(tokens(List.of(new int[] {c.start(), c.end()}), tokOf));
            ps.add(c.source() == null ? null : tokens(List.of(new int[] {c.source().start(), c.source().end()}), tokOf));
        }
        int[] match = new int[gold.size()];
        for (int gi = 0; gi < gold.size(); gi++) {
            BratDoc.Attribution g = gold.get(gi);
            BitSet gc = tokens(g.content(), tokOf);
            BitSet gs = g.source() == null ? null : tokens(g.source(), tokOf);
            int best = -1;
            double bestDice = 0;
            for (int i = 0; i < pred.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double dice = dice(gc, pc.get(i));
                if (dice < 0.5 || dice <= bestDice) {
                    continue;
                }
                BitSet s = ps.get(i);
                boolean srcOk = (gs == null || gs.isEmpty()) ? (s == null || s.isEmpty()) : (s != null && s.intersects(gs));
                if (srcOk) {
                    best = i;
                    bestDice = dice;
                }
            }
            if (best >= 0) {
                used[best] = true;
            }
            match[gi] = best;
        }
        return match;
    }

    /** The gold content without a leading complementizer "that" (the piece that starts first), as the contract spans it. */
    static List<int[]> contractContent(String text, List<int[]> sp) {
        if (sp == null || sp.isEmpty()) {
            return sp;
        }
        List<int[]> out = new ArrayList<>();
        int first = 0;
        for (int i = 1; i < sp.size(); i++) {
            if (sp.get(i)[0] < sp.get(first)[0]) {
                first = i;
            }
        }
        for (int i = 0; i < sp.size(); i++) {
            int[] piece = sp.get(i);
            if (i == first) {
                int from = text.offsetByCodePoints(0, piece[0]);
                int to = text.offsetByCodePoints(from, piece[1] - piece[0]);
                String w = text.substring(from, to);
                if (w.length() > 5 && w.startsWith("that") && Character.isWhitespace(w.charAt(4))) {
                    int skip = 4;
                    while (skip < w.length() && Character.isWhitespace(w.charAt(skip))) {
                        skip++;
                    }
                    piece = new int[] {piece[0] + w.codePointCount(0, skip), piece[1]};
                }
            }
            out.add(piece);
        }
        return out;
    }

    /** The claims scored as predicted attributions: all but UNATTRIBUTED ones. */
    public static List<ExtractedClaim> predicted(ExtractionResult res) {
        List<ExtractedClaim> pred = new ArrayList<>();
        for (ExtractedClaim c : res.claims()) {
            if (c.kind() != Kind.UNATTRIBUTED) {
                pred.add(c);
            }
        }
        return pred;
    }

    private static String key(List<int[]> sp) {
        StringBuilder sb = new StringBuilder();
        for (int[] s : sp) {
            sb.append(s[0]).append('-').append(s[1]).append(';');
        }
        return sb.toString();
    }

    /** For each code point, the index of the word token it belongs to, or -1 (spaces, punctuation). */
    public static int[] tokenIndex(String text) {
        int[] cps = text.codePoints().toArray();
        int[] out = new int[cps.length];
        int tok = -1;
        boolean in = false;
        for (int i = 0; i < cps.length; i++) {
            if (Character.isLetterOrDigit(cps[i])) {
                if (!in) {
                    tok++;
                    in = true;
                }
                out[i] = tok;
            } else {
                in = false;
                out[i] = -1;
            }
        }
        return out;
    }

    static BitSet tokens(List<int[]> spans, int[] tokOf) {
        BitSet b = new BitSet();
        for (int[] s : spans) {
            for (int i = Math.max(0, s[0]); i < Math.min(s[1], tokOf.length); i++) {
                if (tokOf[i] >= 0) {
                    b.set(tokOf[i]);
                }
            }
        }
        return b;
    }

    /** Share of a's tokens that are in b. */
    static double frac(BitSet a, BitSet b) {
        if (a.isEmpty()) {
            return 0;
        }
        BitSet x = (BitSet) a.clone();
        x.and(b);
        return (double) x.cardinality() / a.cardinality();
    }

    static double dice(BitSet a, BitSet b) {
        int n = a.cardinality() + b.cardinality();
        if (n == 0) {
            return 0;
        }
        BitSet x = (BitSet) a.clone();
        x.and(b);
        return 2.0 * x.cardinality() / n;
    }
}
