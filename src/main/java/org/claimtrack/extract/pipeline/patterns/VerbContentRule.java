package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.tokRange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.FindCuesStage;
import org.claimtrack.extract.pipeline.Lexicon;

/**
 * What a verb cue claims, one rule per shape, tried in this order (the first that applies decides,
 * even when it finds nothing). Each returns the content char ranges, or null when it does not apply.
 * The name is the claim's pattern unless a speaker rule of {@link VerbCuePattern} replaces the content.
 */
enum VerbContentRule {

    /** "Even India has more resonance ..., says political scientist John Smith.": all before the comma. */
    INVERTED_AFTER_COMMA("inverted-after-comma") {
        @Override
        List<int[]> contents(VerbReading r) {
            return r.invertedComma == null ? null : one(tokRange(r.s, new int[] {0, r.i - 2}));
        }
    },
    /** "Trump defended the incident, calling the protester “a troublemaker”". */
    COMMA_PARTICIPLE("comma-participle") {
        @Override
        List<int[]> contents(VerbReading r) {
            if (r.participle == null) {
                return null;
            }
            int from = r.s.word[r.i + 1].equalsIgnoreCase("that") ? r.i + 2 : r.i + 1;
            return one(tokRange(r.s, new int[] {from, r.participle[1]}));
        }
    },
    /** "..., driven by an easier process, Romero said.": all before the comma. */
    TRAILING_SPEAKER("trailing-speaker") {
        @Override
        List<int[]> contents(VerbReading r) {
            return r.trail == null ? null : one(tokRange(r.s, new int[] {0, r.trail[0] - 1}));
        }
    },
    /** "As for Trump, he said he's not worried." with the clause hung elsewhere. */
    LOOSE_COMPLEMENT("loose-complement") {
        @Override
        List<int[]> contents(VerbReading r) {
            if (r.loose < 0) {
                return null;
            }
            ArticleDoc.Sent s = r.s;
            int end = s.size() - 1;
            if (s.child(r.i, "mark") >= 0) {
                // "Though he said it resulted in ..., John said": the subordinate clause ends at its comma
                for (int t = r.loose + 1; t < s.size(); t++) {
                    if (s.word[t].equals(",") && r.doc.quoteAt(s.tb[t]) == null) {
                        end = t - 1;
                        break;
                    }
                }
            }
            return one(tokRange(s, new int[] {r.loose, end}));
        }
    },
    /** "hackers who officials say are tied to ...": up to the next stop. */
    RELATIVE_CUE("relative-cue") {
        @Override
        List<int[]> contents(VerbReading r) {
            ArticleDoc.Sent s = r.s;
            if (!Contents.relativeCue(s, r.i)) {
                return null;
            }
            int e = r.i + 1;
            while (e + 1 < s.size() && !Set.of(",", ";", ".", "?", "!", "--", "—").contains(s.word[e + 1])) {
                e++;
            }
            return one(tokRange(s, new int[] {r.i + 1, e}));
        }
    },
    /** "Clinton attacked Trump, saying he would ..." with "saying" parsed as a mark. */
    SAYING_MARK("saying-mark") {
        @Override
        List<int[]> contents(VerbReading r) {
            ArticleDoc.Sent s = r.s;
            return Sources.sayingMark(s, r.i) ? one(tokRange(s, new int[] {r.i + 1, s.subtree(s.head[r.i], null)[1]})) : null;
        }
    },
    /** "called for calm": the object of "for"/"on". */
    PREP_CUE("prep-cue") {
        @Override
        List<int[]> contents(VerbReading r) {
            ArticleDoc.Sent s = r.s;
            int i = r.i;
            if (!FindCuesStage.prepCue(s, i) || r.cue.end <= s.te[i]) {
                return null;
            }
            int[] lr = {i + 2, i + 1};
            for (int k : s.kids.get(i)) {
                if (k > i + 1 && !s.rel[k].equals("punct") && !s.rel[k].equals("conj") && !s.rel[k].equals("cc")) {
                    lr[1] = Math.max(lr[1], s.subtree(k, null)[1]);
                }
            }
            return lr[1] >= lr[0] ? one(tokRange(s, lr)) : List.of();
        }
    },
    /** "As the Post reported, the inspector issued subpoenas": the modified clause without the as-clause. */
    AS_CLAUSE("as-clause") {
        @Override
        List<int[]> contents(VerbReading r) {
            ArticleDoc.Sent s = r.s;
            int i = r.i;
            if (!FindCuesStage.asClause(s, i) || !Lexicon.CLAUSE_CUES.contains(r.lemma)) {
                return null;
            }
            Set<Integer> skip = new HashSet<>();
            skip.add(i);
            int[] whole = s.subtree(s.head[i], skip);
            int[] asSub = s.subtree(i, null);
            int[] lr = asSub[0] > whole[0] ? new int[] {whole[0], asSub[0] - 1} : new int[] {asSub[1] + 1, whole[1]};
            return lr[1] - lr[0] >= 2 ? one(tokRange(s, lr)) : List.of();
        }
    },
    /** "X said that ...": the complement clause, to the end of the clause. */
    COMPLEMENT_CLAUSE("complement-clause") {
        @Override
        List<int[]> contents(VerbReading r) {
            return r.cc >= 0 && Lexicon.CLAUSE_CUES.contains(r.lemma) ? one(complementClause(r.s, r.i, r.cc)) : null;
        }
    },
    /** "X said: “...”": the quotation right after the cue. */
    QUOTE_AFTER("quote-after") {
        @Override
        List<int[]> contents(VerbReading r) {
            return r.qa != null && Lexicon.CLAUSE_CUES.contains(r.lemma) ? one(new int[] {r.qa[0], r.qa[1]}) : null;
        }
    },
    /** "Adelson said much of his talk was about Israel" parsed with "said" as the subject of "Israel". */
    CSUBJ_COMPLEMENT("csubj-complement") {
        @Override
        List<int[]> contents(VerbReading r) {
            ArticleDoc.Sent s = r.s;
            int i = r.i;
            if (!CueWords.SAY_LIKE.contains(r.lemma) || !s.rel[i].equals("csubj") || s.head[i] <= i + 1) {
                return null;
            }
            return one(tokRange(s, new int[] {i + 1, s.subtree(s.head[i], null)[1]}));
        }
    },
    /** "Cruz said if elected he could ..." parsed as an adverbial clause. */
    ADVCL_COMPLEMENT("advcl-complement") {
        @Override
        List<int[]> contents(VerbReading r) {
            int k = CueWords.SAY_LIKE.contains(r.lemma) ? Contents.finiteAdvclAfter(r.s, r.i) : -1;
            if (k < 0) {
                return null;
            }
            int[] lr = r.s.subtree(k, null);
            lr[1] = Contents.extendToClauseEnd(r.s, r.i, k, lr[1]);
            return one(tokRange(r.s, lr));
        }
    },
    /** "“...,” Clinton told union workers": the hearer is the object, the quotation is what was said. */
    HEARER_QUOTE("hearer-quote") {
        @Override
        List<int[]> contents(VerbReading r) {
            boolean applies = r.ob > r.i && CueWords.HEARER_VERBS.contains(r.lemma) && r.quoteBeforeSource != null;
            return applies ? one(new int[] {r.quoteBeforeSource[0], r.quoteBeforeSource[1]}) : null;
        }
    },
    /** "Bush tells reporters outside a polling place that ...", "Johnson says Cruz will leave here". */
    OBJECT_CLAUSE("object-clause") {
        @Override
        List<int[]> contents(VerbReading r) {
            String lemma = r.lemma;
            if (r.ob <= r.i || !(CueWords.SAY_LIKE.contains(lemma) || Lexicon.CLAUSE_CUES.contains(lemma)) || r.clauseAfterObject < 0) {
                return null;
            }
            if (CueWords.HEARER_VERBS.contains(lemma) && !lemma.equals("say") && !lemma.equals("add") && !lemma.equals("write")) {
                // what follows the hearer. When a verb follows right away, clauseAfter gives the object's last
                // word, which then is the clause's subject ("insisted Curiel had ..."): measured better than dropping it
                return one(tokRange(r.s, new int[] {r.clauseAfterObject, r.s.size() - 1}));
            }
            // "suggested Trump went too far": the parser took the clause's subject for the object
            return one(tokRange(r.s, new int[] {r.s.subtree(r.ob, null)[0], r.s.size() - 1}));
        }
    },
    /** "urged Congress to act": the open complement. */
    XCOMP("xcomp") {
        @Override
        List<int[]> contents(VerbReading r) {
            return r.xc >= 0 && Lexicon.xcompCue(r.lemma) ? one(tokRange(r.s, r.s.subtree(r.xc, null))) : null;
        }
    },
    /** "ending what he calls corruption in politics": the whole free relative is the claim. */
    FREE_RELATIVE("free-relative") {
        @Override
        List<int[]> contents(VerbReading r) {
            ArticleDoc.Sent s = r.s;
            int ob = r.ob;
            if (ob < 0 || ob >= r.i || !s.word[ob].equalsIgnoreCase("what") || s.subtree(r.i, null)[1] <= r.i) {
                return null;
            }
            return one(tokRange(s, new int[] {ob, s.subtree(r.i, null)[1]}));
        }
    },
    /** "denounced the decision as reckless": the object with its complements. */
    OBJECT_CUE("object-cue") {
        @Override
        List<int[]> contents(VerbReading r) {
            return r.ob >= 0 && Lexicon.objectCue(r.lemma) ? ObjectContent.of(r) : null;
        }
    },
    /** "The economy, she said, is fine": the clause the cue interrupts, on either side of it. */
    PARATAXIS("parataxis") {
        @Override
        List<int[]> contents(VerbReading r) {
            ArticleDoc.Sent s = r.s;
            int i = r.i;
            if (!s.rel[i].equals("parataxis") || s.head[i] < 0) {
                return null;
            }
            Set<Integer> skip = new HashSet<>();
            skip.add(i);
            int[] whole = s.subtree(s.head[i], skip);
            int[] cueSub = s.subtree(i, null);
            List<int[]> out = new ArrayList<>();
            if (cueSub[0] > whole[0]) {
                out.add(tokRange(s, new int[] {whole[0], cueSub[0] - 1}));
            }
            if (cueSub[1] < whole[1] && whole[1] - cueSub[1] - 1 >= 2) {
                out.add(tokRange(s, new int[] {cueSub[1] + 1, whole[1]}));
            }
            return out;
        }
    },
    /** "“...,” he said": the quotation that ends right before the speaker. */
    QUOTE_BEFORE("quote-before") {
        @Override
        List<int[]> contents(VerbReading r) {
            if (!Lexicon.CLAUSE_CUES.contains(r.lemma)) {
                return null;
            }
            return r.quoteBeforeSource == null ? List.of() : one(new int[] {r.quoteBeforeSource[0], r.quoteBeforeSource[1]});
        }
    };

    final String pattern;

    VerbContentRule(String pattern) {
        this.pattern = pattern;
    }

    /** The content ranges (chars) this rule gives the cue, or null when it does not apply. */
    abstract List<int[]> contents(VerbReading r);

    /** A list one can still change (the speaker rules replace or merge contents). */
    static List<int[]> one(int[] range) {
        List<int[]> out = new ArrayList<>();
        out.add(range);
        return out;
    }

    /** The complement clause cc of cue i, to the end of the clause, stopping before a second cue joined to it. */
    static int[] complementClause(ArticleDoc.Sent s, int i, int cc) {
        int[] lr = s.subtree(cc, null);
        if (lr[0] > i) {
            lr[1] = Contents.extendToClauseEnd(s, i, cc, lr[1]);
        }
        for (int k : s.kids.get(cc)) {
            if (k > cc && Sources.conjCueInContent(s, k)) {
                lr[1] = s.subtree(k, null)[0] - 1;
                while (lr[1] > cc && (Tokens.isPunct(s.word[lr[1]]) || s.rel[lr[1]].equals("cc"))) {
                    lr[1]--;
                }
                break;
            }
        }
        return tokRange(s, lr);
    }
}
