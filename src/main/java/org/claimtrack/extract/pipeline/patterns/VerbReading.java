package org.claimtrack.extract.pipeline.patterns;

import org.claimtrack.extract.pipeline.ArticleDoc;

/**
 * What the sentence says around one verb cue: the speaker (from the parse, or from the surface where
 * a speaker rule overrides it) and the complements the content rules choose from.
 */
final class VerbReading {
    final ArticleDoc doc;
    final ArticleDoc.Cue cue;
    final ArticleDoc.Sent s;
    final int i;
    final String lemma;

    /** The speaker's head token, and its token range when read from the surface (else from the parse). */
    int src;
    int[] surface;
    /** The speaker rules that fired ({first, last, head}; trail: {comma, first, last}), or null. */
    int[] invertedQuote;
    int[] invertedComma;
    int[] afterQuote;
    int[] trail;

    int cc;
    int xc;
    int ob;
    int[] qa;
    int[] participle;
    int loose;
    int[] quoteBeforeSource;
    int clauseAfterObject;

    VerbReading(ArticleDoc doc, ArticleDoc.Cue cue) {
        this.doc = doc;
        this.cue = cue;
        this.s = cue.sent;
        this.i = cue.tok;
        this.lemma = s.lemma[i];
    }

    /** Finds the speaker; false when there is none. */
    boolean readSpeaker() {
        src = Sources.findSource(s, i, 0);
        int[] inverted = Speakers.invertedSpeaker(s, i);
        invertedQuote = inverted == null ? null : Quotes.quoteBefore(doc, s, i);
        if (invertedQuote != null) {
            speaker(inverted[2], inverted[0], inverted[1]);
        }
        invertedComma = invertedQuote == null ? Speakers.invertedAfterComma(s, i) : null;
        if (invertedComma != null) {
            speaker(invertedComma[2], invertedComma[0], invertedComma[1]);
        }
        afterQuote = invertedQuote == null && invertedComma == null ? Speakers.speakerAfterQuote(doc, s, i) : null;
        if (afterQuote != null && src >= afterQuote[0] && src <= afterQuote[1]) {
            afterQuote = null; // the parser found the speaker: the usual rules apply
        }
        if (afterQuote != null) {
            speaker(afterQuote[2], afterQuote[0], afterQuote[1]);
        }
        trail = invertedQuote == null && invertedComma == null && afterQuote == null ? Speakers.trailingSpeaker(s, i) : null;
        if (trail != null && (src < trail[1] || src > trail[2])) {
            speaker(trail[2], trail[1], trail[2]); // the parser lost the subject of a sentence-final "..., Devine said."
        }
        return src >= 0 || surfaceSpeaker();
    }

    private void speaker(int head, int first, int last) {
        src = head;
        surface = new int[] {first, last};
    }

    /** The noun chunk before the cue when the parse gave it no subject; false when there is none. */
    private boolean surfaceSpeaker() {
        surface = Sources.surfaceSource(s, i);
        if (surface == null) {
            return false;
        }
        src = surface[1];
        // "Reports citing local sources state": the speaker is the noun before "citing"
        for (int k = surface[0]; k <= surface[1]; k++) {
            if ((s.word[k].equalsIgnoreCase("citing") || s.word[k].equalsIgnoreCase("quoting")) && k > surface[0]) {
                src = k - 1;
                break;
            }
        }
        return true;
    }

    /** Reads the cue's complements (after {@link #readSpeaker}: the quotation before the speaker depends on it). */
    void readComplements() {
        cc = s.child(i, "ccomp");
        for (int k : s.children(i, "ccomp")) {
            if (k > i) {
                cc = k; // "Still, Tad Devine, ..., said on Tuesday that ...": a name misparsed as a clause before the cue
                break;
            }
        }
        if (cc < 0) {
            cc = Contents.smallClause(s, i);
        }
        xc = s.child(i, "xcomp");
        ob = s.child(i, "obj");
        qa = Quotes.quoteAfter(doc, s, i);
        participle = Sources.commaParticiple(s, i);
        loose = Contents.looseComplement(s, i);
        // the quotation ending right before the speaker ("“...,” he told reporters")
        quoteBeforeSource = Quotes.quoteBefore(doc, s, Math.min(i, surface != null ? surface[0] : Sources.sourceRange(s, src)[0]));
        clauseAfterObject = ob > i ? Contents.clauseAfter(s, s.subtree(ob, null)[1]) : -1;
    }
}
