package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isPunct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.pipeline.ArticleDoc;

/**
 * Where one attribution's words end and the next one's begin, after the patterns have proposed their
 * claims (issue 15, "no confident misattribution"). Three boundaries the parse often misses:
 * <ul>
 * <li>a trailing appositive ", a claim X denied" is X's own claim about what was said before it: the
 * earlier content stops before the comma, and X's claim has that content (pattern {@value #APPOSITIVE}
 * when no cue rule found it);</li>
 * <li>"A argues P, while B insists Q": A's content stops before the conjunction that opens B's claim;</li>
 * <li>a relative clause of the source ("two officials who spoke on condition of anonymity, the ...",
 * "diplomats who asked not to be named said") belongs to the source, not to the content, and a source
 * that is only such a clause gets its noun back.</li>
 * </ul>
 */
public final class ContentBounds {

    /** The pattern of a claim made from a trailing ", a claim X denied" that no cue rule read. */
    public static final String APPOSITIVE = "claim-appositive";

    /** Nouns that stand for what was said before them (", a claim ...", ", an allegation ..."). */
    static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "charge", "charges", "accusation", "accusations",
            "allegation", "allegations", "assertion", "contention", "suggestion", "version", "account", "characterization",
            "description", "assessment", "argument", "view");
    /** What a source does to such a claim. */
    static final Set<String> CLAIM_VERBS = Set.of("deny", "reject", "dismiss", "dispute", "refute", "contest", "rebut",
            "challenge", "disavow", "confirm", "echo", "repeat", "make", "call", "deride", "decry", "denounce", "contradict");
    /** Conjunctions after which a second speaker's claim begins ("P, while B insists Q"). */
    static final Set<String> CONTRAST = Set.of("while", "whereas", "but", "although", "though", "and", "yet");
    private static final Set<String> RELATIVE = Set.of("who", "whom", "whose");
    /** Cue verbs that also name a deed whatever their object ("signed the bill", "ordered the strike", "launched an inquiry"). */
    static final Set<String> DEEDS = Set.of("sign", "order", "launch");
    /** Cue verbs of stance that name a deed when their object is a place, a thing or a visitor ("attacked the convoy"). */
    static final Set<String> DEED_SENSES = Set.of("attack", "blast", "hit", "strike", "target", "welcome", "defend");
    /** Objects that make those verbs a deed: targets, places, things, visitors (people and stances keep the cue). */
    static final Set<String> DEED_OBJECTS = Set.of("convoy", "base", "town", "city", "village", "position", "target", "building",
            "ship", "vessel", "tanker", "plane", "aircraft", "drone", "compound", "embassy", "airport", "airfield", "facility", "camp",
            "checkpoint", "post", "bridge", "school", "hospital", "church", "mosque", "market", "patrol", "border", "territory",
            "frontier", "capital", "port", "coast", "shore", "field", "title", "thesis", "guest", "visitor", "delegation", "crowd",
            "arrival", "tourist", "fan", "ambassador", "refugee", "house", "office", "station", "road", "line", "truck", "car", "bus",
            "train", "tank", "headquarters", "factory", "plant", "pipeline", "refinery", "depot", "warehouse", "hill", "area");

    private ContentBounds() {
    }

    public static void apply(ArticleDoc doc) {
        doc.claims.removeIf(c -> action(doc, c));
        Map<ArticleDoc.Sent, List<ArticleDoc.Claim>> bySent = new HashMap<>();
        for (ArticleDoc.Claim c : doc.claims) {
            if (c.sent != null && c.cue != null && c.sent.parsed()) {
                bySent.computeIfAbsent(c.sent, k -> new ArrayList<>()).add(c);
            }
        }
        for (ArticleDoc.Sent s : doc.sentences) {
            if (!s.parsed() || s.size() < 5) {
                continue;
            }
            List<ArticleDoc.Claim> claims = bySent.getOrDefault(s, new ArrayList<>());
            trailingAppositive(doc, s, claims);
            for (ArticleDoc.Claim c : claims) {
                relativeSource(doc, s, c);
            }
            for (ArticleDoc.Claim c : claims) {
                contrastSplit(doc, s, c, claims);
            }
        }
    }

    /**
     * "President Harlow ordered the assassination ...", "the governor signed the bill", "rebels
     * attacked the convoy": a deed is no attribution. A deed verb is a cue only when what it reports
     * holds a verb ("signed a bill that bans ...", "ordered troops to leave"); a verb of stance with a
     * deed sense loses its cue when its object is a place, a thing or a visitor ("attacked her
     * opponent", "welcomed the decision" stay).
     */
    private static boolean action(ArticleDoc doc, ArticleDoc.Claim c) {
        if (c.cue == null || c.cue.type != ArticleDoc.Cue.Type.VERB || c.sent == null || c.cue.sent != c.sent || c.cue.tok < 0
                || !c.sent.parsed() || c.quote != QuoteType.INDIRECT) {
            return false;
        }
        ArticleDoc.Sent s = c.sent;
        String lemma = s.lemma[c.cue.tok];
        if (!DEEDS.contains(lemma) && !DEED_SENSES.contains(lemma)) {
            return false;
        }
        int l = s.tokenAt(c.start);
        int r = s.tokenAt(c.end - 1);
        if (l < 0 || r < l || c.start < c.cueEnd && c.end > c.cueStart) {
            return false;
        }
        int head = -1;
        for (int t = l; t <= r; t++) {
            if (s.pos[t].startsWith("VB") || s.pos[t].equals("MD")) {
                return false;
            }
            if (head < 0 && (s.head[t] < l || s.head[t] > r)) {
                head = t;
            }
        }
        return DEEDS.contains(lemma) || head >= 0 && (DEED_OBJECTS.contains(s.lemma[head].toLowerCase(Locale.ROOT))
                || s.ner[head].equals("LOCATION"));
    }

    /** ", a claim the U.S. denied": cut the contents that run into it, give X the content before it. */
    private static void trailingAppositive(ArticleDoc doc, ArticleDoc.Sent s, List<ArticleDoc.Claim> claims) {
        for (int p = 1; p + 3 < s.size(); p++) {
            if (!s.word[p].equals(",") && !s.word[p].equals("—") || doc.quoteAt(s.tb[p]) != null) {
                continue;
            }
            int[] m = appositive(s, p);
            if (m == null) {
                continue;
            }
            int srcL = m[0];
            int srcR = m[1];
            int verb = m[2];
            int cueL = m[3];
            ArticleDoc.Claim inner = null;
            for (ArticleDoc.Claim c : claims) {
                if (c.cueStart < s.tb[p] && c.start < s.tb[p] && c.end >= s.te[lastBefore(s, p)] && c.cue.tok != verb) {
                    if (c.end > s.tb[p]) {
                        cutBefore(doc, s, c, p);
                    }
                    if (inner == null || c.start > inner.start) {
                        inner = c;
                    }
                }
            }
            ArticleDoc.Claim x = null;
            for (ArticleDoc.Claim c : claims) {
                if (c.cue.tok == verb) {
                    x = c;
                }
            }
            if (x == null) {
                ArticleDoc.Cue cue = new ArticleDoc.Cue();
                cue.type = ArticleDoc.Cue.Type.VERB;
                cue.sent = s;
                cue.tok = verb;
                cue.start = s.tb[cueL];
                cue.end = s.te[verb];
                x = Claims.cueClaim(s, cue, srcR, srcL, srcR);
                x.pattern = APPOSITIVE;
                claims.add(x);
                doc.claims.add(x);
            } else {
                x.srcStart = s.tb[srcL];
                x.srcEnd = s.te[srcR];
                x.srcHead = srcR;
            }
            int first = 0;
            while (first < p && isPunct(s.word[first])) {
                first++;
            }
            int cs = inner != null ? inner.start : s.tb[first];
            int ce = inner != null ? inner.end : s.te[lastBefore(s, p)];
            if (!Quotes.setContent(doc, x, cs, ce)) {
                doc.claims.remove(x);
                claims.remove(x);
            }
            return;
        }
    }

    /**
     * ", a claim [that] SOURCE [aux/adverbs] VERB ..." after the comma at p, to the sentence's end:
     * {source first, source last, verb, cue first} or null.
     */
    private static int[] appositive(ArticleDoc.Sent s, int p) {
        int q = p + 1;
        if (Set.of("a", "an", "the", "one").contains(s.word[q].toLowerCase(Locale.ROOT))) {
            q++;
        }
        for (int k = 0; k < 2 && q < s.size() && s.pos[q].startsWith("JJ"); k++) {
            q++;
        }
        if (q + 2 >= s.size() || !CLAIM_NOUNS.contains(s.word[q].toLowerCase(Locale.ROOT)) || !s.pos[q].startsWith("NN")) {
            return null;
        }
        int a = q + 1;
        if (Set.of("that", "which").contains(s.word[a].toLowerCase(Locale.ROOT))) {
            a++;
        }
        int b = a;
        while (b < s.size() && b - a < 6 && (Tokens.CHUNK_POS.contains(s.pos[b])
                || s.pos[b].startsWith("VB") && b + 1 < s.size() && s.pos[b + 1].startsWith("NN"))) {
            b++; // "the ruling party"
        }
        if (b == a || b >= s.size()) {
            return null;
        }
        int cueL = b;
        int v = b;
        while (v < s.size() && v - b < 4 && (s.pos[v].equals("MD") || s.pos[v].startsWith("RB")
                || Set.of("have", "be", "do").contains(s.lemma[v]) && v + 1 < s.size() && !isPunct(s.word[v + 1]))) {
            v++;
        }
        if (v >= s.size() || !s.pos[v].startsWith("VB") || !CLAIM_VERBS.contains(s.lemma[v])) {
            return null;
        }
        for (int t = v + 1; t < s.size(); t++) {
            if (s.pos[t].equals("VBD") || s.pos[t].equals("VBZ") || s.pos[t].equals("VBP") || s.word[t].equals(";")) {
                return null; // a new clause: not a bare appositive
            }
        }
        return new int[] {a, b - 1, v, cueL};
    }

    /** The last token before p that is not punctuation. */
    private static int lastBefore(ArticleDoc.Sent s, int p) {
        int e = p - 1;
        while (e > 0 && isPunct(s.word[e]) && !Tokens.isQuoteMark(s.word[e])) {
            e--;
        }
        return e;
    }

    /** Ends c's content at the last word before token p (only where the content is reported, not quoted). */
    private static void cutBefore(ArticleDoc doc, ArticleDoc.Sent s, ArticleDoc.Claim c, int p) {
        if (c.quote == QuoteType.DIRECT || doc.quoteAt(s.tb[p]) != null) {
            return;
        }
        int e = lastBefore(s, p);
        if (s.te[e] > c.start) {
            c.end = s.te[e];
        }
    }

    /**
     * "According to two officials who spoke on condition of anonymity, the ...": a content that opens
     * with the source's relative clause starts after the clause's comma, the clause joining the source.
     * "Three diplomats who asked not to be named said": a source that is the relative clause alone
     * gets its noun back.
     */
    private static void relativeSource(ArticleDoc doc, ArticleDoc.Sent s, ArticleDoc.Claim c) {
        if (!c.hasSource() || c.quote == QuoteType.DIRECT) {
            return;
        }
        int k = s.tokenAt(c.start);
        int srcLast = s.tokenAt(c.srcEnd - 1);
        if (k > 0 && srcLast >= 0 && k > srcLast && RELATIVE.contains(s.word[k].toLowerCase(Locale.ROOT)) && onlyPunct(s, srcLast + 1, k)) {
            for (int m = k + 1; m + 3 < s.size(); m++) {
                if (doc.quoteAt(s.tb[m]) != null) {
                    return;
                }
                if (s.word[m].equals(",")) {
                    int[] rest = {m + 1, s.tokenAt(c.end - 1)};
                    if (rest[1] - rest[0] >= 2) {
                        c.srcEnd = s.te[m - 1];
                        Quotes.setContent(doc, c, s.tb[rest[0]], c.end);
                    }
                    return;
                }
            }
            return;
        }
        int f = s.tokenAt(c.srcStart);
        int h = c.srcHead;
        if (f >= 2 && h >= 0 && h < s.size() && s.pos[h].startsWith("VB") && Set.of("who", "that").contains(s.word[f - 1].toLowerCase(Locale.ROOT))
                && s.pos[f - 2].startsWith("NN")) {
            int l = f - 2;
            while (l > 0 && Tokens.CHUNK_POS.contains(s.pos[l - 1]) && !s.pos[l - 1].equals("PRP")) {
                l--;
            }
            c.srcStart = s.tb[l];
            c.srcHead = f - 2;
        }
    }

    private static boolean onlyPunct(ArticleDoc.Sent s, int from, int to) {
        for (int t = from; t < to; t++) {
            if (!isPunct(s.word[t])) {
                return false;
            }
        }
        return true;
    }

    /** "A argues P, while B insists Q": A's content ends before the conjunction that opens B's claim. */
    private static void contrastSplit(ArticleDoc doc, ArticleDoc.Sent s, ArticleDoc.Claim c, List<ArticleDoc.Claim> claims) {
        if (c.quote == QuoteType.DIRECT || c.cueEnd > c.start) {
            return;
        }
        for (ArticleDoc.Claim o : claims) {
            if (o == c || !o.hasSource() || o.srcStart <= c.start || o.srcStart >= c.end || o.cueStart >= c.end || o.cueStart < o.srcStart) {
                continue;
            }
            int t = s.tokenAt(o.srcStart);
            if (t < 2 || !CONTRAST.contains(s.word[t - 1].toLowerCase(Locale.ROOT)) || doc.quoteAt(s.tb[t - 1]) != null) {
                continue;
            }
            int cut = s.word[t - 2].equals(",") || s.word[t - 2].equals(";") ? t - 2 : t - 1;
            if (s.tb[cut] > c.start) {
                cutBefore(doc, s, c, cut);
            }
        }
    }
}
