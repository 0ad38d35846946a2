package org.claimtrack.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The plain-Java matcher: pg_trgm's similarity, details, the fitted model's file and determinism. */
class PairMatcherTest {

    @Test
    void trigramSimilarityIsPgTrgms() {
        // values as PostgreSQL's similarity() gives them
        assertEquals(4.0 / 7, Trigrams.similarity("word", "words"), 1e-9);
        assertEquals(1.0, Trigrams.similarity("Two rockets hit!", "two ROCKETS, hit"), 1e-9);
        assertEquals(0.0, Trigrams.similarity("abc", ""), 1e-9);
        assertEquals(Trigrams.similarity("Tehran launched missiles", "Iran fired missiles"),
                Trigrams.similarity("Iran fired missiles", "Tehran launched missiles"), 1e-12);
    }

    @Test
    void detailsFindNumbersNegationNamesAndDates() {
        Details d = Details.of("On Wednesday, Iran fired a dozen missiles; no U.S. troops were harmed in January 2020.");
        assertTrue(d.numbers.contains(12.0) && d.numbers.contains(2020.0), d.numbers.toString());
        assertTrue(d.negations > 0 && d.zero);
        assertTrue(d.names.contains("iran") && d.names.contains("us"), d.names.toString());
        assertTrue(d.dates.contains("wednesday") && d.dates.contains("jan"), d.dates.toString());
    }

    @Test
    void theShippedModelLoadsAndItsFileIsRebuiltByteForByte() {
        MatcherModel m = MatcherModel.load();
        assertEquals(Features.NAMES.size(), m.weights().length);
        assertTrue(m.suggest() <= m.autoLink() && m.autoLink() > 0 && m.autoLink() < 1);
        String once = m.toProperties(List.of("x"));
        assertEquals(once, MatcherModel.load().toProperties(List.of("x")));
    }

    @Test
    void theShippedWordRaritiesLoadAndAreRebuiltByteForByte() throws Exception {
        Idf idf = Idf.shared();
        assertTrue(idf.of("missile") > idf.of("year"), "a rare word weighs more than a common one");
        try (var in = Idf.class.getResourceAsStream(Idf.RESOURCE)) {
            assertEquals(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), idf.toTsv());
        }
    }

    @Test
    void alignmentMeetsCloseSpellingsAndCountsTheCommonSubsequence() {
        assertEquals(1.0, Alignment.similar("missile", "missile"));
        assertTrue(Alignment.similar("attack", "attacker") > Alignment.ALIGNED);
        assertEquals(0.0, Alignment.similar("troops", "banana"));
        assertEquals(3, Alignment.lcs(List.of("iran", "fired", "the", "missiles"), List.of("iran", "the", "missiles", "fired")));
        Details d = Details.of("Tehran launched a dozen missiles at Iraqi bases.");
        assertTrue(d.content.contains("iran") && d.content.contains("12") && d.content.contains("iraq"), d.content.toString());
    }

    @Test
    void logisticRegressionIsDeterministicAndLearnsASeparableRule() {
        double[][] x = new double[200][];
        int[] y = new int[200];
        for (int i = 0; i < 200; i++) {
            double v = (i % 20) / 20.0;
            x[i] = new double[] {v, (i % 7) / 7.0};
            y[i] = v + 0.1 * ((i * 31) % 3) > 0.55 ? 1 : 0;
        }
        double[] a = Logistic.fit(x, y, 1e-2);
        double[] b = Logistic.fit(x, y, 1e-2);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        assertTrue(Logistic.predict(a, new double[] {0.95, 0.5}) > 0.9);
        assertTrue(Logistic.predict(a, new double[] {0.05, 0.5}) < 0.1);
    }

    @Test
    void matchingIsSymmetricAndConflictsAreNeverTheSame() {
        PairMatcher m = PairMatcher.shared();
        String a = "80 Americans were killed in the attack.";
        String b = "No Americans were harmed in the attack.";
        PairMatcher.Result ab = m.match(a, b);
        PairMatcher.Result ba = m.match(b, a);
        assertEquals(ab.score(), ba.score(), 1e-12);
        assertEquals(ab.decision(), ba.decision());
        assertTrue(ab.conflict());
        assertFalse(ab.same());
        assertTrue(m.match("Rockets hit the U.S. embassy in Baghdad.", "Rockets hit the U.S. embassy in Baghdad.").same());
    }
}
