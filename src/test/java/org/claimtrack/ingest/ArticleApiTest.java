package org.claimtrack.ingest;

import static io.restassured.RestAssured.given;
import static org.claimtrack.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ArticleApiTest {

    @Test
    void seedsAreLoadedOnce() {
        List<String> titles = as(TestUsers.VIEWER).queryParam("limit", 1000).get("/api/articles").then().statusCode(200)
                .extract().jsonPath().getList("title");
        assertTrue(titles.size() >= 5, "the five seeds are there: " + titles);
        assertTrue(titles.stream().anyMatch(t -> t.startsWith("Rockets hit Baghdad Green Zone")), titles.toString());
        long seeds = titles.stream().filter(t -> t.startsWith("Rockets hit Baghdad Green Zone")).count();
        assertEquals(1, seeds, "no duplicate seed");
    }

    @Test
    void ingestRoundTripKeepsTextAndOffsets() {
        String text = " date 2021-03-04 Emoji 😀 first. The ministry said that “prices will fall”.\r\nΑθήνα — done.";
        Response r = as(TestUsers.EDITOR).contentType("text/plain; charset=utf-8")
                .queryParam("title", "Round trip").queryParam("outlet", "Test Outlet")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/articles");
        r.then().statusCode(201).body("title", equalTo("Round trip")).body("outlet", equalTo("Test Outlet"))
                .body("published", equalTo("2021-03-04"));
        long id = r.jsonPath().getLong("id");
        Response got = as(TestUsers.VIEWER).get("/api/articles/" + id);
        got.then().statusCode(200);
        String stored = got.jsonPath().getString("text");
        assertEquals(text, stored, "text byte for byte");
        List<Map<String, Object>> claims = got.jsonPath().getList("claims");
        assertTrue(claims.size() >= 1);
        int[] cps = stored.codePoints().toArray();
        for (Map<String, Object> c : claims) {
            int s = (Integer) c.get("start");
            int e = (Integer) c.get("end");
            assertEquals(new String(cps, s, e - s), c.get("text"), "code-point offsets point at the claim text");
        }
    }

    @Test
    void sameTextTwiceGivesTheExistingArticle() {
        String text = "A unique article about duplicates. It has two sentences.";
        long first = as(TestUsers.EDITOR).contentType(ContentType.TEXT).body(text).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body(Map.of("text", text, "title", "again"))
                .post("/api/articles").then().statusCode(200).body("duplicate", equalTo(true))
                .body("id", equalTo((int) first));
    }

    @Test
    void jsonIngestTakesMetadata() {
        as(TestUsers.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("text", "Officials said the bridge reopened. Traffic resumed.", "title", "Bridge",
                        "outlet", "Daily Test", "url", "https://example.org/bridge", "published", "2020-01-08"))
                .post("/api/articles").then().statusCode(201).body("url", equalTo("https://example.org/bridge"))
                .body("published", equalTo("2020-01-08"));
        as(TestUsers.VIEWER).queryParam("outlet", "Daily Test").get("/api/articles").then().statusCode(200)
                .body("title", hasItem("Bridge"));
        as(TestUsers.VIEWER).queryParam("q", "bridge reopened").get("/api/articles").then().statusCode(200)
                .body("title", hasItem("Bridge"));
        as(TestUsers.VIEWER).queryParam("from", "2020-01-08").queryParam("to", "2020-01-08").get("/api/articles")
                .then().statusCode(200).body("size()", greaterThanOrEqualTo(1));
    }

    @Test
    void badBodiesGetJsonErrors() {
        as(TestUsers.EDITOR).contentType("text/plain; charset=utf-8").body(new byte[0]).post("/api/articles")
                .then().statusCode(400).body("error", containsString("empty"));
        as(TestUsers.EDITOR).contentType("text/plain; charset=utf-8").body(new byte[] {'a', (byte) 0xC3, (byte) 0x28})
                .post("/api/articles").then().statusCode(400).body("error", containsString("UTF-8"));
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        as(TestUsers.EDITOR).contentType("text/plain; charset=utf-8").body(huge).post("/api/articles")
                .then().statusCode(413).body("error", containsString("too large"));
        as(TestUsers.EDITOR).contentType("application/xml").body("<a/>").post("/api/articles")
                .then().statusCode(415).body("error", containsString("media type"));
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body("{\"text\": ").post("/api/articles")
                .then().statusCode(400).body("error", containsString("JSON"));
        as(TestUsers.EDITOR).contentType(ContentType.JSON).body("{\"text\": \"x y z.\", \"colour\": 1}")
                .post("/api/articles").then().statusCode(400).body("error", containsString("colour"));
        as(TestUsers.EDITOR).contentType(ContentType.TEXT).body("   \n  ").post("/api/articles")
                .then().statusCode(422).body("error", containsString("blank"));
        as(TestUsers.EDITOR).contentType(ContentType.TEXT).queryParam("published", "yesterday").body("Some text.")
                .post("/api/articles").then().statusCode(400).body("error", containsString("published"));
        as(TestUsers.VIEWER).get("/api/articles/987654").then().statusCode(404).body("error", containsString("987654"));
    }

    @Test
    void extractEndpointAnswersBadInputWithJson() {
        as(TestUsers.VIEWER).contentType("text/plain; charset=utf-8").body(new byte[0]).post("/api/extract")
                .then().statusCode(400).body("error", containsString("empty"));
        as(TestUsers.VIEWER).contentType("text/plain; charset=utf-8").body(new byte[] {(byte) 0xFF, 'x'})
                .post("/api/extract").then().statusCode(400).body("error", containsString("UTF-8"));
        byte[] huge = new byte[2 * 1024 * 1024 + 10];
        java.util.Arrays.fill(huge, (byte) 'b');
        as(TestUsers.VIEWER).contentType("text/plain; charset=utf-8").body(huge).post("/api/extract")
                .then().statusCode(413);
        as(TestUsers.VIEWER).contentType(ContentType.TEXT).body("The Pentagon said the base was hit.")
                .post("/api/extract").then().statusCode(200)
                .body("extractor", equalTo("claimtrack-extractor 0.3.0")).body("claims.size()", greaterThanOrEqualTo(1));
    }

    /** A news page: the same JSON as for its text, plus the text the offsets point into and the page's metadata. */
    @Test
    void extractEndpointTakesANewsPage() throws java.io.IOException {
        byte[] page = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/html-bench/page00.html"));
        io.restassured.path.json.JsonPath j = as(TestUsers.VIEWER).contentType("text/html; charset=utf-8").body(page)
                .post("/api/extract").then().statusCode(200).extract().jsonPath();
        String text = j.getString("text");
        assertTrue(text.startsWith("Power officials in the Harlow Valley"), text);
        assertTrue(!text.contains("Leave a Reply") && !text.contains("Share on Facebook"), text);
        assertEquals("Valley Voice", j.getString("metadata.outlet"));
        assertEquals("2026-07-14", j.getString("metadata.published"));
        assertEquals("Jordan Pike", j.getString("metadata.byline"));
        assertEquals("Heat wave strains the regional grid as officials urge conservation", j.getString("metadata.title"));
        int[] cps = text.codePoints().toArray();
        List<Map<String, Object>> claims = j.getList("claims");
        assertTrue(claims.stream().anyMatch(c -> "ANONYMOUS_SOURCE".equals(c.get("kind"))), claims.toString());
        for (Map<String, Object> c : claims) {
            int s = (Integer) c.get("start");
            int e = (Integer) c.get("end");
            assertEquals(new String(cps, s, e - s), c.get("text"), "offsets point into \"text\"");
        }
        // the claims are exactly what text/plain extraction of that text answers
        String plain = as(TestUsers.VIEWER).contentType("text/plain; charset=utf-8").body(text.getBytes(StandardCharsets.UTF_8))
                .post("/api/extract").then().statusCode(200).extract().asString();
        assertEquals(io.restassured.path.json.JsonPath.from(plain).getList("claims"), claims);
        as(TestUsers.VIEWER).contentType("text/html").body(new byte[0]).post("/api/extract").then().statusCode(400)
                .body("error", containsString("empty"));
        as(TestUsers.VIEWER).contentType("text/html").body("<html><body><nav>Home</nav></body></html>").post("/api/extract")
                .then().statusCode(422).body("error", containsString("no article text"));
        as(TestUsers.VIEWER).contentType("text/html; charset=bogus-x").body("<p>x</p>".getBytes(StandardCharsets.UTF_8))
                .post("/api/extract")
                .then().statusCode(422);
    }

    @Test
    void anonymousAndViewerCannotWrite() {
        given().get("/api/articles").then().statusCode(401);
        given().contentType(ContentType.TEXT).body("Anonymous text.").post("/api/articles").then().statusCode(401);
        as(TestUsers.VIEWER).contentType(ContentType.TEXT).body("Viewer text.").post("/api/articles")
                .then().statusCode(403).body("error", containsString("forbidden"));
        given().auth().preemptive().basic("admin", "wrong").get("/api/articles").then().statusCode(401);
        given().redirects().follow(false).get("/").then().statusCode(302);
    }

    @Test
    void healthAndOpenApiAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("Database connections health check"));
        as(TestUsers.VIEWER).get("/q/openapi").then().statusCode(200).body(containsString("/api/articles"));
    }
}
