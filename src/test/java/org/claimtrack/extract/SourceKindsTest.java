package org.claimtrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 4, one test per rule of pipeline.SourceKinds and pipeline.DescriptionCoreference, on
 * sentences written for this test (none from a corpus or a real article).
 */
class SourceKindsTest {

    /** The first attributed claim whose content starts with the given words. */
    private static ExtractedClaim claim(String text, String contentStart) {
        List<ExtractedClaim> cs = Extractor.shared().extract(text).claims();
        for (ExtractedClaim c : cs) {
            if (c.kind() != Kind.UNATTRIBUTED && c.text().startsWith(contentStart)) {
                return c;
            }
        }
        throw new AssertionError("no claim starting '" + contentStart + "' in " + cs);
    }

    @Test
    void documentNounsAreDocuments() {
        assertEquals(Kind.DOCUMENT, claim("The audit report found that the depot had lost track of 40 buses.", "the depot").kind());
        assertEquals(Kind.DOCUMENT, claim("A lawsuit filed by the tenants argues that the landlord ignored mold for years.",
                "the landlord").kind());
        assertEquals(Kind.DOCUMENT, claim("The hospital's visiting policy says that two guests may stay overnight.",
                "two guests").kind());
        assertEquals(Kind.DOCUMENT, claim("According to a report by the Harbor Policy Group, ferry fares doubled in a decade.",
                "ferry fares").kind());
    }

    @Test
    void outletReportsStayMediaReports() {
        assertEquals(Kind.MEDIA_REPORT, claim("Local news reports say the mayor will not run again.", "the mayor").kind());
        assertEquals(Kind.MEDIA_REPORT, claim("Unconfirmed reports say the striker has signed with a rival club.",
                "the striker").kind());
    }

    @Test
    void officialsOfANamedBodySpeakForIt() {
        assertEquals(Kind.OFFICIAL_STATEMENT, claim("Parks department officials said the pool would reopen in June.", "the pool").kind());
        assertEquals(Kind.OFFICIAL_STATEMENT, claim("Metro Transit leaders told riders that fares would not rise this year.",
                "fares").kind());
        assertEquals(Kind.ANONYMOUS_SOURCE, claim("Senior officials said the talks had stalled.", "the talks").kind());
        assertEquals(Kind.ANONYMOUS_SOURCE, claim("Rights groups said the new law would silence critics.", "the new law").kind());
    }

    @Test
    void channelsNextToTheCue() {
        assertEquals(Kind.TWEET, claim("Councilwoman Rita Osei wrote on Facebook that the library would stay open.",
                "the library").kind());
        assertEquals(Kind.DOCUMENT, claim("Judge Hal Brenner wrote in his order that the county had acted in bad faith.",
                "the county").kind());
    }

    @Test
    void aDescriptionResolvesToTheOnePersonWithThatRole() {
        ExtractedClaim c = claim("Dr. Ana Ruiz, a researcher at the state university, tested the river in May. "
                + "The researcher said the water was safe to swim in.", "the water");
        assertEquals("Ana Ruiz", c.source().name());
        assertEquals(Kind.NAMED_SOURCE, c.kind());
        ExtractedClaim a = claim("City Attorney Mark Tolle filed the motion on Friday. "
                + "The city attorney said the contract was void.", "the contract");
        assertEquals("Mark Tolle", a.source().name());
    }

    @Test
    void anAmbiguousDescriptionStaysUnresolved() {
        ExtractedClaim c = claim("Dr. Ana Ruiz, a researcher at the state university, and Dr. Tom Bell, a researcher at the "
                + "city hospital, tested the river in May. The researcher said the water was safe to swim in.", "the water");
        assertNotEquals("Ana Ruiz", c.source().name());
        assertNotEquals("Tom Bell", c.source().name());
        assertEquals(Kind.ANONYMOUS_SOURCE, c.kind());
    }
}
