package org.claimtrack.review;

import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Work queue, bulk changes, comments with mentions, publishing and the public fact-check page (issue 17). */
@QuarkusTest
class WorkflowApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    private static void assign(long claim, String user) {
        as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body(Map.of("assignee", user, "version", ReviewFixtures.version(claim)))
                .patch("/api/claims/" + claim).then().statusCode(200);
    }

    @Test
    void assigneeFiltersTheListForNamesMeAndNobody() {
        ReviewFixtures.Made m = ReviewFixtures.article("Queue filter");
        long tweet = m.claims().get("tweet");
        long official = m.claims().get("official");
        assign(tweet, TestUsers.CHECKER);
        assign(official, TestUsers.EDITOR);
        as(TestUsers.VIEWER).queryParam("article", m.article()).queryParam("assignee", TestUsers.CHECKER)
                .get("/api/claims").then().statusCode(200).body("id", equalTo(List.of((int) tweet)))
                .header("X-Total-Count", "1");
        as(TestUsers.CHECKER).queryParam("article", m.article()).queryParam("assignee", "me")
                .get("/api/claims").then().statusCode(200).body("id", equalTo(List.of((int) tweet)));
        as(TestUsers.EDITOR).queryParam("article", m.article()).queryParam("assignee", "me")
                .get("/api/claims").then().statusCode(200).body("id", equalTo(List.of((int) official)));
        as(TestUsers.VIEWER).queryParam("article", m.article()).queryParam("assignee", "none")
                .get("/api/claims").then().statusCode(200).body("size()", equalTo(2))
                .body("id", not(hasItem((int) tweet)));
        as(TestUsers.VIEWER).queryParam("assignee", "nobody-such").get("/api/claims").then().statusCode(200)
                .body("size()", equalTo(0));
        // the exports take the same filter
        as(TestUsers.VIEWER).get("/api/export/claims.json?article=" + m.article() + "&assignee=" + TestUsers.CHECKER)
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].assignee", equalTo(TestUsers.CHECKER))
                .body("[0].sentence", equalTo("The minister wrote in a tweet that prices will fall next year."))
                .body("[0].reviewUrl", equalTo("http://localhost:8080/articles/" + m.article() + "?claim=" + tweet));
        String csv = as(TestUsers.CHECKER).get("/api/export/claims.csv?article=" + m.article() + "&assignee=me").asString();
        assertTrue(csv.contains("\"claim_assignee\",\"claim_sentence\",\"review_url\""), csv);
        assertTrue(csv.contains("\"" + TestUsers.CHECKER + "\",\"The minister wrote in a tweet that prices will fall next year.\","
                + "\"http://localhost:8080/articles/" + m.article() + "?claim=" + tweet + "\""), csv);
    }

    @Test
    void sortingOrdersTheListAndUnknownOrdersAre400() {
        ReviewFixtures.Made m = ReviewFixtures.article("Queue sort");
        List<String> kinds = as(TestUsers.VIEWER).queryParam("article", m.article()).queryParam("sort", "kind")
                .get("/api/claims").then().statusCode(200).extract().jsonPath().getList("kind");
        assertEquals(kinds.stream().sorted().toList(), kinds);
        long unattributed = m.claims().get("unattributed");
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "TRUE", "version",
                ReviewFixtures.version(unattributed))).put("/api/claims/" + unattributed + "/verdict").then().statusCode(200);
        as(TestUsers.VIEWER).queryParam("article", m.article()).queryParam("sort", "verdict").get("/api/claims").then()
                .body("[0].id", equalTo((int) unattributed));
        as(TestUsers.VIEWER).queryParam("article", m.article()).queryParam("sort", "status").get("/api/claims").then()
                .body("[3].id", equalTo((int) unattributed)).body("[3].status", equalTo("CHECKED"));
        as(TestUsers.VIEWER).queryParam("sort", "loudest").get("/api/claims").then().statusCode(400)
                .body("error", containsString("unknown sort"));
    }

    @Test
    void bulkAssignsAndSetsStatusWithHistoryAndRefusesBadBatches() {
        ReviewFixtures.Made m = ReviewFixtures.article("Queue bulk");
        List<Long> ids = List.copyOf(m.claims().values());
        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("ids", ids, "assignee", TestUsers.CHECKER))
                .post("/api/claims/bulk").then().statusCode(403);
        as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body(Map.of("ids", ids, "assignee", TestUsers.CHECKER, "status", "IN_REVIEW"))
                .post("/api/claims/bulk").then().statusCode(200).body("updated", equalTo(4));
        as(TestUsers.VIEWER).queryParam("article", m.article()).queryParam("assignee", TestUsers.CHECKER)
                .queryParam("status", "IN_REVIEW").get("/api/claims").then().body("size()", equalTo(4));
        as(TestUsers.VIEWER).get("/api/claims/" + ids.get(0) + "/history").then().body("[-1].action", equalTo("bulk"))
                .body("[-1].user", equalTo(TestUsers.CHECKER));
        Object[][] bad = {
            {Map.of("ids", List.of(), "status", "NEW"), 422, "at least one"},
            {Map.of("ids", ids), 422, "nothing to change"},
            {Map.of("ids", ids, "status", "PUBLISHED"), 422, "one at a time"},
            {Map.of("ids", ids, "status", "REJECTED"), 422, "one by one"},
            {Map.of("ids", ids, "status", "DONE"), 400, "unknown status"},
            {Map.of("ids", ids, "assignee", "ghost"), 422, "not a user"},
            {Map.of("ids", List.of(987654321L), "status", "NEW"), 404, "no claim"},
            {Map.of("ids", "1,2", "status", "NEW"), 422, "array"},
            {Map.of("ids", ids, "colour", "red"), 400, "unknown field"},
        };
        for (Object[] b : bad) {
            as(TestUsers.CHECKER).contentType(ContentType.JSON).body(b[0]).post("/api/claims/bulk").then()
                    .statusCode((int) b[1]).body("error", containsString((String) b[2]));
        }
    }

    @Test
    void commentsFormAThreadAndMentionsReachThePersonsQueue() {
        ReviewFixtures.Made m = ReviewFixtures.article("Comments");
        long claim = m.claims().get("official");
        as(TestUsers.CHECKER).contentType(ContentType.JSON)
                .body(Map.of("text", "Can you call the ministry, @" + TestUsers.EDITOR + "? cc @ghost and a@b.example"))
                .post("/api/claims/" + claim + "/comments").then().statusCode(201)
                .body("user", equalTo(TestUsers.CHECKER)).body("mentions", equalTo(List.of(TestUsers.EDITOR)));
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("text", "Called: they confirm."))
                .post("/api/claims/" + claim + "/comments").then().statusCode(201);
        JsonPath thread = as(TestUsers.VIEWER).get("/api/claims/" + claim + "/comments").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, thread.getList("$").size());
        assertEquals("Called: they confirm.", thread.getString("[1].text"));
        // the thread is not the verdict's explanation
        as(TestUsers.VIEWER).get("/api/claims/" + claim).then().body("verdict", equalTo(null));
        // the mentioned person finds the claim in their queue
        as(TestUsers.EDITOR).queryParam("mentioned", "me").get("/api/claims").then().statusCode(200)
                .body("id", hasItem((int) claim));
        as(TestUsers.CHECKER).queryParam("mentioned", "me").get("/api/claims").then().body("id", not(hasItem((int) claim)));
        as(TestUsers.EDITOR).get("/queue").then().statusCode(200).body(containsString("data-claim-id=\"" + claim + "\""));

        as(TestUsers.VIEWER).contentType(ContentType.JSON).body(Map.of("text", "hi"))
                .post("/api/claims/" + claim + "/comments").then().statusCode(403);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("text", "  "))
                .post("/api/claims/" + claim + "/comments").then().statusCode(422).body("error", containsString("empty"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("text", "x".repeat(5001)))
                .post("/api/claims/" + claim + "/comments").then().statusCode(422);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("words", "x"))
                .post("/api/claims/" + claim + "/comments").then().statusCode(400);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("text", "x"))
                .post("/api/claims/987654321/comments").then().statusCode(404);
        as(TestUsers.VIEWER).get("/api/claims/987654321/comments").then().statusCode(404);
    }

    @Test
    void publishingNeedsAVerdictAndMakesAPublicPageAndAClaimReview() throws Exception {
        ReviewFixtures.Made m = ReviewFixtures.article("Publish");
        long tweet = m.claims().get("tweet");
        long anonymous = m.claims().get("anonymous");
        long unattributed = m.claims().get("unattributed");
        as(TestUsers.CHECKER).post("/api/claims/" + tweet + "/publish").then().statusCode(409)
                .body("error", containsString("no verdict"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED", "version",
                ReviewFixtures.version(tweet))).patch("/api/claims/" + tweet).then().statusCode(409);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "MOSTLY_FALSE", "explanation",
                "Prices rose 3 % </script><b>bold</b>", "evidence", List.of("https://stats.example/cpi"), "version",
                ReviewFixtures.version(tweet))).put("/api/claims/" + tweet + "/verdict").then().statusCode(200);
        as(TestUsers.VIEWER).post("/api/claims/" + tweet + "/publish").then().statusCode(403);
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("url", "ftp://x"))
                .post("/api/claims/" + tweet + "/publish").then().statusCode(422);
        // unpublished: no page, nothing in the export
        RestAssured.given().redirects().follow(false).get("/fact-checks/" + tweet).then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("No such fact-check"));
        as(TestUsers.VIEWER).get("/api/export/claimreview.jsonld?article=" + m.article()).then().body("size()", equalTo(0));

        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("url", "https://partner.example/fc/1"))
                .post("/api/claims/" + tweet + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publication.page", equalTo("/fact-checks/" + tweet))
                .body("publication.by", equalTo(TestUsers.CHECKER))
                .body("publication.url", equalTo("https://partner.example/fc/1"));
        as(TestUsers.VIEWER).get("/api/claims/" + tweet + "/history").then().body("[-1].action", equalTo("publish"));

        // NOT_A_CLAIM is never published; an anonymous claim is published without an author
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "NOT_A_CLAIM", "version",
                ReviewFixtures.version(unattributed))).put("/api/claims/" + unattributed + "/verdict").then().statusCode(200);
        as(TestUsers.CHECKER).post("/api/claims/" + unattributed + "/publish").then().statusCode(409)
                .body("error", containsString("NOT_A_CLAIM"));
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "UNVERIFIABLE", "version",
                ReviewFixtures.version(anonymous))).put("/api/claims/" + anonymous + "/verdict").then().statusCode(200);
        as(TestUsers.EDITOR).post("/api/claims/" + anonymous + "/publish").then().statusCode(200);

        // the public page, without any login
        String html = RestAssured.given().get("/fact-checks/" + tweet).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("prices will fall next year"), "the claim");
        assertTrue(html.contains("Hamid Karimi"), "who said it");
        assertTrue(html.contains("attributes it to a tweet") && html.contains("wrote in a tweet"), "how it was attributed");
        assertTrue(html.contains("Mostly false"), "the verdict");
        assertTrue(html.contains("Prices rose 3 % &lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;"), "the explanation, escaped");
        assertTrue(html.contains("https://stats.example/cpi"), "the evidence");
        assertTrue(html.contains("https://partner.example/fc/1"), "the fact-check elsewhere");
        Matcher ld = Pattern.compile("<script type=\"application/ld\\+json\" id=\"claimreview\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertTrue(ld.find(), "ClaimReview embedded");
        assertFalse(ld.group(1).contains("</"), "no </ inside the script element");
        JsonNode page = JSON.readTree(ld.group(1));
        assertEquals("http://localhost:8080/fact-checks/" + tweet, page.get("url").asText());
        assertEquals("Prices rose 3 % </script><b>bold</b>", page.at("/reviewRating/ratingExplanation").asText());

        JsonNode reviews = JSON.readTree(as(TestUsers.VIEWER)
                .get("/api/export/claimreview.jsonld?article=" + m.article()).asByteArray());
        assertEquals(2, reviews.size(), "the two published claims, not the NOT_A_CLAIM one");
        JsonNode cr = reviews.get(0);
        assertEquals("http://localhost:8080/fact-checks/" + tweet, cr.get("url").asText());
        assertEquals("https://partner.example/fc/1", cr.get("sameAs").asText());
        assertEquals("Organization", cr.at("/author/@type").asText());
        assertEquals("Person", cr.at("/itemReviewed/author/@type").asText());
        assertEquals("Hamid Karimi", cr.at("/itemReviewed/author/name").asText());
        assertEquals("Mostly false", cr.at("/reviewRating/name").asText());
        assertEquals(2, cr.at("/reviewRating/ratingValue").asInt());
        assertTrue(cr.at("/itemReviewed/appearance").isArray());
        assertTrue(cr.at("/itemReviewed/firstAppearance/headline").asText().startsWith("Publish"));
        assertTrue(reviews.get(1).at("/itemReviewed/author").isMissingNode(), "never \"officials\" as an author");

        // a verdict changed to NOT_A_CLAIM takes the page down
        as(TestUsers.CHECKER).contentType(ContentType.JSON).body(Map.of("rating", "NOT_A_CLAIM", "version",
                ReviewFixtures.version(anonymous))).put("/api/claims/" + anonymous + "/verdict").then().statusCode(200)
                .body("status", equalTo("CHECKED"));
        RestAssured.given().get("/fact-checks/" + anonymous).then().statusCode(404);
        RestAssured.given().get("/fact-checks/not-a-number").then().statusCode(404);
        RestAssured.given().get("/fact-checks/987654321").then().statusCode(404);
        // the rest of the app still wants a login
        RestAssured.given().redirects().follow(false).get("/api/claims/" + tweet).then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(302)));
    }

    @Test
    void theClaimsPageHasAssigneesSortingNamesPagesAndBulkForms() {
        ReviewFixtures.Made m = ReviewFixtures.article("Claims page");
        long tweet = m.claims().get("tweet");
        String title = as(TestUsers.VIEWER).get("/api/articles/" + m.article()).jsonPath().getString("title");
        String page = as(TestUsers.CHECKER).queryParam("articleTitle", title).queryParam("sort", "kind").get("/claims")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("<th>Assignee</th>"), "assignee column");
        assertTrue(page.contains("4 claim(s)"), "the article chosen by its title");
        assertTrue(page.contains("id=\"bulk-form\""), "bulk form for checkers");
        assertTrue(page.contains("list=\"source-names\"") && page.contains("list=\"article-titles\""), "names, not ids");
        as(TestUsers.VIEWER).get("/claims?article=" + m.article()).then().body(not(containsString("Apply to ticked")));
        as(TestUsers.CHECKER).queryParam("sourceName", "Hamid Karimi").queryParam("article", m.article()).get("/claims")
                .then().statusCode(200).body(containsString("1 claim(s)"));
        as(TestUsers.CHECKER).queryParam("sourceName", "Nobody At All").get("/claims").then().statusCode(422)
                .body(containsString("no source is called"));
        // numbered pages once there are more than 50 claims (the seeds and every test's articles)
        as(TestUsers.VIEWER).get("/claims").then().statusCode(200).body(containsString("aria-current=\"page\">1<"));
        ReviewPageTest.form(TestUsers.CHECKER).formParam("ids", String.valueOf(tweet))
                .formParam("assignee", TestUsers.EDITOR).formParam("status", "IN_REVIEW")
                .formParam("back", "article=" + m.article()).post("/claims/bulk").then().statusCode(303)
                .header("Location", containsString("/claims?article=" + m.article() + "&done=1"));
        as(TestUsers.VIEWER).get("/api/claims/" + tweet).then().body("assignee", equalTo(TestUsers.EDITOR))
                .body("status", equalTo("IN_REVIEW"));
        ReviewPageTest.form(TestUsers.CHECKER).formParam("assignee", TestUsers.EDITOR).post("/claims/bulk").then()
                .statusCode(422).body(containsString("choose at least one claim"));
        // the panel's own status control
        ReviewPageTest.form(TestUsers.CHECKER).formParam("version", ReviewFixtures.version(tweet))
                .formParam("status", "CHECKED").formParam("assigneeField", "1").formParam("assignee", "")
                .post("/articles/" + m.article() + "/claims/" + tweet + "/status").then().statusCode(303);
        as(TestUsers.VIEWER).get("/api/claims/" + tweet).then().body("assignee", equalTo(null))
                .body("status", equalTo("CHECKED"));
    }

    @Test
    void everyListPageOffersTheExportsAndAGroupFiltersThem() {
        ReviewFixtures.Made m = ReviewFixtures.article("Export buttons");
        long source = as(TestUsers.VIEWER).get("/api/claims/" + m.claims().get("tweet")).jsonPath().getLong("source.id");
        for (String page : List.of("/claims", "/sources/" + source, "/profile", "/")) {
            as(TestUsers.VIEWER).get(page).then().statusCode(200).body(containsString("class=\"export-buttons\""));
        }
        as(TestUsers.VIEWER).get("/sources/" + source).then().body(containsString("claims.xlsx?source=" + source));
        List<Integer> groups = as(TestUsers.VIEWER).get("/api/clusters?limit=1").jsonPath().getList("id");
        if (!groups.isEmpty()) {
            int group = groups.get(0);
            List<Integer> members = as(TestUsers.VIEWER).get("/api/clusters/" + group).jsonPath()
                    .getList("members.claimId", Integer.class);
            as(TestUsers.VIEWER).get("/clusters/" + group).then().statusCode(200)
                    .body(containsString("claims.csv?cluster=" + group));
            // the group's claims that are not rejected (tests reject the extractor's claims of their articles)
            List<Integer> listed = as(TestUsers.VIEWER).queryParam("cluster", group).queryParam("status", "")
                    .get("/api/claims").then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
            List<Integer> all = as(TestUsers.VIEWER).queryParam("cluster", group).queryParam("status", "REJECTED")
                    .get("/api/claims").then().statusCode(200).extract().jsonPath().getList("id", Integer.class);
            assertEquals(members.stream().sorted().toList(),
                    java.util.stream.Stream.concat(listed.stream(), all.stream()).sorted().toList());
        }
    }
}
