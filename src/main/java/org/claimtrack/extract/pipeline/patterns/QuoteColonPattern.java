package org.claimtrack.extract.pipeline.patterns;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.FindCuesStage;

/** "Mr. Smith: “We will win.”": a speaker, a colon and the quotation that starts right after it. */
final class QuoteColonPattern extends CueTypePattern {

    static final String NAME = "quote-colon";

    QuoteColonPattern() {
        super(NAME, ArticleDoc.Cue.Type.QUOTE_COLON);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        ArticleDoc.Sent s = cue.sent;
        int k = cue.tok;
        int first = FindCuesStage.quoteColonSpeaker(doc, s, k);
        int[] q = first < 0 ? null : doc.quoteStartingAt(s.tb[k + 1]);
        if (q != null) {
            ArticleDoc.Claim c = Claims.cueClaim(s, cue, k - 1, first, k - 1);
            Claims.addWithContent(doc, c, q[0], q[1], NAME);
        }
        return true;
    }
}
