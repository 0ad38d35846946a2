package org.claimtrack.extract.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;

/**
 * For every cue, finds who is speaking (the source span, PolNeAR style: the whole subject noun
 * phrase) and what is claimed (the content: the complement clause with its "that", or the quotation
 * with its marks). Sentences left without any attribution become the article's own UNATTRIBUTED
 * claims.
 */
public final class FindSourcesAndContentsStage implements Stage {

    @Override
    public void apply(ArticleDoc doc) {
        for (ArticleDoc.Cue cue : doc.cues) {
            switch (cue.type) {
                case TWEET_DASH -> tweetClaim(doc, cue);
                case VERB -> verbClaims(doc, cue);
                case ACCORDING, IN_DOCUMENT -> accordingClaim(doc, cue);
                case COLON -> colonClaim(doc, cue);
                case QUOTE_COLON -> quoteColonClaim(doc, cue);
                default -> { }
            }
        }
        clauseCueFallback(doc);
        // attributions inside a quotation are the speaker's words, not the article's attributions
        // (measured on PolNeAR train: 1 of 116 such claims is annotated)
        doc.claims.removeIf(c -> {
            if (c.cue == null || c.cue.type == ArticleDoc.Cue.Type.TWEET_DASH || c.cue.type == ArticleDoc.Cue.Type.COLON) {
                return false;
            }
            int[] q = doc.quoteAt(c.cueStart);
            return q != null && !(c.start <= q[0] && c.end >= q[1]);
        });
        // "“A,” Ms. Hughes said, pointing out ...": a second cue of the same speaker over the same words adds nothing
        Set<String> seen = new HashSet<>();
        doc.claims.removeIf(c -> c.cue != null && c.cue.type == ArticleDoc.Cue.Type.VERB
                && !seen.add(c.start + ":" + c.end + ":" + c.srcStart + ":" + c.srcEnd));
        // "Iran is expected to retaliate, officials said": the stance has a speaker after all
        List<ArticleDoc.Claim> sourced = doc.claims.stream().filter(ArticleDoc.Claim::hasSource).toList();
        doc.claims.removeIf(c -> !c.hasSource() && c.cue != null && sourced.stream().anyMatch(o -> o.start <= c.start && c.end <= o.end));
        // "Smith said he believes ...": a stance inside another speaker's claim is part of what that speaker
        // said, not an attribution of its own (on a train quarter about 10 of 190 such cues are annotated;
        // a saying verb there is, one time in two)
        List<ArticleDoc.Claim> outer = doc.claims.stream().filter(ArticleDoc.Claim::hasSource).toList();
        doc.claims.removeIf(c -> c.cue != null && c.cue.type == ArticleDoc.Cue.Type.VERB && c.cue.sent != null
                && NESTED_STANCE.contains(c.cue.sent.lemma[c.cue.tok])
                && outer.stream().anyMatch(o -> o != c && o.start <= c.cueStart && c.cueEnd <= o.end));
        // shapes whose cues PolNeAR train rarely annotates (each under 30 % on two train quarters):
        // "continued" outside a quotation, a bare or -s verb under another verb ("could say", "did
        // not say"), a non-saying verb in another verb's complement, "found" after a one-word
        // subject, a "which"/"that" source in a sentence that has another attribution
        List<ArticleDoc.Claim> before = new ArrayList<>(doc.claims);
        doc.claims.removeIf(c -> {
            if (c.cue == null || c.cue.type != ArticleDoc.Cue.Type.VERB || c.cue.sent == null || c.cue.tok < 0 || !c.cue.sent.parsed()) {
                return false;
            }
            if (c.srcHead >= 0 && c.srcHead < c.cue.sent.size() && c.cue.sent.pos[c.srcHead].equals("WDT")
                    && before.stream().anyMatch(o -> o != c && o.sent == c.sent && o.attributed())) {
                return true; // "a group which signed the letter", beside the sentence's own attribution
            }
            ArticleDoc.Sent s = c.cue.sent;
            int i = c.cue.tok;
            String lemma = s.lemma[i];
            boolean quoted = c.quote == QuoteType.DIRECT || c.quote == QuoteType.MIXED;
            boolean oneWord = c.srcStart >= 0 && !doc.text(c.srcStart, c.srcEnd).contains(" ");
            return lemma.equals("continue") && !quoted
                    || (s.pos[i].equals("VB") || s.pos[i].equals("VBZ")) && s.rel[i].equals("ccomp")
                    || s.rel[i].equals("ccomp") && !Lexicon.CLAUSE_CUES.contains(lemma)
                    || lemma.equals("find") && oneWord;
        });
        continuations(doc);
        unattributed(doc);
        doc.claims.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
    }

    // ---------------------------------------------------------------- sources

    /** The token heading the speaker of cue verb i, or -1. Follows conj/advcl/xcomp up to the shared subject. */
    static int findSource(ArticleDoc.Sent s, int i, int depth) {
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
        if (depth == 0 && SAY_LIKE.contains(s.lemma[i])) {
            int[] p = parentheticalSpeaker(s, i);
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
        // passive: "was stated by X", "was stated in a tweet shared by X"
        if (s.child(i, "nsubj:pass") >= 0 || s.child(i, "aux:pass") >= 0) {
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

    /**
     * "Clinton attacked Trump, saying he would ...": the parser often makes "saying" the mark of the
     * clause said; the speaker is the subject of the verb that clause hangs from.
     */
    static boolean sayingMark(ArticleDoc.Sent s, int i) {
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
    static int[] commaParticiple(ArticleDoc.Sent s, int i) {
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

    /**
     * "Asked if her email practices were illegal, 46 percent of voters said ...", "Cruz, when asked what
     * is wrong, responded ...", "Davis, who was asked about the strategy, said": the question put to
     * a speaker the sentence names; who asked it, it does not say. Returns {first, last} content token or null.
     */
    static int[] askedQuestion(ArticleDoc.Sent s, int i) {
        if (!s.lemma[i].equals("ask") || !s.pos[i].equals("VBN") || i + 2 >= s.size() || isPunct(s.word[i + 1])) {
            return null;
        }
        String r = s.rel[i];
        int h = s.head[i];
        if (h < 0 && (i == 0 || i == 1 && s.word[0].equalsIgnoreCase("when"))) {
            // "Asked if ..., 46 percent of voters said yes": the parser made "Asked" the root; the question runs to the comma
            for (int e = i + 2; e < s.size() - 2 && e - i <= 30; e++) {
                if (s.word[e].equals(",") && quoteFree(s, i, e)) {
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

    /** No quotation mark between tokens a and b (a question put in quotes is someone's words). */
    private static boolean quoteFree(ArticleDoc.Sent s, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (isQuoteMark(s.word[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Trump is expected to deliver a speech", "Clinton seemed to be shrinking", "it appears that ...":
     * a stance nobody in the sentence holds (PolNeAR train: 201 of 205 such attributions have no
     * source). The claim runs from the subject to the end of the infinitive. Returns {first, last} or null.
     */
    static int[] sourcelessStance(ArticleDoc.Sent s, int i) {
        String lemma = s.lemma[i];
        boolean seem = (lemma.equals("seem") || lemma.equals("appear")) && s.pos[i].startsWith("VB") && !s.pos[i].equals("VBG");
        boolean expected = lemma.equals("expect") && s.pos[i].equals("VBN") && s.child(i, "aux:pass") >= 0;
        if (!seem && !expected) {
            return agentlessPassive(s, i);
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
        return agentlessPassive(s, i);
    }

    /** The clause headed by cc without its leading "that": {first, last}. */
    private static int[] clauseWithoutMark(ArticleDoc.Sent s, int cc) {
        int[] lr = s.subtree(cc, null);
        int m = s.child(cc, "mark");
        return new int[] {m == lr[0] ? lr[0] + 1 : lr[0], lr[1]};
    }

    /** Passive cues that name or charge someone ("has been called", "was accused of"); the rest must be verbs of saying. */
    private static final Set<String> PASSIVE_CUES = Set.of("call", "dub", "label", "brand", "consider", "accuse", "charge", "describe");

    /**
     * "Sanders was announced the second-place winner", "it was said that ...", "Duterte has been called
     * the Trump of the East": a passive cue with no "by" agent. Returns {first, last} or null.
     */
    static int[] agentlessPassive(ArticleDoc.Sent s, int i) {
        String lemma = s.lemma[i];
        if (!s.pos[i].equals("VBN")) {
            return null;
        }
        if (s.child(i, "aux:pass") < 0 || !(Lexicon.CLAUSE_CUES.contains(lemma) || PASSIVE_CUES.contains(lemma))) {
            return null;
        }
        for (int k : s.children(i, "obl")) {
            if (hasCase(s, k, "by") || agentOfNoun(s, k) >= 0) {
                return null; // "was stated in a tweet shared by Zarif": there is a speaker
            }
        }
        int subj = s.child(i, "nsubj:pass");
        if (subj >= 0 && Set.of("this", "that").contains(s.word[subj].toLowerCase())) {
            return null; // "This was stated ...": the sentence before, see verbClaims
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

    /**
     * "polls show the senator trailing the governor", "a video shows her clutching her phone": a
     * participle clause the parser hung on the cue as dep. Returns its head or -1.
     */
    static int smallClause(ArticleDoc.Sent s, int i) {
        for (int k : s.children(i, "dep")) {
            if (k > i + 1 && (s.pos[k].equals("VBG") || s.pos[k].equals("VBN")) && s.child(k, "nsubj") > i) {
                return k;
            }
        }
        return -1;
    }

    /** Whether token k lies under head h other than through a coordinated clause. */
    private static boolean governs(ArticleDoc.Sent s, int h, int k) {
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

    /** A cue before cue in its sentence that governs it ("officials warned that Iran is expected to ..."). */
    private static boolean otherCue(ArticleDoc doc, ArticleDoc.Cue cue) {
        for (ArticleDoc.Cue q : doc.cues) {
            if (q != cue && q.sent == cue.sent && q.start < cue.start) {
                if (q.tok >= 0 && cue.tok >= 0 && cue.sent.parsed() && !governs(cue.sent, q.tok, cue.tok)) {
                    continue; // "X celebrated ..., but the fallout appears significant": another clause's cue
                }
                return true;
            }
        }
        return false;
    }

    /** "The mayor, citing data from the State Department, said ...": a cue participle set off after its speaker. */
    static boolean appositiveParticiple(ArticleDoc.Sent s, int i) {
        return s.rel[i].equals("acl") && s.pos[i].equals("VBG") && i >= 2 && s.word[i - 1].equals(",")
                && s.head[i] >= 0 && s.head[i] < i - 1 && s.pos[s.head[i]].startsWith("NN") && s.rel[s.head[i]].startsWith("nsubj")
                && s.child(i, "obj") > i && (Lexicon.objectCue(s.lemma[i]) || Lexicon.CLAUSE_CUES.contains(s.lemma[i]));
    }

    /** "voters saying they ...", "a statement saying ...": a participle of saying that modifies its speaker. */
    static boolean nounSaying(ArticleDoc.Sent s, int i) {
        return s.rel[i].equals("acl") && s.pos[i].equals("VBG") && Lexicon.CLAUSE_CUES.contains(s.lemma[i]) && s.head[i] >= 0
                && s.head[i] < i && s.pos[s.head[i]].startsWith("NN") && s.child(i, "ccomp") >= 0;
    }

    /** "a finish that he said defied expectations", "hackers who officials say are tied to ...": the relative word is what was said about. */
    static boolean relativeCue(ArticleDoc.Sent s, int i) {
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

    private static final java.util.Set<String> CHUNK_POS = java.util.Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "DT", "JJ",
            "POS", "CD", "PRP$", "HYPH", "NNP$");

    /**
     * When the parse gives a cue no subject (a parser slip on "X in a tweet said that ..."), the noun
     * chunk right before the cue, skipping adverbs, auxiliaries and an "in a tweet/statement" phrase.
     * Returns [first, last] token or null.
     */
    static int[] surfaceSource(ArticleDoc.Sent s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.pos[j].startsWith("RB") || s.pos[j].equals("MD") || Set.of("has", "have", "had", "also", "is", "are", "was", "were")
                .contains(s.word[j].toLowerCase()))) {
            j--;
        }
        if (j >= 2 && (Lexicon.STATEMENT_WORDS.contains(s.word[j].toLowerCase()) || Lexicon.TWEET_WORDS.contains(s.word[j].toLowerCase()))) {
            int k = j - 1;
            while (k >= 0 && k >= j - 4 && !s.word[k].equalsIgnoreCase("in") && !s.word[k].equalsIgnoreCase("on")
                    && !s.word[k].equalsIgnoreCase("via") && !s.word[k].equalsIgnoreCase("through")) {
                k--;
            }
            if (k >= 1 && k >= j - 4) {
                j = k - 1;
            }
        }
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
        while (l >= 0 && (CHUNK_POS.contains(s.pos[l]) || Set.of("citing", "quoting", "reports", "sources", "officials")
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
        while (l < r && (s.pos[l].equals("DT") && false)) {
            l++;
        }
        return noun ? new int[] {l, r} : null;
    }

    static boolean hasCase(ArticleDoc.Sent s, int k, String word) {
        for (int c : s.kids.get(k)) {
            if (s.rel[c].equals("case") && s.word[c].equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** "a statement released by X", "a tweet shared by X": the X, or -1. */
    static int agentOfNoun(ArticleDoc.Sent s, int noun) {
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
    static int[] sourceRange(ArticleDoc.Sent s, int k) {
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
        while (l < r && LEADING_ADVERBS.contains(s.word[l].toLowerCase(java.util.Locale.ROOT))) {
            l++;
        }
        if (r - 2 >= l && s.word[r - 1].equalsIgnoreCase("on") && DAYS.contains(s.word[r].toLowerCase(java.util.Locale.ROOT))) {
            r -= 2;
        }
        // a parenthetical right after the name belongs to it: "Sen. Ted Cruz (R-Tex)"
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
        // "Minyon Moore, a senior adviser to the campaign, said": PolNeAR keeps the closing comma
        if (r + 2 < s.size() && s.word[r + 1].equals(",") && (s.pos[r + 2].startsWith("VB") || s.pos[r + 2].equals("MD")
                || (s.pos[r + 2].equals("RB") && r + 3 < s.size() && s.pos[r + 3].startsWith("VB")))) {
            boolean hasComma = false;
            for (int q = l; q <= r; q++) {
                hasComma |= s.word[q].equals(",");
            }
            if (hasComma) {
                r++;
            }
        }
        return new int[] {l, r};
    }

    private static final Set<String> LEADING_ADVERBS = Set.of("even", "virtually", "only", "also", "both", "just");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

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
            if (s.pos[i].startsWith("VB") && (Lexicon.CLAUSE_CUES.contains(s.lemma[i]) || Lexicon.OBJECT_CUES.contains(s.lemma[i]))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsCue(ArticleDoc.Sent s, int c) {
        int[] lr = s.subtree(c, null);
        for (int i = lr[0]; i <= lr[1]; i++) {
            if (s.pos[i].startsWith("VB") && (Lexicon.CLAUSE_CUES.contains(s.lemma[i]) || Lexicon.OBJECT_CUES.contains(s.lemma[i]))) {
                return true;
            }
        }
        return lr[1] - lr[0] > 6;
    }

    static boolean isPunct(String w) {
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

    private static boolean isQuoteMark(String w) {
        return w.length() <= 2 && (w.contains("\"") || w.contains("“") || w.contains("”") || w.contains("‘")
                || w.contains("’") || w.contains("'") || w.equals("``") || w.equals("''"));
    }

    // ---------------------------------------------------------------- quotes

    /** The quotation region that starts right after cue token i (skipping ":" and ","), or null. */
    static int[] quoteAfter(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        int j = i + 1;
        while (j < s.size() && (s.word[j].equals(":") || s.word[j].equals(",") || s.rel != null && j < s.size()
                && (s.rel[j].equals("obl:tmod") || s.rel[j].equals("advmod")) && !isQuoteMark(s.word[j]))) {
            j++;
            if (j - i > 3) {
                break;
            }
        }
        int pos = j < s.size() ? s.tb[j] : s.end;
        if (j >= s.size() && s.word[s.size() - 1].equals(":")) {
            // "Karadsheh says:" with the quotation in the next paragraph
            while (pos < doc.raw.length() && Character.isWhitespace(doc.raw.charAt(pos))) {
                pos++;
            }
        }
        return doc.quoteStartingAt(pos);
    }

    /** The quotation region that ends just before the source of the cue ("“...,” he said"), or null. */
    static int[] quoteBefore(ArticleDoc doc, ArticleDoc.Sent s, int firstTok) {
        int j = firstTok - 1;
        while (j >= 0 && (s.word[j].equals(",") || s.word[j].equals("--") || s.word[j].equals("—"))) {
            j--;
        }
        if (j < 0 && s.index > 0) {
            // "“Who do they think they are?” | Trump said.": the splitter ended the sentence inside the quotation
            ArticleDoc.Sent prev = doc.sentences.get(s.index - 1);
            if (prev.paragraph == s.paragraph && prev.size() > 0) {
                int pos = prev.te[prev.size() - 1];
                int[] q = doc.quoteEndingAt(pos);
                return q != null ? q : doc.quoteEndingAt(pos + 1);
            }
        }
        if (j < 0) {
            return null;
        }
        int pos = s.te[j];
        int[] q = doc.quoteEndingAt(pos);
        return q != null ? q : doc.quoteEndingAt(pos + 1);
    }

    // ---------------------------------------------------------------- claims

    /** A claim of cue in sentence s whose source runs over tokens first..last with its head at head. */
    private static ArticleDoc.Claim cueClaim(ArticleDoc.Sent s, ArticleDoc.Cue cue, int head, int first, int last) {
        ArticleDoc.Claim c = new ArticleDoc.Claim();
        c.sent = s;
        c.cue = cue;
        c.cueStart = cue.start;
        c.cueEnd = cue.end;
        c.srcHead = head;
        c.srcStart = s.tb[first];
        c.srcEnd = s.te[last];
        c.paragraph = s.paragraph;
        return c;
    }

    private static void tweetClaim(ArticleDoc doc, ArticleDoc.Cue cue) {
        for (ArticleDoc.Tweet tw : doc.tweets) {
            if (tw.dashStart != cue.start || tw.textEnd <= tw.textStart) {
                continue;
            }
            ArticleDoc.Claim c = new ArticleDoc.Claim();
            c.start = tw.textStart;
            c.end = tw.textEnd;
            c.srcStart = tw.nameStart;
            c.srcEnd = tw.nameEnd;
            c.cueStart = tw.dashStart;
            c.cueEnd = tw.dashEnd;
            c.quote = QuoteType.DIRECT;
            c.kind = Kind.TWEET;
            c.channel = Kind.TWEET;
            c.handle = tw.handle;
            c.cue = cue;
            c.paragraph = paragraphOf(doc, tw.textStart);
            doc.claims.add(c);
        }
    }

    private static void verbClaims(ArticleDoc doc, ArticleDoc.Cue cue) {
        ArticleDoc.Sent s = cue.sent;
        int i = cue.tok;
        if (!s.parsed()) {
            surfaceClaim(doc, cue);
            return;
        }
        if (FindCuesStage.headlineCue(s, i)) {
            int l = 0;
            while (l < i && isPunct(s.word[l])) {
                l++;
            }
            ArticleDoc.Claim c = cueClaim(s, cue, i - 1, l, i - 1);
            int[] range = tokRange(s, new int[] {i + 1, s.size() - 1});
            if (setContent(doc, c, range[0], range[1])) {
                doc.claims.add(c);
            }
            return;
        }
        int[] stance = sourcelessStance(s, i);
        int[] asked = askedQuestion(s, i);
        if (stance == null && asked != null) {
            // "Asked if ..., he said": the question, put by someone the sentence does not name
            stance = new int[] {FindCuesStage.prepCue(s, i) ? asked[0] + 1 : asked[0], asked[1]};
        }
        if (stance != null && (doc.quoteAt(s.tb[i]) != null || otherCue(doc, cue))) {
            return; // a speaker's own words, or a stance the sentence gives to its speaker
        }
        if (stance != null) {
            ArticleDoc.Claim c = cueClaim(s, cue, i, i, i);
            c.srcStart = -1;
            c.srcEnd = -1;
            c.srcHead = -1;
            if (setContent(doc, c, s.tb[stance[0]], s.te[stance[1]])) {
                doc.claims.add(c);
            }
            return;
        }
        int src = findSource(s, i, 0);
        int[] surface = null;
        int[] inverted = invertedSpeaker(s, i);
        int[] invertedQuote = inverted == null ? null : quoteBefore(doc, s, i);
        if (invertedQuote != null) {
            src = inverted[2];
            surface = new int[] {inverted[0], inverted[1]};
        }
        int[] invertedComma = invertedQuote == null ? invertedAfterComma(s, i) : null;
        if (invertedComma != null) {
            src = invertedComma[2];
            surface = new int[] {invertedComma[0], invertedComma[1]};
        }
        int[] afterQuote = invertedQuote == null && invertedComma == null ? speakerAfterQuote(doc, s, i) : null;
        if (afterQuote != null && src >= afterQuote[0] && src <= afterQuote[1]) {
            afterQuote = null; // the parser found the speaker: the usual rules apply
        }
        if (afterQuote != null) {
            src = afterQuote[2];
            surface = new int[] {afterQuote[0], afterQuote[1]};
        }
        int[] trail = invertedQuote == null && invertedComma == null && afterQuote == null ? trailingSpeaker(s, i) : null;
        if (trail != null && (src < trail[1] || src > trail[2])) {
            src = trail[2]; // the parser lost the subject of a sentence-final "..., Devine said."
            surface = new int[] {trail[1], trail[2]};
        }
        if (src < 0) {
            surface = surfaceSource(s, i);
            if (surface == null) {
                return;
            }
            src = surface[1];
            // "Reports citing local sources state": the speaker is the noun before "citing"
            for (int k = surface[0]; k <= surface[1]; k++) {
                if ((s.word[k].equalsIgnoreCase("citing") || s.word[k].equalsIgnoreCase("quoting")) && k > surface[0]) {
                    src = k - 1;
                    break;
                }
            }
        }
        String lemma = s.lemma[i];
        List<int[]> contents = new ArrayList<>();
        int cc = s.child(i, "ccomp");
        for (int k : s.children(i, "ccomp")) {
            if (k > i) {
                cc = k; // "Still, Tad Devine, ..., said on Tuesday that ...": a name misparsed as a clause before the cue
                break;
            }
        }
        if (cc < 0) {
            cc = smallClause(s, i);
        }
        int xc = s.child(i, "xcomp");
        int ob = s.child(i, "obj");
        int[] qa = quoteAfter(doc, s, i);
        int[] participle = commaParticiple(s, i);
        int loose = looseComplement(s, i);
        // the quotation ending right before the speaker ("“...,” he told reporters")
        int[] quoteBeforeSource = quoteBefore(doc, s, Math.min(i, surface != null ? surface[0] : sourceRange(s, src)[0]));
        int clauseAfterObject = ob > i ? clauseAfter(s, s.subtree(ob, null)[1]) : -1;
        if (invertedComma != null) {
            contents.add(tokRange(s, new int[] {0, i - 2}));
        } else if (participle != null) {
            contents.add(tokRange(s, new int[] {s.word[i + 1].equalsIgnoreCase("that") ? i + 2 : i + 1, participle[1]}));
        } else if (trail != null) {
            contents.add(tokRange(s, new int[] {0, trail[0] - 1}));
        } else if (loose >= 0) {
            int start = loose;
            int end = s.size() - 1;
            if (s.child(i, "mark") >= 0) {
                // "Though he said it resulted in ..., John said": the subordinate clause ends at its comma
                for (int t = start + 1; t < s.size(); t++) {
                    if (s.word[t].equals(",") && doc.quoteAt(s.tb[t]) == null) {
                        end = t - 1;
                        break;
                    }
                }
            }
            contents.add(tokRange(s, new int[] {start, end}));
        } else if (relativeCue(s, i)) {
            int e = i + 1;
            while (e + 1 < s.size() && !Set.of(",", ";", ".", "?", "!", "--", "—").contains(s.word[e + 1])) {
                e++;
            }
            contents.add(tokRange(s, new int[] {i + 1, e}));
        } else if (sayingMark(s, i)) {
            contents.add(tokRange(s, new int[] {i + 1, s.subtree(s.head[i], null)[1]}));
        } else if (FindCuesStage.prepCue(s, i) && cue.end > s.te[i]) {
            // "called for calm": the object of "for"/"on"
            int[] lr = {i + 2, i + 1};
            for (int k : s.kids.get(i)) {
                if (k > i + 1 && !s.rel[k].equals("punct") && !s.rel[k].equals("conj") && !s.rel[k].equals("cc")) {
                    lr[1] = Math.max(lr[1], s.subtree(k, null)[1]);
                }
            }
            if (lr[1] >= lr[0]) {
                contents.add(tokRange(s, lr));
            }
        } else if (FindCuesStage.asClause(s, i) && Lexicon.CLAUSE_CUES.contains(lemma)) {
            // "As the Post reported, the inspector issued subpoenas": the modified clause without the as-clause
            Set<Integer> skip = new HashSet<>();
            skip.add(i);
            int[] whole = s.subtree(s.head[i], skip);
            int[] asSub = s.subtree(i, null);
            int[] lr = asSub[0] > whole[0] ? new int[] {whole[0], asSub[0] - 1} : new int[] {asSub[1] + 1, whole[1]};
            if (lr[1] - lr[0] >= 2) {
                contents.add(tokRange(s, lr));
            }
        } else if (cc >= 0 && Lexicon.CLAUSE_CUES.contains(lemma)) {
            int[] lr = s.subtree(cc, null);
            if (lr[0] > i) {
                lr[1] = extendToClauseEnd(s, i, cc, lr[1]);
            }
            for (int k : s.kids.get(cc)) {
                if (k > cc && conjCueInContent(s, k)) {
                    lr[1] = s.subtree(k, null)[0] - 1;
                    while (lr[1] > cc && (isPunct(s.word[lr[1]]) || s.rel[lr[1]].equals("cc"))) {
                        lr[1]--;
                    }
                    break;
                }
            }
            contents.add(tokRange(s, lr));
        } else if (qa != null && Lexicon.CLAUSE_CUES.contains(lemma)) {
            contents.add(new int[] {qa[0], qa[1]});
        } else if (SAY_LIKE.contains(lemma) && s.rel[i].equals("csubj") && s.head[i] > i + 1) {
            // "Adelson said much of his talk was about Israel" parsed with "said" as the subject of "Israel"
            int[] lr = {i + 1, s.subtree(s.head[i], null)[1]};
            contents.add(tokRange(s, lr));
        } else if (SAY_LIKE.contains(lemma) && finiteAdvclAfter(s, i) >= 0) {
            // "Cruz said if elected he could ..." parsed as an adverbial clause
            int k = finiteAdvclAfter(s, i);
            int[] lr = s.subtree(k, null);
            lr[1] = extendToClauseEnd(s, i, k, lr[1]);
            contents.add(tokRange(s, lr));
        } else if (ob > i && HEARER_VERBS.contains(lemma) && quoteBeforeSource != null) {
            // "“...,” Clinton told union workers": the hearer is the object, the quotation is what was said
            contents.add(new int[] {quoteBeforeSource[0], quoteBeforeSource[1]});
        } else if (ob > i && (SAY_LIKE.contains(lemma) || Lexicon.CLAUSE_CUES.contains(lemma)) && clauseAfterObject >= 0) {
            if (HEARER_VERBS.contains(lemma) && !lemma.equals("say") && !lemma.equals("add") && !lemma.equals("write")) {
                // "Bush tells reporters outside a polling place that ...": what follows the hearer. When a
                // verb follows right away, clauseAfter gives the object's last word, which then is the
                // clause's subject ("insisted Curiel had ..."): measured better than dropping it
                contents.add(tokRange(s, new int[] {clauseAfterObject, s.size() - 1}));
            } else {
                // "Johnson says Cruz will leave here", "suggested Trump went too far": the parser took the clause's subject for the object
                contents.add(tokRange(s, new int[] {s.subtree(ob, null)[0], s.size() - 1}));
            }
        } else if (xc >= 0 && Lexicon.xcompCue(lemma)) {
            contents.add(tokRange(s, s.subtree(xc, null)));
        } else if (ob >= 0 && ob < i && s.word[ob].equalsIgnoreCase("what") && s.subtree(i, null)[1] > i) {
            // "ending what he calls corruption in politics": the whole free relative is the claim
            int[] lr = {ob, s.subtree(i, null)[1]};
            contents.add(tokRange(s, lr));
        } else if (ob >= 0 && Lexicon.objectCue(lemma)) {
            int[] lr = s.subtree(ob, null);
            if (lr[0] == lr[1] && (Lexicon.PRONOUNS.contains(s.word[ob].toLowerCase()) || s.word[ob].toLowerCase().endsWith("self")
                    || s.word[ob].toLowerCase().endsWith("selves"))) {
                boolean more = false;
                for (int k : s.kids.get(i)) {
                    if (k > ob && (s.rel[k].equals("advcl") || s.rel[k].equals("xcomp") || (s.rel[k].startsWith("obl") && hasCase(s, k, "of")))) {
                        more = true;
                    }
                }
                if (!more) {
                    return;
                }
            }
            for (int k : s.kids.get(i)) {
                String r = s.rel[k];
                boolean keep = r.equals("xcomp") || r.equals("advcl") || r.equals("ccomp") || r.equals("iobj")
                        || (r.equals("advmod") && s.subtree(k, null)[1] > k)
                        || (r.startsWith("obl") && (hasCase(s, k, "of") || hasCase(s, k, "for") || hasCase(s, k, "as")
                        || hasCase(s, k, "about") || hasCase(s, k, "over") || hasCase(s, k, "to") || hasCase(s, k, "against")));
                if (k > ob && keep && !(r.equals("advcl") && participleCue(s, k))) {
                    lr[1] = Math.max(lr[1], s.subtree(k, null)[1]);
                }
            }
            contents.add(tokRange(s, lr));
        } else if (s.rel[i].equals("parataxis") && s.head[i] >= 0) {
            int h = s.head[i];
            Set<Integer> skip = new HashSet<>();
            skip.add(i);
            int[] whole = s.subtree(h, skip);
            int[] cueSub = s.subtree(i, null);
            if (cueSub[0] > whole[0]) {
                contents.add(tokRange(s, new int[] {whole[0], cueSub[0] - 1}));
            }
            if (cueSub[1] < whole[1]) {
                int[] after = {cueSub[1] + 1, whole[1]};
                if (after[1] - after[0] >= 2) {
                    contents.add(tokRange(s, after));
                }
            }
        } else if (Lexicon.CLAUSE_CUES.contains(lemma)) {
            if (quoteBeforeSource != null) {
                contents.add(new int[] {quoteBeforeSource[0], quoteBeforeSource[1]});
            }
        }
        // passive with "This was stated ...": the claim is the previous sentence
        int np = s.child(i, "nsubj:pass");
        if (np >= 0 && s.subtree(np, null)[1] == np && Set.of("this", "that", "it").contains(s.word[np].toLowerCase())
                && s.index > 0) {
            ArticleDoc.Sent prev = doc.sentences.get(s.index - 1);
            contents.clear();
            contents.add(trimSentence(prev));
        }
        if (invertedQuote != null) {
            contents.clear();
            contents.add(new int[] {invertedQuote[0], invertedQuote[1]});
        }
        if (afterQuote != null) {
            int[] q = quoteBefore(doc, s, afterQuote[0]);
            contents.clear();
            if (q != null) {
                contents.add(new int[] {q[0], q[1]});
            }
        }
        int[] paren = SAY_LIKE.contains(lemma) && invertedQuote == null ? parentheticalSpeaker(s, i) : null;
        if (paren != null && (src < paren[0] || src > paren[1])) {
            // "“A,” Blackwell added, “B.”" / "Cruz, Blackwell wrote, “has ...”": the parser took the
            // quotation's subject for the speaker; the name between the commas is the speaker and
            // the sentence around it is what was said
            src = paren[1];
            surface = paren;
            contents.clear();
            int[] qb = quoteBefore(doc, s, paren[0]);
            if (qb != null && (paren[1] + 2 >= s.size() || !s.word[paren[1] + 2].equals(","))) {
                contents.add(new int[] {qb[0], qb[1]}); // "“A,” Barkley said." (a later quotation is added below)
            } else {
                contents.add(tokRange(s, new int[] {0, s.size() - 1}));
            }
        }
        if (contents.isEmpty() && paren != null && i + 1 < s.size() && s.word[i + 1].equals(",")) {
            // "Vice President Joe Biden, Rubio said, had been in the Senate ...": the sentence around the speaker
            contents.add(tokRange(s, new int[] {0, s.size() - 1}));
        }
        if (contents.isEmpty()) {
            return;
        }
        int agent = src;
        int[] srcTok = surface != null ? surface.clone() : sourceRange(s, agent);
        while (srcTok[0] < srcTok[1] && LEADING_ADVERBS.contains(s.word[srcTok[0]].toLowerCase(java.util.Locale.ROOT))) {
            srcTok[0]++;
        }
        // "A statement released by Pentagon ... confirmed": the speaker is the agent inside the noun cue
        boolean statementNoun = false;
        if (Lexicon.STATEMENT_WORDS.contains(s.lemma[src]) || Lexicon.TWEET_WORDS.contains(s.lemma[src])) {
            int a = agentOfNoun(s, src);
            if (a >= 0) {
                srcTok = sourceRange(s, a);
                agent = a;
                statementNoun = true;
            }
        }
        if (contents.size() == 2) {
            // "“A,” he said, “B.”": one quotation interrupted by its attribution
            int[] a = contents.get(0);
            int[] b = contents.get(1);
            if (doc.quoteAt(a[0]) != null && doc.quoteAt(b[0]) != null) {
                contents.clear();
                contents.add(new int[] {a[0], b[1]});
            }
        }
        for (int[] content : contents) {
            if (content[1] <= cue.start && (doc.quoteAt(content[0]) != null || doc.quoteAt(Math.max(content[0], content[1] - 1)) != null
                    || doc.quoteEndingAt(content[1]) != null)) {
                // "“A,” he said, “and B.”": the quotation goes on after its attribution
                int[] more = quoteAfter(doc, s, Math.max(i, srcTok[1]));
                if (more != null && more[0] > cue.end) {
                    content[1] = more[1];
                }
                content[1] = resumedQuoteEnd(doc, s, content[1]);
            }
            ArticleDoc.Claim c = cueClaim(s, cue, agent, srcTok[0], srcTok[1]);
            c.statementNoun = statementNoun;
            if (!setContent(doc, c, content[0], content[1])) {
                continue;
            }
            if (c.quote == QuoteType.INDIRECT && emptyContent(doc, lemma, c.start, c.end)) {
                continue;
            }
            doc.claims.add(c);
        }
    }

    /** Verbs whose object is the hearer ("told reporters"), not what was said. */
    private static final Set<String> HEARER_VERBS = Set.of("tell", "ask", "email", "inform", "remind", "assure", "brief", "say",
            "add", "write", "note", "claim", "argue", "insist", "explain", "warn");
    private static final Set<String> EMPTY_WORDS = Set.of("what", "this", "that", "it", "things", "so", "something", "anything",
            "everything", "nothing", "much", "more", "yes", "no", "is", "was");

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
        return HEARER_VERBS.contains(lemma) || EMPTY_WORDS.contains(first);
    }

    /** "..., Blackwell added, ...": a short name or pronoun between a comma (or closing quote) and the cue, then a comma. */
    static int[] parentheticalSpeaker(ArticleDoc.Sent s, int i) {
        if (i < 2) {
            return null;
        }
        String after = i + 1 < s.size() ? s.word[i + 1] : ".";
        boolean commaAfter = after.equals(",");
        int k = i - 1;
        while (k >= 0 && i - k <= 4 && (s.pos[k].startsWith("NNP") || (k == i - 1 && s.pos[k].equals("PRP")))) {
            k--;
        }
        if (k >= 1 && commaAfter && !s.word[k].equals(",")) {
            // "Mr. Obama, officials said, has become ...": a common noun chunk between the commas
            int c = i - 1;
            while (c >= 0 && i - c <= 4 && CHUNK_POS.contains(s.pos[c]) && !s.pos[c].equals("PRP$")) {
                c--;
            }
            if (c >= 1 && c < i - 1 && s.word[c].equals(",") && (s.pos[i - 1].startsWith("NN") || s.pos[i - 1].equals("PRP"))) {
                k = c;
            }
        }
        if (k == i - 1 || k < 0) {
            return null;
        }
        String w = s.word[k];
        boolean closingQuote = w.equals("”") || w.equals("\"") || w.equals("''");
        boolean opener = (w.equals(",") && commaAfter)
                || (closingQuote && (commaAfter || after.equals(".") || after.equals(";")) && k > 0 && s.word[k - 1].equals(","));
        boolean quoted = false;
        for (int t = 0; t < k; t++) {
            quoted |= isQuoteMark(s.word[t]);
        }
        return opener && (quoted || k >= 1) && k > 0 ? new int[] {k + 1, i - 1} : null;
    }

    /**
     * "“...,” said Huffman, who ...": the speaker after a saying verb that follows a closing quote,
     * read from the surface (the parser often makes "said" a modifier of the name). Returns
     * {first, last, head} token indexes or null.
     */
    static int[] invertedSpeaker(ArticleDoc.Sent s, int i) {
        if (!SAY_LIKE.contains(s.lemma[i]) || i < 1 || !s.pos[i].startsWith("VB") || !isQuoteMark(s.word[i - 1])
                || s.word[i - 1].equals("“") || s.word[i - 1].equals("``")) {
            return null;
        }
        return speakerAfter(s, i);
    }

    /**
     * "Even India has more resonance through its films, says political scientist John Smith." The
     * same inverted speaker after a comma with no quotation, when the name runs to the end of the
     * sentence. Returns {first, last, head} or null.
     */
    static int[] invertedAfterComma(ArticleDoc.Sent s, int i) {
        if (!SAY_LIKE.contains(s.lemma[i]) || i < 4 || !s.pos[i].startsWith("VB") || !s.word[i - 1].equals(",")
                || isQuoteMark(s.word[i - 2])) {
            return null;
        }
        if (s.pos[i].equals("VBG") || s.pos[i].equals("VBN")) {
            return null;
        }
        int[] sp = speakerAfter(s, i);
        if (sp == null) {
            return null;
        }
        for (int t = i + 1; t <= sp[1] && !s.word[t].equals(","); t++) {
            if (s.pos[t].startsWith("VB") || s.pos[t].equals("MD")) {
                return null; // "..., says Cruz is wrong": a clause, not a name
            }
        }
        int e = sp[1] + 1;
        while (e < s.size() && isPunct(s.word[e]) && !isQuoteMark(s.word[e])) {
            e++;
        }
        return e >= s.size() ? sp : null;
    }

    /**
     * "“The bullying,” Fox's Chris Wallace said, as the crowd cheered.": a closing quotation, a short
     * name and a saying verb, read off the surface when the parser hung the name elsewhere (two
     * subjects, the quotation's noun taken for the speaker). Returns {first, last, head} or null.
     */
    static int[] speakerAfterQuote(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        return SAY_LIKE.contains(s.lemma[i]) ? speakerAfterQuoteOf(doc, s, i) : null;
    }

    /** {@link #speakerAfterQuote} for any verb: "“France will always be France,” an angry Hollande retaliated." */
    static int[] speakerAfterQuoteOf(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        if (!(s.pos[i].equals("VBD") || s.pos[i].equals("VBZ") || s.pos[i].equals("VBP"))) {
            return null;
        }
        int r = i - 1;
        while (r >= 0 && (s.pos[r].equals("RB") || s.pos[r].equals("MD"))) {
            r--; // "he later said"
        }
        if (r >= 3 && s.word[r].equals(",")) {
            return appositionAfterQuote(doc, s, r);
        }
        int l = r;
        int depth = 0;
        while (l >= 0 && r - l < 10) {
            String p = s.pos[l];
            String w = s.word[l];
            if (w.equals(")") || p.equals("-RRB-")) {
                depth++;
            } else if (w.equals("(") || p.equals("-LRB-")) {
                depth--;
            } else if (depth == 0 && !(p.startsWith("NN") || p.equals("PRP") || p.equals("DT") || p.equals("JJ") || p.equals("POS")
                    || p.equals("CD"))) {
                break;
            }
            l--;
        }
        if (l < 0 || l == r || depth != 0 || !isQuoteMark(s.word[l]) || s.word[l].equals("“") || s.word[l].equals("``")) {
            return null;
        }
        if (doc.quoteEndingAt(s.te[l]) == null && doc.quoteEndingAt(s.te[l] + 1) == null) {
            return null;
        }
        int head = -1;
        int d = 0;
        for (int k = r; k > l && head < 0; k--) {
            if (s.word[k].equals(")")) {
                d++;
            } else if (s.word[k].equals("(")) {
                d--;
            } else if (d == 0 && (s.pos[k].startsWith("NN") || s.pos[k].equals("PRP"))) {
                head = k;
            }
        }
        return head < 0 ? null : new int[] {l + 1, r, head};
    }

    /**
     * "“...,” Jeff Weaver, Sanders' campaign manager, said": a name right after the closing quotation,
     * then an apposition up to the comma before the verb (r). The source keeps that comma, as PolNeAR does.
     */
    private static int[] appositionAfterQuote(ArticleDoc doc, ArticleDoc.Sent s, int r) {
        for (int q = r - 1; q >= 0 && r - q <= 25; q--) {
            if (!isQuoteMark(s.word[q])) {
                continue;
            }
            if (s.word[q].equals("“") || s.word[q].equals("``") || (doc.quoteEndingAt(s.te[q]) == null && doc.quoteEndingAt(s.te[q] + 1) == null)) {
                return null;
            }
            int k = q + 1;
            while (k < r && s.pos[k].startsWith("NNP")) {
                k++;
            }
            if (k == q + 1 || k >= r || !s.word[k].equals(",")) {
                return null; // a name, then the apposition's comma
            }
            return new int[] {q + 1, r, k - 1};
        }
        return null;
    }

    private static int[] speakerAfter(ArticleDoc.Sent s, int i) {
        int k = i + 1;
        int head = -1;
        while (k < s.size() && k - i <= 8) {
            String p = s.pos[k];
            if (p.startsWith("NN")) {
                head = k;
            } else if (!(head < 0 && (p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$") || p.equals("CD") || p.equals("HYPH")))
                    && !(p.equals("POS") && head >= 0)) {
                break;
            }
            k++;
        }
        if (head < 0) {
            return null;
        }
        // PolNeAR keeps the whole description after the name: "said Geoff Garin, a Democratic pollster
        // working for Priorities USA, a super PAC ...", "said Mr. Schmidt, who bought the property",
        // with the apposition's closing comma when the sentence goes on ("..., a Fed governor, in a speech")
        int r = head;
        for (int q = head + 1; q < s.size(); q++) {
            String w = s.word[q];
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!") || w.equals("(")
                    || (isQuoteMark(w) && !s.pos[q].equals("POS"))) {
                break;
            }
            if (w.equals(",")) {
                if (q + 1 >= s.size()) {
                    break;
                }
                String np = s.pos[q + 1];
                String nw = s.word[q + 1].toLowerCase(java.util.Locale.ROOT);
                if (np.equals("IN") || np.equals("TO") || np.equals("RB") || np.startsWith("VB") || np.equals("CC")
                        || isQuoteMark(s.word[q + 1]) || nw.equals("according")) {
                    if (r > head) {
                        r = q; // the apposition's closing comma
                    }
                    break;
                }
            }
            r = q;
        }
        return new int[] {i + 1, r, head};
    }

    /**
     * "..., driven by an easier process, Romero said." / "..., Devine said on Monday.": a saying verb
     * that ends its sentence after its subject and a comma; what was said is everything before the
     * comma, whatever the parser made of it. Returns {comma, first source token, last source token} or null.
     */
    static int[] trailingSpeaker(ArticleDoc.Sent s, int i) {
        if (!(SAY_LIKE.contains(s.lemma[i]) || Lexicon.CLAUSE_CUES.contains(s.lemma[i])) || !s.pos[i].startsWith("VB") || s.child(i, "ccomp") > i) {
            return null;
        }
        int e = i + 1;
        while (e < s.size() && !isPunct(s.word[e])) {
            // only a short adjunct may follow: "said Tuesday", "said in an interview"
            String p = s.pos[e];
            if (e - i > 5 || !(p.equals("IN") || p.equals("DT") || p.startsWith("NN") || p.equals("CD") || p.equals("RB"))
                    || (e == i + 1 && !p.equals("IN") && !p.equals("RB") && !p.startsWith("NNP"))) {
                return null;
            }
            e++;
        }
        if (e < s.size() && !(s.word[e].equals(".") || s.word[e].equals("!") || s.word[e].equals("?")) || e < s.size() - 2) {
            return null;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= 6 && !s.word[k].equals(",")) {
            if (isPunct(s.word[k]) || s.pos[k].startsWith("VB") && k < i - 2) {
                return null;
            }
            k--;
        }
        if (k < 3 || k == i - 1 || !s.word[k].equals(",") || isQuoteMark(s.word[k - 1])) {
            return null;
        }
        int l = k + 1;
        int r = i - 1;
        while (r > l && (s.pos[r].startsWith("RB") || s.pos[r].equals("MD") || s.pos[r].startsWith("VB"))) {
            r--;
        }
        boolean noun = false;
        for (int t = l; t <= r; t++) {
            noun |= s.pos[t].startsWith("NN") || s.pos[t].equals("PRP") || s.pos[t].equals("JJ") && Character.isUpperCase(s.word[t].charAt(0));
        }
        return noun ? new int[] {k, l, r} : null;
    }

    /**
     * "As for Trump, he said he's not worried." parsed with the clause hung as xcomp/dep/obl: a saying
     * verb with its subject before it and no complement the parser recognised; what follows it is the claim.
     */
    static int looseComplement(ArticleDoc.Sent s, int i) {
        if (!SAY_LIKE.contains(s.lemma[i]) || !s.pos[i].startsWith("VB") || s.child(i, "ccomp") >= 0
                || s.child(i, "obj") >= 0 || i + 2 >= s.size()) {
            return -1;
        }
        int subj = s.child(i, "nsubj");
        int mark = s.child(i, "mark");
        if (subj < 0 || subj > i || mark >= 0 && !(CIRCUMSTANCE_MARKS.contains(s.word[mark].toLowerCase()))) {
            return -1;
        }
        for (int t = i + 1; t < s.size() && mark < 0; t++) {
            if (SAY_LIKE.contains(s.lemma[t]) && s.pos[t].startsWith("VB")) {
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

    /** Verbs of plain saying whose complement the parser sometimes hangs elsewhere. */
    /** The weak stance verbs and the others found rarely annotated inside another speaker's claim. */
    private static final Set<String> NESTED_STANCE = java.util.stream.Stream.concat(FindCuesStage.WEAK_LEMMAS.stream(),
            java.util.stream.Stream.of("support", "see", "show", "read", "expect", "seek", "find", "welcome", "refuse", "encourage",
                    "respond", "question", "pledge", "oppose", "consider", "endorse", "ask", "tweet", "announce", "hope", "fear",
                    "propose", "agree")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Verbs that introduce no quotation of their own ("is", "has", "does"). */
    private static final Set<String> NO_QUOTE_VERBS = Set.of("be", "have", "do");

    static final Set<String> SAY_LIKE = Set.of("say", "tell", "add", "claim", "argue", "insist", "note", "write",
            "warn", "state", "assert", "explain", "contend", "maintain", "declare", "announce", "predict", "acknowledge", "admit",
            "ask", "reply", "respond", "answer", "recall", "joke", "quip", "observe", "remark", "wonder", "concede", "counter", "complain");

    private static final Set<String> CIRCUMSTANCE_MARKS = Set.of("as", "because", "while", "after", "before", "since",
            "although", "though", "until", "whereas");

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
            if (m >= 0 && CIRCUMSTANCE_MARKS.contains(s.word[m].toLowerCase())) {
                continue;
            }
            return k;
        }
        return -1;
    }

    /**
     * A quotation that runs on over the next paragraphs with no attribution of its own belongs to
     * the last speaker (news style: "“...,” Barkley said. ¶ “Then you have ...”").
     */
    private static void continuations(ArticleDoc doc) {
        java.util.Map<Integer, ArticleDoc.Claim> last = new java.util.HashMap<>();
        for (ArticleDoc.Claim c : doc.claims) {
            if (c.paragraph >= 0) {
                last.merge(c.paragraph, c, (a, b) -> b.end > a.end ? b : a);
            }
        }
        int[] firstSent = new int[doc.paragraphs.size()];
        int[] lastSent = new int[doc.paragraphs.size()];
        java.util.Arrays.fill(firstSent, -1);
        for (ArticleDoc.Sent s : doc.sentences) {
            if (s.paragraph >= 0 && s.paragraph < firstSent.length) {
                if (firstSent[s.paragraph] < 0) {
                    firstSent[s.paragraph] = s.index;
                }
                lastSent[s.paragraph] = s.index;
            }
        }
        for (ArticleDoc.Claim c : last.values()) {
            int p = c.paragraph;
            if (c.cue == null || c.cue.type == ArticleDoc.Cue.Type.TWEET_DASH || p >= firstSent.length || firstSent[p] < 0
                    || c.end < doc.sentences.get(lastSent[p]).start) {
                continue; // the paragraph goes on after the claim: nothing runs on
            }
            int end = c.end;
            for (int q = p + 1; q < doc.paragraphs.size() && q <= p + 6; q++) {
                ArticleDoc.Paragraph para = doc.paragraphs.get(q);
                if (firstSent[q] < 0 || para.heading || last.containsKey(q)) {
                    break;
                }
                int at = para.start;
                while (at < para.end && Character.isWhitespace(doc.raw.charAt(at))) {
                    at++;
                }
                char ch = at < para.end ? doc.raw.charAt(at) : ' ';
                if (ch != '“' && ch != '"') {
                    break;
                }
                ArticleDoc.Sent ls = doc.sentences.get(lastSent[q]);
                // a quotation over several paragraphs often closes only in the last one
                end = tokRange(ls, new int[] {0, ls.size() - 1})[1];
            }
            if (end > c.end) {
                c.end = end;
                if (c.quote == QuoteType.INDIRECT || c.quote == QuoteType.NONE) {
                    c.quote = QuoteType.MIXED;
                }
            }
        }
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
     * "“A,” he said. “B.”": when the sentence of a quote-first attribution is followed, in the same
     * paragraph, by another quotation, the quotation resumes and the content runs to its end.
     */
    static int resumedQuoteEnd(ArticleDoc doc, ArticleDoc.Sent s, int end) {
        int pos = s.end;
        String raw = doc.raw;
        while (pos < raw.length() && raw.charAt(pos) == ' ') {
            pos++;
        }
        int[] q = doc.quoteStartingAt(pos);
        // the tokenizer may have taken an opening '' for the close of the sentence before
        for (int p = Math.max(end, s.end - 2); q == null && p < s.end; p++) {
            q = doc.quoteStartingAt(p);
        }
        return q != null && q[1] > end ? q[1] : end;
    }

    /** No parse (an over-long sentence): "X said that ..." read from the surface. */
    /**
     * "Corey Lewandowski, a Manafort rival whom Trump fired ..., said on CNN, where ..., that ...":
     * a finite saying verb the rules above left without a claim, mostly because the parser broke on
     * a long apposition. The speaker is the noun chunk at the start of the sentence with its
     * appositions, or the chunk right before the verb; what was said is the clause after it (for a
     * verb of the object list, "labeled Mr. Trump unfit", all that follows). On two train quarters:
     * about 150 claims each, 40 % of them with exact source and cue (F1 +0.004 to +0.008).
     */
    private static void clauseCueFallback(ArticleDoc doc) {
        for (ArticleDoc.Sent s : doc.sentences) {
            if (!s.parsed()) {
                continue;
            }
            for (int i = 1; i + 1 < s.size(); i++) {
                // every claim below needs a finite verb (or a participle-tagged one) outside quotations
                if (!s.pos[i].startsWith("VB") || doc.quoteAt(s.tb[i]) != null) {
                    continue;
                }
                boolean objectOnly = !Lexicon.CLAUSE_CUES.contains(s.lemma[i]) && Lexicon.objectCue(s.lemma[i]);
                boolean quoting = !NO_QUOTE_VERBS.contains(s.lemma[i]);
                // "Hillary Clinton cracked, ''I'm a progressive ...''": any verb that introduces a quotation
                int[] introduced = quoting && i + 2 < s.size() && (s.word[i + 1].equals(",") || s.word[i + 1].equals(":"))
                        ? doc.quoteStartingAt(s.tb[i + 2]) : null;
                int[] quotedBefore = quoting && introduced == null
                        && (s.word[i + 1].equals(".") || s.word[i + 1].equals(",")) ? speakerAfterQuoteOf(doc, s, i) : null;
                if (quotedBefore != null) {
                    introduced = quoteBefore(doc, s, quotedBefore[0]);
                }
                if (quoting && introduced == null && quotedBefore == null && isQuoteMark(s.word[i - 1]) && !s.word[i - 1].equals("“")
                        && (s.pos[i].equals("VBD") || s.pos[i].equals("VBZ"))) {
                    // "“France will always be France,” retaliated an angry Hollande."
                    int[] sp = speakerAfter(s, i);
                    int[] q = sp == null ? null : quoteBefore(doc, s, i);
                    if (q != null) {
                        quotedBefore = sp;
                        introduced = q;
                    }
                }
                if (i + 3 >= s.size() && introduced == null) {
                    continue;
                }
                if (!(Lexicon.CLAUSE_CUES.contains(s.lemma[i]) || objectOnly || introduced != null)
                        || !(s.pos[i].equals("VBD") || s.pos[i].equals("VBZ") || s.pos[i].equals("VBP")
                        || introduced != null && s.pos[i].equals("VBN") && s.child(i, "nsubj") >= 0)) { // "cracked" tagged as a participle
                    continue;
                }
                final int tb = s.tb[i];
                final int te = s.te[i];
                if (doc.claims.stream().anyMatch(c -> c.cueStart >= 0 && c.cueStart < te && c.cueEnd > tb)) {
                    continue;
                }
                int[] src = quotedBefore != null && introduced != null ? new int[] {quotedBefore[0], quotedBefore[1]} : fallbackSpeaker(s, i);
                int[] con = src == null ? null : introduced != null ? introduced : objectOnly ? objectContent(s, i) : fallbackContent(doc, s, i);
                if (con == null) {
                    continue;
                }
                ArticleDoc.Cue cue = new ArticleDoc.Cue();
                cue.type = ArticleDoc.Cue.Type.VERB;
                cue.sent = s;
                cue.tok = i;
                int[] span = FindCuesStage.cueSpan(s, i); // "also said", "said in a statement"
                cue.start = s.tb[src[1] < i ? Math.max(span[0], src[1] + 1) : span[0]];
                cue.end = s.te[span[1]];
                int head = src[1];
                for (int k = src[0]; k <= src[1]; k++) {
                    if (s.word[k].equals(",")) {
                        head = k - 1;
                        break;
                    }
                }
                ArticleDoc.Claim c = cueClaim(s, cue, head, src[0], src[1]);
                if (setContent(doc, c, con[0], con[1])) {
                    doc.claims.add(c);
                }
            }
        }
    }

    private static int[] fallbackSpeaker(ArticleDoc.Sent s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.pos[j].startsWith("RB") || s.pos[j].equals("MD"))) {
            j--;
        }
        if (j >= 3 && s.word[j].equals(",")) {
            // "Name, apposition ..., said": the first chunk of the sentence is a name and a comma follows it
            int k = 0;
            while (k < j && CHUNK_POS.contains(s.pos[k])) {
                k++;
            }
            boolean noun = false;
            for (int t = 0; t < k; t++) {
                noun |= s.pos[t].startsWith("NN");
            }
            return noun && k > 0 && s.word[k].equals(",") ? new int[] {0, j} : null;
        }
        if (j >= 2 && s.word[j].equalsIgnoreCase("and")) {
            // "McConnell was quick to embrace the mogul and said this week that ...": the first verb's subject
            for (int k = 0; k < j; k++) {
                if (s.rel[k].equals("nsubj") && !s.pos[k].equals("WDT") && !s.word[k].equalsIgnoreCase("who")) {
                    int[] lr = sourceRange(s, k);
                    return lr[1] < j ? lr : null;
                }
            }
            return null;
        }
        int[] ss = surfaceSource(s, i);
        if (ss == null || ss[1] != j || (ss[0] > 0 && (s.pos[ss[0] - 1].equals("VBN") || s.pos[ss[0] - 1].equals("VBG")))) {
            return null; // "A news report published Wednesday said": not "Wednesday"
        }
        return ss;
    }

    /** What follows an object cue to the end of the sentence, unless a preposition or punctuation comes first. */
    private static int[] objectContent(ArticleDoc.Sent s, int i) {
        int end = s.size() - 1;
        if (end - i < 2 || isPunct(s.word[i + 1]) || s.pos[i + 1].equals("IN")) {
            return null;
        }
        return tokRange(s, new int[] {i + 1, end});
    }

    private static int[] fallbackContent(ArticleDoc doc, ArticleDoc.Sent s, int i) {
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

    private static void surfaceClaim(ArticleDoc doc, ArticleDoc.Cue cue) {
        ArticleDoc.Sent s = cue.sent;
        int i = cue.tok;
        int[] src = surfaceSource(s, i);
        if (src == null) {
            return;
        }
        int from = i + 1;
        int to = from;
        while (to + 1 < s.size() && to - from < 80 && !s.word[to + 1].equals(".")) {
            to++;
        }
        if (from >= s.size() || to - from < 2) {
            return;
        }
        ArticleDoc.Claim c = cueClaim(s, cue, src[1], src[0], src[1]);
        int[] content = tokRange(s, new int[] {from, to});
        if (setContent(doc, c, content[0], content[1])) {
            doc.claims.add(c);
        }
    }

    private static int[] tokRange(ArticleDoc.Sent s, int[] lr) {
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

    private static int[] trimSentence(ArticleDoc.Sent s) {
        return tokRange(s, new int[] {0, s.size() - 1});
    }

    /**
     * Sets the content span, widening it to the quotation marks when it touches a quotation (PolNeAR
     * keeps the marks and the final stop inside them), and decides DIRECT / MIXED / INDIRECT.
     */
    static boolean setContent(ArticleDoc doc, ArticleDoc.Claim c, int cs, int ce) {
        String raw = doc.raw;
        while (cs < ce && Character.isWhitespace(raw.charAt(cs))) {
            cs++;
        }
        while (ce > cs && Character.isWhitespace(raw.charAt(ce - 1))) {
            ce--;
        }
        if (ce <= cs) {
            return false;
        }
        // the complementizer is not part of what is claimed (contract example: "claimed that Iran ..." -> "Iran ...")
        if (c.sent != null && ce - cs > 5 && raw.regionMatches(true, cs, "that", 0, 4) && Character.isWhitespace(raw.charAt(cs + 4))) {
            int t = c.sent.tokenAt(cs);
            if (t >= 0 && (!c.sent.parsed() || c.sent.rel[t].equals("mark") || c.sent.rel[t].equals("dep"))) {
                cs += 4;
                while (cs < ce && Character.isWhitespace(raw.charAt(cs))) {
                    cs++;
                }
            }
        }
        boolean quoted = false;
        List<int[]> near = new ArrayList<>();
        int[] first = doc.quoteAt(cs);
        if (first != null) {
            near.add(first);
        }
        for (int p = cs; p < ce; p++) {
            int[] q = doc.quoteStartingAt(p);
            if (q != null && q != first) {
                near.add(q);
            }
        }
        for (int[] q : near) {
            if (q[1] <= cs || q[0] >= ce) {
                continue;
            }
            // do not widen over the cue itself
            boolean cueInside = c.cueStart >= 0 && c.cueStart < Math.max(ce, q[1]) && c.cueEnd > Math.min(cs, q[0]);
            boolean cueWasInside = c.cueStart >= 0 && c.cueStart < ce && c.cueEnd > cs;
            if (cueInside && !cueWasInside) {
                // clip to the side of the cue
                if (q[0] < c.cueStart && c.cueStart < q[1]) {
                    continue;
                }
            }
            if (q[0] >= cs - 2 || q[1] <= ce + 2) {
                if (!(cueInside && !cueWasInside)) {
                    cs = Math.min(cs, q[0]);
                    ce = Math.max(ce, q[1]);
                }
            }
            quoted = true;
        }
        c.start = cs;
        c.end = ce;
        if (!quoted) {
            c.quote = QuoteType.INDIRECT;
        } else {
            int[] q = doc.quoteAt(cs);
            boolean direct = false;
            if (q != null && q[0] == cs && Math.abs(q[1] - ce) <= 1) {
                direct = true;
            }
            c.quote = direct ? QuoteType.DIRECT : QuoteType.MIXED;
        }
        return true;
    }

    private static void accordingClaim(ArticleDoc doc, ArticleDoc.Cue cue) {
        ArticleDoc.Sent s = cue.sent;
        int i = cue.tok;
        int first = cue.type == ArticleDoc.Cue.Type.IN_DOCUMENT ? i + 1 : i + 2;
        if (first >= s.size()) {
            return;
        }
        if (cue.type == ArticleDoc.Cue.Type.IN_DOCUMENT && doc.cues.stream().anyMatch(q -> q.sent == s && q != cue)) {
            return; // "said in an interview", "according to a poll": the other cue has it
        }
        // the source: the nominal after "to"/"per"/"in" up to the end of its subtree (or the next comma)
        int last;
        int head = -1;
        if (s.parsed() && s.head[i] >= 0 && s.head[i] >= first) {
            head = s.head[i];
            last = s.subtree(head, null)[1];
            for (int k = first; k < last; k++) {
                if (s.word[k].equals(",") || s.word[k].equals(";")) {
                    last = k - 1;
                    break;
                }
            }
        } else {
            last = first;
            while (last + 1 < s.size() && !s.word[last + 1].equals(",") && !s.word[last + 1].equals(".")) {
                last++;
            }
        }
        while (last > first && isPunct(s.word[last])) {
            last--;
        }
        if (head < 0) {
            head = last;
        }
        int before0 = 0;
        int before1 = i - 1;
        while (before1 >= 0 && (s.word[before1].equals(",") || s.word[before1].equals("—"))) {
            before1--;
        }
        int after0 = last + 1;
        while (after0 < s.size() && (s.word[after0].equals(",") || s.word[after0].equals(":"))) {
            after0++;
        }
        int after1 = s.size() - 1;
        int nb = before1 - before0 + 1;
        int na = after1 - after0 + 1;
        int[] content;
        if (na >= 3 && na >= nb) {
            content = tokRange(s, new int[] {after0, after1});
        } else if (nb >= 2) {
            content = tokRange(s, new int[] {before0, before1});
        } else {
            return;
        }
        ArticleDoc.Claim c = cueClaim(s, cue, head, first, last);
        if (setContent(doc, c, content[0], content[1])) {
            doc.claims.add(c);
        }
    }

    private static void colonClaim(ArticleDoc doc, ArticleDoc.Cue cue) {
        ArticleDoc.Sent s = cue.sent;
        int k = cue.tok;
        if (k < 0) {
            quoteDashClaim(doc, cue, -k - 1);
            return;
        }
        int from = k + 1;
        if (from >= s.size()) {
            return;
        }
        // a transcript turn runs to the end of its paragraph
        int end = s.end;
        ArticleDoc.Paragraph p = s.paragraph >= 0 && s.paragraph < doc.paragraphs.size() ? doc.paragraphs.get(s.paragraph) : null;
        if (p != null && p.end > end && p.end - s.start < 5000) {
            end = p.end;
        }
        int l = 0;
        while (l < k && isQuoteMark(s.word[l])) {
            l++;
        }
        ArticleDoc.Claim c = cueClaim(s, cue, k - 1, l, k - 1);
        int ce = end;
        while (ce > s.tb[from] && ".".indexOf(doc.raw.charAt(ce - 1)) >= 0) {
            ce--;
        }
        // "Clinton: 1,769" is a tally, not a transcript turn
        if (setContent(doc, c, s.tb[from], ce) && !doc.raw.substring(c.start, c.end).matches("[\\d.,%\\s]+")) {
            if (c.quote == QuoteType.INDIRECT) {
                c.quote = QuoteType.DIRECT; // a transcript turn is verbatim
            }
            doc.claims.add(c);
        }
    }

    private static void quoteColonClaim(ArticleDoc doc, ArticleDoc.Cue cue) {
        ArticleDoc.Sent s = cue.sent;
        int k = cue.tok;
        int first = FindCuesStage.quoteColonSpeaker(doc, s, k);
        int[] q = first < 0 ? null : doc.quoteStartingAt(s.tb[k + 1]);
        if (q == null) {
            return;
        }
        ArticleDoc.Claim c = cueClaim(s, cue, k - 1, first, k - 1);
        if (setContent(doc, c, q[0], q[1])) {
            doc.claims.add(c);
        }
    }

    private static void quoteDashClaim(ArticleDoc doc, ArticleDoc.Cue cue, int dash) {
        ArticleDoc.Sent s = cue.sent;
        int[] q = doc.quoteEndingAt(s.tb[dash]);
        if (q == null) {
            q = doc.quoteEndingAt(s.tb[dash] - 1);
        }
        if (q == null) {
            return;
        }
        int j = dash + 1;
        while (j + 1 < s.size() && j - dash < 4 && !isPunct(s.word[j + 1]) && Character.isUpperCase(s.word[j + 1].charAt(0))) {
            j++;
        }
        ArticleDoc.Claim c = cueClaim(s, cue, j, dash + 1, j);
        if (setContent(doc, c, q[0], q[1])) {
            c.quote = QuoteType.DIRECT;
            doc.claims.add(c);
        }
    }

    // ---------------------------------------------------------------- unattributed

    private static void unattributed(ArticleDoc doc) {
        // a sentence is taken when it holds a cue or more than half of it is some claim's content
        Set<Integer> coveredSentences = new HashSet<>();
        for (ArticleDoc.Claim c : doc.claims) {
            if (c.sent != null && c.cueStart >= c.sent.start && c.cueStart < c.sent.end) {
                coveredSentences.add(c.sent.index);
            }
            for (int k = doc.firstSentenceEndingAfter(c.start); k < doc.sentences.size(); k++) {
                ArticleDoc.Sent s = doc.sentences.get(k);
                if (s.start >= c.end) {
                    break;
                }
                int ov = Math.min(s.end, c.end) - Math.max(s.start, c.start);
                if (ov > (s.end - s.start) / 2) {
                    coveredSentences.add(k);
                }
            }
        }
        for (ArticleDoc.Sent s : doc.sentences) {
            int words = 0;
            for (String w : s.word) {
                if (!isPunct(w)) {
                    words++;
                }
            }
            if (words < 4) {
                continue;
            }
            int l = 0;
            int r = s.size() - 1;
            String lastW = s.word[r];
            boolean ends = lastW.endsWith(".") || lastW.endsWith("!") || lastW.endsWith("?")
                    || (r > 0 && isQuoteMark(lastW) && (s.word[r - 1].endsWith(".") || s.word[r - 1].endsWith("!") || s.word[r - 1].endsWith("?")))
                    || lastW.equals(")") || isQuoteMark(lastW);
            if (!ends) {
                continue;
            }
            int ss = s.tb[l];
            int se = s.te[r];
            if (se < doc.raw.length() && doc.raw.charAt(se) == '\'' && doc.raw.charAt(se - 1) == '\'') {
                se++; // a closing ''' split by the tokenizer
            }
            boolean covered = coveredSentences.contains(s.index);
            if (covered) {
                continue;
            }
            ArticleDoc.Claim c = new ArticleDoc.Claim();
            c.sent = s;
            c.start = ss;
            c.end = se;
            c.kind = Kind.UNATTRIBUTED;
            c.quote = QuoteType.NONE;
            c.paragraph = s.paragraph;
            doc.claims.add(c);
        }
    }

    static int paragraphOf(ArticleDoc doc, int pos) {
        for (int i = 0; i < doc.paragraphs.size(); i++) {
            ArticleDoc.Paragraph p = doc.paragraphs.get(i);
            if (pos >= p.start && pos < p.end) {
                return i;
            }
        }
        return -1;
    }
}
