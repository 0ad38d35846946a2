package org.claimtrack.ingest;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.claimtrack.extract.ClaimContract;
import org.claimtrack.extract.ExtractedClaim;
import org.claimtrack.extract.ExtractionResult;
import org.claimtrack.extract.Extractor;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.QuoteType;
import org.claimtrack.extract.SourceMention;
import org.claimtrack.extract.SourceType;
import org.claimtrack.extract.Span;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** ClaimContract says exactly what the claim table takes, and ingest never loses an article to a claim. */
@QuarkusTest
class ClaimContractDbTest {

    static final String FORECAST = "The grid may be tested in coming days as temperatures are forecast to reach into the "
            + "triple digits again in some places.";

    @Inject
    ArticleService service;

    @Inject
    EntityManager em;

    /** Every kind with and without source words, name and cue, inside and past the text: the database agrees. */
    @Test
    void theContractMirrorsTheTable() {
        String text = "Contract probe " + UUID.randomUUID() + ". Officials said the bridge reopened.";
        long id = QuarkusTransaction.requiringNew().call(() -> service.store(new IngestRequest(text, "probe", null, null,
                null, null), text, ArticleService.sha256(text), new ExtractionResult(Extractor.VERSION, List.of(), List.of()),
                "test", null).id);
        int len = text.codePointCount(0, text.length());
        List<ExtractedClaim> cases = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (int src = 0; src < 4; src++) {
                for (int cue = 0; cue < 3; cue++) {
                    for (int end : new int[] {len, len + 3}) {
                        SourceMention s = switch (src) {
                            case 1 -> new SourceMention(0, 8, "Contract", "Contract", SourceType.UNNAMED, null);
                            case 2 -> new SourceMention(0, 8, null, null, SourceType.UNNAMED, null);
                            case 3 -> new SourceMention(0, end, "x", null, null, null);
                            default -> null;
                        };
                        Span c = cue == 0 ? null : cue == 1 ? new Span(1, 5, "ontr") : new Span(1, end, "y");
                        cases.add(new ExtractedClaim(2, cue == 2 ? len : end, "z", kind, s, c, QuoteType.INDIRECT, List.of()));
                    }
                }
            }
        }
        int refused = 0;
        for (ExtractedClaim c : cases) {
            boolean expectRefused = !ClaimContract.problems(c, len).isEmpty();
            boolean wasRefused;
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    service.toEntity(Article.findById(id), c).persist();
                    em.flush();
                });
                wasRefused = false;
            } catch (RuntimeException e) {
                wasRefused = true;
            }
            refused += wasRefused ? 1 : 0;
            assertEquals(expectRefused, wasRefused, c + " " + ClaimContract.problems(c, len));
        }
        assertTrue(refused > 0 && refused < cases.size(), refused + " of " + cases.size());
    }

    @Test
    void theIssueSentenceIngests() {
        String text = FORECAST + " " + UUID.randomUUID();
        as(TestUsers.EDITOR).contentType(ContentType.TEXT).body(text).post("/api/articles").then().statusCode(201)
                .body("claims.kind", hasItem("ANONYMOUS_SOURCE")).body("claims.cue.text", hasItem("are forecast"))
                .body("warnings.size()", org.hamcrest.Matchers.equalTo(0));
    }

    /** A claim the database refuses although the contract passed it: the article is stored, the claim is a warning. */
    @Test
    void aRefusedClaimBecomesAWarning() {
        String text = "Officials said the bridge reopened. " + UUID.randomUUID();
        ExtractionResult r = new ExtractionResult(Extractor.VERSION, List.of(
                new ExtractedClaim(0, 9, "Officials", Kind.UNATTRIBUTED, null, null, QuoteType.NONE, List.of()),
                new ExtractedClaim(10, 900, "said…", Kind.UNATTRIBUTED, null, null, QuoteType.NONE, List.of())), List.of());
        long id = service.storeClaimByClaim(new IngestRequest(text, "refused", null, null, null, null), text,
                ArticleService.sha256(text), r, List.of(), "test", null);
        as(TestUsers.VIEWER).get("/api/articles/" + id).then().statusCode(200).body("claimCount", org.hamcrest.Matchers.equalTo(1))
                .body("warnings[0]", containsString("claim at 10..900"))
                .body("warnings[0]", containsString("the database refused it"));
        as(TestUsers.VIEWER).get("/articles/" + id).then().statusCode(200).body(containsString("id=\"ingest-warnings\""))
                .body(containsString("claim at 10..900"));
    }

    /** Every PolNeAR dev article ingests with all its claims (skipped where ../shared is absent). */
    @Test
    void everyDevArticleIngestsWhole() throws IOException {
        Path dev = Path.of(System.getProperty("ct.shared", "../shared")).resolve("polnear/dev/text");
        Assumptions.assumeTrue(Files.isDirectory(dev), "PolNeAR dev not found at " + dev + ": skipped");
        List<Path> files;
        try (Stream<Path> s = Files.list(dev)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> lost = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f);
            IngestResult r = service.ingest(new IngestRequest(text, null, null, null, null, null), "test");
            List<String> warnings = QuarkusTransaction.requiringNew().call(() -> List.copyOf(
                    ((Article) Article.findById(r.article().id)).warnings));
            if (!warnings.isEmpty()) {
                lost.add(f.getFileName() + ": " + warnings);
            }
        }
        assertEquals(List.of(), lost);
    }
}
