package org.claimtrack.extract.pipeline.patterns;

import org.claimtrack.extract.pipeline.ArticleDoc;

/** Building claims: a cue's claim with its source span, added under its pattern's name. */
public final class Claims {

    private Claims() {
    }

    /** A claim of cue in sentence s whose source runs over tokens first..last with its head at head. */
    public static ArticleDoc.Claim cueClaim(ArticleDoc.Sent s, ArticleDoc.Cue cue, int head, int first, int last) {
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

    /** Sets c's content (see {@link Quotes#setContent}) and, when it holds, adds c under pattern. */
    static void addWithContent(ArticleDoc doc, ArticleDoc.Claim c, int start, int end, String pattern) {
        if (Quotes.setContent(doc, c, start, end)) {
            add(doc, c, pattern);
        }
    }

    static void add(ArticleDoc doc, ArticleDoc.Claim c, String pattern) {
        c.pattern = pattern;
        doc.claims.add(c);
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
