package org.claimtrack.extract.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtrack.extract.SourceType;
import org.claimtrack.extract.pipeline.patterns.Sources;

/**
 * Which earlier mention a description may stand for (issue 15, "no confident misattribution"): a
 * bare title ("the mayor") goes only to a person whose own description does not contradict it
 * ("Tomas Reyes, the mayor's press officer" is no mayor), a document's author is the source of the
 * document ("a report by the International Crisis Group"), and a possessive office ("Iran's civil
 * aviation chief") names one identifiable person. When unsure, nothing is resolved.
 */
final class Antecedents {

    /** Singular offices held by one known person ("Chile's civil aviation chief", "the company's chief executive"). */
    static final Set<String> OFFICES = Set.of("chief", "minister", "president", "director", "head", "secretary", "ambassador",
            "commander", "governor", "mayor", "chairman", "chairwoman", "chair", "ceo", "leader", "speaker", "envoy",
            "attorney", "judge", "negotiator", "coach", "founder", "executive", "chancellor", "premier", "governor-general",
            "treasurer", "superintendent", "commissioner", "administrator", "king", "queen", "emir", "sheikh", "ayatollah");
    /** Ranks that make another office: a vice president is no president. */
    private static final Set<String> RANKS = Set.of("vice", "deputy", "former", "assistant", "acting", "associate", "ex", "interim");
    private static final Map<String, String> ABBREVIATIONS = Map.of("sen.", "senator", "sen", "senator", "rep.", "representative",
            "gov.", "governor", "gen.", "general", "pres.", "president", "sec.", "secretary", "amb.", "ambassador", "lt.", "lieutenant");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "any", "no");

    private Antecedents() {
    }

    /** A person mentioned before the description: its resolved name and where its words are. */
    record Candidate(String name, int end, ArticleDoc.Sent sent, int tok, String text) {
    }

    /**
     * The person a bare title ("the minister") stands for: the most recent person unless their own
     * description is a different office, else an earlier person described by the same office; null when unsure.
     */
    static String titled(ArticleDoc doc, int pos, String description) {
        Set<String> said = new HashSet<>(List.of(description.split("\\s+")));
        Set<String> wanted = new HashSet<>();
        for (String w : said) {
            if (!ResolveNamesStage.DETS.contains(w) && !ResolveNamesStage.TITLE_MODIFIERS.contains(w)) {
                wanted.add(normal(w));
            }
        }
        List<Candidate> cands = persons(doc, pos);
        for (int i = 0; i < cands.size(); i++) {
            Set<String> desc = descriptors(cands.get(i));
            if (desc.isEmpty() && i == 0) {
                return cands.get(i).name;
            }
            boolean sameOffice = desc.stream().anyMatch(wanted::contains);
            boolean otherRank = desc.stream().anyMatch(w -> RANKS.contains(w) && !said.contains(w));
            if (sameOffice && !otherRank) {
                return cands.get(i).name;
            }
        }
        return null;
    }

    /** Earlier persons before pos, most recent first (a speaker before a name ending at the same place): speakers, persons in subject position, tweet signatures. */
    static List<Candidate> persons(ArticleDoc doc, int pos) {
        List<Candidate> out = new ArrayList<>();
        for (ArticleDoc.Claim c : doc.claims) {
            if (c.hasSource() && c.srcEnd <= pos && c.srcEnd > pos - 20000 && c.sourceType == SourceType.PERSON && c.name != null) {
                out.add(new Candidate(c.name, c.srcEnd, c.sent, c.srcHead, doc.text(c.srcStart, c.srcEnd)));
            }
        }
        int upTo = doc.firstSentenceEndingAfter(pos);
        for (int si = Math.max(0, upTo - 40); si <= upTo && si < doc.sentences.size(); si++) {
            ArticleDoc.Sent s = doc.sentences.get(si);
            if (s.start >= pos) {
                break;
            }
            for (int i = 0; i < s.size(); i++) {
                if (!s.ner[i].equals("PERSON") || s.te[i] > pos || (i > 0 && s.ner[i - 1].equals("PERSON"))) {
                    continue;
                }
                int j = i;
                while (j + 1 < s.size() && s.ner[j + 1].equals("PERSON")) {
                    j++;
                }
                if (s.te[j] > pos || s.parsed() && !ResolveNamesStage.inSubject(s, j)) {
                    continue;
                }
                out.add(new Candidate(ResolveNamesStage.canonicalPerson(doc, doc.text(s.tb[i], s.te[j])), s.te[j], s, j, ""));
            }
        }
        for (ArticleDoc.Tweet tw : doc.tweets) {
            if (tw.nameEnd <= pos) {
                out.add(new Candidate(ResolveNamesStage.canonicalPerson(doc, ResolveNamesStage.stripTitles(doc.text(tw.nameStart, tw.nameEnd))),
                        tw.nameEnd, null, -1, ""));
            }
        }
        out.sort((a, b) -> Integer.compare(b.end, a.end));
        return out;
    }

    /** The words that describe a mention: titles before the name, its apposition ("a spokesman for ..."), a title source's own words. */
    private static Set<String> descriptors(Candidate k) {
        Set<String> out = new HashSet<>();
        for (String w : k.text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (Lexicon.TITLES.contains(w) && !ResolveNamesStage.DETS.contains(w) && !ResolveNamesStage.TITLE_MODIFIERS.contains(w)
                    || RANKS.contains(w) && !w.isEmpty()) {
                out.add(normal(w));
            }
        }
        ArticleDoc.Sent s = k.sent;
        int t = k.tok;
        if (s == null || t < 0 || t >= s.size() || !s.parsed()) {
            return out;
        }
        for (int c : s.kids.get(t)) {
            if (c < t && (s.rel[c].equals("compound") || s.rel[c].equals("amod")) && !s.ner[c].equals("PERSON")) {
                out.add(normal(s.word[c].toLowerCase(Locale.ROOT)));
            }
            if (s.rel[c].equals("appos")) {
                describe(s, c, out);
            }
        }
        if (s.rel[t].equals("appos") && s.head[t] >= 0) {
            describe(s, s.head[t], out);
        }
        return out;
    }

    /** The head word of an apposition with the compounds and adjectives before it. */
    private static void describe(ArticleDoc.Sent s, int h, Set<String> out) {
        if (s.ner[h].equals("PERSON")) {
            return;
        }
        out.add(normal(s.word[h].toLowerCase(Locale.ROOT)));
        for (int c : s.kids.get(h)) {
            if (c < h && (s.rel[c].equals("compound") || s.rel[c].equals("amod"))) {
                out.add(normal(s.word[c].toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static String normal(String w) {
        return ABBREVIATIONS.getOrDefault(w, w);
    }

    /** "a report by the International Crisis Group": the author token inside l..r of a document noun head, or -1. */
    static int documentAuthor(ArticleDoc.Sent s, int head, int l, int r) {
        if (head < 0 || head >= s.size() || !s.parsed()) {
            return -1;
        }
        String w = s.word[head].toLowerCase(Locale.ROOT);
        if (!Lexicon.DOCUMENT_HEADS.contains(w) && !w.equals("reports")) {
            return -1;
        }
        int a = Sources.agentOfNoun(s, head);
        return a >= l && a <= r && (s.pos[a].startsWith("NN")) ? a : -1;
    }

    /** "Chile's civil aviation chief", "the company's chief executive": one office of a named body, not an anonymous source. */
    static boolean identifiedOfficial(ArticleDoc.Sent s, int l, int head) {
        if (head < 0 || head >= s.size() || !(s.pos[head].equals("NN") || s.pos[head].equals("NNP"))
                || !OFFICES.contains(s.word[head].toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean possessive = false;
        for (int k = l; k < head; k++) {
            if (INDEFINITE.contains(s.word[k].toLowerCase(Locale.ROOT))) {
                return false;
            }
            possessive |= k > l && s.pos[k].equals("POS") && s.pos[k - 1].startsWith("NN");
        }
        return possessive;
    }
}
