package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isPunct;
import static org.claimtrack.extract.pipeline.patterns.Tokens.isQuoteMark;

import java.util.Set;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.Lexicon;

/**
 * Stances and questions nobody in the sentence holds or puts: "Trump is expected to ...", "it
 * appears that ...", agentless passives ("it was said that ..."), "Asked if ..., he said". Each
 * returns the {first, last} content token or null.
 */
public final class Stances {

    private Stances() {
    }

    /**
     * "Asked if her email practices were illegal, 46 percent of voters said ...", "Cruz, when asked what
     * is wrong, responded ...", "Davis, who was asked about the strategy, said": the question put to
     * a speaker the sentence names; who asked it, it does not say. Returns {first, last} content token or null.
     */
    public static int[] askedQuestion(ArticleDoc.Sent s, int i) {
        if (!s.lemma[i].equals("ask") || !s.pos[i].equals("VBN") || i + 2 >= s.size() || isPunct(s.word[i + 1])) {
            return null;
        }
        String r = s.rel[i];
        int h = s.head[i];
        if (h < 0 && (i == 0 || i == 1 && s.word[0].equalsIgnoreCase("when"))) {
            // "Asked if ..., 46 percent of voters said yes": the parser made "Asked" the root; the question runs to the comma
            for (int e = i + 2; e < s.size() - 2 && e - i <= 30; e++) {
                if (s.word[e].equals(",") && Tokens.quoteFree(s, i, e)) {
                    return new int[] {i + 1, e - 1};
                }
            }
            return null;
        }
        if (h < 0) {
            return null;
        }
        int speaker;
        int end;
        if (r.equals("acl:relcl") || r.equals("acl")) {
            if (!s.pos[h].startsWith("NN")) {
                return null;
            }
            speaker = h;
            end = s.subtree(i, null)[1];
        } else if ((r.equals("advcl") || r.equals("dep") || r.equals("discourse") || r.equals("parataxis")) && h > i
                && s.pos[h].startsWith("VB")) {
            speaker = s.child(h, "nsubj");
            end = i + 1;
            while (end + 1 < s.size() && !s.word[end + 1].equals(",") && end + 1 < h) {
                end++;
            }
        } else {
            return null;
        }
        if (speaker < 0 || end <= i) {
            return null;
        }
        return new int[] {i + 1, end};
    }

    /**
     * "Trump is expected to deliver a speech", "Clinton seemed to be shrinking", "it appears that ...":
     * a stance nobody in the sentence holds (PolNeAR train: 201 of 205 such attributions have no
     * source). The claim runs from the subject to the end of the infinitive. Returns {first, last} or null.
     */
    public static int[] sourcelessStance(ArticleDoc.Sent s, int i) {
        int[] stance = seemOrExpected(s, i);
        return stance != null ? stance : agentlessPassive(s, i);
    }

    /** The "seem", "appear" and "is expected to" stances of {@link #sourcelessStance} (not the passives), or null. */
    static int[] seemOrExpected(ArticleDoc.Sent s, int i) {
        String lemma = s.lemma[i];
        boolean seem = (lemma.equals("seem") || lemma.equals("appear")) && s.pos[i].startsWith("VB") && !s.pos[i].equals("VBG");
        boolean expected = lemma.equals("expect") && s.pos[i].equals("VBN") && s.child(i, "aux:pass") >= 0;
        if (!seem && !expected) {
            return null;
        }
        int xc = s.child(i, "xcomp");
        int cc = s.child(i, "ccomp");
        int subj = s.child(i, expected ? "nsubj:pass" : "nsubj");
        if (xc >= 0 && xc > i && subj >= 0 && subj < i && !s.word[subj].equalsIgnoreCase("it")) {
            return new int[] {s.subtree(subj, null)[0], s.subtree(xc, null)[1]};
        }
        if (seem && cc > i && (subj < 0 || s.word[subj].equalsIgnoreCase("it"))) {
            return clauseWithoutMark(s, cc);
        }
        if (seem && xc < 0 && cc < 0 && subj >= 0 && subj < i && !s.word[subj].equalsIgnoreCase("it")
                && !s.ner[subj].equals("PERSON") && !Lexicon.PRONOUNS.contains(s.word[subj].toLowerCase())) {
            // "the shift in tone seemed so stark that ...", "Picking winners seemed beside the point"
            int end = s.subtree(i, null)[1];
            while (end > i && isPunct(s.word[end])) {
                end--;
            }
            if (end > i) {
                return new int[] {s.subtree(subj, null)[0], end};
            }
        }
        return null;
    }

    /** The clause headed by cc without its leading "that": {first, last}. */
    private static int[] clauseWithoutMark(ArticleDoc.Sent s, int cc) {
        int[] lr = s.subtree(cc, null);
        int m = s.child(cc, "mark");
        return new int[] {m == lr[0] ? lr[0] + 1 : lr[0], lr[1]};
    }

    /**
     * "Sanders was announced the second-place winner", "it was said that ...", "Duterte has been called
     * the Trump of the East": a passive cue with no "by" agent. Returns {first, last} or null.
     */
    static int[] agentlessPassive(ArticleDoc.Sent s, int i) {
        String lemma = s.lemma[i];
        if (!s.pos[i].equals("VBN")) {
            return null;
        }
        if (s.child(i, "aux:pass") < 0 || !(Lexicon.CLAUSE_CUES.contains(lemma) || CueWords.PASSIVE_CUES.contains(lemma))) {
            return null;
        }
        for (int k : s.children(i, "obl")) {
            if (Tokens.hasCase(s, k, "by") || Sources.agentOfNoun(s, k) >= 0) {
                return null; // "was stated in a tweet shared by Zarif": there is a speaker
            }
        }
        int subj = s.child(i, "nsubj:pass");
        if (subj >= 0 && Set.of("this", "that").contains(s.word[subj].toLowerCase())) {
            return null; // "This was stated ...": the sentence before, see VerbCuePattern
        }
        int cc = s.child(i, "ccomp");
        if (subj >= 0 && s.word[subj].equalsIgnoreCase("it") && cc > i) {
            return clauseWithoutMark(s, cc);
        }
        if (subj < 0 || subj > i || Lexicon.PRONOUNS.contains(s.word[subj].toLowerCase()) && s.subtree(subj, null)[1] == subj) {
            return null;
        }
        int[] lr = s.subtree(i, null);
        int l = s.subtree(subj, null)[0];
        int r = lr[1];
        while (r > i && isPunct(s.word[r]) && !isQuoteMark(s.word[r])) {
            r--;
        }
        return r > i ? new int[] {l, r} : null;
    }
}
