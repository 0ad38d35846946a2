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

    /** Scores one part and checks its floors: attributions, macro F1 found / end to end, kind accuracy, found, DOCUMENT F1. */
    private static void check(String part, int gold, double macro, double macroEnd, double accuracy, double found, double document)
            throws IOException {
        KindScores k = KindScores.score(Path.of("src/test/resources/gold/kinds", part));
        System.out.println("kinds gold, " + part + ":\n" + k.table());
        assertTrue(k.gold >= gold, part + " attributions " + k.gold);
        assertTrue(k.macroF1(k.matched) >= macro, part + " macro kind F1 (found) " + k.macroF1(k.matched));
        assertTrue(k.macroF1(k.endToEnd) >= macroEnd, part + " macro kind F1 (end to end) " + k.macroF1(k.endToEnd));
        assertTrue(k.kindAccuracy() >= accuracy, part + " kind right where found " + k.kindAccuracy());
        assertTrue(k.sourceFound() >= found, part + " source found " + k.sourceFound());
        assertTrue(k.f1(k.matched, Kind.DOCUMENT) >= document, part + " DOCUMENT F1 " + k.f1(k.matched, Kind.DOCUMENT));
    }

    @Test
    void tuningPart() throws IOException {
        check("tune", 100, 0.98, 0.89, 0.97, 0.92, 0.97);
    }

    @Test
    void heldOutPart() throws IOException {
        check("heldout", 50, 0.93, 0.87, 0.93, 0.88, 0.95);
    }
}
