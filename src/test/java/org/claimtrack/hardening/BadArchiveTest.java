package org.claimtrack.hardening;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Brat archives and multipart bodies that used to end in a 500 (issue 19, item 11): each is a clear
 * 4xx, and a refused archive leaves no article behind.
 */
@QuarkusTest
class BadArchiveTest {

    @Inject
    EntityManager em;

    long articles() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from article").getSingleResult()).longValue());
    }

    static String u() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static byte[] zip(Map<String, String> entries, java.nio.charset.Charset names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, names)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    ValidatableResponse brat(byte[] zip) {
        return TestUsers.as(TestUsers.EDITOR).contentType("application/zip").body(zip).post("/api/import/brat").then();
    }

    /** A refused archive: the status, a JSON error, and not one article more. */
    ValidatableResponse refused(int status, byte[] zip) {
        long before = articles();
        ValidatableResponse r = brat(zip).statusCode(status).body("error", org.hamcrest.Matchers.notNullValue());
        assertEquals(before, articles(), "nothing stored");
        return r;
    }

    static Map<String, String> doc(String name, String text, String ann, String json) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(name + ".txt", text);
        m.put(name + ".ann", ann);
        if (json != null) {
            m.put(name + ".json", json);
        }
        return m;
    }

    @Test
    void badBratEntriesAre4xx() throws IOException {
        String text = "The minister said the plan " + u() + " works.";
        refused(422, zip(doc("café", text, "", null), StandardCharsets.ISO_8859_1)).body("error", containsString("not UTF-8"));
        refused(422, zip(doc("a", text, "\tT1\tCue 0 3\tThe", null), StandardCharsets.UTF_8))
                .body("error", containsString("starts with a tab"));
        refused(422, zip(doc("a", "Text with a NUL\0 " + u(), "", null), StandardCharsets.UTF_8))
                .body("error", containsString("NUL"));
        String note = "T1\tContent 0 3\tThe\nE1\tAttribution-no-source:T1\n#1\tAnnotatorNotes E1\t{\"hedges\": [\"may\\u0000\"]}\n";
        refused(422, zip(doc("a", text, note, null), StandardCharsets.UTF_8)).body("error", containsString("NUL"));
        refused(422, zip(doc("a", text, "T1\tContent 0 3\tThe\u0000\n", null), StandardCharsets.UTF_8))
                .body("error", containsString("NUL"));
        refused(422, zip(doc("a", text, "", "{\"title\": \"x\\u0000\"}"), StandardCharsets.UTF_8))
                .body("error", containsString("NUL"));
        refused(422, zip(doc("a", text, "", "{\"published\": \"+99999-01-01\"}"), StandardCharsets.UTF_8))
                .body("error", containsString("published"));
    }

    @Test
    void aFailingDocumentLeavesNothingStored() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.putAll(doc("a-good", "A good article " + u() + ", the mayor said.", "", null));
        entries.putAll(doc("b-bad", "A bad article " + u() + ", the mayor said.", "", "{\"url\": \"ftp://x.example/\"}"));
        refused(422, zip(entries, StandardCharsets.UTF_8)).body("error", containsString("b-bad"));
        entries.putAll(doc("b-bad", "A bad article " + u() + ", the mayor said.", "", "{\"title\": \"" + "t".repeat(1001) + "\"}"));
        refused(422, zip(entries, StandardCharsets.UTF_8)).body("error", containsString("title"));
        entries.remove("b-bad.json");
        entries.putAll(doc("b-bad", "A fine article " + u() + ", the mayor said.", "", null));
        brat(zip(entries, StandardCharsets.UTF_8)).statusCode(200).body("articles", org.hamcrest.Matchers.equalTo(2));
    }

    @Test
    void malformedMultipartIs400() {
        String[][] bodies = {
            {"multipart/form-data", "--XyZ\r\nContent-Disposition: form-data; name=\"files\"\r\n\r\nabc\r\n--XyZ--\r\n"},
            {"multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\""},
            {"multipart/form-data; boundary=XyZ", "this is not multipart at all"},
            {"multipart/form-data; boundary=XyZ", "--XyZ\r\nno headers end here\r\n"},
            {"multipart/form-data; boundary=", "--\r\n\r\n--\r\n"},
            {"multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"outlet\"\r\n\r\nx\0y\r\n--XyZ--\r\n"},
            {"multipart/form-data; boundary=XyZ", "--XyZ\r\nContent-Disposition: form-data; name=\"urls\"\r\n\r\nhttp://x.example/\0\r\n--XyZ--\r\n"},
        };
        for (String[] b : bodies) {
            BadInputTest.Raw r = BadInputTest.raw("/api/imports", b[0], b[1]);
            assertTrue(r.status() >= 400 && r.status() < 500, b[0] + " / " + b[1].replace("\0", "\\0") + " -> " + r.status()
                    + " " + r.body());
        }
    }

    /** The status line and headers of a GET sent as raw bytes (clients refuse to send a broken escape). */
    static String rawGet(String target) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            s.setSoTimeout(30_000);
            String auth = java.util.Base64.getEncoder().encodeToString((TestUsers.VIEWER + ":"
                    + TestUsers.password(TestUsers.VIEWER)).getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void nulAndOutOfRangeDatesInArticleFieldsAre400() {
        for (String field : new String[] {"title", "outlet", "url", "byline"}) {
            TestUsers.as(TestUsers.EDITOR).contentType("application/json")
                    .body(Map.of("text", "Some text " + u() + ".", field, "a\u0000b")).post("/api/articles").then()
                    .statusCode(400).body("error", containsString(field));
        }
        for (String date : new String[] {"+999999999-12-31", "-0001-01-01", "0000-06-01", "10000-01-01"}) {
            TestUsers.as(TestUsers.EDITOR).contentType("application/json")
                    .body(Map.of("text", "Some text " + u() + ".", "published", date)).post("/api/articles").then()
                    .statusCode(400).body("error", containsString("published"));
            TestUsers.as(TestUsers.VIEWER).queryParam("from", date).get("/api/claims").then().statusCode(400);
            TestUsers.as(TestUsers.VIEWER).queryParam("to", date).get("/claims").then().statusCode(400);
        }
        TestUsers.as(TestUsers.VIEWER).queryParam("q", "a\u0000b").get("/api/articles").then().statusCode(400)
                .body("error", containsString("NUL"));
        assertTrue(rawGet("/api/articles?q=%zz").startsWith("HTTP/1.1 400"), "a broken percent-escape");
        assertTrue(rawGet("/claims?q=a%00b").startsWith("HTTP/1.1 400"), "a page gets its 400 too");
    }
}
