package org.claimtrack.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimtrack.match.Embedder;
import org.claimtrack.match.Features;
import org.claimtrack.match.PairMatcher;
import org.junit.jupiter.api.Test;

/** The fixture sentences that must stay ungrouped are kept apart by the shipped matcher, with margin. */
class UnrelatedPoolTest {

    @Test
    void noTwoUnrelatedSentencesNorARandomWordSentenceLookAlike() {
        List<Features.Side> pool = new ArrayList<>();
        for (String s : Fixtures.UNRELATED) {
            String t = s + " zq0123456789";
            pool.add(Features.Side.of(t, Embedder.embed(t)));
        }
        List<Features.Side> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String t = Fixtures.words("zq" + i, 8);
            others.add(Features.Side.of(t, Embedder.embed(t)));
        }
        List<String> alike = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            for (int j = i + 1; j < pool.size(); j++) {
                check(pool.get(i), pool.get(j), alike);
            }
            for (Features.Side o : others) {
                check(pool.get(i), o, alike);
            }
        }
        assertEquals(List.of(), alike, "pairs the matcher would not keep apart");
    }

    private static void check(Features.Side a, Features.Side b, List<String> alike) {
        PairMatcher.Result r = PairMatcher.shared().match(a, b);
        if (r.decision() != PairMatcher.Decision.DIFFERENT) {
            alike.add(r.score() + " " + r.signals() + ": " + a.text() + " / " + b.text());
        }
    }
}
