package org.claimtrack.review;

import static org.claimtrack.review.ClaimApiTest.add;
import static org.claimtrack.review.ClaimApiTest.article;
import static org.claimtrack.review.ClaimApiTest.cp;
import static org.claimtrack.review.ClaimApiTest.text;
import static org.claimtrack.review.ClaimApiTest.unique;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Undo walks back through a person's own changes on a claim, one per call (issue 17, item 5): someone
 * else's newer change stops it (409, theirs kept), an empty stack is a 422, every undo is a history row.
 */
@QuarkusTest
class UndoStackApiTest {

    /** A claim the checker added ("add" is the bottom of its stack): an unattributed sentence. */
    static long claim() {
        long a = article(unique());
        String t = text(a);
        int s = cp(t, "the bridge is closed");
        return add(a, Map.of("start", s, "end", s + 20, "kind", "UNATTRIBUTED")).getLong("id");
    }

    static int version(long id) {
        return as(TestUsers.VIEWER).get("/api/claims/" + id).jsonPath().getInt("version");
    }

    static void patch(String user, long id, Map<String, Object> body) {
        Map<String, Object> b = new java.util.HashMap<>(body);
        b.put("version", version(id));
        as(user).contentType(ContentType.JSON).body(b).patch("/api/claims/" + id).then().statusCode(200);
    }

    static void verdict(String user, long id, String rating) {
        as(user).contentType(ContentType.JSON).body(Map.of("rating", rating, "version", version(id)))
                .put("/api/claims/" + id + "/verdict").then().statusCode(200);
    }

    static JsonPath undo(String user, long id, int status) {
        return as(user).post("/api/claims/" + id + "/undo").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void threeChangesThreeUndosThenTheAdditionThenNothingLeft() {
        long id = claim();
        patch(TestUsers.CHECKER, id, Map.of("quote", "DIRECT"));
        verdict(TestUsers.CHECKER, id, "FALSE");
        patch(TestUsers.CHECKER, id, Map.of("hedges", List.of("reportedly")));

        JsonPath first = undo(TestUsers.CHECKER, id, 200);
        assertEquals(List.of(), first.getList("hedges"), "the hedges change is undone");
        assertEquals("FALSE", first.getString("verdict.rating"), "the verdict still stands");
        JsonPath second = undo(TestUsers.CHECKER, id, 200);
        assertNull(second.get("verdict"), "then the verdict");
        assertEquals("DIRECT", second.getString("quote"));
        assertEquals("NEW", second.getString("status"), "the verdict's CHECKED goes with it");
        JsonPath third = undo(TestUsers.CHECKER, id, 200);
        assertEquals("NONE", third.getString("quote"), "then the quote: the claim as added");
        assertEquals("NEW", third.getString("status"));
        // the addition is the person's change too: undoing it rejects the claim; then nothing is left
        undo(TestUsers.CHECKER, id, 200);
        as(TestUsers.VIEWER).get("/api/claims/" + id).then().body("status", equalTo("REJECTED"));
        as(TestUsers.CHECKER).post("/api/claims/" + id + "/undo").then().statusCode(422)
                .body("error", containsString("no change left to undo"));

        // history: the four changes and one undo row per undo, each naming the change it took back, newest first
        JsonPath h = as(TestUsers.VIEWER).get("/api/claims/" + id + "/history").jsonPath();
        assertEquals(List.of("add", "correct", "verdict", "correct", "undo", "undo", "undo", "undo"), h.getList("action"));
        List<Long> ids = h.getList("id", Long.class);
        for (int i = 0; i < 4; i++) {
            assertEquals(ids.get(3 - i).longValue(), h.getLong("[" + (4 + i) + "].after._undid"), "undo " + (i + 1));
            assertEquals(TestUsers.CHECKER, h.getString("[" + (4 + i) + "].user"));
        }
    }

    @Test
    void anotherPersonsChangeInBetweenStopsTheWalkWith409() {
        long id = claim();
        patch(TestUsers.CHECKER, id, Map.of("quote", "DIRECT"));
        verdict(TestUsers.EDITOR, id, "TRUE");
        patch(TestUsers.CHECKER, id, Map.of("hedges", List.of("reportedly")));

        undo(TestUsers.CHECKER, id, 200);
        // the editor's verdict is next: the checker may not take it back, nor walk past it
        as(TestUsers.CHECKER).post("/api/claims/" + id + "/undo").then().statusCode(409)
                .body("error", containsString(TestUsers.EDITOR)).body("current.verdict.rating", equalTo("TRUE"))
                .body("current.quote", equalTo("DIRECT")).body("current.hedges", empty());
        as(TestUsers.VIEWER).get("/api/claims/" + id).then().body("verdict.rating", equalTo("TRUE"));
        // the editor undoes their own; then the checker's walk goes on
        undo(TestUsers.EDITOR, id, 200);
        as(TestUsers.VIEWER).get("/api/claims/" + id).then().body("verdict", nullValue()).body("quote", equalTo("DIRECT"));
        undo(TestUsers.CHECKER, id, 200);
        as(TestUsers.VIEWER).get("/api/claims/" + id).then().body("quote", equalTo("NONE"));
        // the addition is the checker's: the editor gets the 409, the checker may undo it, then 422 for both
        as(TestUsers.EDITOR).post("/api/claims/" + id + "/undo").then().statusCode(409)
                .body("error", containsString(TestUsers.CHECKER));
        undo(TestUsers.CHECKER, id, 200);
        undo(TestUsers.CHECKER, id, 422);
        undo(TestUsers.EDITOR, id, 422);
        List<String> actions = as(TestUsers.VIEWER).get("/api/claims/" + id + "/history").jsonPath().getList("action");
        assertEquals(4, actions.stream().filter("undo"::equals).count(), actions.toString());
    }

    @Test
    void undoingAnUndoneChangeAgainIsNotPossibleAndANewChangeGoesOnTop() {
        long id = claim();
        patch(TestUsers.CHECKER, id, Map.of("quote", "DIRECT"));
        undo(TestUsers.CHECKER, id, 200);
        patch(TestUsers.CHECKER, id, Map.of("quote", "MIXED"));
        // the new change is on top of the stack; below it the addition (the undone DIRECT is gone)
        assertEquals("NONE", undo(TestUsers.CHECKER, id, 200).getString("quote"));
        assertEquals("REJECTED", undo(TestUsers.CHECKER, id, 200).getString("status"));
        undo(TestUsers.CHECKER, id, 422);
        assertTrue(as(TestUsers.VIEWER).get("/api/claims/" + id + "/history").jsonPath().getList("action").size() == 6);
    }

    @Test
    void theReviewPageBannerOffersUndoAfterAVerdictAndAfterARejectionAsAPlainForm() {
        ReviewFixtures.Made m = ReviewFixtures.article("Banner");
        long official = m.claims().get("official");
        long anonymous = m.claims().get("anonymous");
        String base = "/articles/" + m.article() + "/claims/";
        String location = ReviewPageTest.form(TestUsers.CHECKER).formParam("rating", "FALSE")
                .formParam("version", ReviewFixtures.version(official)).post(base + official + "/verdict").then()
                .statusCode(303).extract().header("Location");
        assertTrue(location.contains("done=verdict") && location.contains("changed=" + official), location);
        String page = as(TestUsers.CHECKER).get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""))
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("Verdict set to FALSE"), "the banner says what was done");
        assertTrue(page.contains("action=\"" + base + official + "/undo\" id=\"banner-undo-form\""), "its Undo is a form");

        // a rejection moves the page on to the next claim; the banner's Undo is for the rejected one
        location = ReviewPageTest.form(TestUsers.CHECKER).formParam("version", ReviewFixtures.version(official))
                .post(base + official + "/reject").then().statusCode(303).extract().header("Location");
        assertTrue(location.contains("claim=" + anonymous) && location.contains("changed=" + official), location);
        page = as(TestUsers.CHECKER).get(location.replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""))
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("Claim #" + official + " rejected"), "the banner names the rejected claim");
        assertTrue(page.contains("action=\"" + base + official + "/undo\" id=\"banner-undo-form\""));
        ReviewPageTest.form(TestUsers.CHECKER).post(base + official + "/undo").then().statusCode(303);
        as(TestUsers.VIEWER).get("/api/claims/" + official).then().body("status", equalTo("CHECKED"))
                .body("verdict.rating", equalTo("FALSE"));
        // another person's page shows what was done but no Undo (it would be refused)
        String theirs = as(TestUsers.EDITOR).get("/articles/" + m.article() + "?claim=" + official + "&done=verdict&changed="
                + official).then().statusCode(200).extract().asString();
        assertTrue(!theirs.contains("banner-undo-form"), "no Undo for someone else's change");
        // a hand-made address is no 500
        as(TestUsers.CHECKER).get("/articles/" + m.article() + "?done=verdict&changed=x1").then().statusCode(200);
        as(TestUsers.CHECKER).get("/articles/" + m.article() + "?done=nonsense&changed=99999999999").then().statusCode(200);
    }
}
