package org.claimtrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

/** The acceptance checks of the issue, one per expectation, on the five seed articles. */
class SeedAcceptanceTest {

    private static final Map<String, ExtractionResult> CACHE = new ConcurrentHashMap<>();

    static String seedText(String name) throws IOException {
        return Files.readString(Path.of("seeds", name + ".txt"), StandardCharsets.UTF_8);
    }

    static ExtractionResult seed(String name) throws IOException {
        String text = seedText(name);
        return CACHE.computeIfAbsent(name, n -> Extractor.shared().extract(text));
    }

    static ExtractedClaim claimWithText(ExtractionResult r, String fragment) {
        for (ExtractedClaim c : r.claims()) {
            if (c.text().contains(fragment)) {
                return c;
            }
        }
        throw new AssertionError("no claim contains '" + fragment + "'");
    }

    @Test
    void zarifTweetIsATweetWithHandle() throws IOException {
        ExtractedClaim c = claimWithText(seed("000_f70ce6f45900ae64"), "End of US malign presence in West Asia has begun");
        assertEquals(Kind.TWEET, c.kind());
        assertEquals(QuoteType.DIRECT, c.quote());
        assertNotNull(c.source());
        assertEquals("Javad Zarif", c.source().name());
        assertEquals("@JZarif", c.source().handle());
        assertEquals("—", c.cue().text());
        assertTrue(c.text().startsWith("24 hrs ago"), "multi-paragraph tweet is one claim: " + c.text());
    }

    @Test
    void pompeoTweetsAreTweetsWithHandle() throws IOException {
        ExtractionResult r = seed("001_2e64f76aed75abcf");
        for (String frag : List.of("Kata’ib Hizballah thugs are telling", "The Iranian regime telling Iraq’s government")) {
            ExtractedClaim c = claimWithText(r, frag);
            assertEquals(Kind.TWEET, c.kind(), frag);
            assertEquals("@SecPompeo", c.source().handle());
            assertEquals("Mike Pompeo", c.source().name());
            assertEquals(QuoteType.DIRECT, c.quote());
        }
    }

    @Test
    void pompeoClaimedIsATweetAsInTheContract() throws IOException {
        ExtractedClaim c = claimWithText(seed("001_2e64f76aed75abcf"), "Iran was behind the attacks that took place in Iraq");
        assertEquals(Kind.TWEET, c.kind());
        assertEquals(127, c.start());
        assertEquals(178, c.end());
        assertEquals("Iran was behind the attacks that took place in Iraq", c.text());
        assertEquals("he", c.source().text());
        assertEquals(111, c.source().start());
        assertEquals(113, c.source().end());
        assertEquals("Mike Pompeo", c.source().name());
        assertEquals(SourceType.PERSON, c.source().type());
        assertEquals("@SecPompeo", c.source().handle());
        assertEquals("claimed", c.cue().text());
        assertEquals(114, c.cue().start());
        assertEquals(QuoteType.INDIRECT, c.quote());
    }

    @Test
    void pentagonStatementIsOfficial() throws IOException {
        ExtractionResult r = seed("004_00c02dbc28e25e3d");
        ExtractedClaim confirmed = claimWithText(r, "a dozen missiles were launched at Al-Asad and Erbil");
        assertEquals(Kind.OFFICIAL_STATEMENT, confirmed.kind());
        assertEquals("confirmed", confirmed.cue().text());
        assertTrue(confirmed.source().name().contains("Pentagon"), confirmed.source().name());
        assertEquals(SourceType.GOVERNMENT, confirmed.source().type());
        ExtractedClaim read = claimWithText(r, "At approximately 5:30 p.m.");
        assertEquals(Kind.OFFICIAL_STATEMENT, read.kind());
        assertEquals("read", read.cue().text());
        assertEquals("the statement", read.source().text());
        assertEquals(QuoteType.DIRECT, read.quote());
        assertTrue(read.text().startsWith("“") && read.text().endsWith("”"), read.text());
    }

    @Test
    void mediaReportsWithHedges() throws IOException {
        ExtractionResult r = seed("000_f70ce6f45900ae64");
        ExtractedClaim suggest = claimWithText(r, "this base was hit by Katyusha rockets");
        assertEquals(Kind.MEDIA_REPORT, suggest.kind());
        assertEquals(SourceType.MEDIA, suggest.source().type());
        assertTrue(suggest.hedges().contains("suggest"), suggest.hedges().toString());
        ExtractedClaim say = claimWithText(r, "Iran backed militia groups may possibly behind this");
        assertEquals(Kind.MEDIA_REPORT, say.kind());
        assertEquals("Reports", say.source().text());
        assertTrue(say.hedges().contains("may possibly"), say.hedges().toString());
        ExtractedClaim agencies = claimWithText(r, "two unguided rockets hit the premises");
        assertEquals(Kind.MEDIA_REPORT, agencies.kind());
    }

    @Test
    void anonymousSources() throws IOException {
        ExtractedClaim sources = claimWithText(seed("000_f70ce6f45900ae64"), "multiple coordinated rocket attacks");
        assertEquals(Kind.ANONYMOUS_SOURCE, sources.kind());
        assertEquals(SourceType.UNNAMED, sources.source().type());
        ExtractedClaim according = claimWithText(seed("003_6f5ed6c15a21189f"), "Iran deliberately missed the most crucial targets");
        assertEquals(Kind.ANONYMOUS_SOURCE, according.kind());
        assertEquals("According to", according.cue().text());
        assertEquals("intelligence and government sources", according.source().text());
        ExtractedClaim officials = seed("000_f70ce6f45900ae64").claims().stream()
                .filter(c -> c.cue() != null && c.cue().text().contains("warned")).findFirst().orElseThrow();
        assertTrue(officials.text().startsWith("Iran is expected to retaliate"), officials.text());
        assertEquals(Kind.ANONYMOUS_SOURCE, officials.kind(), "officials privately warned");
    }

    @Test
    void skyNewsArabiaIsANamedMediaReport() throws IOException {
        ExtractedClaim c = claimWithText(seed("002_3118819eb84e017f"), "a missile hit the Green Zone and blocked the entrance");
        assertEquals(Kind.MEDIA_REPORT, c.kind());
        assertEquals("Sky News Arabia", c.source().text());
        assertEquals(SourceType.MEDIA, c.source().type());
    }

    @Test
    void rouhaniInATweetSaid() throws IOException {
        ExtractedClaim c = claimWithText(seed("002_3118819eb84e017f"), "Iran will take revenge for this heinous crime");
        assertEquals(Kind.TWEET, c.kind());
        assertEquals("said", c.cue().text());
        assertEquals("Hassan Rouhani", c.source().name());
    }

    @Test
    void pronounsAndTitlesResolve() throws IOException {
        ExtractedClaim minister = claimWithText(seed("000_f70ce6f45900ae64"), "thousands of Iraqis also offered their tribute");
        assertEquals("the Minister", minister.source().text());
        assertEquals("Javad Zarif", minister.source().name());
        assertEquals(Kind.TWEET, minister.kind());
        ExtractedClaim added = claimWithText(seed("000_f70ce6f45900ae64"), "this event was the beginning of the end");
        assertEquals("he", added.source().text());
        assertEquals("Javad Zarif", added.source().name());
        ExtractedClaim it = claimWithText(seed("002_3118819eb84e017f"), "it is vital that the situation does not escalate");
        assertEquals(Kind.OFFICIAL_STATEMENT, it.kind());
        assertTrue(it.source().name().contains("Ministry of External Affairs"), it.source().name());
        ExtractedClaim biden = claimWithText(seed("004_00c02dbc28e25e3d"), "him of bringing Americans");
        assertEquals(Kind.NAMED_SOURCE, biden.kind(), "a person's own statement");
        assertEquals("Joe Biden", biden.source().name());
    }

    @Test
    void noFurnitureAmongClaims() throws IOException {
        List<String> furniture = List.of("Connect with us", "Read:", "Continue Reading", "You may also like", "Click to comment",
                "Leave a Reply", "bloggers like this", "MORE:", "(Picture:", "To Top", "More in News", "Your email address",
                "Akismet", "date 2020-", "Mike Pompeo targets Iran backed groups", "Attacks in Iraq", "Iran vows revenge");
        for (String name : List.of("000_f70ce6f45900ae64", "001_2e64f76aed75abcf", "002_3118819eb84e017f",
                "003_6f5ed6c15a21189f", "004_00c02dbc28e25e3d")) {
            ExtractionResult r = seed(name);
            assertFalse(r.claims().isEmpty(), name);
            for (ExtractedClaim c : r.claims()) {
                for (String f : furniture) {
                    assertFalse(c.text().contains(f), name + ": furniture '" + f + "' in claim " + c.text());
                }
                for (Span f : r.furniture()) {
                    assertFalse(c.start() < f.end() && f.start() < c.end(), name + ": claim overlaps furniture " + f.text());
                }
            }
        }
        ExtractionResult r3 = seed("003_6f5ed6c15a21189f");
        assertTrue(r3.furniture().stream().anyMatch(s -> s.text().contains("Connect with us")));
        assertTrue(r3.furniture().stream().anyMatch(s -> s.text().contains("(Picture:")));
    }

    @Test
    void unattributedSentencesHaveNoSource() throws IOException {
        ExtractedClaim c = claimWithText(seed("001_2e64f76aed75abcf"), "two mortar shots also hit the Green Zone in Baghdad");
        assertEquals(Kind.UNATTRIBUTED, c.kind());
        assertEquals(QuoteType.NONE, c.quote());
        assertEquals(null, c.source());
        assertEquals(null, c.cue());
        assertTrue(c.text().endsWith("."));
    }
}
