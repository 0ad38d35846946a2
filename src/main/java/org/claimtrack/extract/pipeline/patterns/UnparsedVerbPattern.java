package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.tokRange;

import org.claimtrack.extract.pipeline.ArticleDoc;

/** A verb cue in a sentence with no parse (an over-long sentence): "X said that ..." read from the surface. */
final class UnparsedVerbPattern extends CueTypePattern {

    static final String NAME = "unparsed-verb";

    UnparsedVerbPattern() {
        super(NAME, ArticleDoc.Cue.Type.VERB);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        if (cue.sent.parsed()) {
            return false;
        }
        ArticleDoc.Sent s = cue.sent;
        int i = cue.tok;
        int[] src = Sources.surfaceSource(s, i);
        if (src == null) {
            return true;
        }
        int from = i + 1;
        int to = from;
        while (to + 1 < s.size() && to - from < 80 && !s.word[to + 1].equals(".")) {
            to++;
        }
        if (from >= s.size() || to - from < 2) {
            return true;
        }
        ArticleDoc.Claim c = Claims.cueClaim(s, cue, src[1], src[0], src[1]);
        int[] content = tokRange(s, new int[] {from, to});
        Claims.addWithContent(doc, c, content[0], content[1], NAME);
        return true;
    }
}
