package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.hasCase;
import static org.claimtrack.extract.pipeline.patterns.Tokens.tokRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.Lexicon;

/** The content of an object cue ("denounced the decision as reckless"): the object with its complements. */
final class ObjectContent {

    /** The cue has no claim at all: a bare pronoun object with nothing said about it ("praised him"). */
    static final List<int[]> DROP = Collections.unmodifiableList(new ArrayList<>());

    private ObjectContent() {
    }

    static List<int[]> of(VerbReading r) {
        ArticleDoc.Sent s = r.s;
        int i = r.i;
        int ob = r.ob;
        int[] lr = s.subtree(ob, null);
        String w = s.word[ob].toLowerCase();
        if (lr[0] == lr[1] && (Lexicon.PRONOUNS.contains(w) || w.endsWith("self") || w.endsWith("selves")) && !saysMore(s, i, ob)) {
            return DROP;
        }
        for (int k : s.kids.get(i)) {
            String rel = s.rel[k];
            if (k > ob && keep(s, k, rel) && !(rel.equals("advcl") && Contents.participleCue(s, k))) {
                lr[1] = Math.max(lr[1], s.subtree(k, null)[1]);
            }
        }
        return VerbContentRule.one(tokRange(s, lr));
    }

    /** "called himself a victim", "accused him of lying": a complement after the pronoun object. */
    private static boolean saysMore(ArticleDoc.Sent s, int i, int ob) {
        boolean more = false;
        for (int k : s.kids.get(i)) {
            if (k > ob && (s.rel[k].equals("advcl") || s.rel[k].equals("xcomp") || (s.rel[k].startsWith("obl") && hasCase(s, k, "of")))) {
                more = true;
            }
        }
        return more;
    }

    /** The cue's dependents that belong to what the object cue claims. */
    private static boolean keep(ArticleDoc.Sent s, int k, String r) {
        return r.equals("xcomp") || r.equals("advcl") || r.equals("ccomp") || r.equals("iobj")
                || (r.equals("advmod") && s.subtree(k, null)[1] > k)
                || (r.startsWith("obl") && (hasCase(s, k, "of") || hasCase(s, k, "for") || hasCase(s, k, "as")
                || hasCase(s, k, "about") || hasCase(s, k, "over") || hasCase(s, k, "to") || hasCase(s, k, "against")));
    }
}
