package org.claimtrack.match;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Locality-sensitive keys of a claim, so that its likely matches come from a few index probes
 * instead of a scan (docs/compare.md "Candidates at scale"): two claims sharing a key are
 * candidates, and the more keys they share the likelier they match.
 *
 * <ul>
 * <li>semantic: {@link #SEMANTIC_BANDS} bands of {@link #SEMANTIC_BITS} sign bits of the embedding
 * against fixed random hyperplanes (a band collides with probability (1 - angle/pi)^bits: about
 * 0.06 at cosine 0.9, 0.0001 at cosine 0.3: few neighbours but selective, so that claims on the
 * same topic do not flood the lookup);</li>
 * <li>lexical: {@link #LEXICAL_BANDS} bands of {@link #LEXICAL_ROWS} MinHashes of the trigram set
 * (pg_trgm's similarity is the Jaccard index of those sets, and a band collides with probability
 * similarity^rows);</li>
 * <li>entities: each pair of the claim's names and numbers (two claims naming the same two things).</li>
 * </ul>
 *
 * V17 stores the bands and, from them and the week of the claim's date (0: undated), the keys
 * (match_keys), so a date window is a list of weeks and the index reads only those weeks' posting
 * lists (match_query_keys).
 */
public final class MatchKeys {

    public static final int SEMANTIC_BANDS = 16;
    public static final int SEMANTIC_BITS = 18;
    public static final int LEXICAL_BANDS = 12;
    public static final int LEXICAL_ROWS = 3;
    public static final int MAX_ENTITIES = 5;

    private static final LocalDate WEEK_ZERO = LocalDate.of(1970, 1, 5);
    private static final float[][] PLANES = planes();
    private static final int[] SEEDS = seeds();

    private MatchKeys() {
    }

    private static float[][] planes() {
        // fixed seed: stored keys and query keys must come from the same hyperplanes
        Random r = new Random(16);
        float[][] p = new float[SEMANTIC_BANDS * SEMANTIC_BITS][Embedder.DIMENSIONS];
        for (float[] row : p) {
            for (int i = 0; i < row.length; i++) {
                row[i] = (float) r.nextGaussian();
            }
        }
        return p;
    }

    private static int[] seeds() {
        Random r = new Random(17);
        int[] s = new int[LEXICAL_BANDS * LEXICAL_ROWS];
        for (int i = 0; i < s.length; i++) {
            s[i] = r.nextInt();
        }
        return s;
    }

    /** The week-free band hashes of a claim (embedding null: no semantic bands). */
    public static int[] bands(String text, float[] embedding) {
        List<Integer> out = new ArrayList<>();
        if (embedding != null && embedding.length == Embedder.DIMENSIONS) {
            for (int b = 0; b < SEMANTIC_BANDS; b++) {
                int bits = 0;
                for (int k = 0; k < SEMANTIC_BITS; k++) {
                    float[] plane = PLANES[b * SEMANTIC_BITS + k];
                    double dot = 0;
                    for (int i = 0; i < plane.length; i++) {
                        dot += plane[i] * embedding[i];
                    }
                    bits = bits << 1 | (dot >= 0 ? 1 : 0);
                }
                out.add(mix(1, b, bits));
            }
        }
        Set<String> grams = Trigrams.of(text);
        if (!grams.isEmpty()) {
            int[] hashes = grams.stream().mapToInt(String::hashCode).toArray();
            for (int b = 0; b < LEXICAL_BANDS; b++) {
                int h = 0;
                for (int row = 0; row < LEXICAL_ROWS; row++) {
                    int seed = SEEDS[b * LEXICAL_ROWS + row];
                    int min = Integer.MAX_VALUE;
                    for (int g : hashes) {
                        min = Math.min(min, fmix(g ^ seed));
                    }
                    h = h * 31 + min;
                }
                out.add(mix(2, b, h));
            }
        }
        List<String> entities = entities(text);
        for (int i = 0; i < entities.size(); i++) {
            for (int j = i + 1; j < entities.size(); j++) {
                out.add(mix(3, entities.get(i).hashCode(), entities.get(j).hashCode()));
            }
        }
        return out.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    /** The claim's names and numbers, lower-cased and sorted (at most MAX_ENTITIES). */
    static List<String> entities(String text) {
        Details d = Details.of(text);
        TreeSet<String> out = new TreeSet<>();
        for (String n : d.names) {
            out.add(n.toLowerCase(Locale.ROOT));
        }
        for (Double n : d.numbers) {
            out.add("#" + n);
        }
        return out.stream().limit(MAX_ENTITIES).toList();
    }

    /** The week number of a date (0: undated); V17's match_key_week computes the same. */
    public static int week(LocalDate d) {
        return d == null ? 0 : (int) Math.floorDiv(ChronoUnit.DAYS.between(WEEK_ZERO, d), 7) + 1;
    }

    /** PostgreSQL int array literal of the bands. */
    public static String literal(int[] bands) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < bands.length; i++) {
            sb.append(i == 0 ? "" : ",").append(bands[i]);
        }
        return sb.append('}').toString();
    }

    private static int mix(int kind, int a, int b) {
        return fmix(fmix(kind * 0x9E3779B9 ^ a) * 31 ^ b);
    }

    /** MurmurHash3's finaliser: spreads the bits of an int. */
    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
