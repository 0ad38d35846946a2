package org.claimtrack.match;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * pg_trgm's similarity() in Java, so the matcher scores a pair without the database: words are the
 * runs of letters and digits, lower-cased, each padded with two blanks in front and one behind;
 * similarity = shared distinct trigrams / all distinct trigrams of the two.
 */
public final class Trigrams {

    private Trigrams() {
    }

    public static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        String s = text.toLowerCase(Locale.ROOT);
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                addWord(out, s.substring(start, i));
            }
        }
        return out;
    }

    private static void addWord(Set<String> out, String word) {
        int[] cps = ("  " + word + " ").codePoints().toArray();
        for (int k = 0; k + 3 <= cps.length; k++) {
            out.add(new String(cps, k, 3));
        }
    }

    public static double similarity(String a, String b) {
        return similarity(of(a), of(b));
    }

    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(t)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
