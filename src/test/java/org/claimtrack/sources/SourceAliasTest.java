package org.claimtrack.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimtrack.extract.SourceType;
import org.junit.jupiter.api.Test;

/** Issue 15 item 5: aliases name the source; well-known bodies and longer names join (plain, no database). */
class SourceAliasTest {

    @Test
    void aliasesAreNounPhrasesThatNameTheSource() {
        for (String ok : new String[] {"Iran's Foreign Minister, Javad Zarif", "@JZarif", "the Pentagon", "Zarif",
            "Pentagon officials", "the U.S.", "Caltrans officials"}) {
            assertTrue(SourceNames.isAlias(ok), ok);
        }
        for (String no : new String[] {"who", "Who", "the statement", "The statement", "officials", "Officials",
            "two officials who spoke on condition of anonymity", "a senior official, who asked not to be named",
            "he", "They", "the report", "", "   "}) {
            assertFalse(SourceNames.isAlias(no), no);
        }
    }

    @Test
    void iransRevolutionaryGuardIsTheIrgc() {
        String irgc = "Islamic Revolutionary Guard Corps";
        for (String name : new String[] {"Iran's Revolutionary Guard", "the Revolutionary Guards", "IRGC",
            "Iran's Islamic Revolutionary Guard Corps", "the Islamic Revolutionary Guards Corps"}) {
            assertEquals(irgc, SourceNames.parse(name, SourceType.GOVERNMENT, null).display(), name);
        }
    }

    @Test
    void aLongerFormOfAFullNameEndsInIt() {
        assertTrue(SourceNames.oneEndsTheOther("javad zarif", "mohammad javad zarif"));
        assertTrue(SourceNames.oneEndsTheOther("mohammad javad zarif", "javad zarif"));
        assertFalse(SourceNames.oneEndsTheOther("alma qx", "rafael qx"), "another first name is another person");
        assertFalse(SourceNames.oneEndsTheOther("zarif", "javad zarif"), "a bare surname goes by the surname rule");
        assertFalse(SourceNames.oneEndsTheOther("ad zarif", "javad zarif"), "whole words only");
    }
}
