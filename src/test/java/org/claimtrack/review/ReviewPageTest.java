package org.claimtrack.review;

import static org.claimtrack.review.ReviewFixtures.version;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The review pages over HTTP: markup, escaping, form posts with and without CSRF, conflicts, roles. */
@QuarkusTest
class ReviewPageTest {

    static final String TOKEN = "test-csrf-token-0123456789";

    /** A form post as a logged-in browser would send it: the CSRF cookie and the same value in the form. */
    static RequestSpecification form(String user) {
        return as(user).redirects().follow(false).cookie("claimtrack-csrf", TOKEN).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", TOKEN);
    }

    @Test
    void reviewPageHighlightsEveryKindAndEscapesTheText() {
        ReviewFixtures.Made m = ReviewFixtures.article("Highlights");
        String html = as(TestUsers.CHECKER).get("/articles/" + m.article()).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        for (String kind : new String[] {"TWEET", "OFFICIAL_STATEMENT", "ANONYMOUS_SOURCE", "UNATTRIBUTED"}) {
            assertTrue(html.contains("class=\"hl k-" + kind), kind + " highlighted");
        }
        long tweet = m.claims().get("tweet");
        assertTrue(html.contains("data-claim-id=\"" + tweet + "\""));
        assertTrue(html.contains("class=\"src\"") || html.contains(" src\""), "source marked");
        assertTrue(html.contains("cue"), "cue marked");
        // the article's markup is text: escaped, never live
        assertFalse(html.contains("<script>alert"), "no live script");
        assertFalse(html.contains("<img src=x"), "no live img");
        assertTrue(html.contains("&lt;script&gt;alert("), "script shown as text");
        assertTrue(html.contains("id=\"verdict-form\""), "a checker gets the forms");
        // the claim table shows the canonical source name
        assertTrue(html.contains(">Hamid Karimi<") || html.contains(">Hamid Karimi</span>"), "canonical name in the table");
    }

    @Inject
    EntityManager em;

    @Test
    void furnitureIsShownDimmedNotHidden() {
        ReviewFixtures.Made m = ReviewFixtures.article("Furniture");
        int s = ReviewFixtures.cp(m.text(), "Leave a Reply");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into article_furniture (article_id, start_offset, end_offset) values (?1, ?2, ?3)")
                .setParameter(1, m.article()).setParameter(2, s).setParameter(3, s + 13).executeUpdate());
        String html = as(TestUsers.VIEWER).get("/articles/" + m.article()).then().statusCode(200).extract().asString();
        assertTrue(html.contains("<span class=\"furniture\" data-claims=\"\">Leave a Reply</span>"), "dimmed, still there");
    }

    @Test
    void viewerSeesNoEditControlsAndIsRefused() {
        ReviewFixtures.Made m = ReviewFixtures.article("Viewer");
        long c = m.claims().get("official");
        String html = as(TestUsers.VIEWER).get("/articles/" + m.article() + "?claim=" + c).then().statusCode(200)
                .extract().asString();
        assertFalse(html.contains("verdict-form"));
        assertFalse(html.contains("edit-form"));
        assertFalse(html.contains("reject-form"));
        assertFalse(html.contains("add-claim"));
        form(TestUsers.VIEWER).formParam("rating", "TRUE").formParam("version", version(c))
                .post("/articles/" + m.article() + "/claims/" + c + "/verdict").then().statusCode(403);
        as(TestUsers.VIEWER).get("/api/claims/" + c).then().body("verdict", equalTo(null));
    }

    @Test
    void formsWithoutCsrfTokenGet403() {
        ReviewFixtures.Made m = ReviewFixtures.article("Csrf");
        long c = m.claims().get("official");
        as(TestUsers.CHECKER).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("rating", "TRUE").formParam("version", version(c))
                .post("/articles/" + m.article() + "/claims/" + c + "/verdict").then().statusCode(403)
                .body("error", containsString("CSRF"));
        // a token that does not match the cookie is no better
        as(TestUsers.CHECKER).redirects().follow(false).cookie("claimtrack-csrf", TOKEN)
                .contentType("application/x-www-form-urlencoded").formParam("csrf", "forged-token-forged-token")
                .formParam("version", version(c)).post("/articles/" + m.article() + "/claims/" + c + "/reject")
                .then().statusCode(403);
        as(TestUsers.ADMIN).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", "nocsrf").formParam("password", "nocsrf-pass").formParam("role", "viewer")
                .post("/admin/users").then().statusCode(403);
        as(TestUsers.VIEWER).get("/api/claims/" + c).then().body("verdict", equalTo(null)).body("status", equalTo("NEW"));
    }

    @Test
    void verdictFormSavesAndStaleFormShowsTheConflict() {
        ReviewFixtures.Made m = ReviewFixtures.article("Conflict");
        long c = m.claims().get("tweet");
        int v = version(c);
        String base = "/articles/" + m.article() + "/claims/" + c;
        form(TestUsers.CHECKER).formParam("rating", "MIXED").formParam("explanation", "first take").formParam("version", v)
                .post(base + "/verdict").then().statusCode(303)
                .header("Location", containsString("/articles/" + m.article() + "?claim=" + c));
        as(TestUsers.VIEWER).get("/api/claims/" + c).then().body("verdict.rating", equalTo("MIXED"));
        // a second reviewer still holds version v
        String conflict = form(TestUsers.EDITOR).formParam("rating", "FALSE").formParam("explanation", "my own careful reading")
                .formParam("version", v).post(base + "/verdict").then().statusCode(409).contentType(containsString("text/html"))
                .extract().asString();
        assertTrue(conflict.contains("Someone else changed this claim first"));
        assertTrue(conflict.contains("my own careful reading"), "the attempted values are kept");
        assertTrue(conflict.contains(TestUsers.CHECKER), "whose change it was");
        assertTrue(conflict.contains("MIXED"), "their change shown");
        // re-applying with the current version works
        form(TestUsers.EDITOR).formParam("rating", "FALSE").formParam("explanation", "my own careful reading")
                .formParam("version", version(c)).post(base + "/verdict").then().statusCode(303);
        as(TestUsers.VIEWER).get("/api/claims/" + c).then().body("verdict.rating", equalTo("FALSE"));
    }

    @Test
    void invalidFormKeepsWhatWasTyped() {
        ReviewFixtures.Made m = ReviewFixtures.article("Invalid");
        long c = m.claims().get("anonymous");
        String html = form(TestUsers.CHECKER).formParam("rating", "TRUE").formParam("explanation", "typed with care")
                .formParam("evidence", "https://example.org/ok\njavascript:alert(1)").formParam("version", version(c))
                .post("/articles/" + m.article() + "/claims/" + c + "/verdict").then().statusCode(422).extract().asString();
        assertTrue(html.contains("http or https"), "the reason is shown");
        assertTrue(html.contains("typed with care"), "the explanation is kept");
    }

    @Test
    void correctionAndAddThroughForms() {
        ReviewFixtures.Made m = ReviewFixtures.article("Forms");
        long c = m.claims().get("unattributed");
        String base = "/articles/" + m.article() + "/claims/" + c;
        int src = ReviewFixtures.cp(m.text(), "Officials");
        form(TestUsers.CHECKER).formParam("kind", "ANONYMOUS_SOURCE").formParam("quote", "INDIRECT").formParam("status", "IN_REVIEW")
                .formParam("assigneeField", "1").formParam("assignee", TestUsers.CHECKER).formParam("cueField", "1")
                .formParam("source", "new").formParam("sourceStart", src).formParam("sourceEnd", src + 9)
                .formParam("sourceType", "UNNAMED").formParam("version", version(c)).post(base + "/edit").then().statusCode(303);
        as(TestUsers.VIEWER).get("/api/claims/" + c).then().body("kind", equalTo("ANONYMOUS_SOURCE"))
                .body("source.text", equalTo("Officials")).body("assignee", equalTo(TestUsers.CHECKER))
                .body("origin", equalTo("HUMAN")).body("status", equalTo("IN_REVIEW"));
        int s = ReviewFixtures.cp(m.text(), "Leave a Reply");
        String location = form(TestUsers.CHECKER).formParam("start", s).formParam("end", s + 13).formParam("kind", "UNATTRIBUTED")
                .formParam("source", "none").post("/articles/" + m.article() + "/claims").then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.contains("done=add"), location);
        // undo through the form
        form(TestUsers.CHECKER).post(base + "/undo").then().statusCode(303);
        as(TestUsers.VIEWER).get("/api/claims/" + c).then().body("kind", equalTo("UNATTRIBUTED"));
        // the panel fragment on its own
        String panel = as(TestUsers.VIEWER).get("/articles/" + m.article() + "/panel/" + c).then().statusCode(200)
                .extract().asString();
        assertTrue(panel.contains("panel-inner") && panel.contains("undo"), "history lists the undo");
        assertFalse(panel.contains("<html"), "a fragment, not a page");
    }

    @Test
    void claimsListFiltersAndLinks() {
        ReviewFixtures.Made m = ReviewFixtures.article("List");
        long c = m.claims().get("official");
        String html = as(TestUsers.VIEWER).queryParam("article", m.article()).queryParam("kind", "OFFICIAL_STATEMENT")
                .get("/claims").then().statusCode(200).extract().asString();
        assertTrue(html.contains("/articles/" + m.article() + "?claim=" + c), "links to the review page");
        assertFalse(html.contains("claim=" + m.claims().get("tweet")), "other kinds filtered out");
        String searched = as(TestUsers.VIEWER).queryParam("q", "bridge closed").queryParam("article", m.article())
                .get("/claims").then().statusCode(200).extract().asString();
        assertTrue(searched.contains("claim=" + c));
        as(TestUsers.VIEWER).queryParam("kind", "GOSSIP").get("/claims").then().statusCode(400)
                .body(containsString("unknown kind"));
        RestAssured.given().redirects().follow(false).get("/claims").then().statusCode(302);
        as(TestUsers.VIEWER).get("/articles/987654321").then().statusCode(404);
        assertEquals(200, as(TestUsers.VIEWER).get("/").statusCode());
        // the ingest form next door still routes
        as(TestUsers.EDITOR).get("/articles/new").then().statusCode(200);
        as(TestUsers.VIEWER).get("/").then().body(not(containsString("<script>alert")));
    }
}
