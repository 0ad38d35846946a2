package org.claimtrack.extract.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.ExtractionResult;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.Kind;

/**
 * Per-kind precision, recall and F1 on a brat folder whose gold carries Kind attributes
 * (score --by-kind). Two views, both over {@link Scorer#matchAttributions}' pairs:
 * <ul>
 * <li>matched: only the attributions found, so it measures the kind decision alone ("kind right
 * where a source is found" is its accuracy);</li>
 * <li>end to end: a gold attribution not found counts against its kind's recall, a predicted claim
 * matching no gold against its kind's precision.</li>
 * </ul>
 * "Source found" is the share of gold attributions matched. Macro F1 averages the kinds in the gold.
 */
public final class KindScores {

    /** Counts of one kind in one view. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int fn;

        public double p() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double r() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f() {
            double p = p();
            double r = r();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public final Map<Kind, Counts> matched = new EnumMap<>(Kind.class);
    public final Map<Kind, Counts> endToEnd = new EnumMap<>(Kind.class);
    public final Map<Kind, Integer> goldCount = new EnumMap<>(Kind.class);
    public final Map<String, Integer> confusion = new java.util.TreeMap<>();
    public int documents;
    public int gold;
    public int found;
    public int kindRight;

    public static KindScores score(Path dir) throws IOException {
        KindScores out = new KindScores();
        for (BratDoc d : BratDoc.readDir(dir)) {
            out.add(d, Extractor.shared().extract(d.text()));
        }
        return out;
    }

    /** Adds one document: res is what the extractor made of d's text. */
    public void add(BratDoc d, ExtractionResult res) {
        documents++;
        List<BratDoc.Attribution> g = d.attributions();
        List<ExtractedClaim> pred = Scorer.predicted(res);
        int[] match = Scorer.matchAttributions(g, pred, Scorer.tokenIndex(d.text()));
        boolean[] used = new boolean[pred.size()];
        for (int i = 0; i < g.size(); i++) {
            if (g.get(i).kind() == null) {
                continue;
            }
            Kind gk = Kind.valueOf(g.get(i).kind());
            gold++;
            goldCount.merge(gk, 1, Integer::sum);
            if (match[i] < 0) {
                c(endToEnd, gk).fn++;
                continue;
            }
            used[match[i]] = true;
            found++;
            Kind pk = pred.get(match[i]).kind();
            if (pk == gk) {
                kindRight++;
                c(matched, gk).tp++;
                c(endToEnd, gk).tp++;
            } else {
                confusion.merge(gk + "->" + pk, 1, Integer::sum);
                for (Map<Kind, Counts> m : List.of(matched, endToEnd)) {
                    c(m, gk).fn++;
                    c(m, pk).fp++;
                }
            }
        }
        for (int k = 0; k < pred.size(); k++) {
            if (!used[k]) {
                c(endToEnd, pred.get(k).kind()).fp++;
            }
        }
    }

    private static Counts c(Map<Kind, Counts> m, Kind k) {
        return m.computeIfAbsent(k, x -> new Counts());
    }

    /** Macro F1 over the kinds that occur in the gold. */
    public double macroF1(Map<Kind, Counts> view) {
        double sum = 0;
        for (Kind k : goldCount.keySet()) {
            sum += view.containsKey(k) ? view.get(k).f() : 0;
        }
        return goldCount.isEmpty() ? 0 : sum / goldCount.size();
    }

    public double f1(Map<Kind, Counts> view, Kind k) {
        return view.containsKey(k) ? view.get(k).f() : 0;
    }

    /** Kind right where a source is found: accuracy over the matched attributions. */
    public double kindAccuracy() {
        return found == 0 ? 0 : (double) kindRight / found;
    }

    /** The statement's source found: share of the gold attributions matched. */
    public double sourceFound() {
        return gold == 0 ? 0 : (double) found / gold;
    }

    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "documents %d, gold attributions %d, found %d (%.3f), kind right where found %d (%.3f)%n",
                documents, gold, found, sourceFound(), kindRight, kindAccuracy()));
        sb.append("| kind | gold | matched P | matched R | matched F1 | end-to-end P | end-to-end R | end-to-end F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Kind k : Kind.values()) {
            if (!goldCount.containsKey(k) && !matched.containsKey(k) && !endToEnd.containsKey(k)) {
                continue;
            }
            Counts m = matched.getOrDefault(k, new Counts());
            Counts e = endToEnd.getOrDefault(k, new Counts());
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", k,
                    goldCount.getOrDefault(k, 0), m.p(), m.r(), m.f(), e.p(), e.r(), e.f()));
        }
        sb.append(String.format(Locale.ROOT, "| macro | | | | %.3f | | | %.3f |%n", macroF1(matched), macroF1(endToEnd)));
        if (!confusion.isEmpty()) {
            sb.append("kind errors (gold->predicted): ").append(confusion).append('\n');
        }
        return sb.toString();
    }
}
