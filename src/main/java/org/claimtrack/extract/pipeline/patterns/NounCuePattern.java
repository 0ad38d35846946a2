package org.claimtrack.extract.pipeline.patterns;

import org.claimtrack.extract.pipeline.ArticleDoc;

/**
 * "In a CNN poll released Monday, 50 percent ...": a poll or survey noun cue, read like "according
 * to" (the noun phrase is the source). When the sentence has another cue ("said in an interview",
 * "according to a poll") that cue has the claim. "Said in a statement" is part of the verb's cue,
 * and "a statement released by X said" gives the claim to X ({@link VerbCuePattern}, statement-agent).
 */
final class NounCuePattern extends CueTypePattern {

    static final String NAME = "noun-cue";

    NounCuePattern() {
        super(NAME, ArticleDoc.Cue.Type.IN_DOCUMENT);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        if (cue.tok + 1 < cue.sent.size() && doc.cues.stream().anyMatch(q -> q.sent == cue.sent && q != cue)) {
            return true; // "said in an interview", "according to a poll": the other cue has it
        }
        AccordingToPattern.claimAfter(doc, cue, cue.tok + 1, NAME);
        return true;
    }
}
