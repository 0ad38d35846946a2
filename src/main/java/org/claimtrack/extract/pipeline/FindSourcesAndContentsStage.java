package org.claimtrack.extract.pipeline;

import static org.claimtrack.extract.pipeline.patterns.Tokens.isPunct;
import static org.claimtrack.extract.pipeline.patterns.Tokens.isQuoteMark;
import static org.claimtrack.extract.pipeline.patterns.Tokens.tokRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.learn.LearnedCues;
import org.claimtrack.extract.pipeline.patterns.ContentBounds;
import org.claimtrack.extract.pipeline.patterns.CueWords;
import org.claimtrack.extract.pipeline.patterns.PatternRegistry;

/**
 * For every cue, finds who is speaking (the source span, PolNeAR style: the whole subject noun
 * phrase) and what is claimed (the content: the complement clause with its "that", or the quotation
 * with its marks). The attribution patterns ({@link PatternRegistry}, package patterns) propose the
 * claims; this stage drops the shapes that are no attribution of the article's, lets quotations run
 * on over paragraphs, and makes the sentences left without any attribution the article's own
 * UNATTRIBUTED claims.
 */
public final class FindSourcesAndContentsStage implements Stage {

    /** The pattern name of the article's own sentences (no attribution pattern produced them). */
    public static final String UNATTRIBUTED = "unattributed";

    private final PatternRegistry patterns;
    private final ClaimProposer learned;

    /** The shipped rules and the shipped learned cues ({@link LearnedCues#shipped()}). */
    public FindSourcesAndContentsStage() {
        this(PatternRegistry.standard(), LearnedCues.shipped());
    }

    public FindSourcesAndContentsStage(PatternRegistry patterns) {
        this(patterns, ClaimProposer.NONE);
    }

    public FindSourcesAndContentsStage(PatternRegistry patterns, ClaimProposer learned) {
        this.patterns = patterns;
        this.learned = learned;
    }

    @Override
    public void apply(ArticleDoc doc) {
        patterns.run(doc);
        learned.propose(doc, patterns);
        ContentBounds.apply(doc);   // after the learned cues too: their contents get the same bounds
        dropQuotedAttributions(doc);
        dropRepeats(doc);
        dropNestedStances(doc);
        dropRareShapes(doc);
        continuations(doc);
        unattributed(doc);
        doc.claims.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
    }

    /**
     * Attributions inside a quotation are the speaker's words, not the article's attributions
     * (measured on PolNeAR train: 1 of 116 such claims is annotated).
     */
    private static void dropQuotedAttributions(ArticleDoc doc) {
        doc.claims.removeIf(c -> {
            if (c.cue == null || c.cue.type == ArticleDoc.Cue.Type.TWEET_DASH || c.cue.type == ArticleDoc.Cue.Type.COLON) {
                return false;
            }
            int[] q = doc.quoteAt(c.cueStart);
            return q != null && !(c.start <= q[0] && c.end >= q[1]);
        });
    }

    /** "“A,” Ms. Hughes said, pointing out ...": a second cue of the same speaker over the same words adds nothing. */
    private static void dropRepeats(ArticleDoc doc) {
        Set<String> seen = new HashSet<>();
        doc.claims.removeIf(c -> c.cue != null && c.cue.type == ArticleDoc.Cue.Type.VERB
                && !seen.add(c.start + ":" + c.end + ":" + c.srcStart + ":" + c.srcEnd));
    }

    /**
     * "Iran is expected to retaliate, officials said": the stance has a speaker after all. "Smith said
     * he believes ...": a stance inside another speaker's claim is part of what that speaker said, not
     * an attribution of its own (on a train quarter about 10 of 190 such cues are annotated; a saying
     * verb there is, one time in two).
     */
    private static void dropNestedStances(ArticleDoc doc) {
        List<ArticleDoc.Claim> sourced = doc.claims.stream().filter(ArticleDoc.Claim::hasSource).toList();
        doc.claims.removeIf(c -> !c.hasSource() && c.cue != null && sourced.stream().anyMatch(o -> o.start <= c.start && c.end <= o.end));
        List<ArticleDoc.Claim> outer = doc.claims.stream().filter(ArticleDoc.Claim::hasSource).toList();
        doc.claims.removeIf(c -> c.cue != null && c.cue.type == ArticleDoc.Cue.Type.VERB && c.cue.sent != null
                && CueWords.NESTED_STANCE.contains(c.cue.sent.lemma[c.cue.tok])
                && outer.stream().anyMatch(o -> o != c && o.start <= c.cueStart && c.cueEnd <= o.end));
    }

    /**
     * Shapes whose cues PolNeAR train rarely annotates (each under 30 % on two train quarters):
     * "continued" outside a quotation, a bare or -s verb under another verb ("could say", "did
     * not say"), a non-saying verb in another verb's complement, "found" after a one-word
     * subject, a "which"/"that" source in a sentence that has another attribution.
     */
    private static void dropRareShapes(ArticleDoc doc) {
        List<ArticleDoc.Claim> before = new ArrayList<>(doc.claims);
        doc.claims.removeIf(c -> {
            if (c.cue == null || c.cue.type != ArticleDoc.Cue.Type.VERB || c.cue.sent == null || c.cue.tok < 0 || !c.cue.sent.parsed()) {
                return false;
            }
            if (c.srcHead >= 0 && c.srcHead < c.cue.sent.size() && c.cue.sent.pos[c.srcHead].equals("WDT")
                    && before.stream().anyMatch(o -> o != c && o.sent == c.sent && o.attributed())) {
                return true; // "a group which signed the letter", beside the sentence's own attribution
            }
            ArticleDoc.Sent s = c.cue.sent;
            int i = c.cue.tok;
            String lemma = s.lemma[i];
            boolean quoted = c.quote == QuoteType.DIRECT || c.quote == QuoteType.MIXED;
            boolean oneWord = c.srcStart >= 0 && !doc.text(c.srcStart, c.srcEnd).contains(" ");
            return lemma.equals("continue") && !quoted
                    || (s.pos[i].equals("VB") || s.pos[i].equals("VBZ")) && s.rel[i].equals("ccomp")
                    || s.rel[i].equals("ccomp") && !Lexicon.CLAUSE_CUES.contains(lemma)
                    || lemma.equals("find") && oneWord;
        });
    }

    /**
     * A quotation that runs on over the next paragraphs with no attribution of its own belongs to
     * the last speaker (news style: "“...,” Barkley said. ¶ “Then you have ...”").
     */
    private static void continuations(ArticleDoc doc) {
        Map<Integer, ArticleDoc.Claim> last = new HashMap<>();
        for (ArticleDoc.Claim c : doc.claims) {
            if (c.paragraph >= 0) {
                last.merge(c.paragraph, c, (a, b) -> b.end > a.end ? b : a);
            }
        }
        int[] firstSent = new int[doc.paragraphs.size()];
        int[] lastSent = new int[doc.paragraphs.size()];
        Arrays.fill(firstSent, -1);
        for (ArticleDoc.Sent s : doc.sentences) {
            if (s.paragraph >= 0 && s.paragraph < firstSent.length) {
                if (firstSent[s.paragraph] < 0) {
                    firstSent[s.paragraph] = s.index;
                }
                lastSent[s.paragraph] = s.index;
            }
        }
        for (ArticleDoc.Claim c : last.values()) {
            int p = c.paragraph;
            if (c.cue == null || c.cue.type == ArticleDoc.Cue.Type.TWEET_DASH || p >= firstSent.length || firstSent[p] < 0
                    || c.end < doc.sentences.get(lastSent[p]).start) {
                continue; // the paragraph goes on after the claim: nothing runs on
            }
            int end = runOnEnd(doc, c, last, firstSent, lastSent);
            if (end > c.end) {
                c.end = end;
                if (c.quote == QuoteType.INDIRECT || c.quote == QuoteType.NONE) {
                    c.quote = QuoteType.MIXED;
                }
            }
        }
    }

    /** The end of the last of the following paragraphs (up to six) that open a quotation and hold no claim. */
    private static int runOnEnd(ArticleDoc doc, ArticleDoc.Claim c, Map<Integer, ArticleDoc.Claim> last, int[] firstSent, int[] lastSent) {
        int p = c.paragraph;
        int end = c.end;
        for (int q = p + 1; q < doc.paragraphs.size() && q <= p + 6; q++) {
            ArticleDoc.Paragraph para = doc.paragraphs.get(q);
            if (firstSent[q] < 0 || para.heading || last.containsKey(q)) {
                break;
            }
            int at = para.start;
            while (at < para.end && Character.isWhitespace(doc.raw.charAt(at))) {
                at++;
            }
            char ch = at < para.end ? doc.raw.charAt(at) : ' ';
            if (ch != '“' && ch != '"') {
                break;
            }
            ArticleDoc.Sent ls = doc.sentences.get(lastSent[q]);
            // a quotation over several paragraphs often closes only in the last one
            end = tokRange(ls, new int[] {0, ls.size() - 1})[1];
        }
        return end;
    }

    /** The sentences left without any attribution become the article's own claims. */
    private static void unattributed(ArticleDoc doc) {
        Set<Integer> coveredSentences = coveredSentences(doc);
        for (ArticleDoc.Sent s : doc.sentences) {
            int words = 0;
            for (String w : s.word) {
                if (!isPunct(w)) {
                    words++;
                }
            }
            if (words < 4 || !endsSentence(s)) {
                continue;
            }
            int ss = s.tb[0];
            int se = s.te[s.size() - 1];
            if (se < doc.raw.length() && doc.raw.charAt(se) == '\'' && doc.raw.charAt(se - 1) == '\'') {
                se++; // a closing ''' split by the tokenizer
            }
            if (coveredSentences.contains(s.index)) {
                continue;
            }
            ArticleDoc.Claim c = new ArticleDoc.Claim();
            c.sent = s;
            c.start = ss;
            c.end = se;
            c.kind = Kind.UNATTRIBUTED;
            c.quote = QuoteType.NONE;
            c.paragraph = s.paragraph;
            c.pattern = UNATTRIBUTED;
            doc.claims.add(c);
        }
    }

    /** A sentence is taken when it holds a cue or more than half of it is some claim's content. */
    private static Set<Integer> coveredSentences(ArticleDoc doc) {
        Set<Integer> covered = new HashSet<>();
        for (ArticleDoc.Claim c : doc.claims) {
            if (c.sent != null && c.cueStart >= c.sent.start && c.cueStart < c.sent.end) {
                covered.add(c.sent.index);
            }
            for (int k = doc.firstSentenceEndingAfter(c.start); k < doc.sentences.size(); k++) {
                ArticleDoc.Sent s = doc.sentences.get(k);
                if (s.start >= c.end) {
                    break;
                }
                int ov = Math.min(s.end, c.end) - Math.max(s.start, c.start);
                if (ov > (s.end - s.start) / 2) {
                    covered.add(k);
                }
            }
        }
        return covered;
    }

    /** Ends like a sentence: a stop, a stop inside a closing quotation, a parenthesis or a quotation mark. */
    private static boolean endsSentence(ArticleDoc.Sent s) {
        int r = s.size() - 1;
        String lastW = s.word[r];
        return lastW.endsWith(".") || lastW.endsWith("!") || lastW.endsWith("?")
                || (r > 0 && isQuoteMark(lastW) && (s.word[r - 1].endsWith(".") || s.word[r - 1].endsWith("!") || s.word[r - 1].endsWith("?")))
                || lastW.equals(")") || isQuoteMark(lastW);
    }
}
