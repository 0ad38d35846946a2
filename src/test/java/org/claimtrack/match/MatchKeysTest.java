package org.claimtrack.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** MatchKeys (plain): which claims share keys, and the week in the key. */
class MatchKeysTest {

    static int shared(int[] a, int[] b) {
        return (int) Arrays.stream(a).filter(x -> Arrays.stream(b).anyMatch(y -> y == x)).count();
    }

    /** A reworded claim: cosine 0.83, trigram similarity 0.12, no shared name or number. */
    static final String ARMY = "The army withdrew its troops from the town.";
    static final String SOLDIERS = "Soldiers were pulled out of the town by the military.";

    @Test
    void aRewordedClaimSharesOnlyEmbeddingBands() {
        assertEquals(0, shared(MatchKeys.bands(ARMY, null), MatchKeys.bands(SOLDIERS, null)),
                "no MinHash band or name pair in common: the trigram side would not find it");
        assertTrue(shared(MatchKeys.bands(ARMY, Embedder.embed(ARMY)), MatchKeys.bands(SOLDIERS, Embedder.embed(SOLDIERS))) >= 1,
                "an embedding band in common");
    }

    @Test
    void weeksCountFromMonday1970_01_05AndTheSameTextGivesTheSameBands() {
        assertEquals(0, MatchKeys.week(null));
        assertEquals(1, MatchKeys.week(LocalDate.of(1970, 1, 5)));
        assertEquals(1, MatchKeys.week(LocalDate.of(1970, 1, 11)));
        assertEquals(2, MatchKeys.week(LocalDate.of(1970, 1, 12)));
        assertEquals(0, MatchKeys.week(LocalDate.of(1970, 1, 4)));
        int[] bands = MatchKeys.bands("The ministry said two unguided rockets hit the compound.", null);
        assertArrayEquals(bands, MatchKeys.bands("The ministry said two unguided rockets hit the compound.", null));
        assertEquals(MatchKeys.LEXICAL_BANDS, bands.length, "no names or numbers: the MinHash bands only");
    }
}
