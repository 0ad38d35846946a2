package org.claimtrack.imports;

import static org.claimtrack.imports.Jobs.utf8;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ImportApiTest {

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void mixedUploadImportsEachFormatReportsFailuresAndGoesOn() {
        String u = unique();
        String text = " date 2021-04-01 Seed format article " + u + ". The minister said the plan would work.";
        String html = "<html><head><title>Page " + u + "</title><meta property=\"og:site_name\" content=\"Example News\">"
                + "</head><body><nav>Home</nav><article><p>An HTML article " + u + ", officials said.</p></article></body></html>";
        String jsonl = "{\"title\":\"JL one " + u + "\",\"outlet\":\"JSONL Times\",\"url\":\"https://jl.example/1\","
                + "\"published\":\"2022-02-02\",\"text\":\"First JSON line " + u + ".\"}\n"
                + "\n"
                + "{\"title\":\"broken\", \"text\": \n"
                + "{\"text\":\"Second JSON line " + u + ".\",\"colour\":\"red\"}\n"
                + "{\"title\":\"JL three " + u + "\",\"text\":\"Third JSON line " + u + ".\"}\n";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("folder/a.txt", utf8("Zipped text article " + u + ". It has two sentences."));
        entries.put("folder/b.htm", utf8("<p>Zipped HTML article " + u + ".</p>"));
        entries.put("folder/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        entries.put("__MACOSX/._a.txt", utf8("resource fork"));
        long id = TestUsers.as(TestUsers.EDITOR)
                .multiPart("files", "story.txt", utf8(text), "text/plain")
                .multiPart("files", "page.html", utf8(html), "text/html")
                .multiPart("files", "batch.jsonl", utf8(jsonl), "application/x-ndjson")
                .multiPart("files", "more.zip", Jobs.zip(entries), "application/zip")
                .multiPart("outlet", "Fallback Outlet")
                .post("/api/imports")
                .then().statusCode(202).header("Location", containsString("/api/imports/"))
                .body("total", equalTo(9)).extract().jsonPath().getLong("id");
        JsonPath job = Jobs.await(id);
        assertEquals(6, job.getInt("done"), job.prettify());
        assertEquals(3, job.getInt("failed"), job.prettify());
        assertEquals(0, job.getInt("skipped"));
        List<Map<String, Object>> items = job.getList("items");
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        items.forEach(i -> byName.put((String) i.get("name"), i));
        assertEquals("FAILED", byName.get("batch.jsonl line 3").get("status"));
        assertTrue(((String) byName.get("batch.jsonl line 3").get("error")).startsWith("malformed JSON"));
        assertEquals("unknown field 'colour': a record has title, outlet, url, published, text, byline",
                byName.get("batch.jsonl line 4").get("error"));
        assertTrue(((String) byName.get("more.zip/folder/image.png").get("error")).startsWith("unsupported file type"));

        long htmlArticle = ((Number) byName.get("page.html").get("articleId")).longValue();
        JsonPath a = TestUsers.as(TestUsers.VIEWER).get("/api/articles/" + htmlArticle).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("Page " + u, a.getString("title"));
        assertEquals("Example News", a.getString("outlet"));
        assertEquals("An HTML article " + u + ", officials said.", a.getString("text"));

        long jl = ((Number) byName.get("batch.jsonl line 1").get("articleId")).longValue();
        JsonPath j = TestUsers.as(TestUsers.VIEWER).get("/api/articles/" + jl).then().statusCode(200).extract().jsonPath();
        assertEquals("JL one " + u, j.getString("title"));
        assertEquals("JSONL Times", j.getString("outlet"));
        assertEquals("https://jl.example/1", j.getString("url"));
        assertEquals("2022-02-02", j.getString("published"));

        long txt = ((Number) byName.get("story.txt").get("articleId")).longValue();
        JsonPath t = TestUsers.as(TestUsers.VIEWER).get("/api/articles/" + txt).then().statusCode(200).extract().jsonPath();
        assertEquals(text.substring(" date 2021-04-01 ".length()), t.getString("text"),
                "the date header sets the published date and never reaches the stored text");
        assertEquals("2021-04-01", t.getString("published"));
        assertEquals("Fallback Outlet", t.getString("outlet"), "the job's outlet fills in for items without one");
    }

    @Test
    void theSameImportAgainAddsNothing() {
        String u = unique();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("f" + i + ".txt", utf8("Repeat article " + i + " " + u + ". Stored once."));
        }
        byte[] zip = Jobs.zip(entries);
        long articlesBefore = count();
        JsonPath first = Jobs.await(upload("repeat.zip", zip));
        assertEquals(5, first.getInt("done"));
        JsonPath second = Jobs.await(upload("repeat.zip", zip));
        assertEquals(0, second.getInt("done"));
        assertEquals(5, second.getInt("skipped"));
        assertEquals(first.getList("items.articleId"), second.getList("items.articleId"));
        assertEquals(articlesBefore + 5, count());
    }

    @Test
    void jobsAreListedAndUnknownOnesAre404() {
        long id = upload("listed.txt", utf8("Listed article " + unique() + "."));
        Jobs.await(id);
        TestUsers.as(TestUsers.EDITOR).get("/api/imports").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem((int) id));
        // editor-only like the import page (issue 19, item 12)
        TestUsers.as(TestUsers.VIEWER).get("/api/imports").then().statusCode(403);
        TestUsers.as(TestUsers.VIEWER).get("/api/imports/" + id).then().statusCode(403);
        TestUsers.as(TestUsers.EDITOR).get("/api/imports/987654321").then().statusCode(404)
                .body("error", equalTo("no import job 987654321"));
    }

    @Test
    void anUploadOfNothingUsableIsRefusedWhole() {
        long before = count();
        long jobsBefore = TestUsers.as(TestUsers.EDITOR).get("/api/imports?limit=200").then().extract().jsonPath()
                .getList("id").size();
        TestUsers.as(TestUsers.EDITOR).multiPart("files", "x.exe", new byte[] {1, 2, 3}, "application/octet-stream")
                .post("/api/imports").then().statusCode(422)
                .body("error", containsString("nothing in this upload can be imported: x.exe: unsupported file type"));
        TestUsers.as(TestUsers.EDITOR).contentType("application/json").body("{\"urls\": []}")
                .post("/api/imports").then().statusCode(422).body("error", equalTo("field 'urls' must list at least one URL"));
        TestUsers.as(TestUsers.EDITOR).contentType("application/json").body("{\"urls\": [\"file:///etc/passwd\"]}")
                .post("/api/imports").then().statusCode(422).body("error", containsString("only http and https"));
        assertEquals(before, count());
        assertEquals(jobsBefore, TestUsers.as(TestUsers.EDITOR).get("/api/imports?limit=200").then().extract().jsonPath()
                .getList("id").size());
    }

    static long upload(String name, byte[] bytes) {
        return TestUsers.as(TestUsers.EDITOR).multiPart("files", name, bytes, "application/octet-stream")
                .post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
    }

    static long count() {
        return TestUsers.as(TestUsers.VIEWER).get("/api/articles?limit=1000").then().statusCode(200).extract()
                .jsonPath().getList("id").size();
    }
}
