package org.claimtrack.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Item 3 of issue 15, "no confident misattribution": one test per class of error found on wire copy,
 * on sentences written for this test (none from a corpus).
 */
class MisattributionTest {

    /** Every claim of text as "KIND | source text | name | type | cue | content" lines. */
    static List<String> all(String text) {
        List<String> out = Extractor.shared().extract(text).claims().stream()
                .map(c -> c.kind() + " | " + (c.source() == null ? "-" : c.source().text() + " | " + c.source().name()
                        + " | " + c.source().type()) + " | " + (c.cue() == null ? "-" : c.cue().text()) + " | " + c.text())
                .collect(Collectors.toList());
        System.out.println("MISATTR " + text + "\n  " + String.join("\n  ", out));
        return out;
    }

    @Test
    void aClaimTheGovernmentDeniedIsNotTheSpokesmansNamedEarlier() {
        List<String> got = all("Farid Halabi, a spokesman for the rebel council, spoke to reporters on Tuesday. "
                + "He said the council had captured two towns near the border. "
                + "The fighters were armed with drones supplied by Washington, a claim the U.S. denied.");
        assertFalse(got.stream().anyMatch(c -> c.contains("drones supplied by Washington") && c.contains("Farid Halabi")),
                got.toString());
    }

    @Disabled("not fixed yet: the 'according to' content starts after the source's head noun, not after its relative clause")
    @Test
    void contentDoesNotSwallowTheSourcesRelativeClause() {
        List<String> got = all("According to two officials who spoke on condition of anonymity, the convoy was hit "
                + "by a rocket fired from the hills.");
        assertFalse(got.stream().anyMatch(c -> c.contains("condition of anonymity, the convoy")), got.toString());
        assertTrue(got.stream().anyMatch(c -> c.endsWith("| the convoy was hit by a rocket fired from the hills")),
                got.toString());
    }

    @Test
    void whileSplitsTwoSpeakersContents() {
        List<String> got = all("Ms. Okafor argues that the tax will hurt small farmers, while Mr. Lindqvist insists "
                + "that it will fund new roads.");
        assertFalse(got.stream().anyMatch(c -> c.contains("Okafor") && c.contains("new roads")), got.toString());
        assertTrue(got.stream().anyMatch(c -> c.contains("Okafor") && c.endsWith("| the tax will hurt small farmers")),
                got.toString());
    }

    @Disabled("not fixed yet: 'report by X' is read as MEDIA with the noun cue in its name")
    @Test
    void aReportByANamedGroupIsADocumentOfThatGroup() {
        List<String> got = all("A report by the Baltic Policy Institute found that rents in the capital rose by a third.");
        assertTrue(got.stream().anyMatch(c -> c.startsWith("DOCUMENT") && c.contains("Baltic Policy Institute")
                && !c.contains("| report by")), got.toString());
    }

    @Disabled("not fixed yet: a possessive country plus a title with no person name is kept UNNAMED, hence ANONYMOUS_SOURCE")
    @Test
    void aTitledOfficialIsNotAnonymous() {
        List<String> got = all("Chile's civil aviation chief said the runway would reopen on Friday.");
        assertTrue(got.stream().anyMatch(c -> c.contains("the runway would reopen on Friday")), got.toString());
        assertFalse(got.stream().anyMatch(c -> c.startsWith("ANONYMOUS_SOURCE")), got.toString());
    }

    @Test
    void anOrderIsNotAQuote() {
        List<String> got = all("President Harlow ordered the arrest of the two generals on Sunday.");
        assertTrue(got.stream().noneMatch(c -> c.contains("Harlow") && !c.startsWith("UNATTRIBUTED")), got.toString());
    }
}
