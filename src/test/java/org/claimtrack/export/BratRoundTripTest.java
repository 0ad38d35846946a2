package org.claimtrack.export;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.claimtrack.ingest.Article;
import org.claimtrack.ingest.ArticleService;
import org.claimtrack.review.Claim;
import org.claimtrack.review.ClaimOrigin;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
class BratRoundTripTest {

    @Inject
    BratImportService importer;

    @Inject
    EntityManager em;

    @Test
    void exportThenImportGivesTheSameClaims() {
        ExportFixture fx = ExportFixture.create();
        List<BratClaim> original = ExportFixture.storedClaims(fx.articleId);
        assertEquals(4, original.size());

        Response r = as(TestUsers.VIEWER).get("/api/export/brat.zip?article=" + fx.articleId);
        r.then().statusCode(200).contentType(containsString("application/zip"));
        byte[] zip = r.asByteArray();
        Map<String, byte[]> entries = Zips.unzip(zip);
        String id = String.valueOf(fx.articleId);
        assertEquals(List.of("annotation.conf", id + ".json", id + ".txt", id + ".ann"), List.copyOf(entries.keySet()));
        assertArrayEquals(fx.text.getBytes(StandardCharsets.UTF_8), entries.get(id + ".txt"), "the raw text exactly");
        String ann = new String(entries.get(id + ".ann"), StandardCharsets.UTF_8);
        assertTrue(ann.startsWith("T1\tSource "), ann);
        assertTrue(ann.contains("\nE1\tAttribution:T4 Content:T3 Source:T1 Cue:T2\n"), ann);
        assertTrue(ann.contains("\nA1\tKind E1 NAMED_SOURCE\n"), ann);
        assertTrue(ann.contains("\tQuote E1 INDIRECT\n"), ann);
        assertTrue(ann.contains("\tSourceType T1 PERSON\n"), ann);
        // the unattributed claim: a Content-only event whose trigger spans the content
        assertTrue(ann.matches("(?s).*\nE\\d+\tAttribution:T\\d+ Content:T\\d+\nA\\d+\tKind E\\d+ UNATTRIBUTED\n.*"), ann);
        int emoji = ExportFixture.cp(fx.text, "The minister");
        assertTrue(ann.contains("T1\tSource " + emoji + " " + (emoji + 12) + "\tThe minister"), "code-point offsets");

        // parsed back the import's way: the same claims
        List<BratArchive.Document> docs = BratArchive.read(new ByteArrayInputStream(zip), importer.limits());
        assertEquals(1, docs.size());
        assertEquals(fx.text, docs.get(0).text());
        assertEquals(original, docs.get(0).claims());

        // into a database without the article: a new article with the same claims, as curated annotations
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from article where id = ?1")
                .setParameter(1, fx.articleId).executeUpdate());
        Response imported = as(TestUsers.EDITOR).contentType("application/zip").body(zip).post("/api/import/brat");
        imported.then().statusCode(200).body("articles", equalTo(1)).body("claims", equalTo(4))
                .body("duplicates", equalTo(0)).body("documents[0].name", equalTo(id));
        long newId = imported.jsonPath().getLong("documents[0].articleId");
        assertNotEquals(fx.articleId, newId);
        assertEquals(original, ExportFixture.storedClaims(newId));
        QuarkusTransaction.requiringNew().run(() -> {
            Article a = Article.findById(newId);
            assertEquals(fx.text, a.rawText);
            assertEquals(fx.title, a.title);
            assertEquals("https://example.org/export/" + fx.title.substring(fx.title.length() - 8), a.url);
            assertEquals("2020-01-05", a.published.toString());
            assertEquals("By Tester", a.byline);
            assertTrue(a.outletName().startsWith("Fixture Outlet "));
            for (Claim c : Claim.<Claim>list("article.id", newId)) {
                assertEquals(ClaimOrigin.HUMAN, c.origin);
                assertNull(c.verdictRating, "a brat file carries annotations, not verdicts");
            }
            Claim first = Claim.find("article.id = ?1 order by start", newId).firstResult();
            assertEquals(fx.sourceName, first.source.name, "linked to the same canonical source");
        });

        // the same archive again: the article exists, so nothing is added
        as(TestUsers.EDITOR).contentType("application/zip").body(zip).post("/api/import/brat").then().statusCode(200)
                .body("articles", equalTo(0)).body("duplicates", equalTo(1)).body("claims", equalTo(0))
                .body("documents[0].articleId", equalTo((int) newId));
        assertEquals(original, ExportFixture.storedClaims(newId));
    }

    @Test
    void importIsForEditorsAndTakesOnlyZip() {
        byte[] zip = Zips.zip(Map.of("a.txt", "Some text " + UUID.randomUUID() + ".", "a.ann", ""));
        given().contentType("application/zip").body(zip).post("/api/import/brat").then().statusCode(401);
        as(TestUsers.VIEWER).contentType("application/zip").body(zip).post("/api/import/brat").then().statusCode(403)
                .body("error", containsString("forbidden"));
        as(TestUsers.CHECKER).contentType("application/zip").body(zip).post("/api/import/brat").then().statusCode(403);
        as(TestUsers.EDITOR).contentType("text/plain").body("hello").post("/api/import/brat").then().statusCode(415)
                .body("error", containsString("application/zip"));
        as(TestUsers.EDITOR).contentType("application/zip").body(new byte[0]).post("/api/import/brat").then()
                .statusCode(400).body("error", containsString("empty"));
        as(TestUsers.EDITOR).contentType("application/zip").body("not a zip at all".getBytes(StandardCharsets.UTF_8))
                .post("/api/import/brat").then().statusCode(422).body("error", containsString("no .txt"));
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        as(TestUsers.EDITOR).contentType("application/zip").body(huge).post("/api/import/brat").then().statusCode(413)
                .body("error", containsString("too large"));
        // an empty .ann: an article with no claims (the extractor's are replaced by none)
        as(TestUsers.ADMIN).contentType("application/zip").body(zip).post("/api/import/brat").then().statusCode(200)
                .body("articles", equalTo(1)).body("claims", equalTo(0));
    }

    @Test
    void aBadArchiveStoresNothing() {
        String text = "Nothing of this is stored " + UUID.randomUUID() + ". Officials said so.";
        String hash = ArticleService.sha256(text);
        Map<String, byte[]> cases = Map.of(
                "unsafe path", Zips.zip(Map.of("../escape.txt", text, "../escape.ann", "")),
                "not inside the text", Zips.zip(Map.of("d.txt", text, "d.ann", "T1\tContent 5 9999\tx\n")),
                "does not match", Zips.zip(Map.of("d.txt", text, "d.ann", "T1\tContent 0 7\tSomething\n")),
                "needs a source", Zips.zip(Map.of("d.txt", text, "d.ann",
                        "T1\tContent 0 7\tNothing\nE1\tAttribution:T1 Content:T1\nA1\tKind E1 TWEET\n")),
                "unknown Kind", Zips.zip(Map.of("d.txt", text, "d.ann",
                        "T1\tContent 0 7\tNothing\nE1\tAttribution:T1 Content:T1\nA1\tKind E1 RUMOUR\n")),
                "has no d.ann", Zips.zip(Map.of("d.txt", text)));
        cases.forEach((expected, zip) -> as(TestUsers.EDITOR).contentType("application/zip").body(zip)
                .post("/api/import/brat").then().statusCode(422).body("error", containsString(expected)));
        assertNull(QuarkusTransaction.requiringNew().call(() -> Article.findByHash(hash)));
    }
}
