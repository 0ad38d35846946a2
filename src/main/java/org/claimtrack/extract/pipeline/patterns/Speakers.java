package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isPunct;
import static org.claimtrack.extract.pipeline.patterns.Tokens.isQuoteMark;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.Lexicon;

/**
 * Speakers read off the surface where the parse is unreliable: between commas ("..., Blackwell
 * added, ..."), after the verb ("said Huffman"), after a closing quotation ("“...,” an angry Hollande
 * retaliated") and at the end of the sentence ("..., Devine said."). Token indexes, or null.
 */
public final class Speakers {

    private Speakers() {
    }

    /** "..., Blackwell added, ...": a short name or pronoun between a comma (or closing quote) and the cue, then a comma. */
    public static int[] parentheticalSpeaker(ArticleDoc.Sent s, int i) {
        if (i < 2) {
            return null;
        }
        String after = i + 1 < s.size() ? s.word[i + 1] : ".";
        boolean commaAfter = after.equals(",");
        int k = i - 1;
        while (k >= 0 && i - k <= 4 && (s.pos[k].startsWith("NNP") || (k == i - 1 && s.pos[k].equals("PRP")))) {
            k--;
        }
        if (k >= 1 && commaAfter && !s.word[k].equals(",")) {
            // "Mr. Obama, officials said, has become ...": a common noun chunk between the commas
            int c = i - 1;
            while (c >= 0 && i - c <= 4 && Tokens.CHUNK_POS.contains(s.pos[c]) && !s.pos[c].equals("PRP$")) {
                c--;
            }
            if (c >= 1 && c < i - 1 && s.word[c].equals(",") && (s.pos[i - 1].startsWith("NN") || s.pos[i - 1].equals("PRP"))) {
                k = c;
            }
        }
        if (k == i - 1 || k < 0) {
            return null;
        }
        String w = s.word[k];
        boolean closingQuote = w.equals("”") || w.equals("\"") || w.equals("''");
        boolean opener = (w.equals(",") && commaAfter)
                || (closingQuote && (commaAfter || after.equals(".") || after.equals(";")) && k > 0 && s.word[k - 1].equals(","));
        boolean quoted = false;
        for (int t = 0; t < k; t++) {
            quoted |= isQuoteMark(s.word[t]);
        }
        return opener && (quoted || k >= 1) && k > 0 ? new int[] {k + 1, i - 1} : null;
    }

    /**
     * "“...,” said Huffman, who ...": the speaker after a saying verb that follows a closing quote,
     * read from the surface (the parser often makes "said" a modifier of the name). Returns
     * {first, last, head} token indexes or null.
     */
    public static int[] invertedSpeaker(ArticleDoc.Sent s, int i) {
        if (!CueWords.SAY_LIKE.contains(s.lemma[i]) || i < 1 || !s.pos[i].startsWith("VB") || !isQuoteMark(s.word[i - 1])
                || s.word[i - 1].equals("“") || s.word[i - 1].equals("``")) {
            return null;
        }
        return speakerAfter(s, i);
    }

    /**
     * "Even India has more resonance through its films, says political scientist John Smith." The
     * same inverted speaker after a comma with no quotation, when the name runs to the end of the
     * sentence. Returns {first, last, head} or null.
     */
    public static int[] invertedAfterComma(ArticleDoc.Sent s, int i) {
        if (!CueWords.SAY_LIKE.contains(s.lemma[i]) || i < 4 || !s.pos[i].startsWith("VB") || !s.word[i - 1].equals(",")
                || isQuoteMark(s.word[i - 2])) {
            return null;
        }
        if (s.pos[i].equals("VBG") || s.pos[i].equals("VBN")) {
            return null;
        }
        int[] sp = speakerAfter(s, i);
        if (sp == null) {
            return null;
        }
        for (int t = i + 1; t <= sp[1] && !s.word[t].equals(","); t++) {
            if (s.pos[t].startsWith("VB") || s.pos[t].equals("MD")) {
                return null; // "..., says Cruz is wrong": a clause, not a name
            }
        }
        int e = sp[1] + 1;
        while (e < s.size() && isPunct(s.word[e]) && !isQuoteMark(s.word[e])) {
            e++;
        }
        return e >= s.size() ? sp : null;
    }

    /**
     * "“The bullying,” Fox's Chris Wallace said, as the crowd cheered.": a closing quotation, a short
     * name and a saying verb, read off the surface when the parser hung the name elsewhere (two
     * subjects, the quotation's noun taken for the speaker). Returns {first, last, head} or null.
     */
    public static int[] speakerAfterQuote(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        return CueWords.SAY_LIKE.contains(s.lemma[i]) ? speakerAfterQuoteOf(doc, s, i) : null;
    }

    /** {@link #speakerAfterQuote} for any verb: "“France will always be France,” an angry Hollande retaliated." */
    static int[] speakerAfterQuoteOf(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        if (!(s.pos[i].equals("VBD") || s.pos[i].equals("VBZ") || s.pos[i].equals("VBP"))) {
            return null;
        }
        int r = i - 1;
        while (r >= 0 && (s.pos[r].equals("RB") || s.pos[r].equals("MD"))) {
            r--; // "he later said"
        }
        if (r >= 3 && s.word[r].equals(",")) {
            return appositionAfterQuote(doc, s, r);
        }
        int l = r;
        int depth = 0;
        while (l >= 0 && r - l < 10) {
            String p = s.pos[l];
            String w = s.word[l];
            if (w.equals(")") || p.equals("-RRB-")) {
                depth++;
            } else if (w.equals("(") || p.equals("-LRB-")) {
                depth--;
            } else if (depth == 0 && !(p.startsWith("NN") || p.equals("PRP") || p.equals("DT") || p.equals("JJ") || p.equals("POS")
                    || p.equals("CD"))) {
                break;
            }
            l--;
        }
        if (l < 0 || l == r || depth != 0 || !isQuoteMark(s.word[l]) || s.word[l].equals("“") || s.word[l].equals("``")) {
            return null;
        }
        if (doc.quoteEndingAt(s.te[l]) == null && doc.quoteEndingAt(s.te[l] + 1) == null) {
            return null;
        }
        int head = -1;
        int d = 0;
        for (int k = r; k > l && head < 0; k--) {
            if (s.word[k].equals(")")) {
                d++;
            } else if (s.word[k].equals("(")) {
                d--;
            } else if (d == 0 && (s.pos[k].startsWith("NN") || s.pos[k].equals("PRP"))) {
                head = k;
            }
        }
        return head < 0 ? null : new int[] {l + 1, r, head};
    }

    /**
     * "“...,” Jeff Weaver, Sanders' campaign manager, said": a name right after the closing quotation,
     * then an apposition up to the comma before the verb (r). The source keeps that comma, as PolNeAR does.
     */
    private static int[] appositionAfterQuote(ArticleDoc doc, ArticleDoc.Sent s, int r) {
        for (int q = r - 1; q >= 0 && r - q <= 25; q--) {
            if (!isQuoteMark(s.word[q])) {
                continue;
            }
            if (s.word[q].equals("“") || s.word[q].equals("``") || (doc.quoteEndingAt(s.te[q]) == null && doc.quoteEndingAt(s.te[q] + 1) == null)) {
                return null;
            }
            int k = q + 1;
            while (k < r && s.pos[k].startsWith("NNP")) {
                k++;
            }
            if (k == q + 1 || k >= r || !s.word[k].equals(",")) {
                return null; // a name, then the apposition's comma
            }
            return new int[] {q + 1, r, k - 1};
        }
        return null;
    }

    /** The noun phrase right after verb i ("said Geoff Garin, a Democratic pollster"): {first, last, head} or null. */
    static int[] speakerAfter(ArticleDoc.Sent s, int i) {
        int k = i + 1;
        int head = -1;
        while (k < s.size() && k - i <= 8) {
            String p = s.pos[k];
            if (p.startsWith("NN")) {
                head = k;
            } else if (!(head < 0 && (p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$") || p.equals("CD") || p.equals("HYPH")))
                    && !(p.equals("POS") && head >= 0)) {
                break;
            }
            k++;
        }
        if (head < 0) {
            return null;
        }
        // PolNeAR keeps the whole description after the name: "said Geoff Garin, a Democratic pollster
        // working for Priorities USA, a super PAC ...", "said Mr. Schmidt, who bought the property",
        // with the apposition's closing comma when the sentence goes on ("..., a Fed governor, in a speech")
        int r = head;
        for (int q = head + 1; q < s.size(); q++) {
            String w = s.word[q];
            if (w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?") || w.equals("!") || w.equals("(")
                    || (isQuoteMark(w) && !s.pos[q].equals("POS"))) {
                break;
            }
            if (w.equals(",")) {
                if (q + 1 >= s.size()) {
                    break;
                }
                String np = s.pos[q + 1];
                String nw = s.word[q + 1].toLowerCase(java.util.Locale.ROOT);
                if (np.equals("IN") || np.equals("TO") || np.equals("RB") || np.startsWith("VB") || np.equals("CC")
                        || isQuoteMark(s.word[q + 1]) || nw.equals("according")) {
                    if (r > head) {
                        r = q; // the apposition's closing comma
                    }
                    break;
                }
            }
            r = q;
        }
        return new int[] {i + 1, r, head};
    }

    /**
     * "..., driven by an easier process, Romero said." / "..., Devine said on Monday.": a saying verb
     * that ends its sentence after its subject and a comma; what was said is everything before the
     * comma, whatever the parser made of it. Returns {comma, first source token, last source token} or null.
     */
    public static int[] trailingSpeaker(ArticleDoc.Sent s, int i) {
        if (!(CueWords.SAY_LIKE.contains(s.lemma[i]) || Lexicon.CLAUSE_CUES.contains(s.lemma[i])) || !s.pos[i].startsWith("VB") || s.child(i, "ccomp") > i) {
            return null;
        }
        int e = i + 1;
        while (e < s.size() && !isPunct(s.word[e])) {
            // only a short adjunct may follow: "said Tuesday", "said in an interview"
            String p = s.pos[e];
            if (e - i > 5 || !(p.equals("IN") || p.equals("DT") || p.startsWith("NN") || p.equals("CD") || p.equals("RB"))
                    || (e == i + 1 && !p.equals("IN") && !p.equals("RB") && !p.startsWith("NNP"))) {
                return null;
            }
            e++;
        }
        if (e < s.size() && !(s.word[e].equals(".") || s.word[e].equals("!") || s.word[e].equals("?")) || e < s.size() - 2) {
            return null;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= 6 && !s.word[k].equals(",")) {
            if (isPunct(s.word[k]) || s.pos[k].startsWith("VB") && k < i - 2) {
                return null;
            }
            k--;
        }
        if (k < 3 || k == i - 1 || !s.word[k].equals(",") || isQuoteMark(s.word[k - 1])) {
            return null;
        }
        int l = k + 1;
        int r = i - 1;
        while (r > l && (s.pos[r].startsWith("RB") || s.pos[r].equals("MD") || s.pos[r].startsWith("VB"))) {
            r--;
        }
        boolean noun = false;
        for (int t = l; t <= r; t++) {
            noun |= s.pos[t].startsWith("NN") || s.pos[t].equals("PRP") || s.pos[t].equals("JJ") && Character.isUpperCase(s.word[t].charAt(0));
        }
        return noun ? new int[] {k, l, r} : null;
    }

    /**
     * The speaker of a verb the cue finder missed ({@link ClauseCueFallbackPattern}): the sentence's
     * opening noun chunk with its appositions up to the comma before the verb, the subject of the
     * first verb of "X did A and said ...", or the noun chunk right before the verb. {first, last} or null.
     */
    static int[] fallbackSpeaker(ArticleDoc.Sent s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.pos[j].startsWith("RB") || s.pos[j].equals("MD"))) {
            j--;
        }
        if (j >= 3 && s.word[j].equals(",")) {
            // "Name, apposition ..., said": the first chunk of the sentence is a name and a comma follows it
            int k = 0;
            while (k < j && Tokens.CHUNK_POS.contains(s.pos[k])) {
                k++;
            }
            boolean noun = false;
            for (int t = 0; t < k; t++) {
                noun |= s.pos[t].startsWith("NN");
            }
            return noun && k > 0 && s.word[k].equals(",") ? new int[] {0, j} : null;
        }
        if (j >= 2 && s.word[j].equalsIgnoreCase("and")) {
            // "McConnell was quick to embrace the mogul and said this week that ...": the first verb's subject
            for (int k = 0; k < j; k++) {
                if (s.rel[k].equals("nsubj") && !s.pos[k].equals("WDT") && !s.word[k].equalsIgnoreCase("who")) {
                    int[] lr = Sources.sourceRange(s, k);
                    return lr[1] < j ? lr : null;
                }
            }
            return null;
        }
        int[] ss = Sources.surfaceSource(s, i);
        if (ss == null || ss[1] != j || (ss[0] > 0 && (s.pos[ss[0] - 1].equals("VBN") || s.pos[ss[0] - 1].equals("VBG")))) {
            return null; // "A news report published Wednesday said": not "Wednesday"
        }
        return ss;
    }
}
