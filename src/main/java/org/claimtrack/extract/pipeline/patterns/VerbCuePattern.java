package org.claimtrack.extract.pipeline.patterns;

import static org.claimtrack.extract.pipeline.patterns.Tokens.tokRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.pipeline.ArticleDoc;
import org.claimtrack.extract.pipeline.Lexicon;

/**
 * A verb cue with its speaker and what it claims: the speaker from the parse or a surface speaker
 * rule ({@link VerbReading}), the content from the first {@link VerbContentRule} that applies, then
 * the speaker rules that decide the content themselves: "This was stated ..." (the sentence before),
 * "“...,” said X" (inverted), "“...,” an angry X retaliated" (speaker after the quote), "“A,” X
 * added, “B.”" (parenthetical). The claim's pattern is the rule that decided its content, or
 * "passive-agent" / "statement-agent" when the speaker is the agent of a passive or of a noun cue.
 */
final class VerbCuePattern extends CueTypePattern {

    static final String PREVIOUS_SENTENCE = "this-was-stated";
    static final String INVERTED = "inverted-speaker";
    static final String AFTER_QUOTE = "speaker-after-quote";
    static final String PARENTHETICAL = "parenthetical-speaker";
    static final String PASSIVE_AGENT = "passive-agent";
    static final String STATEMENT_AGENT = "statement-agent";

    VerbCuePattern() {
        super("verb", ArticleDoc.Cue.Type.VERB);
    }

    @Override
    boolean read(ArticleDoc doc, ArticleDoc.Cue cue) {
        VerbReading r = new VerbReading(doc, cue);
        if (!r.readSpeaker()) {
            return true;
        }
        r.readComplements();
        List<int[]> contents = new ArrayList<>();
        String pattern = null;
        for (VerbContentRule rule : VerbContentRule.values()) {
            List<int[]> found = rule.contents(r);
            if (found == ObjectContent.DROP) {
                return true;
            }
            if (found != null) {
                contents.addAll(found);
                pattern = rule.pattern;
                break;
            }
        }
        String override = speakerContent(r, contents);
        if (!contents.isEmpty()) {
            emit(r, contents, override != null ? override : pattern);
        }
        return true;
    }

    /** Applies the speaker rules that replace the content (in place); the name of the last that did, or null. */
    private static String speakerContent(VerbReading r, List<int[]> contents) {
        ArticleDoc.Sent s = r.s;
        ArticleDoc doc = r.doc;
        String override = null;
        // passive with "This was stated ...": the claim is the previous sentence
        int np = s.child(r.i, "nsubj:pass");
        if (np >= 0 && s.subtree(np, null)[1] == np && Set.of("this", "that", "it").contains(s.word[np].toLowerCase())
                && s.index > 0) {
            replace(contents, Tokens.trimSentence(doc.sentences.get(s.index - 1)));
            override = PREVIOUS_SENTENCE;
        }
        if (r.invertedQuote != null) {
            replace(contents, new int[] {r.invertedQuote[0], r.invertedQuote[1]});
            override = INVERTED;
        }
        if (r.afterQuote != null) {
            int[] q = Quotes.quoteBefore(doc, s, r.afterQuote[0]);
            contents.clear();
            if (q != null) {
                contents.add(new int[] {q[0], q[1]});
            }
            override = AFTER_QUOTE;
        }
        return parenthetical(r, contents) ? PARENTHETICAL : override;
    }

    /**
     * "“A,” Blackwell added, “B.”" / "Cruz, Blackwell wrote, “has ...”": the parser took the
     * quotation's subject for the speaker; the name between the commas is the speaker and the sentence
     * around it is what was said. Also "Vice President Joe Biden, Rubio said, had been ..." when no
     * rule found a content. Whether it decided the content.
     */
    private static boolean parenthetical(VerbReading r, List<int[]> contents) {
        ArticleDoc.Sent s = r.s;
        int i = r.i;
        int[] paren = CueWords.SAY_LIKE.contains(r.lemma) && r.invertedQuote == null ? Speakers.parentheticalSpeaker(s, i) : null;
        if (paren != null && (r.src < paren[0] || r.src > paren[1])) {
            r.src = paren[1];
            r.surface = paren;
            int[] qb = Quotes.quoteBefore(r.doc, s, paren[0]);
            if (qb != null && (paren[1] + 2 >= s.size() || !s.word[paren[1] + 2].equals(","))) {
                replace(contents, new int[] {qb[0], qb[1]}); // "“A,” Barkley said." (a later quotation is added below)
            } else {
                replace(contents, tokRange(s, new int[] {0, s.size() - 1}));
            }
            return true;
        }
        if (contents.isEmpty() && paren != null && i + 1 < s.size() && s.word[i + 1].equals(",")) {
            contents.add(tokRange(s, new int[] {0, s.size() - 1}));
            return true;
        }
        return false;
    }

    private static void replace(List<int[]> contents, int[] range) {
        contents.clear();
        contents.add(range);
    }

    /** Adds one claim per content, with the speaker's span. */
    private static void emit(VerbReading r, List<int[]> contents, String pattern) {
        ArticleDoc.Sent s = r.s;
        ArticleDoc doc = r.doc;
        int agent = r.src;
        int[] srcTok = r.surface != null ? r.surface.clone() : Sources.sourceRange(s, agent);
        while (srcTok[0] < srcTok[1] && CueWords.LEADING_ADVERBS.contains(s.word[srcTok[0]].toLowerCase(Locale.ROOT))) {
            srcTok[0]++;
        }
        String name = r.surface == null && agent >= 0 && Sources.passive(s, r.i) && agent == Sources.passiveAgent(s, r.i)
                ? PASSIVE_AGENT : pattern;
        // "A statement released by Pentagon ... confirmed": the speaker is the agent inside the noun cue
        boolean statementNoun = false;
        if (Lexicon.STATEMENT_WORDS.contains(s.lemma[agent]) || Lexicon.TWEET_WORDS.contains(s.lemma[agent])) {
            int a = Sources.agentOfNoun(s, agent);
            if (a >= 0) {
                srcTok = Sources.sourceRange(s, a);
                agent = a;
                statementNoun = true;
                name = STATEMENT_AGENT;
            }
        }
        mergeInterrupted(doc, contents);
        for (int[] content : contents) {
            if (content[1] <= r.cue.start && (doc.quoteAt(content[0]) != null || doc.quoteAt(Math.max(content[0], content[1] - 1)) != null
                    || doc.quoteEndingAt(content[1]) != null)) {
                // "“A,” he said, “and B.”": the quotation goes on after its attribution
                int[] more = Quotes.quoteAfter(doc, s, Math.max(r.i, srcTok[1]));
                if (more != null && more[0] > r.cue.end) {
                    content[1] = more[1];
                }
                content[1] = Quotes.resumedQuoteEnd(doc, s, content[1]);
            }
            ArticleDoc.Claim c = Claims.cueClaim(s, r.cue, agent, srcTok[0], srcTok[1]);
            c.statementNoun = statementNoun;
            if (!Quotes.setContent(doc, c, content[0], content[1])) {
                continue;
            }
            if (c.quote == QuoteType.INDIRECT && Contents.emptyContent(doc, r.lemma, c.start, c.end)) {
                continue;
            }
            Claims.add(doc, c, isOverride(pattern) ? pattern : name);
        }
    }

    private static boolean isOverride(String pattern) {
        return PREVIOUS_SENTENCE.equals(pattern) || INVERTED.equals(pattern) || AFTER_QUOTE.equals(pattern) || PARENTHETICAL.equals(pattern);
    }

    /** "“A,” he said, “B.”": one quotation interrupted by its attribution. */
    private static void mergeInterrupted(ArticleDoc doc, List<int[]> contents) {
        if (contents.size() == 2) {
            int[] a = contents.get(0);
            int[] b = contents.get(1);
            if (doc.quoteAt(a[0]) != null && doc.quoteAt(b[0]) != null) {
                replace(contents, new int[] {a[0], b[1]});
            }
        }
    }
}
