package org.claimtrack.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Attribution rules through the whole pipeline, one sentence each (the shapes PolNeAR train taught). */
class RulesTest {

    /** The attributed claims of text as "source | cue | content" lines. */
    static List<String> claims(String text) {
        return Extractor.shared().extract(text).claims().stream()
                .filter(c -> c.kind() != Kind.UNATTRIBUTED)
                .map(c -> (c.source() == null ? "-" : c.source().text()) + " | " + c.cue().text() + " | " + c.text())
                .collect(Collectors.toList());
    }

    static void assertNoClaims(String text) {
        List<String> got = claims(text);
        assertTrue(got.isEmpty(), got.toString());
    }

    static void assertClaim(String text, String expected) {
        List<String> got = claims(text);
        assertTrue(got.contains(expected), "expected «" + expected + "» in " + got);
    }

    @Test
    void sayingParsedAsAMark() {
        assertClaim("Clinton attacked Trump, saying he would appoint judges who would overturn Roe v. Wade.",
                "Clinton | saying | he would appoint judges who would overturn Roe v. Wade");
    }

    @Test
    void participleOfSayingOnItsSpeaker() {
        assertClaim("Mr. Trump has improved his standing, with 30 percent of voters saying they have a positive view of him.",
                "30 percent of voters | saying | they have a positive view of him");
    }

    @Test
    void cueInsideARelativeClause() {
        assertClaim("They cited a group of hackers who U.S. officials say is tied to Russian intelligence services.",
                "U.S. officials | say | is tied to Russian intelligence services");
    }

    @Test
    void secondCueJoinedToTheFirstClaimKeepsTheSpeaker() {
        List<String> got = claims("The minister owned up to the attack, saying that Iran acted in line with the UN charter "
                + "and warned that the country would defend itself.");
        assertTrue(got.stream().anyMatch(c -> c.endsWith("| saying | Iran acted in line with the UN charter")), got.toString());
        assertTrue(got.stream().anyMatch(c -> c.startsWith("The minister | warned |")), got.toString());
    }

    @Test
    void weakVerbIsAStanceOfAThirdPersonOnly() {
        assertClaim("Sanders believes that the system is rigged against working people.",
                "Sanders | believes | the system is rigged against working people");
        List<String> quoted = claims("“I believe that the system is rigged,” he said.");
        assertTrue(quoted.stream().noneMatch(c -> c.contains("| believe |")), quoted.toString());
    }

    @Test
    void speakerAtTheEndOfASentenceWithoutQuotes() {
        assertClaim("But California has seen an unprecedented surge of newly registered voters, driven largely by an easier "
                + "online registration process launched in 2012, Romero said.",
                "Romero | said | But California has seen an unprecedented surge of newly registered voters, driven largely by an "
                        + "easier online registration process launched in 2012");
    }

    @Test
    void cueWordsKeepTheStatementButNotTheInterview() {
        assertClaim("The ministry said in a statement that the talks would resume.",
                "The ministry | said in a statement | the talks would resume");
        assertClaim("The minister said in an interview that the talks would resume.", "The minister | said | the talks would resume");
    }

    @Test
    void participleAfterACommaHasTheSpeakerOfTheSentence() {
        assertClaim("Khan, who is Muslim, also decried the calls to ban all Muslims, noting he has “sacrificed nothing” for the country.",
                "Khan | noting | he has “sacrificed nothing” for the country");
    }

    @Test
    void stanceWithNoSpeakerHasNoSource() {
        assertClaim("Trump is expected to deliver a victory speech later tonight.",
                "- | is expected | Trump is expected to deliver a victory speech later tonight");
        assertClaim("Asked if her email practices were illegal, 46 percent of voters said yes.",
                "- | Asked | if her email practices were illegal");
        assertClaim("It was announced that the club would be dissolved.", "- | was announced | the club would be dissolved");
        // a stance with a speaker in its sentence is the speaker's, before or after it
        assertTrue(claims("Iran is expected to retaliate within weeks, officials said.").stream()
                .noneMatch(c -> c.startsWith("- |")));
        assertTrue(claims("Officials warned the members of Congress that Iran is expected to retaliate within weeks.").stream()
                .noneMatch(c -> c.startsWith("- |")));
    }

    @Test
    void invertedSpeakerAfterACommaWithoutQuotes() {
        assertClaim("Even India has more cultural resonance through Bollywood films, says political scientist John Smith of Tufts University.",
                "political scientist John Smith of Tufts University | says | Even India has more cultural resonance through Bollywood films");
    }

    @Test
    void saidAloneAfterAQuotationTheSplitterEnded() {
        assertClaim("“Who do they think they are?” Trump said.", "Trump | said | “Who do they think they are?”");
    }

    @Test
    void saidWithItsClauseAfterAnAdjunct() {
        assertClaim("Obama had said in an ABC interview taped before the attacks that the United States had contained the Islamic State.",
                "Obama | had said | the United States had contained the Islamic State");
        assertClaim("Bob said there was some reporting even in the midst of the attacks.",
                "Bob | said | there was some reporting even in the midst of the attacks");
    }

    @Test
    void hearerIsNotWhatWasSaid() {
        assertClaim("“Donald Trump hoped for a crash,” Clinton told union workers in Los Angeles.",
                "Clinton | told | “Donald Trump hoped for a crash,”");
    }

    @Test
    void sourceKeepsARelativeClauseButNotAFocusAdverb() {
        assertClaim("Paradis, who has been active in politics since the age of 25, said the race was close.",
                "Paradis, who has been active in politics since the age of 25, | said | the race was close");
        assertClaim("Even Republicans said the plan would fail.", "Republicans | said | the plan would fail");
    }

    @Test
    void invertedSpeakerWithAHyphenatedDescription() {
        assertClaim("“Donald is, and always has been, an amazing leader,” said the 46-year-old.",
                "the 46-year-old | said | “Donald is, and always has been, an amazing leader,”");
    }

    @Test
    void titleCaseHeadlineVerb() {
        assertClaim("Jeb Bush Super PAC Chief Praises Marco Rubio Donor’s Skywriting Campaign.\n\nThe head of the PAC praised it.",
                "Jeb Bush Super PAC Chief | Praises | Marco Rubio Donor’s Skywriting Campaign");
    }

    @Test
    void clauseAfterTheCueWinsOverAMisparsedOneBeforeIt() {
        assertClaim("The Democratic presidential front-runner said the U.S. “clearly” needed a more robust air campaign.",
                "The Democratic presidential front-runner | said | the U.S. “clearly” needed a more robust air campaign");
    }

    @Test
    void speakerBetweenCommasWithoutQuotes() {
        assertClaim("Vice President Joe Biden, Rubio said, had been in the Senate for a thousand years.",
                "Rubio | said | Vice President Joe Biden, Rubio said, had been in the Senate for a thousand years");
    }

    @Test
    void straightQuotesBeforeTheSpeaker() {
        // the tagger read both straight marks as opening ones and the parse lost "Clinton"
        assertClaim("\"We will win this state by a wide margin, and we will win it in November,\" Clinton said in her speech on Tuesday.",
                "Clinton | said | \"We will win this state by a wide margin, and we will win it in November,\"");
    }

    @Test
    void nameBetweenAQuotationAndItsVerb() {
        assertClaim("\"That was a mistake,\" CNN's anchor Jane Doe said, as the audience laughed.",
                "CNN's anchor Jane Doe | said | \"That was a mistake,\"");
    }

    @Test
    void saidAfterALongAppositionStillHasItsSpeaker() {
        assertClaim("Mary Smith, a former aide whom the senator dismissed as chief of staff last spring, said on Fox News, "
                + "where she now works as an analyst, that the bill should be withdrawn.",
                "Mary Smith, a former aide whom the senator dismissed as chief of staff last spring, | said | the bill should be withdrawn");
    }

    @Test
    void stanceInsideAnotherSpeakersClaimIsPartOfIt() {
        List<String> got = claims("Smith said he believes the plan will fail.");
        assertTrue(got.contains("Smith | said | he believes the plan will fail"), got.toString());
        assertTrue(got.stream().noneMatch(c -> c.contains("| believes |")), got.toString());
    }

    @Test
    void documentNamedAfterTheClaim() {
        assertClaim("The company gave $5,000 to the group in June, campaign finance records show.",
                "campaign finance records | show | The company gave $5,000 to the group in June");
    }

    @Test
    void objectCueAfterALongApposition() {
        assertClaim("Jane Roe, a former governor who now runs a large technology company in Texas, labeled the senator \"unfit to be president.\"",
                "Jane Roe, a former governor who now runs a large technology company in Texas, | labeled | the senator \"unfit to be president.\"");
    }

    @Test
    void secondVerbOfTheSubjectSays() {
        assertClaim("The senator was quick to embrace the nominee after the primary and said this week that the party would unite behind him.",
                "The senator | said | the party would unite behind him");
    }

    @Test
    void continuingAnActionIsNoAttribution() {
        assertNoClaims("He continued his attacks on the governor during a rally in Ohio.");
    }

    @Test
    void pollNamedByInIsTheSource() {
        assertClaim("The governor led his rival by ten points in a Quinnipiac survey.",
                "a Quinnipiac survey | in | The governor led his rival by ten points");
        assertNoClaims("The former governor has been trailing in the polls for months.");
    }

    @Test
    void nameColonQuotation() {
        assertClaim("The debate turned to foreign policy - Senator Jane Roe: \"We will not send ground troops.\"",
                "Senator Jane Roe | : | \"We will not send ground troops.\"");
    }

    @Test
    void askedQuestionParsedAsTheRoot() {
        assertClaim("Asked if her email practices were illegal, 46 percent of voters said yes.",
                "- | Asked | if her email practices were illegal");
    }

    @Test
    void nameAfterATitleStaysInTheSource() {
        assertClaim("The governor's chief strategist John Weaver said the governor would stay in the race.",
                "The governor's chief strategist John Weaver | said | the governor would stay in the race");
    }

    @Test
    void commonNounSpeakerBetweenCommas() {
        assertClaim("The president, officials said, has become increasingly skeptical about the plan to arm the rebels.",
                "officials | said | The president, officials said, has become increasingly skeptical about the plan to arm the rebels");
    }

    @Test
    void nytTripleApostropheClosesBothQuotes() {
        assertClaim("''I asked him, 'Why now?''' Mr. Smith said.", "Mr. Smith | said | ''I asked him, 'Why now?'''");
    }

    @Test
    void seemWithAnyComplementIsASourcelessStance() {
        assertClaim("Picking winners and losers seemed beside the point.", "- | seemed | Picking winners and losers seemed beside the point");
    }

    @Test
    void stanceInACoordinatedClauseIsNotTheFirstSpeakers() {
        assertClaim("The campaign celebrated the decision as a victory, but the political fallout appears significant.",
                "- | appears | the political fallout appears significant");
    }

    @Test
    void participleClauseAfterShow() {
        assertClaim("He remains popular in a state where polls show the senator slightly trailing the governor of Vermont.",
                "polls | show | the senator slightly trailing the governor of Vermont");
    }

    @Test
    void hearerThenAdjunctThenClause() {
        assertClaim("The attack sparked a fresh debate, with Senator John Smith telling reporters on Thursday he viewed the president as directly responsible.",
                "Senator John Smith | telling | he viewed the president as directly responsible");
    }

    @Test
    void participleBetweenTheSpeakerAndTheVerb() {
        assertClaim("The mayor, citing data from the State Department, said that about 4 million people live in the region.",
                "The mayor | citing | data from the State Department");
    }

    @Test
    void anyVerbIntroducingAQuotation() {
        assertClaim("During the first debate, the senator cracked, \"I'm a progressive who likes to get things done.\"",
                "the senator | cracked | \"I'm a progressive who likes to get things done.\"");
    }

    @Test
    void anyVerbAfterAQuotationAndItsSpeaker() {
        assertClaim("“France will always be France,” an angry president retaliated.",
                "an angry president | retaliated | “France will always be France,”");
    }

    @Test
    void anyVerbBeforeItsSpeakerAfterAQuotation() {
        assertClaim("“France will always be France,” retaliated an angry president.",
                "an angry president | retaliated | “France will always be France,”");
    }

    @Test
    void pollReleasedOnADayIsADocument() {
        ExtractionResult r = Extractor.shared().extract("According to a new poll released Monday, 50 percent of voters chose the senator.");
        assertTrue(r.claims().stream().anyMatch(c -> c.kind() == Kind.DOCUMENT && c.source() != null
                && c.source().text().equals("a new poll released Monday")), r.claims().toString());
    }

    /** A line break inside a sentence (text pasted from a page, a hard-wrapped file) keeps the speaker. */
    @Test
    void aQuoteOverALineBreakKeepsItsSpeaker() {
        assertClaim("The mayor said: “We will rebuild the bridge\nthis year.”",
                "The mayor | said: | “We will rebuild the bridge\nthis year.”");
        assertClaim("“We have enough generation if people do their part\nbetween four and nine,” said Marta Ellison.",
                "Marta Ellison | said | “We have enough generation if people do their part\nbetween four and nine,”");
        assertClaim("“We will rebuild the bridge,” the mayor\nsaid.", "the mayor | said | “We will rebuild the bridge,”");
    }
}
