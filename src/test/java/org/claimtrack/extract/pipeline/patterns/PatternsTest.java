package org.claimtrack.extract.pipeline.patterns;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.pipeline.ArticleDoc;
import org.junit.jupiter.api.Test;

/** Which pattern reads each shape of attribution: one sentence of our own per pattern, through the whole pipeline. */
class PatternsTest {

    /** The attributed claims of text as "pattern | source | content" lines. */
    static List<String> claims(String text) {
        ArticleDoc doc = Extractor.shared().analyse(text);
        return doc.claims.stream().filter(ArticleDoc.Claim::attributed)
                .map(c -> c.pattern + " | " + (c.hasSource() ? doc.text(c.srcStart, c.srcEnd) : "-") + " | " + doc.text(c.start, c.end))
                .toList();
    }

    static void assertPattern(String text, String pattern, String source) {
        List<String> got = claims(text);
        assertTrue(got.stream().anyMatch(c -> c.startsWith(pattern + " | " + source + " | ")),
                "expected pattern " + pattern + " with source «" + source + "» in " + got);
    }

    @Test
    void registryOrder() {
        List<String> names = PatternRegistry.standard().patterns().stream().map(AttributionPattern::name).toList();
        assertTrue(names.indexOf("unparsed-verb") < names.indexOf("headline") && names.indexOf("headline") < names.indexOf("sourceless-stance")
                && names.indexOf("sourceless-stance") < names.indexOf("verb"), names.toString());
    }

    @Test
    void tweet() {
        assertPattern("The senator answered online.\n\nWe will fix the bridge before winter comes. — Dana Whitlock (@DanaWhitlock) "
                + "March 3, 2016\n\nThe council meets again on Friday.", TweetPattern.NAME, "Dana Whitlock");
    }

    @Test
    void accordingTo() {
        assertPattern("According to the county clerk, the ballots in the third ward were counted twice.", AccordingToPattern.NAME,
                "the county clerk");
    }

    @Test
    void nounCue() {
        assertPattern("In a Marist survey released Monday, most farmers backed the new water plan.", NounCuePattern.NAME,
                "a Marist survey released Monday");
    }

    @Test
    void colonTurn() {
        assertPattern("WHITLOCK: We are going to fix every bridge in this county before the winter.", ColonTurnPattern.NAME, "WHITLOCK");
    }

    @Test
    void quoteColon() {
        assertPattern("The ferry will stop at noon - Captain Ortiz: “Nobody gets on board after the horn.”", QuoteColonPattern.NAME,
                "Captain Ortiz");
    }

    @Test
    void quoteDash() {
        assertPattern("“A library is a garden that never closes.” — Mina Castellano, poet.", QuoteDashPattern.NAME, "Mina Castellano");
    }

    @Test
    void unparsedVerb() {
        StringBuilder sb = new StringBuilder("The harbour master said that the");
        for (int k = 0; k < 130; k++) {
            sb.append(" old");
        }
        sb.append(" pier will close in the spring.");
        assertPattern(sb.toString(), UnparsedVerbPattern.NAME, "The harbour master");
    }

    @Test
    void headline() {
        assertPattern("County Clerk Says Recount Will Start Friday.\n\nThe recount begins at nine in the morning.", HeadlinePattern.NAME, "County Clerk");
    }

    @Test
    void sourcelessStance() {
        assertPattern("The storm is expected to reach the northern coast by Friday night.", StancePattern.STANCE, "-");
    }

    @Test
    void agentlessPassive() {
        assertPattern("It was reported that the paper mill will close its doors next year.", StancePattern.PASSIVE, "-");
    }

    @Test
    void askedQuestion() {
        assertPattern("Asked whether she would run again, the mayor said she had not decided yet.", StancePattern.ASKED, "-");
    }

    @Test
    void complementClause() {
        assertPattern("The harbour master said that the old pier will close in the spring.", "complement-clause", "The harbour master");
    }

    @Test
    void objectCue() {
        assertPattern("The governor praised the volunteers for their courage during the flood.", "object-cue", "The governor");
    }

    @Test
    void xcomp() {
        assertPattern("The union urged its members to reject the latest offer from the company.", "xcomp", "The union");
    }

    @Test
    void quotationBeforeItsSpeakerAsTheClause() {
        // the parser hangs the quotation on "told" as its clause: the complement rule reads it, not hearer-quote
        assertPattern("“We will reopen the bridge in May,” Reyes told the council.", "complement-clause", "Reyes");
    }

    @Test
    void invertedSpeaker() {
        assertPattern("“We will reopen the bridge in May,” said Tomas Reyes, the city engineer.", VerbCuePattern.INVERTED, "Tomas Reyes, the city engineer");
    }

    @Test
    void invertedAfterComma() {
        assertPattern("The bridge will reopen in May after all, says city engineer Tomas Reyes.", "inverted-after-comma", "city engineer Tomas Reyes");
    }

    @Test
    void trailingSpeaker() {
        assertPattern("The bridge will reopen in May after a long delay, Reyes said on Tuesday.", "trailing-speaker", "Reyes");
    }

    @Test
    void parentheticalSpeaker() {
        assertPattern("The new bridge, Reyes said, will open in May if the weather holds.", VerbCuePattern.PARENTHETICAL, "Reyes");
    }

    @Test
    void statementAgent() {
        assertPattern("A statement issued by the ministry on Sunday confirmed that the schools will reopen next week.",
                VerbCuePattern.STATEMENT_AGENT, "the ministry");
    }

    @Test
    void passiveAgent() {
        assertPattern("It was announced by the school board that classes will resume on Monday.", VerbCuePattern.PASSIVE_AGENT, "the school board");
    }

    @Test
    void previousSentence() {
        assertPattern("Classes will resume on Monday in every district. This was announced by the school board on Friday.",
                VerbCuePattern.PREVIOUS_SENTENCE, "the school board");
    }

    @Test
    void commaParticiple() {
        assertPattern("The coach defended his lineup on Sunday, calling the loss a lesson for the young players.", "comma-participle", "The coach");
    }

    @Test
    void clauseCueFallback() {
        assertPattern("The old coach grinned, “We were lucky tonight and every one of us knows it.”", ClauseCueFallbackPattern.NAME, "The old coach");
    }
}
