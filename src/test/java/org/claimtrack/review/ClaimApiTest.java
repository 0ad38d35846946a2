package org.claimtrack.review;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The Claims section of the HTTP API, end to end over HTTP with Basic auth. */
@QuarkusTest
class ClaimApiTest {

    /** An article of our own: "😀" before the claims makes code points and UTF-16 units differ. */
    static long article(String marker) {
        String text = "😀 " + marker + " The minister said that prices will fall next year. Reports say the bridge is closed. "
                + "Officials privately warned of riots.";
        long id = as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("text", text, "title", "Claims " + marker,
                "outlet", "Review Test"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        // these tests add every claim themselves: start from an article without the extractor's claims
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> org.claimtrack.review.Claim.delete("article.id", id));
        return id;
    }

    static String text(long article) {
        return as(TestUsers.VIEWER).get("/api/articles/" + article).jsonPath().getString("text");
    }

    static int cp(String text, String needle) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, needle);
        return text.codePointCount(0, i);
    }

    static JsonPath add(long article, Map<String, Object> body) {
        return as(TestUsers.CHECKER).contentType(ContentType.JSON).body(body).post("/api/articles/" + article + "/claims")
                .then().statusCode(201).extract().jsonPath();
    }

    static String unique() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void addPatchVerdictHistoryAndUndo() {
        long a = article(unique());
        String t = text(a);
        int s = cp(t, "prices will fall next year");
        int e = s + "prices will fall next year".length();
        int src = cp(t, "The minister");
        int cue = cp(t, "said");
        JsonPath c = add(a, Map.of("start", s, "end", e, "kind", "NAMED_SOURCE", "quote", "INDIRECT",
                "source", Map.of("start", src, "end", src + 12, "name", "Jane Minister", "type", "PERSON"),
                "cue", Map.of("start", cue, "end", cue + 4)));
        long id = c.getLong("id");
        assertEquals("prices will fall next year", c.getString("text"));
        assertEquals("HUMAN", c.getString("origin"));
        assertEquals("Jane Minister", c.getString("source.name"));
        assertEquals("said", c.getString("cue.text"));
        assertEquals("The minister", c.getString("source.text"));
        int v = c.getInt("version");

        // correct: kind and the content span (code points)
        JsonPath p = as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body(Map.of("kind", "OFFICIAL_STATEMENT", "end", e - " next year".length(), "version", v))
                .patch("/api/claims/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals("OFFICIAL_STATEMENT", p.getString("kind"));
        assertEquals("prices will fall", p.getString("text"));
        assertEquals(v + 1, p.getInt("version"));

        // verdict
        as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body(Map.of("rating", "MOSTLY_FALSE", "explanation", "Forecasts differ.",
                        "evidence", List.of("https://example.org/a", "http://example.org/b"), "version", v + 1))
                .put("/api/claims/" + id + "/verdict").then().statusCode(200)
                .body("verdict.rating", equalTo("MOSTLY_FALSE")).body("verdict.reviewer", equalTo(TestUsers.CHECKER))
                .body("verdict.evidence", hasItem("http://example.org/b")).body("status", equalTo("CHECKED"));

        // history: add, correct, verdict with before/after
        JsonPath h = as(TestUsers.VIEWER).get("/api/claims/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("add", "correct", "verdict"), h.getList("action"));
        assertEquals(TestUsers.CHECKER, h.getString("[1].user"));
        assertEquals("NAMED_SOURCE", h.getString("[1].before.kind"));
        assertEquals("OFFICIAL_STATEMENT", h.getString("[1].after.kind"));
        assertTrue(h.get("[0].before") == null);
        assertTrue(h.getString("[2].at") != null);

        // undo the verdict: back to the corrected claim without verdict
        as(TestUsers.CHECKER).post("/api/claims/" + id + "/undo").then().statusCode(200)
                .body("verdict", nullValue()).body("status", equalTo("NEW")).body("kind", equalTo("OFFICIAL_STATEMENT"));
        // someone else cannot undo it; a second undo walks back to the change before (UndoStackApiTest: the whole walk)
        as(TestUsers.EDITOR).post("/api/claims/" + id + "/undo").then().statusCode(409).body("error", containsString(TestUsers.CHECKER));
        as(TestUsers.CHECKER).post("/api/claims/" + id + "/undo").then().statusCode(200)
                .body("kind", equalTo("NAMED_SOURCE")).body("text", equalTo("prices will fall next year"));
    }

    @Test
    void staleVersionGets409WithTheCurrentClaim() {
        long a = article(unique());
        String t = text(a);
        int s = cp(t, "the bridge is closed");
        JsonPath c = add(a, Map.of("start", s, "end", s + 20, "kind", "UNATTRIBUTED"));
        long id = c.getLong("id");
        int v = c.getInt("version");
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("quote", "DIRECT", "version", v))
                .patch("/api/claims/" + id).then().statusCode(200);
        // the second person still holds version v
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("quote", "MIXED", "version", v))
                .patch("/api/claims/" + id).then().statusCode(409).contentType(ContentType.JSON)
                .body("error", containsString("changed by someone else")).body("current.quote", equalTo("DIRECT"))
                .body("current.version", equalTo(v + 1));
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("rating", "TRUE", "version", v))
                .put("/api/claims/" + id + "/verdict").then().statusCode(409).body("current.id", equalTo((int) id));
        as(TestUsers.EDITOR).delete("/api/claims/" + id + "?version=" + v).then().statusCode(409);
        // nothing was lost: the first change stands
        as(TestUsers.VIEWER).get("/api/claims/" + id).then().statusCode(200).body("quote", equalTo("DIRECT"));
    }

    @Test
    void rejectHidesFromListsAndKeepsHistory() {
        String marker = unique();
        long a = article(marker);
        String t = text(a);
        int s = cp(t, "Officials privately warned of riots");
        long id = add(a, Map.of("start", s, "end", s + 35, "kind", "ANONYMOUS_SOURCE",
                "source", Map.of("start", s, "end", s + 9, "type", "UNNAMED"))).getLong("id");
        as(TestUsers.VIEWER).queryParam("article", a).get("/api/claims").then().statusCode(200).body("id", hasItem((int) id));
        as(TestUsers.CHECKER).delete("/api/claims/" + id).then().statusCode(200).body("status", equalTo("REJECTED"));
        as(TestUsers.VIEWER).queryParam("article", a).get("/api/claims").then().statusCode(200)
                .body("id", not(hasItem((int) id)));
        as(TestUsers.VIEWER).queryParam("article", a).queryParam("status", "REJECTED").get("/api/claims").then()
                .statusCode(200).body("id", hasItem((int) id));
        as(TestUsers.VIEWER).get("/api/articles/" + a).then().body("claims.id", not(hasItem((int) id)));
        as(TestUsers.VIEWER).get("/api/claims/" + id + "/history").then().body("action", hasItem("reject"));
        // undo of the rejection brings it back
        as(TestUsers.CHECKER).post("/api/claims/" + id + "/undo").then().statusCode(200).body("status", equalTo("NEW"));
    }

    @Test
    void listFiltersAndPaging() {
        String marker = unique();
        long a = article(marker);
        String t = text(a);
        int s1 = cp(t, "prices will fall");
        int s2 = cp(t, "the bridge is closed");
        long c1 = add(a, Map.of("start", s1, "end", s1 + 16, "kind", "UNATTRIBUTED")).getLong("id");
        long c2 = add(a, Map.of("start", s2, "end", s2 + 20, "kind", "MEDIA_REPORT",
                "source", Map.of("start", cp(t, "Reports"), "end", cp(t, "Reports") + 7, "type", "MEDIA"))).getLong("id");
        as(TestUsers.VIEWER).queryParam("article", a).queryParam("kind", "MEDIA_REPORT").get("/api/claims").then()
                .statusCode(200).body("id", hasItem((int) c2)).body("id", not(hasItem((int) c1)));
        as(TestUsers.VIEWER).queryParam("article", a).queryParam("q", "bridge").get("/api/claims").then()
                .statusCode(200).body("id", hasItem((int) c2)).body("id", not(hasItem((int) c1)));
        as(TestUsers.VIEWER).queryParam("outlet", "review test").queryParam("article", a).queryParam("verdict", "none")
                .get("/api/claims").then().statusCode(200).body("id", hasItem((int) c1));
        var all = as(TestUsers.VIEWER).queryParam("article", a).get("/api/claims").then().statusCode(200).extract();
        int total = Integer.parseInt(all.header("X-Total-Count"));
        assertTrue(total >= 2);
        List<Integer> page1 = as(TestUsers.VIEWER).queryParam("article", a).queryParam("limit", 1).get("/api/claims")
                .then().statusCode(200).extract().jsonPath().getList("id");
        List<Integer> page2 = as(TestUsers.VIEWER).queryParam("article", a).queryParam("limit", 1).queryParam("offset", 1)
                .get("/api/claims").then().statusCode(200).extract().jsonPath().getList("id");
        assertEquals(1, page1.size());
        assertEquals(1, page2.size());
        assertTrue(!page1.equals(page2));
        as(TestUsers.VIEWER).queryParam("limit", 0).get("/api/claims").then().statusCode(400).body("error", containsString("limit"));
        as(TestUsers.VIEWER).queryParam("offset", "lots").get("/api/claims").then().statusCode(400).body("error", containsString("offset"));
        as(TestUsers.VIEWER).queryParam("kind", "GOSSIP").get("/api/claims").then().statusCode(400).body("error", containsString("kind"));
        as(TestUsers.VIEWER).queryParam("from", "soon").get("/api/claims").then().statusCode(400).body("error", notNullValue());
    }

    @Test
    void splitAndMergeAndUndoThem() {
        long a = article(unique());
        String t = text(a);
        int s = cp(t, "The minister said");
        int e = cp(t, "Officials") - 1; // two sentences
        int at = cp(t, "Reports say");
        JsonPath c = add(a, Map.of("start", s, "end", e, "kind", "UNATTRIBUTED"));
        long id = c.getLong("id");
        JsonPath parts = as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("at", at, "version", c.getInt("version")))
                .post("/api/claims/" + id + "/split").then().statusCode(200).extract().jsonPath();
        assertEquals("The minister said that prices will fall next year.", parts.getString("[0].text"));
        assertEquals("Reports say the bridge is closed.", parts.getString("[1].text"));
        long second = parts.getLong("[1].id");
        JsonPath merged = as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body(Map.of("with", second, "version", parts.getInt("[0].version")))
                .post("/api/claims/" + id + "/merge").then().statusCode(200).extract().jsonPath();
        assertEquals(s, merged.getInt("start"));
        assertEquals(e, merged.getInt("end"));
        as(TestUsers.VIEWER).get("/api/claims/" + second).then().body("status", equalTo("REJECTED"));
        // undo the merge: both parts come back
        as(TestUsers.CHECKER).post("/api/claims/" + id + "/undo").then().statusCode(200)
                .body("text", equalTo("The minister said that prices will fall next year."));
        as(TestUsers.VIEWER).get("/api/claims/" + second).then().body("status", equalTo("NEW"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("at", s, "version", 99))
                .post("/api/claims/" + id + "/split").then().statusCode(409);
        int ver = as(TestUsers.VIEWER).get("/api/claims/" + id).jsonPath().getInt("version");
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("at", s, "version", ver))
                .post("/api/claims/" + id + "/split").then().statusCode(422).body("error", containsString("inside"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("with", id, "version", ver))
                .post("/api/claims/" + id + "/merge").then().statusCode(422);
    }

    @Test
    void changeSourceToACanonicalOne() {
        long a = article(unique());
        String t = text(a);
        int s = cp(t, "prices will fall");
        int src = cp(t, "The minister");
        JsonPath c = add(a, Map.of("start", s, "end", s + 16, "kind", "NAMED_SOURCE",
                "source", Map.of("start", src, "end", src + 12, "name", "Canon " + unique(), "type", "PERSON")));
        long sourceId = c.getLong("source.id");
        JsonPath d = add(a, Map.of("start", cp(t, "the bridge"), "end", cp(t, "the bridge") + 10, "kind", "UNATTRIBUTED"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body(Map.of("kind", "NAMED_SOURCE", "source", Map.of("id", sourceId), "version", d.getInt("version")))
                .patch("/api/claims/" + d.getLong("id")).then().statusCode(200)
                .body("source.id", equalTo((int) sourceId)).body("source.name", equalTo(c.getString("source.name")));
        // a claim with a kind other than UNATTRIBUTED needs a source
        as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body("{\"source\": null, \"version\": " + (d.getInt("version") + 1) + "}")
                .patch("/api/claims/" + d.getLong("id")).then().statusCode(422).body("error", containsString("needs a source"));
    }

    @Test
    void badInputGetsJsonErrors() {
        long a = article(unique());
        int len = text(a).codePointCount(0, text(a).length());
        JsonPath c = add(a, Map.of("start", 2, "end", 5));
        long id = c.getLong("id");
        int v = c.getInt("version");
        String url = "/api/claims/" + id;
        // spans outside the text or empty
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("end", len + 1, "version", v)).patch(url)
                .then().statusCode(422).body("error", containsString("outside"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("start", 5, "end", 5, "version", v)).patch(url)
                .then().statusCode(422);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("start", 0, "end", len + 5))
                .post("/api/articles/" + a + "/claims").then().statusCode(422);
        // malformed, unknown fields, wrong values, missing version
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body("{\"kind\": ").patch(url).then().statusCode(400)
                .body("error", containsString("JSON"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("colour", "red", "version", v)).patch(url)
                .then().statusCode(400).body("error", containsString("colour"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("kind", "GOSSIP", "version", v)).patch(url)
                .then().statusCode(422).body("error", containsString("kind"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("kind", "UNATTRIBUTED")).patch(url)
                .then().statusCode(422).body("error", containsString("version"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("version", v)).patch(url)
                .then().statusCode(422).body("error", containsString("nothing"));
        as(TestUsers.CHECKER).contentType("text/plain").body("kind=TWEET").patch(url).then().statusCode(415)
                .body("error", notNullValue());
        // verdicts
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "PANTS_ON_FIRE", "version", v))
                .put(url + "/verdict").then().statusCode(422).body("error", containsString("rating"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body(Map.of("rating", "FALSE", "evidence", List.of("javascript:alert(1)"), "version", v))
                .put(url + "/verdict").then().statusCode(422).body("error", containsString("http"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "FALSE", "evidence", "x", "version", v))
                .put(url + "/verdict").then().statusCode(422);
        // unknown ids
        as(TestUsers.VIEWER).get("/api/claims/987654321").then().statusCode(404).body("error", containsString("987654321"));
        as(TestUsers.VIEWER).get("/api/claims/987654321/history").then().statusCode(404);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "TRUE", "version", 0))
                .put("/api/claims/987654321/verdict").then().statusCode(404);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("start", 0, "end", 1))
                .post("/api/articles/987654321/claims").then().statusCode(404);
        // the same span twice
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("start", 2, "end", 5))
                .post("/api/articles/" + a + "/claims").then().statusCode(409).body("current.id", equalTo((int) id));
    }

    @Test
    void anonymousGets401AndViewerWritesGet403() {
        long a = article(unique());
        long id = add(a, Map.of("start", 2, "end", 6)).getLong("id");
        given().get("/api/claims").then().statusCode(401);
        given().get("/api/claims/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("kind", "TWEET", "version", 0)).patch("/api/claims/" + id)
                .then().statusCode(401);
        given().delete("/api/claims/" + id).then().statusCode(401);
        as(TestUsers.VIEWER).get("/api/claims/" + id).then().statusCode(200);
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("quote", "DIRECT", "version", 0))
                .patch("/api/claims/" + id).then().statusCode(403).body("error", containsString("forbidden"));
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("rating", "TRUE", "version", 0))
                .put("/api/claims/" + id + "/verdict").then().statusCode(403);
        as(TestUsers.VIEWER).delete("/api/claims/" + id).then().statusCode(403);
        as(TestUsers.VIEWER).post("/api/claims/" + id + "/undo").then().statusCode(403);
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("start", 0, "end", 1))
                .post("/api/articles/" + a + "/claims").then().statusCode(403);
        as(TestUsers.VIEWER).get("/api/claims/" + id).then().body("status", equalTo("NEW"));
    }
}
