package org.claimtrack.hardening;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.claimtrack.imports.Jobs;
import org.claimtrack.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Bad input of every kind gets a clear 4xx, or is stored safely and shown as text: never a 5xx, never a
 * hang, and a refused request leaves the database as it was.
 */
@QuarkusTest
class BadInputTest {

    static HttpServer server;
    static String base;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startServer() throws IOException {
        // only loopback traffic: a tiny web server inside the test
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "bad-input-http");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/ok", ex -> send(ex, 200, "text/html; charset=utf-8", """
                <html><head><title>Local story</title><meta property="og:site_name" content="Loopback Post">
                <meta property="article:published_time" content="2024-01-02T10:00:00Z"></head>
                <body><nav>Menu</nav><article><p>A local story, the council said.</p></article>
                <script>alert(1)</script></body></html>"""));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().set("Location", "/ok");
            send(ex, 301, "text/html", "");
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().set("Location", "/loop?n=" + System.nanoTime());
            send(ex, 302, "text/html", "");
        });
        server.createContext("/pdf", ex -> send(ex, 200, "application/pdf", "%PDF-1.4"));
        server.createContext("/stall", ex -> {
            // says nothing for longer than the read timeout (bounded, so the thread ends)
            sleep(8000);
            send(ex, 200, "text/html", "<p>too late</p>");
        });
        server.createContext("/endless", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>and on and on </p>".repeat(500).getBytes(StandardCharsets.UTF_8);
            long until = System.nanoTime() + 30_000_000_000L;
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<html><body>".getBytes(StandardCharsets.UTF_8));
                while (System.nanoTime() < until) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up, as it should
            }
        });
        server.createContext("/drip", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    out.write("<p>drip</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    sleep(500);
                }
            } catch (IOException e) {
                // the client hung up
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        } catch (IOException e) {
            // the client hung up
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long[] counts() {
        return QuarkusTransaction.requiringNew().call(() -> new long[] {
            ((Number) em.createNativeQuery("select count(*) from article").getSingleResult()).longValue(),
            ((Number) em.createNativeQuery("select count(*) from claim").getSingleResult()).longValue(),
            ((Number) em.createNativeQuery("select count(*) from import_job").getSingleResult()).longValue()});
    }

    /** Runs a request that must be refused, and checks that nothing was stored. */
    ValidatableResponse refused(int status, Supplier<ValidatableResponse> request) {
        long[] before = counts();
        long start = System.nanoTime();
        ValidatableResponse r = request.get().statusCode(status).contentType("application/json")
                .body("error", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "answered within 20 s");
        assertEquals(Arrays.toString(before), Arrays.toString(counts()), "the database is unchanged");
        return r;
    }

    ValidatableResponse text(byte[] body) {
        return TestUsers.as(TestUsers.EDITOR).contentType("text/plain; charset=utf-8").body(body)
                .post("/api/articles").then();
    }

    ValidatableResponse json(String body) {
        return TestUsers.as(TestUsers.EDITOR).contentType("application/json").body(body).post("/api/articles").then();
    }

    ValidatableResponse upload(String name, byte[] bytes) {
        return TestUsers.as(TestUsers.EDITOR).multiPart("files", name, bytes, "application/octet-stream")
                .post("/api/imports").then();
    }

    ValidatableResponse url(String url) {
        return TestUsers.as(TestUsers.EDITOR).contentType("application/json")
                .body(Map.of("url", url)).post("/api/imports/url").then();
    }

    record Raw(int status, String body) {
    }

    /** A plain HTTP call as the editor, for bodies too odd for RestAssured's logging. */
    static Raw raw(String path, String type, String body) {
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path))
                    .header("Content-Type", type)
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            (TestUsers.EDITOR + ":" + TestUsers.password(TestUsers.EDITOR)).getBytes(StandardCharsets.UTF_8)))
                    .timeout(java.time.Duration.ofSeconds(60))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            var res = http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Raw(res.statusCode(), res.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void emptyWhitespaceAndHugeBodies() {
        refused(400, () -> text(new byte[0])).body("error", startsWith("empty body"));
        refused(422, () -> text(" \n\t \r\n ".getBytes(StandardCharsets.UTF_8))).body("error", equalTo("the article text is blank"));
        byte[] tenMb = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMb, (byte) 'a');
        refused(413, () -> text(tenMb)).body("error", startsWith("body too large"));
        refused(413, () -> json("{\"text\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}"));
        refused(413, () -> upload("big.txt", tenMb)).body("error", containsString("file larger than"));
        refused(422, () -> upload("empty.txt", new byte[0])).body("error", containsString("empty file"));
    }

    @Test
    void encodingsBinaryAndNul() {
        refused(400, () -> text(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'})).body("error", containsString("not valid UTF-8"));
        byte[] utf16 = "\uFEFFA sentence in UTF-16.".getBytes(StandardCharsets.UTF_16BE);
        refused(400, () -> text(utf16)).body("error", containsString("UTF-16"));
        refused(422, () -> text("text with a NUL\0byte".getBytes(StandardCharsets.UTF_8))).body("error", containsString("NUL"));
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        refused(400, () -> text(binary));
        refused(422, () -> upload("binary.txt", binary)).body("error", containsString("not valid UTF-8"));
        refused(422, () -> upload("utf16.txt", utf16)).body("error", containsString("UTF-16"));
    }

    @Test
    void htmlInTextIsStoredAsTextAndRenderedEscaped() {
        String u = unique();
        String title = "<script>alert('t" + u + "')</script><iframe src=x></iframe>";
        String body = "<style>body{display:none}</style> The <b>mayor</b> said <script>alert(" + u + ")</script> it works.";
        JsonPath a = TestUsers.as(TestUsers.EDITOR).contentType("text/plain").queryParam("title", title).body(body)
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        assertEquals(body, a.getString("text"));
        String page = TestUsers.as(TestUsers.VIEWER).get("/").then().statusCode(200).extract().asString();
        assertTrue(page.contains("&lt;script&gt;alert(&#39;t" + u) || page.contains("&lt;script&gt;alert('t" + u), "escaped title");
        assertFalse(page.contains("<script>alert('t" + u), "no live script from article data");
        assertFalse(page.contains("<iframe src=x>"));
        // an imported HTML page keeps no script, iframe or style at all
        long job = upload("evil.html", ("<html><body><article><p>Evil page " + u + " text.</p><script>alert(1)</script>"
                + "<iframe src=\"https://x.example\"></iframe><style>p{}</style></article></body></html>")
                .getBytes(StandardCharsets.UTF_8)).statusCode(202).extract().jsonPath().getLong("id");
        JsonPath done = Jobs.await(job);
        long id = done.getLong("items[0].articleId");
        assertEquals("Evil page " + u + " text.", TestUsers.as(TestUsers.VIEWER).get("/api/articles/" + id).then()
                .statusCode(200).extract().jsonPath().getString("text"));
    }

    @Test
    void longSentenceRightToLeftEmojiAndUnbalancedQuotes() {
        String u = unique();
        String longSentence = "Word" + u + " " + "and more words without any stop ".repeat(3200) + "end.";
        assertTrue(longSentence.length() > 100_000);
        long start = System.nanoTime();
        String stored = text(longSentence.getBytes(StandardCharsets.UTF_8)).statusCode(201).extract().jsonPath().getString("text");
        assertEquals(longSentence, stored);
        assertTrue(System.nanoTime() - start < 120_000_000_000L, "a 100,000-character sentence is stored in bounded time");
        for (String t : new String[] {
            "قال الوزير " + u + " إن الخطة ستنجح. \"هذا صحيح\" قال المتحدث.",
            "השר " + u + " אמר כי התוכנית תצליח.",
            "Emoji 🎉👩🏽‍🚀 " + u + " said the minister 🇫🇷. \"It works 💯,\" she said.",
            "He said \"this never closes " + u + ". And 'this neither. « Ni ça.",
        }) {
            JsonPath a = text(t.getBytes(StandardCharsets.UTF_8)).statusCode(201).extract().jsonPath();
            assertEquals(t, a.getString("text"));
            int len = t.codePointCount(0, t.length());
            for (Object end : a.getList("claims.end")) {
                assertTrue(((Number) end).intValue() <= len, "claim offsets count code points inside the text");
            }
        }
    }

    @Test
    void malformedNestedAndUnknownJson() {
        refused(400, () -> json("{\"text\": \"unterminated")).body("error", startsWith("malformed JSON"));
        refused(400, () -> json("[1, 2,,]"));
        // sent without RestAssured, whose failure log would try to pretty-print 100,000 levels
        long[] before = counts();
        Raw deep = raw("/api/articles", "application/json", "{\"text\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        assertEquals(400, deep.status(), deep.body());
        assertTrue(deep.body().startsWith("{\"error\":\"malformed JSON"), deep.body());
        Raw deepObject = raw("/api/articles", "application/json", "{\"text\": \"x\", \"title\": "
                + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}");
        assertEquals(400, deepObject.status(), deepObject.body());
        assertEquals(Arrays.toString(before), Arrays.toString(counts()));
        refused(400, () -> json("{\"text\": \"ok text\", \"colour\": \"red\"}")).body("error", containsString("colour"));
        refused(422, () -> json("{\"title\": \"no text\"}")).body("error", equalTo("field 'text' is required"));
        refused(400, () -> json("{\"text\": \"ok\", \"published\": \"yesterday\"}")).body("error", containsString("published"));
        Raw nested = raw("/api/imports", "multipart/form-data; boundary=XyZ", "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"files\"; filename=\"nested.jsonl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
                + "{\"text\": " + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}\r\n--XyZ--\r\n");
        assertEquals(422, nested.status(), nested.body());
        assertTrue(nested.body().contains("malformed JSON"), nested.body());
        refused(400, () -> TestUsers.as(TestUsers.EDITOR).contentType("application/json").body("{\"urls\": [\"x\"")
                .post("/api/imports").then());
        refused(400, () -> TestUsers.as(TestUsers.EDITOR).contentType("application/json").body("{\"urls\": 5}")
                .post("/api/imports").then());
    }

    @Test
    void sqlLookingStringsAreJustText() {
        String u = unique();
        String sql = "'; DROP TABLE article; -- " + u;
        String sql2 = "\" OR 1=1; DELETE FROM claim WHERE ''='";
        JsonPath a = TestUsers.as(TestUsers.EDITOR).contentType("application/json")
                .body(Map.of("text", sql + " Robert'); DROP TABLE claim;-- said " + sql2 + ".", "title", sql, "outlet", sql2,
                        "url", "https://x.example/?q='%20OR%20'1'='1", "published", "2020-01-01", "byline", sql))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        assertEquals(sql, a.getString("title"));
        assertEquals(sql2, a.getString("outlet"));
        TestUsers.as(TestUsers.VIEWER).queryParam("outlet", sql2).get("/api/articles").then().statusCode(200)
                .body("title", org.hamcrest.Matchers.hasItem(sql));
        TestUsers.as(TestUsers.VIEWER).queryParam("q", sql).get("/api/articles").then().statusCode(200);
        TestUsers.as(TestUsers.VIEWER).queryParam("q", "') OR 1=1 --").get("/api/articles").then().statusCode(200);
        assertTrue(counts()[0] > 0 && counts()[1] > 0, "the tables are still there");
    }

    @Test
    void unsafeZipsAreRefusedWhole() throws IOException {
        Map<String, byte[]> slip = new LinkedHashMap<>();
        slip.put("good.txt", Jobs.utf8("Fine article " + unique() + "."));
        slip.put("../../etc/evil.txt", Jobs.utf8("Escaping article."));
        refused(422, () -> upload("slip.zip", Jobs.zip(slip))).body("error", containsString("'..' path"));
        Map<String, byte[]> abs = Map.of("/abs/evil.txt", Jobs.utf8("Absolute."));
        refused(422, () -> upload("abs.zip", Jobs.zip(abs)));
        // a zip bomb: megabytes of zeros squeezed into a few kilobytes each
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 20; i++) {
                z.putNextEntry(new ZipEntry("zeros" + i + ".txt"));
                for (int k = 0; k < 8; k++) {
                    z.write(zeros);
                }
                z.closeEntry();
            }
        }
        assertTrue(out.size() < 400_000, "the bomb is small: " + out.size());
        refused(413, () -> upload("bomb.zip", out.toByteArray())).body("error", containsString("zip bomb"));
        refused(422, () -> upload("notzip.zip", Jobs.utf8("this is not a zip")));
    }

    @Test
    void urlsThatStallNeverEndRedirectForeverOrAreNotHtml() {
        refused(422, () -> url("ftp://127.0.0.1/file")).body("error", startsWith("only http and https"));
        refused(422, () -> url("javascript:alert(1)"));
        refused(422, () -> url("http://"));
        refused(422, () -> url(base + "/loop")).body("error", startsWith("too many redirects"));
        refused(415, () -> url(base + "/pdf")).body("error", containsString("application/pdf"));
        // every failure to get a web server's answer is the same message: no telling open ports from closed ones
        refused(422, () -> url(base + "/stall")).body("error", startsWith("could not fetch " + base + "/stall: no web page"));
        refused(413, () -> url(base + "/endless")).body("error", containsString("never ends"));
        refused(422, () -> url(base + "/drip")).body("error", startsWith("could not fetch " + base + "/drip: no web page"));
        refused(422, () -> url(base + "/missing")).body("error", containsString("answered 404"));
        refused(422, () -> url("http://127.0.0.1:1/closed")).body("error",
                equalTo(org.claimtrack.imports.UrlFetcher.unreachable("http://127.0.0.1:1/closed").getMessage()));
        refused(422, () -> url("http://no-such-host.invalid/x")).body("error",
                equalTo(org.claimtrack.imports.UrlFetcher.unreachable("http://no-such-host.invalid/x").getMessage()));

        JsonPath a = url(base + "/moved").statusCode(201).extract().jsonPath();
        assertEquals("Local story", a.getString("title"));
        assertEquals("Loopback Post", a.getString("outlet"));
        assertEquals("2024-01-02", a.getString("published"));
        assertEquals(base + "/ok", a.getString("url"));
        assertEquals("A local story, the council said.", a.getString("text"));
        assertEquals(200, url(base + "/ok").extract().statusCode(), "the same page again is the existing article");

        // in a bulk job each bad URL is a failed item with its reason, and the good one is imported
        long job = TestUsers.as(TestUsers.EDITOR).contentType("application/json")
                .body(Map.of("urls", java.util.List.of(base + "/loop", base + "/pdf", base + "/ok", "gopher://x")))
                .post("/api/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath j = Jobs.await(job);
        assertEquals(3, j.getInt("failed"), j.prettify());
        assertEquals(1, j.getInt("skipped"), "the /ok page is stored already");
        assertTrue(j.getString("items[0].error").startsWith("too many redirects"));
        assertTrue(j.getString("items[1].error").startsWith("not an HTML page"));
    }

    @Test
    void loopbackAndPrivateAddressesAreRecognised() throws Exception {
        // the test profile allows loopback for the server above; production refuses these
        for (String a : new String[] {"127.0.0.1", "::1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.169.254", "0.0.0.0"}) {
            assertTrue(org.claimtrack.imports.UrlFetcher.isPrivate(java.net.InetAddress.getByName(a)), a);
        }
        for (String a : new String[] {"93.184.216.34", "2606:4700::1111"}) {
            assertFalse(org.claimtrack.imports.UrlFetcher.isPrivate(java.net.InetAddress.getByName(a)), a);
        }
    }
}
