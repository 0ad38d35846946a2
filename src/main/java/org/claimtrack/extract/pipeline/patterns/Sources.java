package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.hasCase;
import static org.claimtrack.extract.pipeline.patterns.Tokens.isPunct;
import static org.claimtrack.extract.pipeline.patterns.Tokens.isQuoteMark;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.Lexicon;

/** Who speaks: the source token of a cue verb from the parse, and the source noun phrase's token range. */
public final class Sources {

    private Sources() {
    }

    /** The token heading the speaker of cue verb i, or -1. Follows conj/advcl/xcomp up to the shared subject. */
    public static int findSource(ArticleDoc.Sent s, int i, int depth) {
        if (!s.parsed() || depth > 3) {
            return -1;
        }
        int[] participle = depth == 0 ? commaParticiple(s, i) : null;
        if (participle != null) {
            return findSource(s, participle[0], depth + 1);
        }
        if (sayingMark(s, i)) {
            return findSource(s, s.head[s.head[i]], depth + 1);
        }
        if (nounSaying(s, i) || appositiveParticiple(s, i)) {
            return s.head[i]; // "30 percent of voters saying ...": the noun says it
        }
        if (depth == 0 && CueWords.SAY_LIKE.contains(s.lemma[i])) {
            int[] p = Speakers.parentheticalSpeaker(s, i);
            if (p != null) {
                return p[1]; // "“...,” she said": trust the surface over a parse that lost the subject
            }
        }
        for (int k : s.kids.get(i)) {
            String r = s.rel[k];
            if (r.equals("nsubj") || r.equals("csubj")) {
                if (s.word[k].equalsIgnoreCase("it") && s.child(i, "expl") >= 0) {
                    return -1;
                }
                return k;
            }
        }
        if (passive(s, i)) {
            return passiveAgent(s, i);
        }
        String r = s.rel[i];
        int h = s.head[i];
        if (conjCueInContent(s, i)) {
            return findSource(s, s.head[h], depth + 1); // "saying that A and warned that B": the same speaker
        }
        if (h >= 0 && (r.equals("conj") || r.equals("advcl") || r.equals("xcomp") || r.equals("dep") || r.equals("obl"))
                && s.pos[h].startsWith("VB")) {
            return findSource(s, h, depth + 1);
        }
        return -1;
    }

    static boolean passive(ArticleDoc.Sent s, int i) {
        return s.child(i, "nsubj:pass") >= 0 || s.child(i, "aux:pass") >= 0;
    }

    /** passive: "was stated by X", "was stated in a tweet shared by X"; -1 when no agent is named. */
    static int passiveAgent(ArticleDoc.Sent s, int i) {
        for (int k : s.children(i, "obl")) {
            if (hasCase(s, k, "by")) {
                return k;
            }
            int agent = agentOfNoun(s, k);
            if (agent >= 0) {
                return agent;
            }
        }
        return -1;
    }

    /**
     * "Clinton attacked Trump, saying he would ...": the parser often makes "saying" the mark of the
     * clause said; the speaker is the subject of the verb that clause hangs from.
     */
    public static boolean sayingMark(ArticleDoc.Sent s, int i) {
        if (!s.word[i].equalsIgnoreCase("saying") || i == 0 || !s.word[i - 1].equals(",")) {
            return false;
        }
        int comp = s.head[i];
        return (s.rel[i].equals("mark") || s.rel[i].equals("case")) && comp > i && s.head[comp] >= 0
                && s.head[comp] < i && s.pos[s.head[comp]].startsWith("VB");
    }

    /**
     * "saying that Iran acted ... and warned that ...", parsed with "warned" joined to "acted": a cue
     * verb with a clause of its own, no subject, joined to the clause said by another cue. It is a second
     * claim of the same speaker, not part of the first claim's words.
     */
    static boolean conjCueInContent(ArticleDoc.Sent s, int i) {
        int h = s.head[i];
        return s.rel[i].equals("conj") && h >= 0 && s.rel[h].equals("ccomp") && s.head[h] >= 0
                && Lexicon.CLAUSE_CUES.contains(s.lemma[s.head[h]]) && Lexicon.CLAUSE_CUES.contains(s.lemma[i])
                && s.pos[i].startsWith("VB") && s.child(i, "ccomp") >= 0 && s.child(i, "nsubj") < 0;
    }

    /**
     * "Trump defended the incident, calling the protester “a troublemaker”", "..., noting he has
     * sacrificed nothing": a participle of a cue verb after a comma, which the parser hangs anywhere
     * (dep, mark, nsubj; an advcl, xcomp or conj the ordinary rules read). The speaker is the subject of the nearest verb before it; what follows the
     * participle, up to the next such participle, is the claim. Returns {speaker verb, content end} or null.
     */
    public static int[] commaParticiple(ArticleDoc.Sent s, int i) {
        boolean comma = i >= 1 && s.word[i - 1].equals(",") || (i >= 3 && isQuoteMark(s.word[i - 1]) && s.word[i - 2].equals(","));
        if (i < 3 || !comma || !s.pos[i].equals("VBG") || i + 1 >= s.size() || isPunct(s.word[i + 1])
                && !isQuoteMark(s.word[i + 1])) {
            return null;
        }
        String lemma = s.lemma[i];
        if (!(Lexicon.CLAUSE_CUES.contains(lemma) || Lexicon.OBJECT_CUES.contains(lemma) || Lexicon.XCOMP_CUES.contains(lemma))) {
            return null;
        }
        if ((s.rel[i].equals("advcl") || s.rel[i].equals("xcomp") || s.rel[i].equals("conj"))) {
            return null;
        }
        int verb = -1;
        for (int t = i - 2; t >= 0; t--) {
            if (s.pos[t].startsWith("VB") && s.child(t, "nsubj") >= 0 && s.child(t, "nsubj") < t) {
                verb = t;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        int end = s.size() - 1;
        for (int t = i + 2; t < s.size(); t++) {
            if ((s.word[t - 1].equals(",") || s.word[t - 1].equalsIgnoreCase("and")) && (s.pos[t].equals("VBG")
                    && (Lexicon.CLAUSE_CUES.contains(s.lemma[t]) || Lexicon.OBJECT_CUES.contains(s.lemma[t])) || conjCueInContent(s, t))) {
                end = t - 2;
                break;
            }
        }
        return end > i ? new int[] {verb, end} : null;
    }

    /** "The mayor, citing data from the State Department, said ...": a cue participle set off after its speaker. */
    public static boolean appositiveParticiple(ArticleDoc.Sent s, int i) {
        return s.rel[i].equals("acl") && s.pos[i].equals("VBG") && i >= 2 && s.word[i - 1].equals(",")
                && s.head[i] >= 0 && s.head[i] < i - 1 && s.pos[s.head[i]].startsWith("NN") && s.rel[s.head[i]].startsWith("nsubj")
                && s.child(i, "obj") > i && (Lexicon.objectCue(s.lemma[i]) || Lexicon.CLAUSE_CUES.contains(s.lemma[i]));
    }

    /** "voters saying they ...", "a statement saying ...": a participle of saying that modifies its speaker. */
    public static boolean nounSaying(ArticleDoc.Sent s, int i) {
        return s.rel[i].equals("acl") && s.pos[i].equals("VBG") && Lexicon.CLAUSE_CUES.contains(s.lemma[i]) && s.head[i] >= 0
                && s.head[i] < i && s.pos[s.head[i]].startsWith("NN") && s.child(i, "ccomp") >= 0;
    }

    /**
     * When the parse gives a cue no subject (a parser slip on "X in a tweet said that ..."), the noun
     * chunk right before the cue, skipping adverbs, auxiliaries and an "in a tweet/statement" phrase.
     * Returns [first, last] token or null.
     */
    public static int[] surfaceSource(ArticleDoc.Sent s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.pos[j].startsWith("RB") || s.pos[j].equals("MD") || Set.of("has", "have", "had", "also", "is", "are", "was", "were")
                .contains(s.word[j].toLowerCase()))) {
            j--;
        }
        j = beforeChannelPhrase(s, j);
        if (j < 0) {
            return null;
        }
        if (s.word[j].equals(",") && s.parsed()) {
            // "X, doing something, asserted": the last subject before the cue
            for (int k = j - 1; k >= 0; k--) {
                if (s.rel[k].startsWith("nsubj") && !Lexicon.PRONOUNS.contains(s.word[k].toLowerCase())) {
                    int[] lr = sourceRange(s, k);
                    return lr[1] < i ? lr : null;
                }
            }
            return null;
        }
        int r = j;
        int l = j;
        while (l >= 0 && (Tokens.CHUNK_POS.contains(s.pos[l]) || Set.of("citing", "quoting", "reports", "sources", "officials")
                .contains(s.word[l].toLowerCase()))) {
            l--;
        }
        l++;
        if (l > r) {
            return null;
        }
        boolean noun = false;
        for (int k = l; k <= r; k++) {
            if (s.pos[k].startsWith("NN") || s.pos[k].equals("PRP") || Set.of("reports", "sources", "officials").contains(s.word[k].toLowerCase())) {
                noun = true;
            }
        }
        return noun ? new int[] {l, r} : null;
    }

    /** j, or the token before an "in a tweet", "via a statement" phrase that ends at j. */
    private static int beforeChannelPhrase(ArticleDoc.Sent s, int j) {
        if (j >= 2 && (Lexicon.STATEMENT_WORDS.contains(s.word[j].toLowerCase()) || Lexicon.TWEET_WORDS.contains(s.word[j].toLowerCase()))) {
            int k = j - 1;
            while (k >= 0 && k >= j - 4 && !s.word[k].equalsIgnoreCase("in") && !s.word[k].equalsIgnoreCase("on")
                    && !s.word[k].equalsIgnoreCase("via") && !s.word[k].equalsIgnoreCase("through")) {
                k--;
            }
            if (k >= 1 && k >= j - 4) {
                return k - 1;
            }
        }
        return j;
    }

    /** "a statement released by X", "a tweet shared by X": the X, or -1. */
    public static int agentOfNoun(ArticleDoc.Sent s, int noun) {
        for (int a : s.kids.get(noun)) {
            if ((s.rel[a].startsWith("acl") || s.rel[a].equals("amod")) && s.pos[a].equals("VBN")) {
                for (int o : s.children(a, "obl")) {
                    if (hasCase(s, o, "by")) {
                        return o;
                    }
                }
            }
            if (s.rel[a].startsWith("nmod") && hasCase(s, a, "by")) {
                return a;
            }
        }
        // "A statement released by X, ... confirmed" parsed with "released" as the head of "statement"
        int h = s.head[noun];
        if (h >= 0 && s.rel[noun].startsWith("nsubj") && s.pos[h].equals("VBN")) {
            for (int o : s.children(h, "obl")) {
                if (hasCase(s, o, "by")) {
                    return o;
                }
            }
        }
        return -1;
    }

    /** The source NP's token range: the subtree without relative clauses that hold cues, participles or edge punctuation. */
    public static int[] sourceRange(ArticleDoc.Sent s, int k) {
        Set<Integer> skip = skippedChildren(s, k);
        int[] lr = s.subtree(k, skip);
        // keep only the contiguous part around the head
        int l = k;
        while (l > lr[0] && !skip.contains(l - 1) && s.inSubtree(l - 1, k) && !skipped(s, l - 1, skip, k)) {
            l--;
        }
        int r = k;
        while (r < lr[1] && s.inSubtree(r + 1, k) && !skipped(s, r + 1, skip, k)) {
            r++;
        }
        while (r > l && isPunct(s.word[r]) && !s.word[r].equals(")")) {
            r--;
        }
        while (l < r && isPunct(s.word[l])) {
            l++;
        }
        // "Even Republicans", "The city council on Wednesday": a focus adverb before or a day after is not the source
        while (l < r && CueWords.LEADING_ADVERBS.contains(s.word[l].toLowerCase(Locale.ROOT))) {
            l++;
        }
        if (r - 2 >= l && s.word[r - 1].equalsIgnoreCase("on") && CueWords.DAYS.contains(s.word[r].toLowerCase(Locale.ROOT))) {
            r -= 2;
        }
        r = withParentheses(s, l, r);
        return new int[] {l, withClosingComma(s, l, r)};
    }

    /** The children of source head k that are not part of the source noun phrase. */
    private static Set<Integer> skippedChildren(ArticleDoc.Sent s, int k) {
        Set<Integer> skip = new HashSet<>();
        for (int c : s.kids.get(k)) {
            String r = s.rel[c];
            // "Paradis, who has been active in politics since the age of 25, said": PolNeAR keeps a
            // relative clause after the name unless it holds a cue of its own
            boolean keepRelative = c > k && !containsCueWord(s, c);
            // "Kasich's chief strategist John Weaver": the name the parser hung on the title as dep
            boolean nameAfterTitle = r.equals("dep") && c > k && s.pos[c].startsWith("NNP") && s.subtree(c, null)[0] == k + 1;
            if (nameAfterTitle) {
                continue;
            }
            if (r.equals("case") || r.equals("parataxis") || r.equals("dep") || r.equals("acl")
                    || r.equals("mark") || (r.equals("acl:relcl") && !keepRelative && (containsCue(s, c) || (c > 0 && s.word[s.subtree(c, null)[0] - 1].equals(","))))) {
                skip.add(c);
            }
        }
        return skip;
    }

    /** r, moved over a parenthetical right after the name ("Sen. Ted Cruz (R-Tex)") and balanced. */
    private static int withParentheses(ArticleDoc.Sent s, int l, int r) {
        if (r + 2 < s.size() && s.word[r + 1].equals("(")) {
            for (int q = r + 2; q < Math.min(s.size(), r + 10); q++) {
                if (s.word[q].equals(")")) {
                    r = q;
                    break;
                }
                if (s.pos[q].startsWith("VB")) {
                    break;
                }
            }
        }
        int open = 0;
        for (int q = l; q <= r; q++) {
            open += s.word[q].equals("(") ? 1 : s.word[q].equals(")") ? -1 : 0;
        }
        if (open < 0 && s.word[r].equals(")")) {
            r--;
        } else if (open > 0 && r + 1 < s.size() && s.word[r + 1].equals(")")) {
            r++;
        }
        return r;
    }

    /** "Minyon Moore, a senior adviser to the campaign, said": PolNeAR keeps the closing comma. */
    private static int withClosingComma(ArticleDoc.Sent s, int l, int r) {
        if (r + 2 < s.size() && s.word[r + 1].equals(",") && (s.pos[r + 2].startsWith("VB") || s.pos[r + 2].equals("MD")
                || (s.pos[r + 2].equals("RB") && r + 3 < s.size() && s.pos[r + 3].startsWith("VB")))) {
            boolean hasComma = false;
            for (int q = l; q <= r; q++) {
                hasComma |= s.word[q].equals(",");
            }
            if (hasComma) {
                return r + 1;
            }
        }
        return r;
    }

    private static boolean skipped(ArticleDoc.Sent s, int t, Set<Integer> skip, int root) {
        int n = t;
        int guard = 0;
        while (n >= 0 && n != root && guard++ < 200) {
            if (skip.contains(n)) {
                return true;
            }
            n = s.head[n];
        }
        return false;
    }

    private static boolean containsCueWord(ArticleDoc.Sent s, int c) {
        int[] lr = s.subtree(c, null);
        for (int i = lr[0]; i <= lr[1]; i++) {
            if (s.pos[i].startsWith("VB") && Tokens.clauseOrObjectCue(s.lemma[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsCue(ArticleDoc.Sent s, int c) {
        int[] lr = s.subtree(c, null);
        return containsCueWord(s, c) || lr[1] - lr[0] > 6;
    }
}
