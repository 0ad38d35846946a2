package org.claimtrack.match;

import java.util.List;
import java.util.Map;

/**
 * Word alignment between the two texts: each content word's best match on the other side (the same
 * stem, or a close spelling: "attacker" / "attack"), weighed by how rare the word is ({@link Idf}),
 * and the longest common subsequence of the tokens. What one side says that the other does not is
 * what MSRP's "not the same" pairs mostly differ by.
 */
final class Alignment {

    /** a word counts as aligned from this match on */
    static final double ALIGNED = 0.5;

    private Alignment() {
    }

    /** weighted Dice of the content words: shared rarity over all rarity */
    static double idfDice(Map<String, Double> a, Map<String, Double> b) {
        double shared = 0;
        double all = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            all += e.getValue();
            if (b.containsKey(e.getKey())) {
                shared += 2 * e.getValue();
            }
        }
        for (double w : b.values()) {
            all += w;
        }
        return all == 0 ? 1 : shared / all;
    }

    /** {weighted share of a's words aligned in b, rarity of a's unaligned words, how many} */
    static double[] covered(Map<String, Double> a, Map<String, Double> b) {
        double got = 0;
        double all = 0;
        double unalignedWeight = 0;
        int unaligned = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double best = best(e.getKey(), b);
            all += e.getValue();
            got += e.getValue() * best;
            if (best < ALIGNED) {
                unaligned++;
                unalignedWeight += e.getValue();
            }
        }
        return new double[] {all == 0 ? 1 : got / all, unalignedWeight, unaligned};
    }

    static double best(String w, Map<String, Double> other) {
        if (other.containsKey(w)) {
            return 1;
        }
        double best = 0;
        for (String v : other.keySet()) {
            best = Math.max(best, similar(w, v));
        }
        return best;
    }

    /** 1 for the same word; a prefix of four letters or more ("attack"/"attacker"); else letter-bigram Dice if high */
    static double similar(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int min = Math.min(a.length(), b.length());
        if (min >= 4 && (a.startsWith(b) || b.startsWith(a))) {
            return 0.8;
        }
        if (min < 4) {
            return 0;
        }
        int shared = 0;
        for (int i = 0; i + 1 < a.length(); i++) {
            char c0 = a.charAt(i);
            char c1 = a.charAt(i + 1);
            for (int j = 0; j + 1 < b.length(); j++) {
                if (b.charAt(j) == c0 && b.charAt(j + 1) == c1) {
                    shared++;
                    break;
                }
            }
        }
        double dice = 2.0 * shared / (a.length() - 1 + b.length() - 1);
        return dice >= 0.7 ? dice * 0.8 : 0;
    }

    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
