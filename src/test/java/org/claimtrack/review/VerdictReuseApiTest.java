package org.claimtrack.review;

import static org.claimtrack.review.ReviewFixtures.version;
import static org.claimtrack.testing.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Verdicts travel (issue 16, item 4) over the API: checkedElsewhere, reuse-verdict, the filter. */
@QuarkusTest
class VerdictReuseApiTest {

    private static Response reuse(String user, long claim, Object from, Object version) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("from", from);
        body.put("version", version);
        return as(user).contentType(ContentType.JSON).body(body).post("/api/claims/" + claim + "/reuse-verdict");
    }

    @Test
    void checkedElsewhereAppearsWithTheVerdictAndGoesAwayWhenItIsNoLongerChecked() {
        SameClaimFixture f = SameClaimFixture.create();
        JsonPath j = as(TestUsers.VIEWER).get("/api/claims/" + f.claim()).then().statusCode(200).extract().jsonPath();
        assertEquals(f.checked(), j.getLong("checkedElsewhere.claimId"));
        assertEquals(f.checkedArticle(), j.getLong("checkedElsewhere.articleId"));
        assertEquals("FALSE", j.getString("checkedElsewhere.rating"));
        assertEquals(TestUsers.CHECKER, j.getString("checkedElsewhere.reviewer"));
        assertEquals(SameClaimFixture.EXPLANATION, j.getString("checkedElsewhere.explanation"));
        assertEquals("Wire " + f.nonce(), j.getString("checkedElsewhere.outlet"));
        assertEquals("2023-05-04", j.getString("checkedElsewhere.published"));
        assertEquals("CHECKED", j.getString("checkedElsewhere.status"));
        assertEquals(1, j.getInt("checkedElsewhere.checked"));
        assertEquals(List.of("FALSE"), j.getList("checkedElsewhere.ratings"));
        assertTrue(j.getString("checkedElsewhere.at").startsWith("20"), j.getString("checkedElsewhere.at"));
        assertEquals("/articles/" + f.checkedArticle() + "?claim=" + f.checked() + "#claim-" + f.checked(),
                j.getString("checkedElsewhere.page"));
        // the checked claim itself: nothing checked elsewhere, and the field is there as null
        Map<String, Object> own = as(TestUsers.VIEWER).get("/api/claims/" + f.checked()).jsonPath().getMap("$");
        assertTrue(own.containsKey("checkedElsewhere") && own.get("checkedElsewhere") == null, own.toString());
        // a claim of no group, and lists too
        assertTrue(as(TestUsers.VIEWER).get("/api/claims/" + f.lone()).jsonPath().getMap("$").containsKey("checkedElsewhere"));
        assertEquals(f.checked(), as(TestUsers.VIEWER).queryParam("article", f.article()).get("/api/claims").jsonPath()
                .getLong("[0].checkedElsewhere.claimId"));
        // claims inside other answers leave it out (nobody looked it up there)
        assertFalse(as(TestUsers.VIEWER).get("/api/clusters/" + f.group()).jsonPath().getMap("members[0].claim")
                .containsKey("checkedElsewhere"));

        // back in review: no longer checked, so no longer shown; checked again, shown again
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW", "version", version(f.checked())))
                .patch("/api/claims/" + f.checked()).then().statusCode(200);
        assertNull(as(TestUsers.VIEWER).get("/api/claims/" + f.claim()).jsonPath().get("checkedElsewhere"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("status", "CHECKED", "version", version(f.checked())))
                .patch("/api/claims/" + f.checked()).then().statusCode(200);
        assertEquals(f.checked(), as(TestUsers.VIEWER).get("/api/claims/" + f.claim()).jsonPath()
                .getLong("checkedElsewhere.claimId"));
        // a second checked claim with another verdict: the newest is shown, and the disagreement counted
        SameClaimFixture.verdict(f.unrated(), "MIXED", "partly", null);
        JsonPath two = as(TestUsers.VIEWER).get("/api/claims/" + f.claim()).jsonPath();
        assertEquals(f.unrated(), two.getLong("checkedElsewhere.claimId"));
        assertEquals(2, two.getInt("checkedElsewhere.checked"));
        assertEquals(List.of("MIXED", "FALSE"), two.getList("checkedElsewhere.ratings"));
    }

    @Test
    void aCheckerReusesTheVerdictInOneStepWithAHistoryRow() {
        SameClaimFixture f = SameClaimFixture.create();
        int v = version(f.claim());
        JsonPath j = reuse(TestUsers.CHECKER, f.claim(), f.checked(), v).then().statusCode(200).extract().jsonPath();
        assertEquals("FALSE", j.getString("verdict.rating"));
        assertEquals("CHECKED", j.getString("status"));
        assertEquals(TestUsers.CHECKER, j.getString("verdict.reviewer"));
        assertEquals(List.of("https://figures.example/" + f.nonce()), j.getList("verdict.evidence"));
        String explanation = j.getString("verdict.explanation");
        assertTrue(explanation.startsWith(SameClaimFixture.EXPLANATION), explanation);
        assertTrue(explanation.contains("Verdict reused from claim #" + f.checked()) && explanation.contains("Wire " + f.nonce()),
                explanation);
        assertEquals(f.checked(), j.getLong("checkedElsewhere.claimId"), "the answer is a claim JSON like any other");
        List<Map<String, Object>> history = as(TestUsers.VIEWER).get("/api/claims/" + f.claim() + "/history").jsonPath()
                .getList("$");
        Map<String, Object> last = history.get(history.size() - 1);
        assertEquals("reuse-verdict", last.get("action"));
        assertEquals(TestUsers.CHECKER, last.get("user"));
        assertEquals(f.checked(), ((Number) ((Map<?, ?>) last.get("after")).get("_reusedFrom")).longValue());
        // the stale version is refused with the current claim
        reuse(TestUsers.CHECKER, f.claim(), f.checked(), v).then().statusCode(409);
        assertEquals("stale version", reuse(TestUsers.EDITOR, f.claim(), f.checked(), v).jsonPath().getString("reason"));
        // and undo takes it back
        as(TestUsers.CHECKER).post("/api/claims/" + f.claim() + "/undo").then().statusCode(200);
        assertNull(as(TestUsers.VIEWER).get("/api/claims/" + f.claim()).jsonPath().get("verdict"));
    }

    @Test
    void reuseIsRefusedOutsideTheGroupWithoutAVerdictAndForViewers() {
        SameClaimFixture f = SameClaimFixture.create();
        int v = version(f.claim());
        // checked, but of no group / of the group, but never rated
        String outside = reuse(TestUsers.CHECKER, f.claim(), f.lone(), v).then().statusCode(422).extract().jsonPath()
                .getString("error");
        assertTrue(outside.contains("not in the same group"), outside);
        assertTrue(reuse(TestUsers.CHECKER, f.claim(), f.unrated(), v).then().statusCode(422).extract().jsonPath()
                .getString("error").contains("no verdict"));
        reuse(TestUsers.CHECKER, f.claim(), null, v).then().statusCode(422);
        reuse(TestUsers.CHECKER, f.claim(), f.claim(), v).then().statusCode(422);
        reuse(TestUsers.CHECKER, f.claim(), 999_999_999L, v).then().statusCode(422);
        reuse(TestUsers.CHECKER, f.claim(), "one", v).then().statusCode(422);
        reuse(TestUsers.CHECKER, f.claim(), f.checked(), null).then().statusCode(422);
        reuse(TestUsers.CHECKER, 999_999_999L, f.checked(), v).then().statusCode(404);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body("{\"from\": 1, \"rating\": \"TRUE\"}")
                .post("/api/claims/" + f.claim() + "/reuse-verdict").then().statusCode(400);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body("[1]")
                .post("/api/claims/" + f.claim() + "/reuse-verdict").then().statusCode(400);
        reuse(TestUsers.VIEWER, f.claim(), f.checked(), v).then().statusCode(403);
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(Map.of("from", f.checked(), "version", v))
                .post("/api/claims/" + f.claim() + "/reuse-verdict").then().statusCode(401);
        // a verdict in review is not final: not reused
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("status", "IN_REVIEW", "version", version(f.checked())))
                .patch("/api/claims/" + f.checked()).then().statusCode(200);
        assertTrue(reuse(TestUsers.CHECKER, f.claim(), f.checked(), v).then().statusCode(422).extract().jsonPath()
                .getString("error").contains("not final"));
        assertNull(as(TestUsers.VIEWER).get("/api/claims/" + f.claim()).jsonPath().get("verdict"), "nothing changed");
    }

    @Test
    void theListAndTheExportsFilterOnIt() {
        SameClaimFixture f = SameClaimFixture.create();
        List<Long> yes = ids(as(TestUsers.VIEWER).queryParam("q", f.nonce()).queryParam("checkedElsewhere", "true")
                .get("/api/claims"));
        // the claims of the group whose group holds a checked claim of another article; not the checked one itself
        assertEquals(List.of(f.claim(), f.unrated()).stream().sorted().toList(), yes.stream().sorted().toList());
        List<Long> no = ids(as(TestUsers.VIEWER).queryParam("q", f.nonce()).queryParam("checkedElsewhere", "false")
                .get("/api/claims"));
        assertEquals(List.of(f.checked(), f.lone()).stream().sorted().toList(), no.stream().sorted().toList());
        Response counted = as(TestUsers.VIEWER).queryParam("q", f.nonce()).queryParam("checkedElsewhere", "TRUE")
                .get("/api/claims");
        assertEquals("2", counted.header("X-Total-Count"));
        as(TestUsers.VIEWER).queryParam("checkedElsewhere", "perhaps").get("/api/claims").then().statusCode(400);
        // the exports share the filter
        String csv = as(TestUsers.VIEWER).queryParam("q", f.nonce()).queryParam("checkedElsewhere", "true")
                .get("/api/export/claims.csv").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("80 troops died in the " + f.nonce()), csv);
        assertFalse(csv.contains("80 soldiers were killed in the " + f.nonce()), csv);
        as(TestUsers.VIEWER).queryParam("checkedElsewhere", "perhaps").get("/api/export/claims.csv").then().statusCode(400);
        // and the claims page
        String html = as(TestUsers.VIEWER).queryParam("q", f.nonce()).queryParam("checkedElsewhere", "true").get("/claims")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("data-claim-id=\"" + f.claim() + "\"") && !html.contains("data-claim-id=\"" + f.lone() + "\""));
        assertTrue(html.contains("<option value=\"true\" selected>"), "the filter control keeps its choice");
        assertTrue(html.contains("✓ elsewhere: FALSE"), "the row says so");
    }

    private static List<Long> ids(Response r) {
        r.then().statusCode(200);
        return r.jsonPath().getList("id", Number.class).stream().map(Number::longValue).toList();
    }
}
