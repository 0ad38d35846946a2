package org.claimtrack.review;

import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.claimtrack.testing.TestUsers;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * The review page: a bounded number of queries whatever the number of claims (no N+1), one rendering per
 * article version (the CSRF token still the browser's own), and ETag / If-None-Match answered with 304.
 */
@QuarkusTest
class ReviewPageCacheTest {

    @Inject
    SessionFactory sessions;

    @Inject
    ReviewPageCache cache;

    /** An article with n claims of its own (one per sentence), none from the extractor. */
    static long articleWith(int n) {
        String marker = ReviewFixtures.unique();
        StringBuilder text = new StringBuilder("Counts " + marker + ".");
        for (int i = 0; i < n; i++) {
            text.append(" Line ").append(i).append(" holds the number ").append(1000 + i).append('.');
        }
        long id = as(TestUsers.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("text", text.toString(), "title", "Counts " + marker, "outlet", "Count Outlet"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 0; i < n; i++) {
            ReviewFixtures.add(id, text.toString(), "the number " + (1000 + i), "UNATTRIBUTED", null, null, null, null);
        }
        return id;
    }

    long queriesFor(long articleId) {
        cache.clear();
        Statistics stats = sessions.getStatistics();
        stats.clear();
        as(TestUsers.CHECKER).get("/articles/" + articleId).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    @Test
    void theQueriesPerPageDoNotGrowWithTheClaims() {
        long small = articleWith(2);
        long large = articleWith(30);
        queriesFor(small); // first use of each query path warms nothing in Hibernate's count, but be fair
        long fewClaims = queriesFor(small);
        long manyClaims = queriesFor(large);
        assertEquals(fewClaims, manyClaims, "queries for 2 claims vs 30 claims");
        // 10 for the page, one more for the claim panel's comment thread (issue 17), and one each for the
        // verdicts on the same claims elsewhere and the suggested matches, for the whole article (issue 16)
        assertTrue(manyClaims <= 13, "queries per page: " + manyClaims);
        // a cached page reads nothing through Hibernate (only its one version query, over JDBC)
        Statistics stats = sessions.getStatistics();
        stats.clear();
        as(TestUsers.CHECKER).get("/articles/" + large).then().statusCode(200);
        // the Basic login's user lookup and the disabled-account check (accounts.DisabledAccounts), nothing of the page
        assertTrue(stats.getPrepareStatementCount() <= 2, "a cached page: " + stats.getPrepareStatementCount()
                + " (the Basic login's user lookup and the disabled-account check at most)");
    }

    @Test
    void a304RendersNothing() {
        long id = articleWith(2);
        String browser = "browser-csrf-token-304-renders";
        String etag = as(TestUsers.CHECKER).cookie("claimtrack-csrf", browser).get("/articles/" + id).then()
                .statusCode(200).extract().header("ETag");
        // the stored page gone, as after a restart of the cache: the tag still stands, and nothing is rendered
        cache.clear();
        long before = cache.renders();
        for (int i = 0; i < 3; i++) {
            as(TestUsers.CHECKER).cookie("claimtrack-csrf", browser).header("If-None-Match", "\"x\", " + etag)
                    .get("/articles/" + id).then().statusCode(304).header("ETag", etag);
        }
        assertEquals(before, cache.renders(), "a 304 renders no page");
        as(TestUsers.CHECKER).cookie("claimtrack-csrf", browser).get("/articles/" + id).then().statusCode(200);
        assertEquals(before + 1, cache.renders(), "the next full answer renders once");
        // a missing article is no 304, whatever the tag
        as(TestUsers.CHECKER).header("If-None-Match", etag).get("/articles/987654321").then().statusCode(404);
    }

    @Test
    void etagsAnswer304AndChangeWithTheArticle() {
        long id = articleWith(3);
        // a browser keeps its CSRF cookie, and the page carries that token
        String browser = "browser-csrf-token-0123456789";
        Response first = as(TestUsers.CHECKER).cookie("claimtrack-csrf", browser).get("/articles/" + id);
        assertEquals(200, first.statusCode());
        String etag = first.header("ETag");
        assertNotNull(etag);
        as(TestUsers.CHECKER).cookie("claimtrack-csrf", browser).header("If-None-Match", etag).get("/articles/" + id)
                .then().statusCode(304);
        // another browser's token makes another page, so its tag differs
        as(TestUsers.CHECKER).cookie("claimtrack-csrf", "other-browser-token-01234567").header("If-None-Match", etag)
                .get("/articles/" + id).then().statusCode(200);
        // a cached answer is the same page as a fresh rendering
        String cached = as(TestUsers.CHECKER).cookie("claimtrack-csrf", "fixed-csrf-token-0123456789").get("/articles/" + id)
                .asString();
        cache.clear();
        String fresh = as(TestUsers.CHECKER).cookie("claimtrack-csrf", "fixed-csrf-token-0123456789").get("/articles/" + id)
                .asString();
        assertEquals(fresh, cached);
        // each browser gets its own CSRF token in the page, from the same stored rendering
        String other = as(TestUsers.CHECKER).cookie("claimtrack-csrf", "another-csrf-token-987654321").get("/articles/" + id)
                .asString();
        assertTrue(other.contains("another-csrf-token-987654321") && !other.contains("fixed-csrf-token-0123456789"));
        // a verdict changes the article's version: a new page and a new tag
        long claim = as(TestUsers.VIEWER).queryParam("article", id).get("/api/claims").jsonPath().getLong("[0].id");
        as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body(Map.of("rating", "FALSE", "explanation", "checked", "version", ReviewFixtures.version(claim)))
                .put("/api/claims/" + claim + "/verdict").then().statusCode(200);
        Response after = as(TestUsers.CHECKER).cookie("claimtrack-csrf", browser).header("If-None-Match", etag)
                .get("/articles/" + id);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.header("ETag"));
        assertTrue(after.asString().contains("checked"), "the verdict shows");
        // another user sees their own name in the page, not the cached one of the first
        String asEditor = as(TestUsers.EDITOR).get("/articles/" + id).asString();
        assertTrue(asEditor.contains(">" + TestUsers.EDITOR + "<"), "editor's own header");
        as(TestUsers.CHECKER).get("/articles/999999999").then().statusCode(404);
    }

    @Test
    void articleCorrectionsAndCommentsChangeTheCachedPage() {
        long id = articleWith(2);
        long claim = as(TestUsers.VIEWER).queryParam("article", id).get("/api/claims").jsonPath().getLong("[0].id");
        String etag = as(TestUsers.CHECKER).get("/articles/" + id + "?claim=" + claim).header("ETag");
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("title", "Corrected headline " + id))
                .patch("/api/articles/" + id).then().statusCode(200);
        Response corrected = as(TestUsers.CHECKER).header("If-None-Match", etag).get("/articles/" + id + "?claim=" + claim);
        assertEquals(200, corrected.statusCode());
        assertTrue(corrected.asString().contains("Corrected headline " + id), "the corrected title shows");
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("text", "Source it, please " + id))
                .post("/api/claims/" + claim + "/comments").then().statusCode(201);
        assertTrue(as(TestUsers.CHECKER).get("/articles/" + id + "?claim=" + claim).asString()
                .contains("Source it, please " + id), "the new comment shows");
    }
}
