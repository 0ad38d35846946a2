package org.claimtrack.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.claimtrack.extract.SourceType;
import org.junit.jupiter.api.Test;

class SourceNamesTest {

    @Test
    void keysIgnoreTheArticleCasePossessivesAndUSSpelling() {
        assertEquals("pentagon", SourceNames.key("the Pentagon"));
        assertEquals("pentagon", SourceNames.key("Pentagon's"));
        assertEquals("us department of defense", SourceNames.key("U.S. Department of Defense"));
        assertEquals("us department of defense", SourceNames.key("United States Department of Defense"));
        assertEquals("javad zarif", SourceNames.key("Javad  Zarif"));
        assertEquals("jose lopez", SourceNames.key("José López"));
    }

    @Test
    void personNamesLoseTitlesAndAppositives() {
        assertEquals("Javad Zarif", SourceNames.parse("Iran's Foreign Minister, Javad Zarif", SourceType.PERSON, null).display());
        assertEquals("Javad Zarif", SourceNames.parse("The Foreign Minister of Iran, Javad Zarif", SourceType.PERSON, null).display());
        assertEquals("Javad Zarif", SourceNames.parse("Javad Zarif, Iran's foreign minister", SourceType.PERSON, null).display());
        assertEquals("Pompeo", SourceNames.parse("Secretary Pompeo", SourceType.PERSON, null).display());
        assertEquals("Joe Biden", SourceNames.parse("Former vice president of the United States, Joe Biden", SourceType.PERSON, null).display());
        assertEquals("Zarif", SourceNames.parse("Zarif's", SourceType.PERSON, null).display());
        assertEquals("zarif", SourceNames.parse("Javad Zarif", SourceType.PERSON, null).surname());
    }

    @Test
    void handlesAreFoundInTheWordsAndStoredLowerCase() {
        SourceNames.Parsed p = SourceNames.parse("Javad Zarif (@JZarif)", SourceType.PERSON, null);
        assertEquals("Javad Zarif", p.display());
        assertEquals("@jzarif", p.handle());
        SourceNames.Parsed only = SourceNames.parse("@JZarif", SourceType.PERSON, null);
        assertEquals("@jzarif", only.handle());
    }

    @Test
    void wellKnownBodiesHaveOneName() {
        assertEquals("Pentagon", SourceNames.parse("U.S. Department of Defense", SourceType.GOVERNMENT, null).display());
        assertEquals("Pentagon", SourceNames.parse("the Pentagon", SourceType.ORGANIZATION, null).display());
    }

    @Test
    void pronounsAreNotNames() {
        assertNull(SourceNames.parse("he", SourceType.PERSON, null));
        assertEquals("@jzarif", SourceNames.parse("he", SourceType.PERSON, "@JZarif").handle());
    }
}
