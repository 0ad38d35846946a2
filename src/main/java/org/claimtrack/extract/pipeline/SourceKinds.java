package org.claimtrack.extract.pipeline;

import java.util.Locale;

import java.util.Set;

/**
 * What a source phrase is, for the kind (spec: DOCUMENT is a published document, OFFICIAL_STATEMENT
 * an institution speaking, MEDIA_REPORT other outlets): document nouns ("the inspection report", "a
 * report by the International Energy Agency", "the department's policy", "the journal Science"),
 * the officials of a named body ("Caltrans officials", "district leaders"), outlet names, and the
 * channels a sentence names ("wrote on Facebook", "wrote in her order", "on its website").
 */
final class SourceKinds {

    private SourceKinds() {
    }

    /** Document nouns beyond {@link Lexicon#DOCUMENT_HEADS}. */
    private static final Set<String> MORE_DOCUMENTS = Set.of("policy", "policies", "ordinance", "notice", "agreement",
            "settlement", "rules", "regulation", "regulations", "guidance", "guidelines", "plan", "budget", "contract",
            "suit", "petition", "motion", "affidavit", "brief", "statute", "charter", "treaty", "proposal", "draft",
            "dossier", "inspection", "evaluation", "projection", "projections", "minutes", "opinion", "decision",
            "lawsuits", "complaints", "memos", "letters", "reports", "orders", "rulings", "indictments", "papers",
            "notices", "inquiry", "investigation", "forecast", "budgets", "report");

    /** Nouns after "in" next to the cue that make the claim rest on a document ("wrote in her order"). */
    private static final Set<String> DOCUMENT_CHANNELS = Set.of("order", "ruling", "opinion", "decision", "filing",
            "filings", "lawsuit", "complaint", "report", "letter", "memo", "study", "paper", "affidavit", "motion",
            "brief", "indictment", "court", "documents", "survey", "poll", "judgment", "judgement", "verdict");

    /** Social networks: "on Facebook", "to Instagram", "on Telegram" make the claim a post. */
    private static final Set<String> SOCIAL = Set.of("facebook", "instagram", "telegram", "tiktok", "bluesky", "threads",
            "linkedin", "snapchat", "youtube", "truth", "weibo", "mastodon", "reddit");

    /** Members of a body: with the body's name before them they speak for it ("Caltrans officials"). */
    private static final Set<String> BODY_MEMBERS = Set.of("officials", "leaders", "organizers", "organisers",
            "executives", "administrators", "representatives", "spokespeople", "authorities", "managers", "bosses",
            "chiefs", "commanders", "officers");

    /** Modifiers that name no particular body ("Western officials", "senior officials"). */
    private static final Set<String> VAGUE = Set.of("western", "arab", "foreign", "international", "regional", "local",
            "senior", "top", "some", "several", "many", "other", "unnamed", "anonymous", "former", "current", "two",
            "three", "four", "five", "few", "more", "most", "european", "american", "intelligence", "security",
            "military", "administration", "government", "industry", "party", "campaign", "health", "the", "a", "an",
            "world", "global", "business", "community", "religious", "tribal", "opposition", "rebel", "union");

    /** Common nouns that name an institution before "officials" / "leaders" ("district leaders", "county officials"). */
    private static final Set<String> BODY_WORDS = Set.of("district", "county", "city", "state", "school", "schools",
            "police", "fire", "hospital", "company", "council", "department", "agency", "court", "university", "club",
            "team", "league", "union", "fair", "festival", "tournament", "airport", "transit", "water", "park",
            "board", "federal", "ministry", "embassy", "town", "village", "province", "provincial", "municipal",
            "trust", "airline", "firm", "bank", "museum", "library", "zoo", "prison", "jail", "port", "authority",
            "utility", "plant", "factory", "mine", "church", "diocese", "college", "campus", "stadium", "event");

    /** Government words among a body's modifiers. */
    private static final Set<String> GOV_WORDS = Set.of("district", "county", "city", "state", "school", "schools", "police",
            "fire", "council", "department", "agency", "court", "federal", "ministry", "embassy", "town", "village",
            "province", "provincial", "municipal", "water", "transit", "health", "prison", "jail", "port", "authority",
            "government", "public");

    /** Outlet names {@link ResolveNamesStage#isMedia} does not know. */
    private static final Set<String> OUTLETS = Set.of("cnbc", "espn", "sky", "jazeera", "chronicle", "courier", "inquirer",
            "examiner", "telegraph", "guardian", "newsweek", "axios", "vox", "wired", "economist", "ft", "wsj", "abc",
            "nbc", "cbs", "msnbc", "pbs", "npr", "itv", "rte", "dw", "france24", "euronews", "haaretz", "ap");

    /** Company nouns beyond {@link Lexicon#ORG_HEADS}: "the plant's operator", "the utility". */
    private static final Set<String> COMPANY_NOUNS = Set.of("operator", "utility", "airline", "retailer", "insurer",
            "carrier", "lender", "manufacturer", "maker", "automaker", "carmaker", "drugmaker", "developer", "contractor",
            "supplier", "chain", "startup", "provider", "distributor", "producer", "landlord", "employer");

    static boolean isDocumentHead(String headWord) {
        return Lexicon.DOCUMENT_HEADS.contains(headWord) || MORE_DOCUMENTS.contains(headWord);
    }

    /**
     * Whether the phrase l..r with head h is a document. "report(s)" only when no outlet wrote it ("a
     * report by Reuters", "news reports", "media reports" and a bare "Reports" stay MEDIA_REPORT);
     * "the journal X" is a research publication.
     */
    static boolean isDocument(ArticleDoc.Sent s, int l, int r, int h) {
        for (int i = l; i < r; i++) {
            if (s.word[i].equals("journal") && s.pos[i + 1].startsWith("NNP")) {
                return true;
            }
        }
        if (h < 0 || h >= s.size()) {
            return false;
        }
        if (!isDocumentHead(s.word[h].toLowerCase(Locale.ROOT))) {
            // the parser may head "a lawsuit filed by the tenants" on "tenants": take the phrase's first noun
            h = firstNoun(s, l, r);
            if (h < 0 || !isDocumentHead(s.word[h].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String w = s.word[h].toLowerCase(Locale.ROOT);
        if (!w.equals("report") && !w.equals("reports")) {
            return true;
        }
        // the report's author: its modifiers and a "by / from / in X" right after it
        int to = h;
        if (h + 1 <= r && Set.of("by", "from", "in").contains(s.word[h + 1].toLowerCase(Locale.ROOT))) {
            to = r;
        }
        StringBuilder sb = new StringBuilder();
        boolean modified = false;
        for (int i = l; i <= to; i++) {
            sb.append(s.word[i]).append(' ');
            // "inspection reports" are documents, "international reports" an outlet's
            modified |= i < h && s.pos[i].startsWith("NN");
        }
        String phrase = sb.toString().toLowerCase(Locale.ROOT);
        if (ResolveNamesStage.isMedia(phrase.replace("reports", "")) || mediaName(phrase)) {
            return false;
        }
        return w.equals("report") || modified || to > h;
    }

    /** The last noun of the phrase's first noun run after determiners, adjectives and possessives; -1 if none. */
    private static int firstNoun(ArticleDoc.Sent s, int l, int r) {
        int k = l;
        while (k <= r) {
            while (k <= r && (s.pos[k].equals("DT") || s.pos[k].startsWith("JJ") || s.pos[k].equals("CD") || s.pos[k].startsWith("PRP"))) {
                k++;
            }
            int last = -1;
            while (k <= r && s.pos[k].startsWith("NN")) {
                last = k++;
            }
            if (last < 0) {
                return -1;
            }
            if (k <= r && s.pos[k].equals("POS")) {
                k++;
                continue;
            }
            return last;
        }
        return -1;
    }

    static boolean mediaName(String lower) {
        for (String w : lower.split("[^\\p{L}\\p{N}]+")) {
            if (OUTLETS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "agency" is an outlet only as a news or press agency. */
    static boolean mediaHead(String headWord, String lower) {
        if (headWord.equals("agency") || headWord.equals("agencies")) {
            return lower.contains("news") || lower.contains("press");
        }
        return Lexicon.MEDIA_HEADS.contains(headWord) || mediaName(lower);
    }

    /** A plural member noun after the name of a body: "Caltrans officials", "district leaders", "the agency's officials". */
    static boolean namedBody(ArticleDoc.Sent s, int l, int h) {
        if (h < 0 || h >= s.size() || !BODY_MEMBERS.contains(s.word[h].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = l; i < h; i++) {
            String w = s.word[i].toLowerCase(Locale.ROOT);
            if (VAGUE.contains(w)) {
                continue;
            }
            if (BODY_WORDS.contains(w) || s.pos[i].equals("POS") || s.pos[i].startsWith("NNP")
                    || s.ner[i].equals("ORGANIZATION") || s.ner[i].equals("LOCATION")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a named body is part of government (a place, a public body). */
    static boolean governmentBody(ArticleDoc.Sent s, int l, int h) {
        for (int i = l; i < h; i++) {
            String w = s.word[i].toLowerCase(Locale.ROOT);
            if (GOV_WORDS.contains(w) || Lexicon.GOV_HEADS.contains(w) || s.ner[i].equals("LOCATION")
                    || s.ner[i].equals("MISC") && !VAGUE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A plural organisation noun with no name ("patients' groups", "rights groups"): unnamed people for
     * the kind, though still institutions for a later "it" / "they" (ResolveNamesStage keeps their type).
     */
    static boolean unnamedGroups(ArticleDoc.Sent s, int l, int h) {
        if (h < 0 || h >= s.size() || !s.pos[h].equals("NNS") || !Lexicon.ORG_HEADS.contains(s.word[h].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = l; i <= h; i++) {
            if (s.pos[i].startsWith("NNP") || !s.ner[i].equals("O")) {
                return false;
            }
        }
        return true;
    }

    /** "Harper's campaign", "the mayor's office": the head is a body the person owns, so the body speaks. */
    static boolean bodyOfPerson(ArticleDoc.Sent s, int h) {
        if (h < 0 || h >= s.size() || s.ner[h].equals("PERSON")) {
            return false;
        }
        String w = s.word[h].toLowerCase(Locale.ROOT);
        return Lexicon.ORG_HEADS.contains(w) || Lexicon.GOV_HEADS.contains(w) && !w.startsWith("spokes");
    }

    /**
     * The channel named next to the cue, outside the content: TWEET for a social network ("wrote on
     * Facebook", "said on X"), DOCUMENT for "in her order / in a letter / in court filings",
     * OFFICIAL_STATEMENT for "on its website"; null when none.
     */
    static org.claimtrack.extract.Kind channelNearCue(ArticleDoc.Sent s, int cue, int contentStart, int contentEnd) {
        if (cue < 0) {
            return null;
        }
        for (int i = Math.max(0, cue - 6); i < Math.min(s.size(), cue + 8); i++) {
            if (s.tb[i] >= contentStart && s.te[i] <= contentEnd) {
                continue;
            }
            String w = s.word[i].toLowerCase(Locale.ROOT);
            String prev = i > 0 ? s.word[i - 1].toLowerCase(Locale.ROOT) : "";
            boolean on = prev.equals("on") || prev.equals("to") || prev.equals("via");
            if (on && (SOCIAL.contains(w) || s.word[i].equals("X"))
                    || w.equals("media") && prev.equals("social")) {
                return org.claimtrack.extract.Kind.TWEET;
            }
            if ((w.equals("website") || w.equals("site")) && i >= 2 && (s.word[i - 2].equalsIgnoreCase("on")
                    || i >= 3 && s.word[i - 3].equalsIgnoreCase("on"))) {
                return org.claimtrack.extract.Kind.OFFICIAL_STATEMENT;
            }
            if (DOCUMENT_CHANNELS.contains(w) && i > cue && inPhrase(s, cue, i)) {
                return org.claimtrack.extract.Kind.DOCUMENT;
            }
        }
        return null;
    }

    /** "in" + determiners / possessives / adjectives up to the noun at i, right after the cue (adverbs between). */
    private static boolean inPhrase(ArticleDoc.Sent s, int cue, int i) {
        int k = i - 1;
        while (k > cue && (s.pos[k].equals("DT") || s.pos[k].startsWith("PRP") || s.pos[k].startsWith("JJ")
                || s.pos[k].equals("POS") || s.pos[k].startsWith("NN") || s.pos[k].equals("CD"))) {
            k--;
        }
        if (k <= cue || !s.word[k].equalsIgnoreCase("in")) {
            return false;
        }
        for (int m = cue + 1; m < k; m++) {
            if (!s.pos[m].startsWith("RB") && !s.pos[m].equals("RP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names and types the sources the kind rules know before the general ones: a description of a
     * person named earlier (PERSON), a document (ORGANIZATION, channel DOCUMENT), the members of a
     * named body (GOVERNMENT or ORGANIZATION speaking for it), unnamed groups. False when none applies.
     */
    static boolean classify(ArticleDoc doc, ArticleDoc.Claim c, ArticleDoc.Sent s, int l, int r, int head, String name) {
        String described = DescriptionCoreference.resolve(doc, s, l, r, head);
        if (described != null) {
            c.name = described;
            c.sourceType = org.claimtrack.extract.SourceType.PERSON;
            return true;
        }
        if (isDocument(s, l, r, head)) {
            c.name = name;
            c.sourceType = org.claimtrack.extract.SourceType.ORGANIZATION;
            c.channel = c.channel == null || c.channel == org.claimtrack.extract.Kind.OFFICIAL_STATEMENT
                    ? org.claimtrack.extract.Kind.DOCUMENT : c.channel;
            return true;
        }
        if (namedBody(s, l, head)) {
            c.name = name;
            boolean gov = governmentBody(s, l, head);
            c.sourceType = gov ? org.claimtrack.extract.SourceType.GOVERNMENT : org.claimtrack.extract.SourceType.ORGANIZATION;
            if (!gov && c.channel == null) {
                c.channel = org.claimtrack.extract.Kind.OFFICIAL_STATEMENT;
            }
            return true;
        }
        String hw = head >= 0 && head < s.size() ? s.word[head].toLowerCase(Locale.ROOT) : "";
        if (COMPANY_NOUNS.contains(hw)) {
            c.name = name;
            c.sourceType = org.claimtrack.extract.SourceType.ORGANIZATION;
            return true;
        }
        return false;
    }
}
