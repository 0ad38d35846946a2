package org.claimtrack.review;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** PATCH and DELETE of articles (issue 17, item 1): roles, validation, history, and what a removal takes along. */
@QuarkusTest
class ArticleEditApiTest {

    @Test
    void editorCorrectsTheDetailsWithAHistoryRowAndTheProfileFollows() {
        ReviewFixtures.Made m = ReviewFixtures.article("Article edit");
        String outlet = "Corrected Outlet " + ReviewFixtures.unique();
        Map<String, Object> body = Map.of("title", "A corrected title", "outlet", outlet, "published", "2021-03-04",
                "url", "https://example.org/story", "byline", "Ana Reyes");
        for (String who : List.of(TestUsers.VIEWER, TestUsers.CHECKER)) {
            as(who).contentType(ContentType.JSON).body(body).patch("/api/articles/" + m.article()).then().statusCode(403);
        }
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(body).patch("/api/articles/" + m.article()).then()
                .statusCode(200).body("title", equalTo("A corrected title")).body("outlet", equalTo(outlet))
                .body("published", equalTo("2021-03-04")).body("url", equalTo("https://example.org/story"))
                .body("byline", equalTo("Ana Reyes")).body("claimCount", equalTo(4));
        JsonPath h = as(TestUsers.VIEWER).get("/api/articles/" + m.article() + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, h.getList("$").size());
        assertEquals(TestUsers.EDITOR, h.getString("[0].user"));
        assertEquals("Review Outlet", h.getString("[0].before.outlet"));
        assertEquals(outlet, h.getString("[0].after.outlet"));
        assertEquals("2020-01-06", h.getString("[0].before.published"));
        // the sourcing profile moved the article to its new outlet
        as(TestUsers.VIEWER).queryParam("outlet", outlet).get("/api/profile").then().statusCode(200)
                .body("outlets[0].articles", equalTo(1)).body("outlets[0].claims", equalTo(4));
        // null clears a field; the same values again add no history row
        Map<String, Object> clear = new HashMap<>();
        clear.put("byline", null);
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(clear).patch("/api/articles/" + m.article()).then()
                .statusCode(200).body("byline", equalTo(null));
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("title", "A corrected title"))
                .patch("/api/articles/" + m.article()).then().statusCode(200);
        as(TestUsers.VIEWER).get("/api/articles/" + m.article() + "/history").then().body("size()", equalTo(2));
    }

    @Test
    void badCorrectionsGetClear4xx() {
        ReviewFixtures.Made m = ReviewFixtures.article("Article edit bad");
        String path = "/api/articles/" + m.article();
        Map<String, Object> nullTitle = new HashMap<>();
        nullTitle.put("title", null);
        Object[][] cases = {
            {Map.of("url", "javascript:alert(1)"), 422, "url"},
            {Map.of("published", "yesterday"), 400, "published"},
            {Map.of("colour", "red"), 400, "unknown field 'colour'"},
            {Map.of(), 422, "nothing to change"},
            {nullTitle, 422, "title"},
            {Map.of("outlet", 5), 422, "outlet must be a string"},
        };
        for (Object[] c : cases) {
            as(TestUsers.EDITOR).contentType(ContentType.JSON).body(c[0]).patch(path).then().statusCode((int) c[1])
                    .body("error", containsString((String) c[2]));
        }
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body("{").patch(path).then().statusCode(400);
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("title", "x")).patch("/api/articles/987654321")
                .then().statusCode(404);
        as(TestUsers.EDITOR).delete("/api/articles/987654321").then().statusCode(404);
    }

    @Test
    void removalTakesTheArticleOutOfListsClaimsExportsAndProfilesAndIsAudited() {
        ReviewFixtures.Made m = ReviewFixtures.article("Article delete");
        String outlet = "Removed Outlet " + ReviewFixtures.unique();
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("outlet", outlet))
                .patch("/api/articles/" + m.article()).then().statusCode(200);
        as(TestUsers.CHECKER).delete("/api/articles/" + m.article()).then().statusCode(403);
        as(TestUsers.VIEWER).delete("/api/articles/" + m.article()).then().statusCode(403);

        as(TestUsers.EDITOR).delete("/api/articles/" + m.article()).then().statusCode(200)
                .body("id", equalTo((int) m.article())).body("claims", equalTo(4));
        as(TestUsers.VIEWER).get("/api/articles/" + m.article()).then().statusCode(404);
        as(TestUsers.VIEWER).queryParam("limit", 1000).get("/api/articles").then().statusCode(200)
                .body("id", not(hasItem((int) m.article())));
        as(TestUsers.VIEWER).queryParam("article", m.article()).get("/api/claims").then().statusCode(200)
                .body("size()", equalTo(0));
        as(TestUsers.VIEWER).get("/api/claims/" + m.claims().get("tweet")).then().statusCode(404);
        as(TestUsers.VIEWER).get("/api/export/claims.json?article=" + m.article()).then().statusCode(200)
                .body("size()", equalTo(0));
        JsonPath profile = as(TestUsers.VIEWER).queryParam("outlet", outlet).get("/api/profile").then().statusCode(200)
                .extract().jsonPath();
        List<Integer> articles = profile.getList("outlets.articles", Integer.class);
        assertTrue(articles.isEmpty() || articles.get(0) == 0, "no article left in the outlet's profile: " + articles);
        // the page is gone too
        as(TestUsers.VIEWER).accept(ContentType.HTML).get("/articles/" + m.article()).then().statusCode(404);

        JsonPath audit = as(TestUsers.EDITOR).get("/api/audit").then().statusCode(200).extract().jsonPath();
        assertEquals("delete", audit.getString("[0].action"));
        assertEquals("article", audit.getString("[0].objectType"));
        assertEquals(m.article(), audit.getLong("[0].objectId"));
        assertEquals(TestUsers.EDITOR, audit.getString("[0].user"));
        assertEquals(outlet, audit.getString("[0].detail.outlet"));
        assertEquals(4, audit.getInt("[0].detail.claims"));
        as(TestUsers.VIEWER).get("/api/audit").then().statusCode(403);
        as(TestUsers.EDITOR).get("/api/audit?limit=0").then().statusCode(400);
        as(TestUsers.EDITOR).delete("/api/articles/" + m.article()).then().statusCode(404);
    }

    @Test
    void theReviewPageFormCorrectsAndRemoves() {
        ReviewFixtures.Made m = ReviewFixtures.article("Article form");
        as(TestUsers.EDITOR).get("/articles/" + m.article()).then().statusCode(200)
                .body(containsString("id=\"article-form\""));
        as(TestUsers.VIEWER).get("/articles/" + m.article()).then().body(not(containsString("id=\"article-form\"")));
        ReviewPageTest.form(TestUsers.EDITOR).formParam("title", "Form title").formParam("outlet", "")
                .formParam("published", "2020-02-02").formParam("url", "").formParam("byline", "J. Doe")
                .post("/articles/" + m.article() + "/details").then().statusCode(303);
        ReviewPageTest.form(TestUsers.CHECKER).formParam("title", "Checker title")
                .post("/articles/" + m.article() + "/details").then().statusCode(403);
        as(TestUsers.VIEWER).get("/api/articles/" + m.article()).then().body("title", equalTo("Form title"))
                .body("outlet", equalTo(null)).body("byline", equalTo("J. Doe")).body("published", equalTo("2020-02-02"));
        ReviewPageTest.form(TestUsers.EDITOR).post("/articles/" + m.article() + "/delete").then().statusCode(422)
                .body(containsString("confirm"));
        ReviewPageTest.form(TestUsers.EDITOR).formParam("confirm", "yes").post("/articles/" + m.article() + "/delete")
                .then().statusCode(303);
        as(TestUsers.VIEWER).get("/api/articles/" + m.article()).then().statusCode(404);
    }
}
