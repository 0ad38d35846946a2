package org.claimtrack.export;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceType;
import org.claimtrack.ingest.Article;
import org.claimtrack.review.Claim;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The brat export passes what brat's verify_annotations.py checks ({@link BratVerify}): claims that
 * overlap every way (a source inside another claim's content, two claims on one span, crossing
 * contents), spans over line breaks as fragments; and the import still reads the same claims back.
 */
@QuarkusTest
class BratVerifyTest {

    @Inject
    BratImportService importer;

    @Test
    void exportPassesBratsChecksAndRoundTrips() {
        long overlapping = overlappingClaims();
        ExportFixture fx = ExportFixture.create();
        for (long article : List.of(overlapping, fx.articleId)) {
            byte[] zip = as(TestUsers.VIEWER).get("/api/export/brat.zip?article=" + article).then().statusCode(200)
                    .extract().asByteArray();
            Map<String, byte[]> entries = Zips.unzip(zip);
            String conf = new String(entries.get("annotation.conf"), StandardCharsets.UTF_8);
            assertTrue(conf.contains("\n<OVERLAP>\tArg1:Source|Cue|Content, Arg2:Source|Cue|Content, <OVL-TYPE>:<ANY>\n"),
                    conf);
            String text = new String(entries.get(article + ".txt"), StandardCharsets.UTF_8);
            String ann = new String(entries.get(article + ".ann"), StandardCharsets.UTF_8);
            assertEquals(List.of(), new BratVerify(conf).verify(text, ann), ann);
            assertTrue(ann.matches("(?s).*\tContent \\d+ \\d+;\\d+ \\d+\t.*"), "a claim over a line break as fragments: " + ann);

            List<BratArchive.Document> docs = BratArchive.read(new ByteArrayInputStream(zip), importer.limits());
            assertEquals(ExportFixture.storedClaims(article), docs.get(0).claims(), "read back whole, line breaks included");
        }
    }

    /** What the checker itself catches: a span over a line break, an overlap no line allows, an unknown type. */
    @Test
    void theCheckerCatchesWhatBratRefuses() {
        String text = "Ann said\nit. Bob";
        String conf = Brat.ANNOTATION_CONF;
        BratVerify brat = new BratVerify(conf);
        assertTrue(brat.verify(text, "T1\tContent 0 11\tAnn said it\n").stream()
                .anyMatch(i -> i.contains("crosses a line break")));
        assertEquals(List.of(), brat.verify(text, "T1\tContent 0 8;9 11\tAnn said it\n"), "fragments are fine");
        assertTrue(brat.verify(text, "T1\tContent 0 3\tBob\n").stream().anyMatch(i -> i.contains("does not match")));
        assertTrue(brat.verify(text, "T1\tClaim 0 3\tAnn\n").stream().anyMatch(i -> i.contains("not a known")));
        String crossing = "T1\tContent 0 8\tAnn said\nT2\tSource 4 11\tsaid it\n";
        assertEquals(List.of(), brat.verify(text.replace('\n', ' '), crossing));
        BratVerify strict = new BratVerify(conf.replaceAll("(?m)^<OVERLAP>.*$", ""));
        assertTrue(strict.verify(text.replace('\n', ' '), crossing).stream().anyMatch(i -> i.contains("may not cross")));
        assertTrue(brat.verify(text, "T1\tAttribution 0 3\tAnn\nT2\tAttribution 0 3\tAnn\n"
                + "T3\tContent 9 11\tit\nE1\tAttribution:T1 Content:T3\nE2\tAttribution:T2 Content:T3\n").stream()
                .anyMatch(i -> i.contains("identical span")));
    }

    /**
     * "Ann said Bob claimed the dam will fail. Ann said it twice.\nThen more." with a claim inside
     * another's content, two more on that same span, one crossing the first and the line break.
     */
    private static long overlappingClaims() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String text = "Report " + tag + ": Ann said Bob claimed the dam will fail. Ann said it twice.\nThen more.";
        long id = ExportFixture.article(text, "Overlaps " + tag, "Overlap Outlet " + tag, null, LocalDate.of(2021, 6, 1),
                null);
        QuarkusTransaction.requiringNew().run(() -> {
            Article a = Article.findById(id);
            attributed(a, text, "Bob claimed the dam will fail", "Ann", "said").persist();
            attributed(a, text, "the dam will fail", "Bob", "claimed").persist();
            for (String same : List.of("the dam will fail", "the dam will fail", "will fail. Ann said it twice.\nThen")) {
                ExportFixture.claim(a, text, same, Kind.UNATTRIBUTED, QuoteType.NONE).persist();
            }
        });
        return id;
    }

    private static Claim attributed(Article a, String text, String content, String source, String cue) {
        Claim c = ExportFixture.claim(a, text, content, Kind.NAMED_SOURCE, QuoteType.INDIRECT);
        ExportFixture.span(c, text, source, cue);
        c.sourceName = source;
        c.sourceType = SourceType.PERSON;
        return c;
    }
}
