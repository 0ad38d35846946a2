package org.claimtrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What the extractor returns is what the claim table stores: every claim it makes on PolNeAR train
 * and dev and on generated news text passes {@link ClaimContract}, the Java copy of the table's
 * checks (ClaimContractDbTest proves the copy agrees with the database).
 */
class ClaimContractTest {

    /** The sentence: a cue ("are forecast") and no one named who forecasts. */
    static final String FORECAST = "The grid may be tested in coming days as temperatures are forecast to reach into the "
            + "triple digits again in some places.";

    @Test
    void aCueWithoutASourceIsAnAnonymousClaim() {
        ExtractionResult r = RobustnessTest.run(FORECAST);
        ExtractedClaim forecast = r.claims().stream().filter(c -> c.cue() != null && c.cue().text().contains("forecast"))
                .findFirst().orElseThrow(() -> new AssertionError(r.claims().toString()));
        assertEquals(Kind.ANONYMOUS_SOURCE, forecast.kind());
        assertNull(forecast.source());
        assertEquals(List.of(), ClaimContract.problems(forecast, FORECAST.codePointCount(0, FORECAST.length())));
    }

    @Test
    void theContractInWords() {
        assertNull(ClaimContract.sourceProblem(Kind.UNATTRIBUTED, false, false));
        assertNull(ClaimContract.sourceProblem(Kind.ANONYMOUS_SOURCE, false, true));
        assertNull(ClaimContract.sourceProblem(Kind.TWEET, true, false));
        assertEquals("a NAMED_SOURCE claim needs a source", ClaimContract.sourceProblem(Kind.NAMED_SOURCE, false, true));
        assertNotNull(ClaimContract.sourceProblem(Kind.ANONYMOUS_SOURCE, false, false));
        assertEquals(Kind.ANONYMOUS_SOURCE, Extractor.contractKind(Kind.TWEET, false, true));
        assertEquals(Kind.UNATTRIBUTED, Extractor.contractKind(Kind.NAMED_SOURCE, false, false));
        assertEquals(Kind.DOCUMENT, Extractor.contractKind(Kind.DOCUMENT, true, true));
        ExtractedClaim outside = new ExtractedClaim(5, 50, "x", Kind.UNATTRIBUTED, null, null, QuoteType.NONE, List.of());
        assertEquals(1, ClaimContract.problems(outside, 20).size());
    }

    /** Every article of PolNeAR train and dev (about 920): skipped where ../shared is absent. */
    @Test
    void everyCorpusClaimFitsTheTable() throws IOException {
        Path polnear = QualityTest.shared().resolve("polnear");
        Assumptions.assumeTrue(Files.isDirectory(polnear.resolve("dev/text")), "PolNeAR not found at " + polnear + ": skipped");
        List<Path> files = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            Path dir = polnear.resolve(split).resolve("text");
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            }
        }
        int claims = 0;
        int sourceless = 0;
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f);
            int len = text.codePointCount(0, text.length());
            for (ExtractedClaim c : Extractor.shared().extract(text).claims()) {
                claims++;
                sourceless += c.kind() != Kind.UNATTRIBUTED && c.source() == null ? 1 : 0;
                List<String> problems = ClaimContract.problems(c, len);
                if (!problems.isEmpty() && bad.size() < 20) {
                    bad.add(f.getFileName() + ": " + ClaimContract.describe(c, problems));
                }
            }
        }
        System.out.printf("claim contract: %d articles, %d claims, %d attributed without a source%n", files.size(), claims,
                sourceless);
        assertTrue(files.size() >= 80, "articles read: " + files.size());
        assertEquals(List.of(), bad);
    }

    /** News-like sentences assembled at random from cue shapes that name no one, some split over lines. */
    @Test
    void generatedNewsFitsTheTable() {
        String[] subjects = {"Temperatures", "The senator", "Officials", "It", "The plan", "Prices", "“This is wrong,”",
                "Asked about the vote,", "He", "The report"};
        String[] cues = {"are forecast to", "appeared to", "was accused of", "is expected to", "seems to", "said they would",
                "was admitted to", "according to sources,", "reportedly", "told reporters that it would"};
        String[] rests = {"reach the triple digits again.", "rise in some places,\n“and fall later,” she said.",
                "hurt the civilians they were sent to protect.", "be ratified next month.", "— Jane Roe (@jroe) May 4, 2020",
                "\n\nbe tested in coming days.", "win the vote."};
        Random rnd = new Random(14);
        for (int i = 0; i < 60; i++) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                sb.append(subjects[rnd.nextInt(subjects.length)]).append(' ').append(cues[rnd.nextInt(cues.length)])
                        .append(' ').append(rests[rnd.nextInt(rests.length)]).append(rnd.nextBoolean() ? " " : "\n");
            }
            RobustnessTest.run(sb.toString());
        }
    }
}
