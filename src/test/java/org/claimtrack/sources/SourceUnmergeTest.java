package org.claimtrack.sources;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Undoing one source merge (issue 17, item 5): the merged-away source comes back with its id, aliases
 * and handles, the claims the merge moved go back, claims whose source a person corrected since stay,
 * an audit-log row says who did it, and bad ids or a second undo get a 4xx in words.
 */
@QuarkusTest
class SourceUnmergeTest {

    /** Survivor a (one claim) and b with an alias, a handle and three claims in two articles. */
    record Made(String n, long a, long b, long other, long c1, long c2, long c3, long c4) {
    }

    static Made made() {
        String n = Fixtures.nonce();
        long a = Fixtures.source("Mira " + n, SourceType.PERSON);
        long b = Fixtures.source("M. " + n, SourceType.PERSON);
        long other = Fixtures.source("Marek " + n, SourceType.PERSON);
        QuarkusTransaction.requiringNew().run(() -> {
            Source s = Source.findById(b);
            s.aliases.add("Mira B. " + n);
            s.handles.add("@mira" + n);
        });
        String s1 = "Mira " + n + " said the harbour of " + n + " will reopen in May.";
        String s2 = "M. " + n + " told reporters the harbour of " + n + " would reopen in May.";
        String s3 = "M. " + n + " said the ferry of " + n + " runs again. M. " + n + " added that the pier of " + n + " is safe.";
        long art1 = Fixtures.article("Outlet " + n, LocalDate.of(2024, 5, 1), s1);
        long art2 = Fixtures.article("Other " + n, LocalDate.of(2024, 5, 2), s2);
        long art3 = Fixtures.article("Third " + n, LocalDate.of(2024, 5, 3), s3);
        long c1 = Fixtures.claims(art1, Spec.of("the harbour of " + n + " will reopen in May", Kind.NAMED_SOURCE, a,
                "Mira " + n, "said")).get(0);
        long c2 = Fixtures.claims(art2, Spec.of("the harbour of " + n + " would reopen in May", Kind.NAMED_SOURCE, b,
                "M. " + n, "told reporters")).get(0);
        List<Long> two = Fixtures.claims(art3,
                Spec.of("the ferry of " + n + " runs again", Kind.NAMED_SOURCE, b, "M. " + n, "said"),
                Spec.of("the pier of " + n + " is safe", Kind.NAMED_SOURCE, b, "M. " + n, "added"));
        return new Made(n, a, b, other, c1, c2, two.get(0), two.get(1));
    }

    static void merge(long from, long into) {
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("into", into))
                .post("/api/sources/" + from + "/merge").then().statusCode(200);
    }

    static long lastMerge(long into) {
        return as(TestUsers.VIEWER).get("/api/sources/" + into + "/merges").then().statusCode(200).extract().jsonPath()
                .getLong("[0].id");
    }

    static int version(long claim) {
        return as(TestUsers.VIEWER).get("/api/claims/" + claim).jsonPath().getInt("version");
    }

    static void setSource(long claim, long source) {
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("source", Map.of("id", source), "version", version(claim)))
                .patch("/api/claims/" + claim).then().statusCode(200).body("source.id", equalTo((int) source));
    }

    @Test
    void unmergeRestoresTheSourceAndMovesBackTheClaimsNobodyCorrected() {
        Made m = made();
        merge(m.b(), m.a());
        JsonPath merges = as(TestUsers.VIEWER).get("/api/sources/" + m.a() + "/merges").then().statusCode(200).extract().jsonPath();
        long mergeId = merges.getLong("[0].id");
        assertEquals(m.b(), merges.getLong("[0].fromId"));
        assertEquals("M. " + m.n(), merges.getString("[0].fromName"));
        assertEquals(3, merges.getInt("[0].claims"));
        assertEquals(TestUsers.EDITOR, merges.getString("[0].user"));
        assertNull(merges.get("[0].undoneAt"));

        // since the merge: a verdict on c2 (its source untouched), c3 put on another source, c4 put there and undone
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "FALSE", "version", version(m.c2())))
                .put("/api/claims/" + m.c2() + "/verdict").then().statusCode(200);
        setSource(m.c3(), m.other());
        setSource(m.c4(), m.other());
        as(TestUsers.CHECKER).post("/api/claims/" + m.c4() + "/undo").then().statusCode(200)
                .body("source.id", equalTo((int) m.a()));

        JsonPath u = as(TestUsers.EDITOR).post("/api/sources/" + m.a() + "/merges/" + mergeId + "/undo").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(m.b(), u.getLong("restored.id"), "the source comes back with its own id");
        assertEquals("M. " + m.n(), u.getString("restored.name"));
        assertEquals(List.of("Mira B. " + m.n()), u.getList("restored.aliases"));
        assertEquals(List.of("@mira" + m.n()), u.getList("restored.handles"));
        assertEquals(List.of(m.c2(), m.c4()), u.getList("movedBack", Long.class));
        assertEquals(List.of(m.c3()), u.getList("stayed", Long.class), "the corrected claim stays where the checker put it");
        assertEquals(2, u.getInt("restored.claimCount"));
        assertTrue(u.getString("merge.undoneAt") != null);
        assertEquals(TestUsers.EDITOR, u.getString("merge.undoneBy"));

        // the survivor loses what it gained and keeps its own
        as(TestUsers.VIEWER).get("/api/sources/" + m.a()).then().statusCode(200).body("claimCount", equalTo(1))
                .body("aliases", not(hasItem("M. " + m.n()))).body("aliases", not(hasItem("Mira B. " + m.n())))
                .body("handles", not(hasItem("@mira" + m.n())));
        as(TestUsers.VIEWER).get("/api/claims/" + m.c2()).then().body("source.id", equalTo((int) m.b()))
                .body("verdict.rating", equalTo("FALSE"));
        as(TestUsers.VIEWER).get("/api/claims/" + m.c3()).then().body("source.id", equalTo((int) m.other()));
        as(TestUsers.VIEWER).get("/api/claims/" + m.c1()).then().body("source.id", equalTo((int) m.a()));
        as(TestUsers.VIEWER).queryParam("source", m.b()).get("/api/profile").then().statusCode(200)
                .body("total.claims", equalTo(2)).body("total.articles", equalTo(2));
        // the claim's history: merge, verdict, unmerge; the unmerge took the merge off its undo stack, so the
        // checker's undo takes back the verdict
        List<String> actions = as(TestUsers.VIEWER).get("/api/claims/" + m.c2() + "/history").jsonPath().getList("action");
        assertEquals(List.of("source-merge", "verdict", "source-unmerge"), actions);
        as(TestUsers.CHECKER).post("/api/claims/" + m.c2() + "/undo").then().statusCode(200)
                .body("verdict", org.hamcrest.Matchers.nullValue()).body("source.id", equalTo((int) m.b()));

        // the audit log
        JsonPath audit = as(TestUsers.EDITOR).queryParam("limit", 200).get("/api/audit").then().statusCode(200).extract().jsonPath();
        String row = "find { it.action == 'unmerge' && it.objectId == " + m.b() + " }";
        assertEquals(TestUsers.EDITOR, audit.getString(row + ".user"));
        assertEquals("source", audit.getString(row + ".objectType"));
        assertEquals(mergeId, audit.getLong(row + ".detail.merge"));
        assertEquals(2, audit.getInt(row + ".detail.movedBack"));
        assertEquals(List.of((int) m.c3()), audit.getList(row + ".detail.stayed"));
        assertEquals(m.a(), audit.getLong("find { it.action == 'merge' && it.objectId == " + m.b() + " }.detail.into"));

        // a second undo, a merge that is not this source's, ids that do not exist: 4xx in words
        as(TestUsers.EDITOR).post("/api/sources/" + m.a() + "/merges/" + mergeId + "/undo").then().statusCode(409)
                .body("error", containsString("undone already"));
        as(TestUsers.EDITOR).post("/api/sources/" + m.other() + "/merges/" + mergeId + "/undo").then().statusCode(404)
                .body("error", containsString("has no merge " + mergeId));
        as(TestUsers.EDITOR).post("/api/sources/" + m.a() + "/merges/987654321/undo").then().statusCode(404)
                .body("error", containsString("no merge 987654321"));
        as(TestUsers.EDITOR).post("/api/sources/" + m.a() + "/merges/abc/undo").then().statusCode(404)
                .body("error", notNullValue());
        as(TestUsers.VIEWER).get("/api/sources/987654321/merges").then().statusCode(404).body("error", notNullValue());
        as(TestUsers.VIEWER).get("/api/sources/" + m.a() + "/merges").then().statusCode(200)
                .body("[0].undoneBy", equalTo(TestUsers.EDITOR));
    }

    @Test
    void onlyEditorsUnmergeAndAChainOfMergesIsUndoneNewestFirst() {
        Made m = made();
        merge(m.b(), m.a());
        long first = lastMerge(m.a());
        as(TestUsers.VIEWER).post("/api/sources/" + m.a() + "/merges/" + first + "/undo").then().statusCode(403);
        as(TestUsers.CHECKER).post("/api/sources/" + m.a() + "/merges/" + first + "/undo").then().statusCode(403);
        RestAssured.given().post("/api/sources/" + m.a() + "/merges/" + first + "/undo").then().statusCode(401);
        // a claim's own undo does not take a source merge apart: it says where to undo it
        as(TestUsers.EDITOR).post("/api/claims/" + m.c2() + "/undo").then().statusCode(409)
                .body("error", containsString("Unmerge")).body("error", containsString("/sources/" + m.a()));

        // the survivor merged on into a third source: the first merge waits for the second's undo
        merge(m.a(), m.other());
        long second = lastMerge(m.other());
        as(TestUsers.EDITOR).post("/api/sources/" + m.a() + "/merges/" + first + "/undo").then().statusCode(409)
                .body("error", containsString("merge " + second)).body("error", containsString("undo that merge first"));
        JsonPath u = as(TestUsers.EDITOR).post("/api/sources/" + m.other() + "/merges/" + second + "/undo").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(m.a(), u.getLong("restored.id"));
        assertEquals(4, u.getList("movedBack").size(), "a's own claim and the three b brought");
        u = as(TestUsers.EDITOR).post("/api/sources/" + m.a() + "/merges/" + first + "/undo").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(m.c2(), m.c3(), m.c4()), u.getList("movedBack", Long.class));
        for (long c : new long[] {m.c2(), m.c3(), m.c4()}) {
            as(TestUsers.VIEWER).get("/api/claims/" + c).then().body("source.id", equalTo((int) m.b()));
        }
        as(TestUsers.VIEWER).get("/api/claims/" + m.c1()).then().body("source.id", equalTo((int) m.a()));
        as(TestUsers.VIEWER).get("/api/sources/" + m.other()).then().body("claimCount", equalTo(0))
                .body("aliases", not(hasItem("Mira " + m.n())));
    }

    static final String TOKEN = "unmerge-test-csrf-token-0123";

    @Test
    void theSourcePageListsPastMergesAndItsFormNeedsTheTickAndTheToken() {
        Made m = made();
        merge(m.b(), m.a());
        long mergeId = lastMerge(m.a());
        String page = as(TestUsers.EDITOR).get("/sources/" + m.a()).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"merges\"") && page.contains("M. " + m.n()), "the past merge is listed");
        assertTrue(page.contains("action=\"/sources/" + m.a() + "/merges/" + mergeId + "/undo\""), "with its form");
        String viewer = as(TestUsers.VIEWER).get("/sources/" + m.a()).then().statusCode(200).extract().asString();
        assertTrue(viewer.contains("id=\"merges\"") && !viewer.contains("unmerge-form"), "viewers see the list only");
        var form = as(TestUsers.EDITOR).redirects().follow(false).contentType(ContentType.URLENC);
        form.post("/sources/" + m.a() + "/merges/" + mergeId + "/undo").then().statusCode(403);
        as(TestUsers.EDITOR).redirects().follow(false).cookie("claimtrack-csrf", TOKEN).contentType(ContentType.URLENC)
                .formParam("csrf", TOKEN).post("/sources/" + m.a() + "/merges/" + mergeId + "/undo").then().statusCode(303)
                .header("Location", containsString("Nothing+was+unmerged"));
        as(TestUsers.VIEWER).get("/api/sources/" + m.b()).then().statusCode(404);
        as(TestUsers.EDITOR).redirects().follow(false).cookie("claimtrack-csrf", TOKEN).contentType(ContentType.URLENC)
                .formParam("csrf", TOKEN).formParam("confirm", "yes").post("/sources/" + m.a() + "/merges/" + mergeId + "/undo")
                .then().statusCode(303).header("Location", containsString("/sources/" + m.b()))
                .header("Location", containsString("moved+back"));
        as(TestUsers.VIEWER).get("/api/sources/" + m.b()).then().statusCode(200).body("claimCount", equalTo(3));
        // again: the page says it was undone already
        as(TestUsers.EDITOR).redirects().follow(false).cookie("claimtrack-csrf", TOKEN).contentType(ContentType.URLENC)
                .formParam("csrf", TOKEN).formParam("confirm", "yes").post("/sources/" + m.a() + "/merges/" + mergeId + "/undo")
                .then().statusCode(303).header("Location", containsString("undone+already"));
        String after = as(TestUsers.EDITOR).get("/sources/" + m.a()).then().statusCode(200).extract().asString();
        assertTrue(after.contains("undone by " + TestUsers.EDITOR), "the list says who undid it");
    }
}
