package org.claimtrack.extract.pipeline.patterns;

import java.util.Set;

import org.claimtrack.extract.pipeline.ArticleDoc;

/** Token tests and token-to-char ranges shared by the patterns. */
public final class Tokens {

    /** The tags of a noun chunk: what a surface-read speaker may be made of. */
    static final Set<String> CHUNK_POS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "DT", "JJ",
            "POS", "CD", "PRP$", "HYPH", "NNP$");

    private Tokens() {
    }

    public static boolean isPunct(String w) {
        if (w.isEmpty()) {
            return true;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isQuoteMark(String w) {
        return w.length() <= 2 && (w.contains("\"") || w.contains("“") || w.contains("”") || w.contains("‘")
                || w.contains("’") || w.contains("'") || w.equals("``") || w.equals("''"));
    }

    /** No quotation mark between tokens a and b (a question put in quotes is someone's words). */
    static boolean quoteFree(ArticleDoc.Sent s, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (isQuoteMark(s.word[k])) {
                return false;
            }
        }
        return true;
    }

    /** Tokens lr[0]..lr[1] as a char range, without the punctuation at either edge (quotation marks stay). */
    public static int[] tokRange(ArticleDoc.Sent s, int[] lr) {
        int l = lr[0];
        int r = lr[1];
        while (r > l && isPunct(s.word[r]) && !isQuoteMark(s.word[r])) {
            r--;
        }
        while (l < r && isPunct(s.word[l]) && !isQuoteMark(s.word[l])) {
            l++;
        }
        return new int[] {s.tb[l], s.te[r]};
    }

    static int[] trimSentence(ArticleDoc.Sent s) {
        return tokRange(s, new int[] {0, s.size() - 1});
    }

    static boolean hasCase(ArticleDoc.Sent s, int k, String word) {
        for (int c : s.kids.get(k)) {
            if (s.rel[c].equals("case") && s.word[c].equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token k lies under head h other than through a coordinated clause. */
    static boolean governs(ArticleDoc.Sent s, int h, int k) {
        int n = k;
        for (int guard = 0; n >= 0 && guard < 200; guard++) {
            if (n == h) {
                return true;
            }
            if (s.rel[n].equals("conj") && s.head[n] == h) {
                return false;
            }
            n = s.head[n];
        }
        return false;
    }

    /** A cue verb lemma of either list (clause or object cues). */
    static boolean clauseOrObjectCue(String lemma) {
        return org.claimtrack.extract.pipeline.Lexicon.CLAUSE_CUES.contains(lemma)
                || org.claimtrack.extract.pipeline.Lexicon.OBJECT_CUES.contains(lemma);
    }
}
