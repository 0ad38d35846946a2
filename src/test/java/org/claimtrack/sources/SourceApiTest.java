package org.claimtrack.sources;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtrack.compare.Fixtures;
import org.claimtrack.compare.Fixtures.Spec;
import org.claimtrack.extract.Kind;
import org.claimtrack.extract.SourceType;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class SourceApiTest {

    /** Two sources for one person, each credited with a claim in its own article. */
    private long[] twoSourcesForOnePerson(String n) {
        long a = Fixtures.source("Mira " + n, SourceType.PERSON);
        long b = Fixtures.source("M. " + n, SourceType.PERSON);
        String s1 = "Mira " + n + " said the harbour of " + n + " will reopen in May.";
        String s2 = "M. " + n + " told reporters the harbour of " + n + " would reopen in May.";
        long art1 = Fixtures.article("Outlet " + n, LocalDate.of(2024, 5, 1), s1);
        long art2 = Fixtures.article("Other " + n, LocalDate.of(2024, 5, 2), s2);
        long c1 = Fixtures.claims(art1, Spec.of("the harbour of " + n + " will reopen in May", Kind.NAMED_SOURCE, a,
                "Mira " + n, "said")).get(0);
        long c2 = Fixtures.claims(art2, Spec.of("the harbour of " + n + " would reopen in May", Kind.NAMED_SOURCE, b,
                "M. " + n, "told reporters", "would")).get(0);
        return new long[] {a, b, c1, c2};
    }

    @Test
    void listAndDetailShowCountsAndClaimsAcrossArticles() {
        String n = Fixtures.nonce();
        long[] ids = twoSourcesForOnePerson(n);
        as(TestUsers.VIEWER).queryParam("q", n).get("/api/sources").then().statusCode(200)
                .body("id", hasItem((int) ids[0]))
                .body("find { it.id == " + ids[0] + " }.claimCount", equalTo(1))
                .body("find { it.id == " + ids[0] + " }.articleCount", equalTo(1))
                .body("find { it.id == " + ids[0] + " }.type", equalTo("PERSON"))
                .body("find { it.id == " + ids[0] + " }.handles", notNullValue())
                .body("find { it.id == " + ids[0] + " }.aliases", notNullValue());
        as(TestUsers.VIEWER).get("/api/sources/" + ids[0]).then().statusCode(200)
                .body("name", equalTo("Mira " + n)).body("claims[0].claim.id", equalTo((int) ids[2]))
                .body("claims[0].outlet", equalTo("Outlet " + n)).body("kinds.NAMED_SOURCE", equalTo(1));
    }

    @Test
    void mergeMovesEveryClaimAndRecordsItInTheClaimHistory() {
        String n = Fixtures.nonce();
        long[] ids = twoSourcesForOnePerson(n);
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", ids[0]))
                .post("/api/sources/" + ids[1] + "/merge").then().statusCode(200)
                .body("id", equalTo((int) ids[0])).body("claimCount", equalTo(2)).body("articleCount", equalTo(2))
                .body("aliases", hasItem("M. " + n));
        as(TestUsers.VIEWER).get("/api/sources/" + ids[1]).then().statusCode(404).body("error", notNullValue());
        List<Map<String, Object>> history = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.claimtrack.review.ClaimHistory.ofClaim(ids[3]).stream()
                        .map(h -> Map.<String, Object>of("action", h.action, "user", h.username, "before", h.before,
                                "after", h.after)).toList());
        assertEquals(1, history.size(), history.toString());
        assertEquals("source-merge", history.get(0).get("action"));
        assertEquals(TestUsers.EDITOR, history.get(0).get("user"));
        assertTrue(history.get(0).get("before").toString().contains("\"id\": " + ids[1])
                || history.get(0).get("before").toString().contains("\"id\":" + ids[1]), history.toString());
        assertTrue(history.get(0).get("after").toString().contains("\"id\": " + ids[0])
                || history.get(0).get("after").toString().contains("\"id\":" + ids[0]), history.toString());
        // the profile aggregate follows the move: both outlets now credit the one source
        as(TestUsers.VIEWER).queryParam("outlet", "Other " + n).get("/api/profile").then().statusCode(200)
                .body("total.namedSources", equalTo(1)).body("articles[0].namedSources", equalTo(1));
        as(TestUsers.VIEWER).queryParam("source", ids[0]).get("/api/profile").then().statusCode(200)
                .body("total.claims", equalTo(2)).body("total.articles", equalTo(2));
    }

    @Test
    void splitMovesTheChosenClaimsToANewSource() {
        String n = Fixtures.nonce();
        long[] ids = twoSourcesForOnePerson(n);
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", ids[0]))
                .post("/api/sources/" + ids[1] + "/merge").then().statusCode(200);
        int fresh = as(TestUsers.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Marek " + n, "type", "PERSON", "claims", List.of(ids[3])))
                .post("/api/sources/" + ids[0] + "/split").then().statusCode(200)
                .body("name", equalTo("Marek " + n)).body("claimCount", equalTo(1)).extract().path("id");
        as(TestUsers.VIEWER).get("/api/sources/" + ids[0]).then().statusCode(200).body("claimCount", equalTo(1));
        as(TestUsers.VIEWER).get("/api/sources/" + fresh).then().statusCode(200)
                .body("claims[0].claim.id", equalTo((int) ids[3]));
        as(TestUsers.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Nobody " + n, "claims", List.of(ids[3])))
                .post("/api/sources/" + ids[0] + "/split").then().statusCode(422).body("error", notNullValue());
    }

    @Test
    void errorsAreJson() {
        String n = Fixtures.nonce();
        long[] ids = twoSourcesForOnePerson(n);
        as(TestUsers.VIEWER).get("/api/sources/987654321").then().statusCode(404).body("error", notNullValue());
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", ids[0]))
                .post("/api/sources/" + ids[0] + "/merge").then().statusCode(422).body("error", notNullValue());
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", 987654321))
                .post("/api/sources/" + ids[1] + "/merge").then().statusCode(404).body("error", notNullValue());
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", ids[0]))
                .post("/api/sources/987654321/merge").then().statusCode(404).body("error", notNullValue());
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body("{}")
                .post("/api/sources/" + ids[1] + "/merge").then().statusCode(422).body("error", notNullValue());
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body("{\"into\": ")
                .post("/api/sources/" + ids[1] + "/merge").then().statusCode(400).body("error", notNullValue());
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("into", ids[0]))
                .post("/api/sources/" + ids[1] + "/merge").then().statusCode(403).body("error", notNullValue());
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("into", ids[0]))
                .post("/api/sources/" + ids[1] + "/merge").then().statusCode(403).body("error", notNullValue());
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("into", ids[0]))
                .post("/api/sources/" + ids[1] + "/merge").then().statusCode(401);
        as(TestUsers.VIEWER).queryParam("type", "ALIEN").get("/api/sources").then().statusCode(400)
                .body("error", notNullValue());
        // nothing moved
        as(TestUsers.VIEWER).get("/api/sources/" + ids[1]).then().statusCode(200).body("claimCount", equalTo(1));
    }

    @Test
    void pagesRenderAndFormsNeedTheirCsrfToken() {
        String n = Fixtures.nonce();
        long[] ids = twoSourcesForOnePerson(n);
        String list = as(TestUsers.VIEWER).queryParam("q", n).get("/sources").then().statusCode(200).extract().asString();
        assertTrue(list.contains("Mira " + n) && list.contains("/sources/" + ids[0]), list);
        String page = as(TestUsers.EDITOR).get("/sources/" + ids[0]).then().statusCode(200).extract().asString();
        assertTrue(page.contains("the harbour of " + n + " will reopen in May"), "the claim is listed");
        assertTrue(page.contains("M. " + n), "the lookalike is offered for merging");
        as(TestUsers.EDITOR).contentType(ContentType.URLENC).formParam("into", String.valueOf(ids[0]))
                .post("/sources/" + ids[1] + "/merge").then().statusCode(403);
        as(TestUsers.VIEWER).get("/sources/987654321").then().statusCode(404);
    }
}
