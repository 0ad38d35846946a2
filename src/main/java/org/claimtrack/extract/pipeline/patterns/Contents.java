package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isPunct;
import static org.claimtrack.extract.pipeline.patterns.Tokens.isQuoteMark;
import static org.claimtrack.extract.pipeline.patterns.Tokens.tokRange;

import java.util.Set;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.Lexicon;

/** What is claimed: the clause, object or stretch after a cue that the parse or the surface gives. */
public final class Contents {

    private Contents() {
    }

    /**
     * "polls show the senator trailing the governor", "a video shows her clutching her phone": a
     * participle clause the parser hung on the cue as dep. Returns its head or -1.
     */
    public static int smallClause(ArticleDoc.Sent s, int i) {
        for (int k : s.children(i, "dep")) {
            if (k > i + 1 && (s.pos[k].equals("VBG") || s.pos[k].equals("VBN")) && s.child(k, "nsubj") > i) {
                return k;
            }
        }
        return -1;
    }

    /** "a finish that he said defied expectations", "hackers who officials say are tied to ...": the relative word is what was said about. */
    public static boolean relativeCue(ArticleDoc.Sent s, int i) {
        if (!s.rel[i].equals("acl:relcl") || !Lexicon.CLAUSE_CUES.contains(s.lemma[i]) || s.child(i, "nsubj") < 0 || i + 1 >= s.size()
                || isPunct(s.word[i + 1])) {
            return false;
        }
        int o = s.child(i, "obj");
        return o >= 0 && o < s.child(i, "nsubj") && Set.of("who", "that", "which", "whom").contains(s.word[o].toLowerCase());
    }

    /** A participial cue after a comma (", saying ...", ", calling him ..."): a claim of its own, not part of the previous content. */
    static boolean participleCue(ArticleDoc.Sent s, int k) {
        int first = s.subtree(k, null)[0];
        while (first < s.size() - 1 && isPunct(s.word[first])) {
            first++;
        }
        return s.pos[first].equals("VBG") && (Lexicon.CLAUSE_CUES.contains(s.lemma[first]) || Lexicon.OBJECT_CUES.contains(s.lemma[first]));
    }

    /**
     * "As for Trump, he said he's not worried." parsed with the clause hung as xcomp/dep/obl: a saying
     * verb with its subject before it and no complement the parser recognised; what follows it is the claim.
     */
    public static int looseComplement(ArticleDoc.Sent s, int i) {
        if (!CueWords.SAY_LIKE.contains(s.lemma[i]) || !s.pos[i].startsWith("VB") || s.child(i, "ccomp") >= 0
                || s.child(i, "obj") >= 0 || i + 2 >= s.size()) {
            return -1;
        }
        int subj = s.child(i, "nsubj");
        int mark = s.child(i, "mark");
        if (subj < 0 || subj > i || mark >= 0 && !(CueWords.CIRCUMSTANCE_MARKS.contains(s.word[mark].toLowerCase()))) {
            return -1;
        }
        for (int t = i + 1; t < s.size() && mark < 0; t++) {
            if (CueWords.SAY_LIKE.contains(s.lemma[t]) && s.pos[t].startsWith("VB")) {
                return -1; // "..., John said none were added": the later speaker's words
            }
        }
        int start = -1;
        // "said in an ABC interview that ...", "say by 55%-41% that ...", "said — on Twitter — that ..."
        for (int t = i + 1; t < s.size() && t - i <= 12; t++) {
            if (s.word[t].equalsIgnoreCase("that") && t > i + 1) {
                start = t + 1;
                break;
            }
            String p = s.pos[t];
            if (!(p.equals("IN") || p.equals("DT") || p.startsWith("NN") || p.startsWith("JJ") || p.equals("CD") || p.startsWith("RB")
                    || p.equals("POS") || p.equals("PRP$") || p.equals("VBN") || s.word[t].equals(",") || s.word[t].equals("—")
                    || s.word[t].equals("--")) || isQuoteMark(s.word[t])) {
                break;
            }
        }
        if (start < 0) {
            String n = s.word[i + 1];
            String p = s.pos[i + 1];
            if (n.equalsIgnoreCase("that")) {
                start = i + 2;
            } else if (p.equals("PRP") || p.equals("PRP$") || p.startsWith("NNP") || p.equals("DT") || p.startsWith("NN") || p.equals("EX")
                    || p.equals("CD")) {
                start = i + 1;
            } else {
                return -1;
            }
        }
        for (int t = start + 1; t < s.size(); t++) {
            if (s.pos[t].startsWith("VB") || s.pos[t].equals("MD") || Set.of("'s", "’s", "'re", "’re", "'m", "’m").contains(s.word[t])) {
                return start;
            }
            if (isPunct(s.word[t]) && !isQuoteMark(s.word[t])) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a clause follows token e, the end of a cue's object: a finite verb or modal next, past
     * quotation marks and adverbs ("Cruz | will leave", "the U.S. “clearly” | needed"; returns e), or
     * "that" after a short adjunct ("reporters outside a polling place that | ..."; returns the token
     * after "that"). -1 when none.
     */
    static int clauseAfter(ArticleDoc.Sent s, int e) {
        if (e + 2 >= s.size()) {
            return -1;
        }
        int n = e + 1;
        while (n + 1 < s.size() && n - e <= 3 && (isQuoteMark(s.word[n]) || s.pos[n].equals("RB"))) {
            n++; // "said the tone of the debate “was because ...", "said the U.S. “clearly” needed ..."
        }
        String p = s.pos[n];
        if (p.equals("MD") || p.equals("VBD") || p.equals("VBZ") || p.equals("VBP")) {
            return e;
        }
        for (int t = e + 1; t < s.size() && t - e <= 8; t++) {
            if (s.word[t].equalsIgnoreCase("that") && t + 1 < s.size()) {
                return t + 1;
            }
            if (t > e + 1 && s.pos[t].equals("PRP") && t + 1 < s.size()
                    && Set.of("MD", "VBD", "VBZ", "VBP").contains(s.pos[t + 1])) {
                return t; // "telling reporters on Thursday he viewed ...": a subject pronoun after a short adjunct
            }
            if (!(s.pos[t].equals("IN") || s.pos[t].equals("DT") || s.pos[t].startsWith("NN") || s.pos[t].startsWith("JJ")
                    || s.pos[t].equals("CD") || s.pos[t].equals("PRP$"))) {
                break;
            }
        }
        return -1;
    }

    /** A finite adverbial clause starting right after the cue ("said if elected he would ..."), or -1. */
    static int finiteAdvclAfter(ArticleDoc.Sent s, int i) {
        for (int k : s.kids.get(i)) {
            if (k <= i || !s.rel[k].equals("advcl") || s.subtree(k, null)[0] > i + 1 || s.child(k, "nsubj") < 0) {
                continue;
            }
            int m = s.child(k, "mark");
            if (m >= 0 && CueWords.CIRCUMSTANCE_MARKS.contains(s.word[m].toLowerCase())) {
                continue;
            }
            return k;
        }
        return -1;
    }

    /**
     * PolNeAR contents after a cue run to the end of the clause: keep going past the complement's
     * subtree over tokens the parser hung elsewhere, stopping at the cue's own later dependents
     * ("... and promised to ...").
     */
    static int extendToClauseEnd(ArticleDoc.Sent s, int cue, int comp, int r) {
        int end = r;
        for (int t = r + 1; t < s.size(); t++) {
            if (s.inSubtree(t, cue) && !s.inSubtree(t, comp)) {
                if (isPunct(s.word[t]) && !isQuoteMark(s.word[t])) {
                    continue;
                }
                break;
            }
            if (!s.inSubtree(t, cue) && s.pos[t].startsWith("VB") && (Lexicon.CLAUSE_CUES.contains(s.lemma[t]))) {
                break;
            }
            end = t;
        }
        return end;
    }

    /**
     * "told the crowd", "says Obama", "calls what": one or two words that name the hearer or stand for
     * a clause elsewhere carry no claim (on PolNeAR train two in three such short contents were wrong).
     */
    static boolean emptyContent(ArticleDoc doc, String lemma, int start, int end) {
        String[] words = doc.raw.substring(start, end).trim().split("\\s+");
        if (words.length > 2) {
            return false;
        }
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        return CueWords.HEARER_VERBS.contains(lemma) || CueWords.EMPTY_WORDS.contains(first);
    }

    /** What follows an object cue to the end of the sentence, unless a preposition or punctuation comes first. */
    static int[] objectContent(ArticleDoc.Sent s, int i) {
        int end = s.size() - 1;
        if (end - i < 2 || isPunct(s.word[i + 1]) || s.pos[i + 1].equals("IN")) {
            return null;
        }
        return tokRange(s, new int[] {i + 1, end});
    }

    /**
     * What a verb the cue finder missed says ({@link ClauseCueFallbackPattern}): a quotation right
     * after it, the clause after a "that" past an adjunct, or the rest of the sentence when it holds a
     * finite verb. Chars, or null.
     */
    static int[] fallbackContent(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        int end = s.size() - 1;
        int k = i + 1;
        int[] q = doc.quoteAt(s.tb[Math.min(k + (s.word[k].equals(",") ? 1 : 0), end)]);
        if (q != null) {
            return q;
        }
        // skip an adjunct ("on CNN, where he is now a paid contributor,", "— on Twitter, as it happens —") up to "that"
        for (int t = k; t < Math.min(end, k + 25); t++) {
            if (s.word[t].equalsIgnoreCase("that") && t + 2 < end) {
                return tokRange(s, new int[] {t + 1, end});
            }
            if (s.word[t].equals(".") || s.word[t].equals(";")) {
                break;
            }
        }
        boolean finite = false;
        for (int t = k; t <= end; t++) {
            finite |= s.pos[t].equals("VBD") || s.pos[t].equals("VBZ") || s.pos[t].equals("VBP") || s.pos[t].equals("MD");
        }
        if (!finite || end - k < 2 || s.word[k].equals(",") || s.pos[k].equals("IN") && !s.word[k].equalsIgnoreCase("if")) {
            return null;
        }
        return tokRange(s, new int[] {k, end});
    }
}
