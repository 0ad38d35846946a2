package org.claimtrack.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Errors answered to a browser are pages with the navigation and a plain sentence; the API keeps JSON (issue 17, item 6). */
@QuarkusTest
class ErrorPagesTest {

    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static void isPage(io.restassured.response.ValidatableResponse r, String sentence) {
        r.contentType(startsWith("text/html")).body(containsString("<nav>"), containsString("href=\"/claims\""),
                containsString(sentence), not(containsString("{\"error\"")));
    }

    @Test
    void unknownPageIs404Page() {
        isPage(TestUsers.as(TestUsers.VIEWER).accept(HTML).get("/no-such-page").then().statusCode(404),
                "There is no page at this address");
    }

    @Test
    void missingArticleIs404Page() {
        isPage(TestUsers.as(TestUsers.VIEWER).accept(HTML).get("/articles/987654321").then().statusCode(404),
                "There is no page at this address");
    }

    @Test
    void apiKeepsJson() {
        TestUsers.as(TestUsers.VIEWER).accept(HTML).get("/api/articles/987654321").then().statusCode(404)
                .contentType(startsWith("application/json")).body(containsString("\"error\""));
        TestUsers.as(TestUsers.VIEWER).get("/api/no-such").then().statusCode(404);
    }

    @Test
    void forbiddenIs403Page() {
        isPage(TestUsers.as(TestUsers.VIEWER).accept(HTML).get("/import").then().statusCode(403), "Your role may not");
        isPage(TestUsers.as(TestUsers.VIEWER).accept(HTML).get("/admin/users").then().statusCode(403), "Your role may not");
    }

    @Test
    void wrongMethodIs405Page() {
        isPage(TestUsers.as(TestUsers.VIEWER).accept(HTML).header("X-CSRF-Token", "x").delete("/claims").then()
                .statusCode(405), "cannot be used that way");
    }

    @Test
    void wrongBodyTypeOnAPageFormIs415Page() {
        isPage(TestUsers.as(TestUsers.EDITOR).accept(HTML).contentType("application/x-unknown").body("x".getBytes())
                .post("/sources/1/merge").then().statusCode(415), "cannot read what was sent");
    }

    @Test
    void plainSentencesForEveryStatus() {
        for (int s : new int[] {403, 404, 405, 409, 413, 415, 422, 429, 500}) {
            ErrorPage.Shown shown = ErrorPage.shown(s, "x");
            org.junit.jupiter.api.Assertions.assertFalse(shown.sentence().isBlank(), "status " + s);
            isPage(TestUsers.as(TestUsers.VIEWER).accept(HTML).get("/errors/" + s).then().statusCode(s), shown.sentence());
        }
    }

    @Test
    void apiErrorsUnderHtmlAcceptStayJson() {
        given().accept(HTML).get("/api/claims").then().statusCode(401);
    }
}
