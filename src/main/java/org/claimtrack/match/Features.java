package org.claimtrack.match;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The signals of one pair, each symmetric in the two texts (so the decision is too). The order of
 * {@link #NAMES} is the order of the model's weights.
 */
public final class Features {

    public static final List<String> NAMES = List.of("semantic", "semantic2", "lexical", "tokens", "content",
            "bigrams", "length", "numbersDiffer", "numbersOneSide", "negationDiffers", "namesMissing", "datesDiffer",
            "rareWords", "coveredMin", "coveredMax", "unalignedRarityMax", "unalignedRarityMin", "unalignedMax",
            "unalignedMin", "lcsMax", "lcsMin", "containedMin", "containedMax", "lengthGap", "semanticXrare",
            "semanticXlexical", "semanticXcovered");

    public static final int SEMANTIC = NAMES.indexOf("semantic");
    public static final int LEXICAL = NAMES.indexOf("lexical");
    public static final int CONTENT = NAMES.indexOf("content");
    public static final int NUMBERS_DIFFER = NAMES.indexOf("numbersDiffer");
    public static final int NEGATION_DIFFERS = NAMES.indexOf("negationDiffers");
    public static final int NAMES_MISSING = NAMES.indexOf("namesMissing");
    public static final int DATES_DIFFER = NAMES.indexOf("datesDiffer");

    private Features() {
    }

    /**
     * One side of a pair, prepared once: its details, trigrams, embedding (unit length, or null) and
     * its content words with their rarity.
     */
    public record Side(String text, Details details, Set<String> trigrams, float[] embedding, Map<String, Double> rarity) {
        public static Side of(String text, float[] embedding) {
            return of(text, embedding, Idf.shared());
        }

        static Side of(String text, float[] embedding, Idf idf) {
            Details d = Details.of(text);
            Map<String, Double> rarity = new HashMap<>();
            for (String w : d.content) {
                rarity.put(w, idf.of(w));
            }
            return new Side(text, d, Trigrams.of(text), embedding, rarity);
        }
    }

    public static double[] of(Side a, Side b) {
        Details x = a.details();
        Details y = b.details();
        double cos = a.embedding() == null || b.embedding() == null ? 0 : cosine(a.embedding(), b.embedding());
        int lx = x.tokens.size();
        int ly = y.tokens.size();
        boolean bothNumbers = !x.numbers.isEmpty() && !y.numbers.isEmpty();
        double lexical = Trigrams.similarity(a.trigrams(), b.trigrams());
        double rare = Alignment.idfDice(a.rarity(), b.rarity());
        double[] ca = Alignment.covered(a.rarity(), b.rarity());
        double[] cb = Alignment.covered(b.rarity(), a.rarity());
        int lcs = Alignment.lcs(x.tokens, y.tokens);
        double shared = sharedTokens(x.tokens, y.tokens);
        int lmin = Math.max(1, Math.min(lx, ly));
        int lmax = Math.max(1, Math.max(lx, ly));
        double coveredMin = Math.min(ca[0], cb[0]);

        return new double[] {
            cos,
            cos * cos,
            lexical,
            dice(new HashSet<>(x.tokens), new HashSet<>(y.tokens)),
            dice(x.content, y.content),
            dice(x.bigrams, y.bigrams),
            lx == 0 || ly == 0 ? 0 : (double) Math.min(lx, ly) / Math.max(lx, ly),
            bothNumbers && disjoint(x.numbers, y.numbers) ? 1 : bothNumbers && !x.numbers.equals(y.numbers) ? 0.5 : 0,
            x.numbers.isEmpty() != y.numbers.isEmpty() ? 1 : 0,
            (x.negations > 0) != (y.negations > 0) ? 1 : 0,
            missing(x.names, y.names),
            !x.dates.isEmpty() && !y.dates.isEmpty() && disjoint(x.dates, y.dates) ? 1 : 0,
            rare,
            coveredMin,
            Math.max(ca[0], cb[0]),
            Math.max(ca[1], cb[1]) / 10,
            Math.min(ca[1], cb[1]) / 10,
            Math.log1p(Math.max(ca[2], cb[2])),
            Math.log1p(Math.min(ca[2], cb[2])),
            (double) lcs / lmax,
            (double) lcs / lmin,
            shared / lmax,
            shared / lmin,
            Math.log1p(Math.abs(lx - ly)),
            cos * rare,
            cos * lexical,
            cos * coveredMin,
        };
    }

    /** tokens of the shorter side also on the other (as a multiset) */
    static double sharedTokens(List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        for (String t : b) {
            left.merge(t, 1, Integer::sum);
        }
        int n = 0;
        for (String t : a) {
            Integer c = left.get(t);
            if (c != null && c > 0) {
                left.put(t, c - 1);
                n++;
            }
        }
        return n;
    }

    public static double cosine(float[] u, float[] v) {
        double dot = 0;
        double nu = 0;
        double nv = 0;
        for (int i = 0; i < u.length; i++) {
            dot += u[i] * v[i];
            nu += u[i] * u[i];
            nv += v[i] * v[i];
        }
        return nu == 0 || nv == 0 ? 0 : dot / Math.sqrt(nu * nv);
    }

    static <T> double dice(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (T t : a) {
            if (b.contains(t)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    /** share of the names of either side that the other side does not mention */
    static <T> double missing(Set<T> a, Set<T> b) {
        Set<T> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (T s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return 1.0 - (double) shared / union.size();
    }

    private static <T> boolean disjoint(Set<T> a, Set<T> b) {
        for (T t : a) {
            if (b.contains(t)) {
                return false;
            }
        }
        return true;
    }
}
