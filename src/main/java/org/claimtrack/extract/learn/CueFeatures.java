package org.claimtrack.extract.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.FindCuesStage;
import org.claimtrack.extract.pipeline.Lexicon;
import org.claimtrack.extract.pipeline.patterns.CueWords;
import org.claimtrack.extract.pipeline.patterns.Tokens;

/**
 * The candidate cues the rules left alone and their features. A candidate is a parsed verb outside
 * quotations (attributions inside them are dropped anyway) that is no auxiliary and no rule claim's
 * cue. Its features are binary names: lemma, POS, dependency relation and its head's, the relations
 * of its children, who its subject is, the words around it, the lexicon classes the patterns use,
 * its position, and what the rule patterns found in and around its sentence.
 */
public final class CueFeatures {

    private static final Set<String> SUBJ_PRONOUNS = Set.of("he", "she", "they", "i", "we", "you");

    private CueFeatures() {
    }

    /** A candidate: token tok of sentence sent. */
    public record Candidate(ArticleDoc.Sent sent, int tok) {
    }

    /** The candidates of doc in text order, given the claims the rules made so far. */
    public static List<Candidate> candidates(ArticleDoc doc) {
        List<Candidate> out = new ArrayList<>();
        for (ArticleDoc.Sent s : doc.sentences) {
            if (!s.parsed()) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                if (candidate(doc, s, i)) {
                    out.add(new Candidate(s, i));
                }
            }
        }
        return out;
    }

    static boolean candidate(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        if (!s.pos[i].startsWith("VB") || s.rel[i].startsWith("aux") || s.rel[i].equals("cop")
                || doc.quoteAt(s.tb[i]) != null) {
            return false;
        }
        int tb = s.tb[i];
        int te = s.te[i];
        for (ArticleDoc.Claim c : doc.claims) {
            if (c.cueStart >= 0 && c.cueStart < te && c.cueEnd > tb) {
                return false;
            }
        }
        return true;
    }

    /** The feature names of candidate i of s (sorted, no repeats). */
    public static List<String> features(ArticleDoc doc, ArticleDoc.Sent s, int i) {
        Set<String> f = new TreeSet<>();
        String lemma = s.lemma[i].toLowerCase(Locale.ROOT).replaceAll("\\s", "_");
        String rel = s.rel[i];
        int h = s.head[i];
        f.add("lemma=" + lemma);
        f.add("pos=" + s.pos[i]);
        f.add("rel=" + rel);
        f.add("posrel=" + s.pos[i] + "|" + rel);
        f.add("headpos=" + (h < 0 ? "ROOT" : coarse(s.pos[h])));
        f.add("headrel=" + (h < 0 ? "ROOT" : s.rel[h]));
        for (int k : s.kids.get(i)) {
            f.add("kid=" + s.rel[k]);
        }
        subject(s, i, f);
        lexicon(lemma, f);
        if (h >= 0 && h < s.size() && Lexicon.CLAUSE_CUES.contains(s.lemma[h])) {
            f.add("head:clauseCue");
        }
        surface(s, i, f);
        position(doc, s, i, f);
        rules(doc, s, i, f);
        return new ArrayList<>(f);
    }

    private static void subject(ArticleDoc.Sent s, int i, Set<String> f) {
        int subj = s.child(i, "nsubj");
        if (subj < 0) {
            f.add("subj=none");
            return;
        }
        String w = s.word[subj].toLowerCase(Locale.ROOT);
        f.add("subj=" + (SUBJ_PRONOUNS.contains(w) ? "pron" : s.pos[subj].startsWith("NNP") ? "nnp"
                : s.pos[subj].startsWith("NN") ? "nn" : s.pos[subj].equals("WP") || s.pos[subj].equals("WDT") ? "wh" : "other"));
        String ner = s.ner == null ? "O" : s.ner[subj];
        f.add("subjner=" + (ner == null ? "O" : ner));
        String sl = s.lemma[subj].toLowerCase(Locale.ROOT);
        if (Lexicon.ANON_HEADS.contains(sl) || Lexicon.GOV_HEADS.contains(sl) || Lexicon.ORG_HEADS.contains(sl)
                || Lexicon.MEDIA_HEADS.contains(sl) || Lexicon.DOCUMENT_HEADS.contains(sl) || Lexicon.TITLES.contains(sl)) {
            f.add("subj:sourceHead");
        }
    }

    private static void lexicon(String lemma, Set<String> f) {
        if (Lexicon.CLAUSE_CUES.contains(lemma)) {
            f.add("lex:clause");
        }
        if (Lexicon.objectCue(lemma)) {
            f.add("lex:object");
        }
        if (Lexicon.xcompCue(lemma)) {
            f.add("lex:xcomp");
        }
        if (CueWords.SAY_LIKE.contains(lemma)) {
            f.add("lex:sayLike");
        }
        if (CueWords.NESTED_STANCE.contains(lemma)) {
            f.add("lex:stance");
        }
        if (FindCuesStage.WEAK_LEMMAS.contains(lemma)) {
            f.add("lex:weak");
        }
    }

    private static void surface(ArticleDoc.Sent s, int i, Set<String> f) {
        String next = i + 1 < s.size() ? s.word[i + 1].toLowerCase(Locale.ROOT) : "</s>";
        String prev = i > 0 ? s.word[i - 1].toLowerCase(Locale.ROOT) : "<s>";
        f.add("next=" + word(next));
        f.add("prev=" + word(prev));
    }

    /** A closed class of surrounding words; open-class words only by their shape. */
    private static String word(String w) {
        if (Tokens.isQuoteMark(w)) {
            return "QUOTE";
        }
        return switch (w) {
            case "that", "to", ",", ":", ".", "the", "a", "it", "he", "she", "they", "not", "n't", "also", "on", "in", "of",
                 "about", "for", "with", "</s>", "<s>", "who", "and", "if", "whether", "what", "how", "by", "as" -> w;
            default -> "other";
        };
    }

    private static void position(ArticleDoc doc, ArticleDoc.Sent s, int i, Set<String> f) {
        int n = s.size();
        f.add("at=" + (i < 3 ? "start" : i >= n - 3 ? "end" : "mid" + (i * 3 / n)));
        f.add("len=" + (n < 10 ? "short" : n < 25 ? "medium" : n < 45 ? "long" : "verylong"));
        ArticleDoc.Paragraph p = s.paragraph >= 0 && s.paragraph < doc.paragraphs.size() ? doc.paragraphs.get(s.paragraph) : null;
        if (p != null && p.heading) {
            f.add("heading");
        }
        if (doc.quoteAt(s.tb[0]) != null || doc.quoteAt(s.tb[n - 1]) != null) {
            f.add("sentQuoted");
        }
    }

    /** What the rule patterns found: claims of this sentence, a claim over the token, a cue at its head. */
    private static void rules(ArticleDoc doc, ArticleDoc.Sent s, int i, Set<String> f) {
        int inSent = 0;
        int tb = s.tb[i];
        int headStart = s.head[i] >= 0 ? s.tb[s.head[i]] : -1;
        boolean prevSent = false;
        for (ArticleDoc.Claim c : doc.claims) {
            if (!c.attributed()) {
                continue;
            }
            if (c.sent == s) {
                inSent++;
            } else if (c.sent != null && c.sent.index == s.index - 1) {
                prevSent = true;
            }
            if (c.start <= tb && tb < c.end) {
                f.add("rule:inContent");
            }
            if (c.srcStart <= tb && tb < c.srcEnd) {
                f.add("rule:inSource");
            }
            if (headStart >= 0 && c.cueStart <= headStart && headStart < c.cueEnd) {
                f.add("rule:headIsCue");
            }
        }
        f.add("rule:sentClaims=" + Math.min(inSent, 2));
        if (prevSent) {
            f.add("rule:prevSentClaim");
        }
    }

    private static String coarse(String pos) {
        return pos.length() > 2 ? pos.substring(0, 2) : pos;
    }
}
