package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isQuoteMark;

import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.pipeline.ArticleDoc;

/** "TRUMP: We will win.": a transcript turn, the name before the colon, verbatim to the end of its paragraph. */
final class ColonTurnPattern extends CueTypePattern {

    static final String NAME = "colon-turn";

    ColonTurnPattern() {
        super(NAME, ArticleDoc.Cue.Type.COLON);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        if (cue.tok < 0) {
            return false; // a negative token is a quotation's dash: QuoteDashPattern
        }
        ArticleDoc.Sent s = cue.sent;
        int k = cue.tok;
        int from = k + 1;
        if (from >= s.size()) {
            return true;
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
        ArticleDoc.Claim c = Claims.cueClaim(s, cue, k - 1, l, k - 1);
        int ce = end;
        while (ce > s.tb[from] && ".".indexOf(doc.raw.charAt(ce - 1)) >= 0) {
            ce--;
        }
        // "Clinton: 1,769" is a tally, not a transcript turn
        if (Quotes.setContent(doc, c, s.tb[from], ce) && !doc.raw.substring(c.start, c.end).matches("[\\d.,%\\s]+")) {
            if (c.quote == QuoteType.INDIRECT) {
                c.quote = QuoteType.DIRECT; // a transcript turn is verbatim
            }
            Claims.add(doc, c, NAME);
        }
        return true;
    }
}
