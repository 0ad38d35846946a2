package org.claimtrack.extract.pipeline;

import java.util.Set;

import org.claimtrack.extract.pipeline.patterns.Contents;
import org.claimtrack.extract.pipeline.patterns.CueWords;
import org.claimtrack.extract.pipeline.patterns.Quotes;
import org.claimtrack.extract.pipeline.patterns.Sources;
import org.claimtrack.extract.pipeline.patterns.Speakers;
import org.claimtrack.extract.pipeline.patterns.Stances;
import org.claimtrack.extract.pipeline.patterns.Tokens;

/**
 * Finds the words that mark an attribution: cue verbs with a subject and a complement (UD: nsubj +
 * ccomp/xcomp/obj, or a parataxis "..., he said"), "according to" / "as per", the dash of an embedded
 * tweet's signature and transcript speaker labels ("PENCE:").
 */
public final class FindCuesStage implements Stage {

    private static final Set<String> LABEL_STOP = Set.of("BREAKING", "UPDATE", "UPDATED", "WATCH", "NOTE", "EXCLUSIVE",
            "VIDEO", "PHOTOS", "LIVE", "READ", "MORE", "ALSO", "RELATED", "EDITOR", "EDITORS", "CORRECTION",
            "SOURCE", "SOURCES", "PHOTO", "WARNING", "ANALYSIS", "OPINION", "FACT", "CHECK", "TIP", "QUESTION", "LATEST");

    @Override
    public void apply(ArticleDoc doc) {
        for (ArticleDoc.Tweet tw : doc.tweets) {
            ArticleDoc.Cue c = new ArticleDoc.Cue();
            c.type = ArticleDoc.Cue.Type.TWEET_DASH;
            c.start = tw.dashStart;
            c.end = tw.dashEnd;
            doc.cues.add(c);
        }
        for (ArticleDoc.Sent s : doc.sentences) {
            labelCue(doc, s);
            for (int k = 1; k + 1 < s.size(); k++) {
                if (quoteColonSpeaker(doc, s, k) >= 0 && doc.cues.stream().noneMatch(c -> c.sent == s && c.type == ArticleDoc.Cue.Type.COLON)) {
                    add(doc, s, ArticleDoc.Cue.Type.QUOTE_COLON, k, s.tb[k], s.te[k]);
                }
            }
            quoteDashCue(doc, s);
            for (int i = 0; i < s.size(); i++) {
                String w = s.word[i].toLowerCase();
                if ((w.equals("according") && i + 1 < s.size() && s.word[i + 1].equalsIgnoreCase("to"))
                        || (w.equals("as") && i + 1 < s.size() && s.word[i + 1].equalsIgnoreCase("per"))) {
                    if (i + 2 < s.size() && !",.;:".contains(s.word[i + 2])) {
                        add(doc, s, ArticleDoc.Cue.Type.ACCORDING, i, s.tb[i], s.te[i + 1]);
                    }
                    continue;
                }
                if (inDocument(s, i)) {
                    add(doc, s, ArticleDoc.Cue.Type.IN_DOCUMENT, i, s.tb[i], s.te[i]);
                    continue;
                }
                if (headlineCue(s, i)) {
                    add(doc, s, ArticleDoc.Cue.Type.VERB, i, s.tb[i], s.te[i]);
                    continue;
                }
                boolean verb = s.parsed() && isVerbCue(doc, s, i);
                if (!verb && surfaceCue(s, i)) {
                    add(doc, s, ArticleDoc.Cue.Type.VERB, i, s.tb[i], s.te[i]);
                    continue;
                }
                if (verb) {
                    int[] span = cueSpan(s, i);
                    add(doc, s, ArticleDoc.Cue.Type.VERB, i, s.tb[span[0]], s.te[span[1]]);
                }
            }
        }
        doc.cues.sort((a, b) -> Integer.compare(a.start, b.start));
    }

    private static final Set<String> CUE_ADVERBS = Set.of("also", "later", "often", "recently", "publicly", "repeatedly",
            "previously", "then", "never", "not", "n't", "already", "once", "again", "further", "privately", "frequently",
            "openly", "explicitly", "flatly", "initially", "first", "earlier", "still", "even", "just", "reportedly");

    /**
     * The cue's words, PolNeAR style: the verb with its auxiliaries, negation and adverbs right before
     * it ("has also said", "did not mention"), its particle, a colon right after ("said:") and "in a
     * (joint, written) statement". Not "of", "in an interview" or "in an email": PolNeAR train leaves
     * them out more often than not.
     */
    public static int[] cueSpan(ArticleDoc.Sent s, int i) {
        int l = i;
        while (l - 1 >= 0 && s.head[l - 1] == i) {
            String r = s.rel[l - 1];
            String w = s.word[l - 1].toLowerCase();
            if (r.startsWith("aux") || r.equals("neg") || (r.equals("advmod") && (CUE_ADVERBS.contains(w) || s.pos[l - 1].equals("RB")))) {
                l--;
            } else {
                break;
            }
        }
        int h = s.head[i];
        if (s.pos[i].equals("VB") && s.rel[i].equals("xcomp") && l >= 2 && s.word[l - 1].equalsIgnoreCase("to")
                && h >= 0 && h < l - 1 && l - 1 - h <= 5 && s.pos[h].startsWith("VB")) {
            l = cueSpan(s, h)[0]; // "went on to say", "continued to say": PolNeAR takes the verb that leads to it
        }
        int r = i;
        for (int k : s.kids.get(i)) {
            if (s.rel[k].equals("compound:prt") && k == r + 1) {
                r = k;
            }
        }
        if (r == i && prepCue(s, i)) {
            r++;
        }
        if (r + 1 < s.size() && s.word[r + 1].equals(":")) {
            r++;
        } else if (r + 3 < s.size() && s.word[r + 1].equalsIgnoreCase("in") && (s.word[r + 2].equalsIgnoreCase("a")
                || s.word[r + 2].equalsIgnoreCase("an"))) {
            for (int k = r + 3; k < Math.min(s.size(), r + 6); k++) {
                String w = s.word[k].toLowerCase();
                if (w.equals("statement")) {
                    r = k;
                    break;
                }
                if (!s.pos[k].startsWith("JJ") && !s.pos[k].startsWith("NN")) {
                    break;
                }
            }
        }
        return new int[] {l, r};
    }

    private static final Set<String> POLL_WORDS = Set.of("poll", "polls", "survey", "surveys");

    /** "In a CNN poll released Monday, 50 percent ...", "... ahead in the polls": the poll is the source. */
    static boolean inDocument(ArticleDoc.Sent s, int i) {
        if (!s.parsed() || !s.word[i].equalsIgnoreCase("in") || !s.rel[i].equals("case")) {
            return false;
        }
        int n = s.head[i];
        if (!(n > i && n - i <= 8 && POLL_WORDS.contains(s.word[n].toLowerCase()) && !s.rel[n].startsWith("nmod"))) {
            return false;
        }
        // at the start of the sentence, or a single poll closing it ("trailing in the polls" is no source)
        int end = s.subtree(n, null)[1];
        boolean first = i == 0 || i == 1 && (s.pos[0].equals("CC") || s.pos[0].equals("RB"));
        boolean last = end + 1 >= s.size() - 1 && !s.word[n].toLowerCase().endsWith("s");
        return first || last;
    }

    private static void add(ArticleDoc doc, ArticleDoc.Sent s, ArticleDoc.Cue.Type type, int tok, int start, int end) {
        ArticleDoc.Cue c = new ArticleDoc.Cue();
        c.type = type;
        c.sent = s;
        c.tok = tok;
        c.start = start;
        c.end = end;
        doc.cues.add(c);
    }

    /** "“...” ― Sonya Herridge": a quotation signed with a dash and a name. */
    private static void quoteDashCue(ArticleDoc doc, ArticleDoc.Sent s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String w = s.word[i];
            if (!(w.equals("―") || w.equals("—") || w.equals("--"))) {
                continue;
            }
            boolean tweetDash = false;
            for (ArticleDoc.Tweet tw : doc.tweets) {
                tweetDash |= tw.dashStart < s.te[i] && s.tb[i] < tw.dashEnd;
            }
            if (tweetDash) {
                continue;
            }
            int[] q = doc.quoteEndingAt(s.tb[i]);
            if (q == null) {
                q = doc.quoteEndingAt(s.tb[i] - 1);
            }
            if (q == null) {
                continue;
            }
            int j = i + 1;
            while (j < s.size() && j - i <= 4 && Character.isUpperCase(s.word[j].charAt(0)) && !Tokens.isPunct(s.word[j])) {
                j++;
            }
            boolean ends = j >= s.size() || Tokens.isPunct(s.word[j]);
            if (j > i + 1 && ends) {
                ArticleDoc.Cue c = new ArticleDoc.Cue();
                c.type = ArticleDoc.Cue.Type.COLON;
                c.sent = s;
                c.tok = -(i + 1); // negative: a quote-dash signature, see patterns.QuoteDashPattern
                c.start = s.tb[i];
                c.end = s.te[i];
                doc.cues.add(c);
            }
        }
    }

    /**
     * "... - Philip Bump: “Two weeks ago, ...”", "Bush: "The mission is ..."": a short name, a colon and
     * a quotation. Returns the name's first token or -1.
     */
    public static int quoteColonSpeaker(ArticleDoc doc, ArticleDoc.Sent s, int k) {
        if (!s.word[k].equals(":") || k + 1 >= s.size() || doc.quoteStartingAt(s.tb[k + 1]) == null) {
            return -1;
        }
        int l = k - 1;
        boolean name = false;
        while (l >= 0 && k - l <= 6) {
            String w = s.word[l];
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || s.pos[l].equals("POS") || s.pos[l].startsWith("NN"))) {
                break;
            }
            name |= s.pos[l].startsWith("NNP");
            l--;
        }
        boolean edge = l < 0 || Set.of("-", "—", "–", "--", ".", ":").contains(s.word[l]);
        return name && edge && l + 1 < k ? l + 1 : -1;
    }

    /** "PENCE: Well, look, ..." or a headline "Pence: Flowers won't be at debate". */
    private static void labelCue(ArticleDoc doc, ArticleDoc.Sent s) {
        int max = Math.min(5, s.size() - 3);
        for (int k = 1; k <= max; k++) {
            if (!s.word[k].equals(":")) {
                continue;
            }
            boolean ok = true;
            boolean allCaps = true;
            boolean person = false;
            for (int j = 0; j < k; j++) {
                String w = s.word[j].replace("\"", "").replace("“", "");
                if (w.isEmpty()) {
                    continue;
                }
                if (!Character.isUpperCase(w.charAt(0)) || LABEL_STOP.contains(w.toUpperCase())) {
                    ok = false;
                }
                if (!w.equals(w.toUpperCase())) {
                    allCaps = false;
                }
                if (s.ner[j].equals("PERSON")) {
                    person = true;
                }
            }
            boolean title = s.index == 0 && k <= 3;
            if (ok && (allCaps || person || title)) {
                add(doc, s, ArticleDoc.Cue.Type.COLON, k, s.tb[k], s.te[k]);
            }
            return;
        }
    }

    private static final Set<String> SURFACE_WORDS = Set.of("say", "says", "said", "state", "states", "stated", "report",
            "reports", "reported", "claim", "claims", "claimed", "suggest", "suggests", "suggested", "add", "adds", "added",
            "note", "notes", "noted", "warn", "warns", "warned", "confirm", "confirms", "confirmed", "assert", "asserts",
            "asserted", "tweeted", "wrote", "told", "insisted", "argued", "announced", "believe", "believes");

    /** "international reports state that ...": a cue word the tagger took for a noun, or a sentence with no parse. */
    static boolean surfaceCue(ArticleDoc.Sent s, int i) {
        if (!SURFACE_WORDS.contains(s.word[i].toLowerCase()) || i + 1 >= s.size() || !s.word[i + 1].equalsIgnoreCase("that")) {
            return false;
        }
        return Sources.surfaceSource(s, i) != null;
    }

    private static final Set<String> FIRST_SECOND_PERSON = Set.of("i", "we", "you", "me", "us", "y'all");

    /** Verbs that are attributions only in some forms (measured on PolNeAR train: "think", "want", "know" rarely are). */
    public static final Set<String> WEAK_LEMMAS = Set.of("think", "want", "know", "believe", "plan",
            "understand", "decide", "wish", "learn", "realize", "realise",
            "feel", "guess", "assume", "doubt", "suspect", "figure", "reckon",
            "intend", "prove", "demonstrate", "recognize", "recognise", "offer");

    /**
     * Cues whose content is the object of a preposition right after the verb ("called for calm",
     * "pointed to the polls", "referring to the debate"); the preposition belongs to the cue.
     */
    private static final java.util.Map<String, Set<String>> PREP_CUES = java.util.Map.ofEntries(
            java.util.Map.entry("call", Set.of("for", "on")),
            java.util.Map.entry("point", Set.of("to")),
            java.util.Map.entry("refer", Set.of("to")),
            java.util.Map.entry("speak", Set.of("of", "about")),
            java.util.Map.entry("talk", Set.of("about")),
            java.util.Map.entry("complain", Set.of("about")),
            java.util.Map.entry("ask", Set.of("about")),
            java.util.Map.entry("warn", Set.of("of", "about")),
            java.util.Map.entry("respond", Set.of("to")),
            java.util.Map.entry("rail", Set.of("against")),
            java.util.Map.entry("balk", Set.of("at")),
            java.util.Map.entry("comment", Set.of("on")),
            java.util.Map.entry("apologize", Set.of("for")),
            java.util.Map.entry("hint", Set.of("at")),
            java.util.Map.entry("allude", Set.of("to")),
            java.util.Map.entry("object", Set.of("to")),
            java.util.Map.entry("react", Set.of("to")),
            java.util.Map.entry("push", Set.of("for")),
            java.util.Map.entry("advocate", Set.of("for")),
            java.util.Map.entry("argue", Set.of("for", "against")),
            java.util.Map.entry("press", Set.of("for")),
            java.util.Map.entry("vouch", Set.of("for")),
            java.util.Map.entry("lash", Set.of("out")));

    /** Verb i is followed by its cue preposition ("pointed to"). */
    public static boolean prepCue(ArticleDoc.Sent s, int i) {
        Set<String> preps = PREP_CUES.get(s.lemma[i]);
        return preps != null && s.pos[i].startsWith("VB") && i + 2 < s.size() && preps.contains(s.word[i + 1].toLowerCase())
                && !Tokens.isPunct(s.word[i + 2]);
    }

    private static final Set<String> WEAK_CLAUSE = Set.of("think", "know", "believe", "learn", "decide", "understand", "realize", "realise");
    private static final Set<String> WEAK_XCOMP = Set.of("want", "plan", "decide", "intend");

    /**
     * A weak verb that is a stance when a third person holds it outside a quotation (measured on PolNeAR
     * train: "X thinks that ..." 0.47, "X knows ..." 0.54, "X wants to ..." 0.39, "I think" inside quotes far less).
     */
    static boolean weakStance(ArticleDoc.Sent s, int i) {
        int subj = s.child(i, "nsubj");
        if (subj < 0 || FIRST_SECOND_PERSON.contains(s.word[subj].toLowerCase())) {
            return false;
        }
        String lemma = s.lemma[i];
        return (WEAK_CLAUSE.contains(lemma) && s.child(i, "ccomp") >= 0) || (WEAK_XCOMP.contains(lemma) && s.child(i, "xcomp") >= 0)
                || (lemma.equals("offer") && s.child(i, "obj") >= 0);
    }

    /** "more likely to say they ...", "took to Twitter to say ...": infinitives of saying outside quotes that are attributions. */
    private static final Set<String> INFINITIVE_SAYING = Set.of("say", "argue", "claim", "suggest", "declare", "insist", "warn", "note");

    static boolean keepLemma(ArticleDoc.Sent s, int i) {
        String lemma = s.lemma[i];
        if (WEAK_LEMMAS.contains(lemma) && !weakStance(s, i)) {
            return false;
        }
        // infinitives ("to say", "to tell") and bare forms of tell/ask are mostly inside quotes
        for (int k : s.kids.get(i)) {
            if (s.rel[k].equals("mark") && s.word[k].equalsIgnoreCase("to")
                    && !(INFINITIVE_SAYING.contains(lemma) && s.rel[i].equals("xcomp"))) {
                return false;
            }
        }
        if (s.pos[i].equals("VB") && (lemma.equals("tell") || lemma.equals("ask") || lemma.equals("call"))) {
            return false;
        }
        return true;
    }

    /** "As X reported, <main clause>": an adverbial as-clause whose content is the clause it modifies. */
    public static boolean asClause(ArticleDoc.Sent s, int i) {
        if (!s.rel[i].equals("advcl") || s.head[i] < 0 || s.child(i, "ccomp") >= 0 || s.child(i, "obj") >= 0) {
            return false;
        }
        int m = s.child(i, "mark");
        return m >= 0 && s.word[m].equalsIgnoreCase("as") && m < i;
    }

    private static final Set<String> HEADLINE_VERBS = Set.of("says", "tells", "claims", "warns", "urges", "slams", "blasts", "praises",
            "calls", "denies", "admits", "accuses", "vows", "rips", "knocks", "defends", "rejects", "endorses", "questions", "attacks",
            "criticizes", "mocks", "predicts", "pledges", "promises", "suggests", "insists", "argues", "asks", "wants", "backs",
            "touts", "hits", "dismisses", "responds", "reacts", "confirms", "reveals", "announces", "unveils", "doubles", "trashes",
            "bashes", "lashes", "fires", "explains", "thanks", "condemns", "demands");

    /**
     * "Jeb Bush Super PAC Chief Praises Marco Rubio Donor", "Bellwether County Says Trump Should Win": a
     * title-case headline (the article's first sentence) whose verb the tagger took for a name.
     */
    public static boolean headlineCue(ArticleDoc.Sent s, int i) {
        if (s.index != 0 || i == 0 || i + 1 >= s.size() || !HEADLINE_VERBS.contains(s.word[i].toLowerCase())
                || !Character.isUpperCase(s.word[i].charAt(0)) || i > 7) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (Character.isLowerCase(s.word[k].charAt(0)) && !s.word[k].equals("of") && !s.word[k].equals("and")) {
                return false; // not title case: the parser reads ordinary sentences well enough
            }
        }
        return !Tokens.isPunct(s.word[i + 1]);
    }

    static boolean isVerbCue(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        String lemma = s.lemma[i];
        boolean clause = Lexicon.CLAUSE_CUES.contains(lemma);
        boolean object = Lexicon.objectCue(lemma);
        boolean xcomp = Lexicon.xcompCue(lemma);
        boolean prep = prepCue(s, i);
        if (!(clause || object || xcomp || prep) || !s.pos[i].startsWith("VB")) {
            return false;
        }
        if (Speakers.invertedSpeaker(s, i) != null && Quotes.quoteBefore(doc, s, i) != null
                && keepLemma(s, i)) {
            return true; // "“...,” said Huffman": whatever the parser made of it
        }
        if (Speakers.speakerAfterQuote(doc, s, i) != null && keepLemma(s, i)) {
            return true; // "“...,” Fox's Chris Wallace said": whatever the parser made of it
        }
        int[] paren = Speakers.parentheticalSpeaker(s, i);
        if (paren != null && CueWords.SAY_LIKE.contains(lemma) && i + 1 < s.size() && s.word[i + 1].equals(",")) {
            return true; // "Biden, Rubio said, had been ..."
        }
        if (Speakers.invertedAfterComma(s, i) != null || Stances.askedQuestion(s, i) != null
                || Stances.sourcelessStance(s, i) != null) {
            return true;
        }
        if (Sources.commaParticiple(s, i) != null && keepLemma(s, i)) {
            return Sources.findSource(s, i, 0) >= 0;
        }
        if (Sources.sayingMark(s, i) || Sources.nounSaying(s, i)
                || Sources.appositiveParticiple(s, i)) {
            return Sources.findSource(s, i, 0) >= 0;
        }
        if ((Speakers.trailingSpeaker(s, i) != null || Contents.looseComplement(s, i) >= 0) && keepLemma(s, i)) {
            return true;
        }
        if (Contents.relativeCue(s, i)) {
            return keepLemma(s, i);
        }
        String rel = s.rel[i];
        boolean statementAcl = rel.equals("acl") && s.head[i] >= 0 && (Lexicon.STATEMENT_WORDS.contains(s.lemma[s.head[i]])
                || Lexicon.TWEET_WORDS.contains(s.lemma[s.head[i]]));
        if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("amod") || (rel.equals("acl") && !statementAcl) || rel.equals("compound")
                || rel.equals("case") || rel.equals("mark") || rel.startsWith("nsubj") || rel.equals("obj")) {
            return false;
        }
        if (!keepLemma(s, i)) {
            return false;
        }
        int subj = Sources.findSource(s, i, 0);
        if (subj >= 0 && FIRST_SECOND_PERSON.contains(s.word[subj].toLowerCase())) {
            return false; // "I think", "you know": talk inside quotes, not the article's attributions
        }
        if (subj < 0) {
            boolean next = i + 1 < s.size() && (s.word[i + 1].equalsIgnoreCase("that") || prep);
            if (!((clause && s.child(i, "ccomp") >= 0) || next || (object && s.pos[i].equals("VBD") && s.child(i, "obj") >= 0))
                    || Sources.surfaceSource(s, i) == null) {
                return false;
            }
            if (prep) {
                return true;
            }
        }
        if (clause && (s.child(i, "ccomp") >= 0 || Contents.smallClause(s, i) >= 0)) {
            return true;
        }
        if (clause && asClause(s, i) && subj >= 0) {
            return true; // "As the Post reported, ..."
        }
        if (prep) {
            return true;
        }
        int np = s.child(i, "nsubj:pass");
        if (clause && np >= 0 && Set.of("this", "that", "it").contains(s.word[np].toLowerCase()) && s.subtree(np, null)[1] == np) {
            return true; // "This was stated in a tweet by X": the claim is the sentence before
        }
        if (xcomp && s.child(i, "xcomp") >= 0) {
            if (lemma.equals("seem") || lemma.equals("appear")) {
                // "Trump seemed to suggest ...": a stance of a person, not "it appears to be"
                return subj >= 0 && (s.ner[subj].equals("PERSON") || Set.of("he", "she").contains(s.word[subj].toLowerCase()));
            }
            return true;
        }
        if (object && s.child(i, "obj") >= 0) {
            int o = s.child(i, "obj");
            // "said it", "told him" alone carry no content
            if (Lexicon.PRONOUNS.contains(s.word[o].toLowerCase()) && s.subtree(o, null)[1] == o
                    && (lemma.equals("say") || lemma.equals("tell") || lemma.equals("add") || lemma.equals("write"))) {
                return false;
            }
            return true;
        }
        if (clause && rel.equals("parataxis")) {
            return true;
        }
        if (clause && subj >= 0) {
            int first = Math.min(i, Sources.sourceRange(s, subj)[0]);
            if (Quotes.quoteBefore(doc, s, first) != null) {
                return true; // "“...,” he said" / "“...,” said Mike Schmidt"
            }
        }
        return clause && Quotes.quoteAfter(doc, s, i) != null;
    }
}
