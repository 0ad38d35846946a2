package org.claimtrack.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.claimtrack.extract.eval.KindScores;
import org.junit.jupiter.api.Test;

/**
 * Floors on the kinds gold (src/test/resources/gold/kinds, news-style articles of our own; numbers in
 * docs/extractor.md, "Kinds"): the tuning part the rules were chosen on and the held-out part they
 * were not. Raise these with every improvement.
 */
class KindsGoldTest {

    private static KindScores score(String part) throws IOException {
        KindScores k = KindScores.score(Path.of("src/test/resources/gold/kinds", part));
        System.out.println("kinds gold, " + part + ":\n" + k.table());
        return k;
    }

    @Test
    void tuningPart() throws IOException {
        KindScores k = score("tune");
        assertTrue(k.gold >= 100, "tuning attributions " + k.gold);
        assertTrue(k.macroF1(k.matched) >= 0.98, "macro kind F1 (found) " + k.macroF1(k.matched));
        assertTrue(k.macroF1(k.endToEnd) >= 0.89, "macro kind F1 (end to end) " + k.macroF1(k.endToEnd));
        assertTrue(k.kindAccuracy() >= 0.97, "kind right where found " + k.kindAccuracy());
        assertTrue(k.sourceFound() >= 0.92, "source found " + k.sourceFound());
        assertTrue(k.f1(k.matched, Kind.DOCUMENT) >= 0.97, "DOCUMENT F1 " + k.f1(k.matched, Kind.DOCUMENT));
    }

    @Test
    void heldOutPart() throws IOException {
        KindScores k = score("heldout");
        assertTrue(k.gold >= 50, "held-out attributions " + k.gold);
        assertTrue(k.macroF1(k.matched) >= 0.93, "macro kind F1 (found) " + k.macroF1(k.matched));
        assertTrue(k.macroF1(k.endToEnd) >= 0.87, "macro kind F1 (end to end) " + k.macroF1(k.endToEnd));
        assertTrue(k.kindAccuracy() >= 0.93, "kind right where found " + k.kindAccuracy());
        assertTrue(k.sourceFound() >= 0.88, "source found " + k.sourceFound());
        assertTrue(k.f1(k.matched, Kind.DOCUMENT) >= 0.95, "DOCUMENT F1 " + k.f1(k.matched, Kind.DOCUMENT));
    }
}
