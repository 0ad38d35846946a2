package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isQuoteMark;

import java.util.ArrayList;
import java.util.List;

import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.pipeline.ArticleDoc;

/** Quotation regions next to a cue, and the content span widened to the quotation it touches. */
public final class Quotes {

    private Quotes() {
    }

    /** The quotation region that starts right after cue token i (skipping ":" and ","), or null. */
    public static int[] quoteAfter(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        int j = i + 1;
        while (j < s.size() && (s.word[j].equals(":") || s.word[j].equals(",") || s.rel != null && j < s.size()
                && (s.rel[j].equals("obl:tmod") || s.rel[j].equals("advmod")) && !isQuoteMark(s.word[j]))) {
            j++;
            if (j - i > 3) {
                break;
            }
        }
        int pos = j < s.size() ? s.tb[j] : s.end;
        if (j >= s.size() && s.word[s.size() - 1].equals(":")) {
            // "Karadsheh says:" with the quotation in the next paragraph
            while (pos < doc.raw.length() && Character.isWhitespace(doc.raw.charAt(pos))) {
                pos++;
            }
        }
        return doc.quoteStartingAt(pos);
    }

    /** The quotation region that ends just before the source of the cue ("“...,” he said"), or null. */
    public static int[] quoteBefore(ArticleDoc doc, ArticleDoc.Sent s, int firstTok) {
        int j = firstTok - 1;
        while (j >= 0 && (s.word[j].equals(",") || s.word[j].equals("--") || s.word[j].equals("—"))) {
            j--;
        }
        if (j < 0 && s.index > 0) {
            // "“Who do they think they are?” | Trump said.": the splitter ended the sentence inside the quotation
            ArticleDoc.Sent prev = doc.sentences.get(s.index - 1);
            if (prev.paragraph == s.paragraph && prev.size() > 0) {
                int pos = prev.te[prev.size() - 1];
                int[] q = doc.quoteEndingAt(pos);
                return q != null ? q : doc.quoteEndingAt(pos + 1);
            }
        }
        if (j < 0) {
            return null;
        }
        int pos = s.te[j];
        int[] q = doc.quoteEndingAt(pos);
        return q != null ? q : doc.quoteEndingAt(pos + 1);
    }

    /**
     * "“A,” he said. “B.”": when the sentence of a quote-first attribution is followed, in the same
     * paragraph, by another quotation, the quotation resumes and the content runs to its end.
     */
    static int resumedQuoteEnd(ArticleDoc doc, ArticleDoc.Sent s, int end) {
        int pos = s.end;
        String raw = doc.raw;
        while (pos < raw.length() && raw.charAt(pos) == ' ') {
            pos++;
        }
        int[] q = doc.quoteStartingAt(pos);
        // the tokenizer may have taken an opening '' for the close of the sentence before
        for (int p = Math.max(end, s.end - 2); q == null && p < s.end; p++) {
            q = doc.quoteStartingAt(p);
        }
        return q != null && q[1] > end ? q[1] : end;
    }

    /**
     * Sets the content span, widening it to the quotation marks when it touches a quotation (PolNeAR
     * keeps the marks and the final stop inside them), and decides DIRECT / MIXED / INDIRECT.
     */
    public static boolean setContent(ArticleDoc doc, ArticleDoc.Claim c, int cs, int ce) {
        int[] span = trimmed(doc, c, cs, ce);
        if (span == null) {
            return false;
        }
        List<int[]> near = quotesTouching(doc, span[0], span[1]);
        boolean quoted = widen(c, near, span);
        c.start = span[0];
        c.end = span[1];
        if (!quoted) {
            c.quote = QuoteType.INDIRECT;
        } else {
            int[] q = doc.quoteAt(c.start);
            boolean direct = q != null && q[0] == c.start && Math.abs(q[1] - c.end) <= 1;
            c.quote = direct ? QuoteType.DIRECT : QuoteType.MIXED;
        }
        return true;
    }

    /** cs..ce without edge spaces and a leading complementizer; null when nothing is left. */
    private static int[] trimmed(ArticleDoc doc, ArticleDoc.Claim c, int cs, int ce) {
        String raw = doc.raw;
        while (cs < ce && Character.isWhitespace(raw.charAt(cs))) {
            cs++;
        }
        while (ce > cs && Character.isWhitespace(raw.charAt(ce - 1))) {
            ce--;
        }
        if (ce <= cs) {
            return null;
        }
        // the complementizer is not part of what is claimed (contract example: "claimed that Iran ..." -> "Iran ...")
        if (c.sent != null && ce - cs > 5 && raw.regionMatches(true, cs, "that", 0, 4) && Character.isWhitespace(raw.charAt(cs + 4))) {
            int t = c.sent.tokenAt(cs);
            if (t >= 0 && (!c.sent.parsed() || c.sent.rel[t].equals("mark") || c.sent.rel[t].equals("dep"))) {
                cs += 4;
                while (cs < ce && Character.isWhitespace(raw.charAt(cs))) {
                    cs++;
                }
            }
        }
        return new int[] {cs, ce};
    }

    /** The quotation around cs and those starting inside cs..ce. */
    private static List<int[]> quotesTouching(ArticleDoc doc, int cs, int ce) {
        List<int[]> near = new ArrayList<>();
        int[] first = doc.quoteAt(cs);
        if (first != null) {
            near.add(first);
        }
        for (int p = cs; p < ce; p++) {
            int[] q = doc.quoteStartingAt(p);
            if (q != null && q != first) {
                near.add(q);
            }
        }
        return near;
    }

    /** Widens span (in place) to the quotations it touches, never over the cue; whether any touched it. */
    private static boolean widen(ArticleDoc.Claim c, List<int[]> near, int[] span) {
        boolean quoted = false;
        for (int[] q : near) {
            int cs = span[0];
            int ce = span[1];
            if (q[1] <= cs || q[0] >= ce) {
                continue;
            }
            // do not widen over the cue itself
            boolean cueInside = c.cueStart >= 0 && c.cueStart < Math.max(ce, q[1]) && c.cueEnd > Math.min(cs, q[0]);
            boolean cueWasInside = c.cueStart >= 0 && c.cueStart < ce && c.cueEnd > cs;
            if (cueInside && !cueWasInside && q[0] < c.cueStart && c.cueStart < q[1]) {
                continue; // clip to the side of the cue
            }
            if ((q[0] >= cs - 2 || q[1] <= ce + 2) && !(cueInside && !cueWasInside)) {
                span[0] = Math.min(cs, q[0]);
                span[1] = Math.max(ce, q[1]);
            }
            quoted = true;
        }
        return quoted;
    }
}
