package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isPunct;

import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.pipeline.ArticleDoc;

/** "“We will win.” — Donald Trump": a quotation, a dash and a short capitalised name after it. */
final class QuoteDashPattern extends CueTypePattern {

    static final String NAME = "quote-dash";

    QuoteDashPattern() {
        super(NAME, ArticleDoc.Cue.Type.COLON);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        if (cue.tok >= 0) {
            return false;
        }
        ArticleDoc.Sent s = cue.sent;
        int dash = -cue.tok - 1;
        int[] q = doc.quoteEndingAt(s.tb[dash]);
        if (q == null) {
            q = doc.quoteEndingAt(s.tb[dash] - 1);
        }
        if (q == null) {
            return true;
        }
        int j = dash + 1;
        while (j + 1 < s.size() && j - dash < 4 && !isPunct(s.word[j + 1]) && Character.isUpperCase(s.word[j + 1].charAt(0))) {
            j++;
        }
        ArticleDoc.Claim c = Claims.cueClaim(s, cue, j, dash + 1, j);
        if (Quotes.setContent(doc, c, q[0], q[1])) {
            c.quote = QuoteType.DIRECT;
            Claims.add(doc, c, NAME);
        }
        return true;
    }
}
