package org.claimtrack.extract.pipeline.patterns;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.FindCuesStage;

/**
 * Attributions with no speaker in the sentence: a stance nobody holds ("Trump is expected to ...",
 * "it appears that ..."), an agentless passive ("it was said that ...", "Duterte has been called
 * ..."), a question put by someone unnamed ("Asked if ..., he said"). Inside a quotation, or under
 * another cue of the sentence, it is that speaker's words and no claim of its own.
 */
final class StancePattern extends CueTypePattern {

    static final String STANCE = "sourceless-stance";
    static final String PASSIVE = "agentless-passive";
    static final String ASKED = "asked-question";

    StancePattern() {
        super(STANCE, ArticleDoc.Cue.Type.VERB);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        ArticleDoc.Sent s = cue.sent;
        int i = cue.tok;
        String pattern = STANCE;
        int[] stance = Stances.seemOrExpected(s, i);
        if (stance == null) {
            stance = Stances.agentlessPassive(s, i);
            pattern = PASSIVE;
        }
        int[] asked = Stances.askedQuestion(s, i);
        if (stance == null && asked != null) {
            // "Asked if ..., he said": the question, put by someone the sentence does not name
            stance = new int[] {FindCuesStage.prepCue(s, i) ? asked[0] + 1 : asked[0], asked[1]};
            pattern = ASKED;
        }
        if (stance == null) {
            return false;
        }
        if (doc.quoteAt(s.tb[i]) != null || otherCue(doc, cue)) {
            return true; // a speaker's own words, or a stance the sentence gives to its speaker
        }
        ArticleDoc.Claim c = Claims.cueClaim(s, cue, i, i, i);
        c.srcStart = -1;
        c.srcEnd = -1;
        c.srcHead = -1;
        Claims.addWithContent(doc, c, s.tb[stance[0]], s.te[stance[1]], pattern);
        return true;
    }

    /** A cue before cue in its sentence that governs it ("officials warned that Iran is expected to ..."). */
    private static boolean otherCue(ArticleDoc doc, ArticleDoc.Cue cue) {
        for (ArticleDoc.Cue q : doc.cues) {
            if (q != cue && q.sent == cue.sent && q.start < cue.start) {
                if (q.tok >= 0 && cue.tok >= 0 && cue.sent.parsed() && !Tokens.governs(cue.sent, q.tok, cue.tok)) {
                    continue; // "X celebrated ..., but the fallout appears significant": another clause's cue
                }
                return true;
            }
        }
        return false;
    }
}
