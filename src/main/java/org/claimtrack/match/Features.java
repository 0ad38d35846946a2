package org.claimtrack.match;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The signals of one pair, each symmetric in the two texts (so the decision is too). The order of
 * {@link #NAMES} is the order of the model's weights.
 */
public final class Features {

    public static final List<String> NAMES = List.of("semantic", "semantic2", "lexical", "tokens", "content",
            "bigrams", "length", "numbersDiffer", "numbersOneSide", "negationDiffers", "namesMissing", "datesDiffer");

    private Features() {
    }

    /** One side of a pair, prepared once: its details, trigrams and embedding (unit length, or null). */
    public record Side(String text, Details details, Set<String> trigrams, float[] embedding) {
        public static Side of(String text, float[] embedding) {
            return new Side(text, Details.of(text), Trigrams.of(text), embedding);
        }
    }

    public static double[] of(Side a, Side b) {
        Details x = a.details();
        Details y = b.details();
        double cos = a.embedding() == null || b.embedding() == null ? 0 : cosine(a.embedding(), b.embedding());
        int lx = x.tokens.size();
        int ly = y.tokens.size();
        boolean bothNumbers = !x.numbers.isEmpty() && !y.numbers.isEmpty();
        return new double[] {
            cos,
            cos * cos,
            Trigrams.similarity(a.trigrams(), b.trigrams()),
            dice(new HashSet<>(x.tokens), new HashSet<>(y.tokens)),
            dice(x.content, y.content),
            dice(x.bigrams, y.bigrams),
            lx == 0 || ly == 0 ? 0 : (double) Math.min(lx, ly) / Math.max(lx, ly),
            bothNumbers && disjoint(x.numbers, y.numbers) ? 1 : bothNumbers && !x.numbers.equals(y.numbers) ? 0.5 : 0,
            x.numbers.isEmpty() != y.numbers.isEmpty() ? 1 : 0,
            (x.negations > 0) != (y.negations > 0) ? 1 : 0,
            missing(x.names, y.names),
            !x.dates.isEmpty() && !y.dates.isEmpty() && disjoint(x.dates, y.dates) ? 1 : 0,
        };
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
