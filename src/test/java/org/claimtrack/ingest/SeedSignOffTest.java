package org.claimtrack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The seeds' sign-off line names byline and outlet; a seed without one gets neither. */
class SeedSignOffTest {

    @Test
    void theIcirSeedNamesItsJournalistAndOutlet() throws Exception {
        String text = Files.readString(Path.of("seeds/004_00c02dbc28e25e3d.txt"));
        SeedLoader.SignOff s = SeedLoader.signOff(text);
        assertEquals("Seun Durojaiye", s.byline());
        assertEquals("ICIR", s.outlet());
    }

    @Test
    void noSignOffNoMetadata() throws Exception {
        SeedLoader.SignOff s = SeedLoader.signOff(Files.readString(Path.of("seeds/003_6f5ed6c15a21189f.txt")));
        assertNull(s.byline());
        assertNull(s.outlet());
        assertEquals("Daily Planet", SeedLoader.signOff("Text.\nClark Kent is a reporter for the Daily Planet.").outlet());
    }
}
