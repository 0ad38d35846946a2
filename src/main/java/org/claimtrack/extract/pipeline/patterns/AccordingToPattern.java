package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isPunct;
import static org.claimtrack.extract.pipeline.patterns.Tokens.tokRange;

import org.claimtrack.extract.pipeline.ArticleDoc;

/**
 * "According to X, ...", "..., per X": the source is the nominal after the preposition, the content
 * the longer side of the sentence around it. {@link NounCuePattern} reads "in a statement" the same way.
 */
final class AccordingToPattern extends CueTypePattern {

    static final String NAME = "according-to";

    AccordingToPattern() {
        super(NAME, ArticleDoc.Cue.Type.ACCORDING);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        claimAfter(doc, cue, cue.tok + 2, NAME);
        return true;
    }

    /** The claim of a prepositional cue whose source starts at token first. */
    static void claimAfter(ArticleDoc doc, ArticleDoc.Cue cue, int first, String pattern) {
        ArticleDoc.Sent s = cue.sent;
        int i = cue.tok;
        if (first >= s.size()) {
            return;
        }
        int[] src = source(s, i, first);
        int[] content = content(s, i, src[1]);
        if (content != null) {
            ArticleDoc.Claim c = Claims.cueClaim(s, cue, src[2], first, src[1]);
            Claims.addWithContent(doc, c, content[0], content[1], pattern);
        }
    }

    /** The nominal after "to"/"per"/"in" up to the end of its subtree (or the next comma): {first, last, head}. */
    private static int[] source(ArticleDoc.Sent s, int i, int first) {
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
        return new int[] {first, last, head < 0 ? last : head};
    }

    /** The longer side of the sentence, before the cue or after the source ending at last, as chars; or null. */
    private static int[] content(ArticleDoc.Sent s, int i, int last) {
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
        if (na >= 3 && na >= nb) {
            return tokRange(s, new int[] {after0, after1});
        }
        return nb >= 2 ? tokRange(s, new int[] {before0, before1}) : null;
    }
}
